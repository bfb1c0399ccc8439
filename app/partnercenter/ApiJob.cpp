#include "partnercenter/ApiJob.h"

#include "common/JsonReader.h"
#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/ApiError.h"
#include "partnercenter/PcLogging.h"
#include "partnercenter/RequestScheduler.h"
#include "partnercenter/TransportPolicy.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>

namespace om::pc {

namespace {

bool isRetryableStatus(int status)
{
    return status == 408 || status == 500 || status == 502 || status == 503 || status == 504;
}

QByteArray uuidText(const QUuid &id)
{
    return id.toByteArray(QUuid::WithoutBraces);
}

} // namespace

ApiJob::ApiJob(const JobContext &context, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_request(std::move(request))
    , m_requestId(m_request.options.requestId.isNull() ? QUuid::createUuid() : m_request.options.requestId)
    , m_correlationId(m_request.options.correlationId.isNull() ? QUuid::createUuid()
                                                               : m_request.options.correlationId)
{
    Q_ASSERT(m_ctx.network && m_ctx.tokens && m_ctx.scheduler && m_ctx.clock && m_ctx.config);
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // a wait the server asked for is never cut short
    connect(&m_timeout, &QTimer::timeout, this, &ApiJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::fetchToken);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_holdingSlot && m_ctx.scheduler)
        m_ctx.scheduler->release();
    if (m_ctx.scheduler)
        m_ctx.scheduler->cancel(this);
}

void ApiJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Refused before any token is fetched or any byte is sent (TransportPolicy.h).
    const Status endpoint =
        checkEndpointUrl(m_ctx.config->baseUrl, QStringLiteral("Partner Center API base"));
    if (!endpoint.ok()) {
        Error e = endpoint.error();
        e.message += QStringLiteral(" (%1)").arg(m_request.describe(m_ctx.config->baseUrl));
        finish(e);
        return;
    }
    fetchToken();
}

void ApiJob::cancel()
{
    if (m_done)
        return;
    m_retryTimer.stop();
    m_timeout.stop();
    m_ctx.scheduler->cancel(this);
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    if (m_holdingSlot) {
        m_holdingSlot = false;
        m_ctx.scheduler->release();
    }
    finish(Error::make(Error::Kind::Cancelled, QStringLiteral("cancelled"),
                       m_request.describe(m_ctx.config->baseUrl)));
}

void ApiJob::fetchToken()
{
    if (m_done)
        return;
    QPointer<ApiJob> guard(this);
    m_ctx.tokens->fetchToken([guard](Result<QString> token) {
        if (!guard || guard->m_done)
            return;
        if (!token.ok()) {
            Error e = token.error();
            e.kind = Error::Kind::Auth;
            if (e.context.isEmpty())
                e.context = guard->m_request.describe(guard->m_ctx.config->baseUrl);
            guard->finish(e);
            return;
        }
        guard->m_token = token.value();
        ApiJob *self = guard.data();
        guard->m_ctx.scheduler->acquire(self, [self]() { self->send(); });
    });
}

void ApiJob::send()
{
    m_holdingSlot = true;
    ++m_attempts;
    m_timedOut = false;
    const ClientConfig &config = *m_ctx.config;

    m_tooLarge = false;
    m_tlsErrors.clear();
    const QUrl url = m_request.url(config.baseUrl);
    // The bearer token goes only to the configured host (paths come from links the server sent).
    if (url.scheme() != config.baseUrl.scheme() || url.host() != config.baseUrl.host() ||
        url.port() != config.baseUrl.port() || !url.userInfo().isEmpty()) {
        m_holdingSlot = false;
        m_ctx.scheduler->release();
        finish(
            Error::make(Error::Kind::Validation,
                        QStringLiteral("refusing to send the request to %1: not the configured API host %2")
                            .arg(url.host().left(120), config.baseUrl.host()),
                        m_request.describe(m_ctx.config->baseUrl)));
        return;
    }
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_token.toLatin1());
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("MS-RequestId", uuidText(m_requestId));
    req.setRawHeader("MS-CorrelationId", uuidText(m_correlationId));
    if (!config.locale.isEmpty())
        req.setRawHeader("X-Locale", config.locale.toLatin1());
    if (!config.applicationName.isEmpty())
        req.setRawHeader("MS-PartnerCenter-Application", config.applicationName.toUtf8());
    for (const auto &h : m_request.headers)
        req.setRawHeader(h.first, h.second);

    QByteArray body;
    if (m_request.hasBody) {
        req.setRawHeader("Content-Type", "application/json");
        body = QJsonDocument(m_request.body).toJson(QJsonDocument::Compact);
    }
    qCDebug(lcPartnerCenter).noquote() << "send" << m_request.describe(m_ctx.config->baseUrl) << "attempt"
                                       << m_attempts << "request-id" << uuidText(m_requestId);
    if (m_request.method == "GET")
        m_reply = m_ctx.network->get(req);
    else
        m_reply = m_ctx.network->sendCustomRequest(req, m_request.method, body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiJob::checkReplySize);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiJob::checkReplySize);
    // Record certificate problems for the error message. ignoreSslErrors() is never called, so the
    // handshake fails and finished() follows with SslHandshakeFailedError.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        m_tlsErrors = texts.join(QStringLiteral("; "));
    });
    m_timeout.start(std::max(1, config.requestTimeoutMs));
}

void ApiJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // emits finished -> onReplyFinished
}

void ApiJob::checkReplySize()
{
    if (!m_reply || m_tooLarge)
        return;
    const qint64 limit = m_ctx.config->maxResponseBytes;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > limit || m_reply->bytesAvailable() > limit) {
        m_tooLarge = true;
        m_reply->abort(); // emits finished -> onReplyFinished
    }
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_timeout.stop();
    reply->deleteLater();
    if (m_holdingSlot) {
        m_holdingSlot = false;
        m_ctx.scheduler->release();
    }
    if (m_done)
        return;

    const QString context = m_request.describe(m_ctx.config->baseUrl);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastStatus = status;
    if (m_tooLarge) {
        // Not retried: the same request would get the same answer.
        Error e = Error::make(Error::Kind::Parse,
                              QStringLiteral("the answer is larger than %1 MB: refused and not read")
                                  .arg(m_ctx.config->maxResponseBytes / (1024.0 * 1024.0), 0, 'f', 1),
                              context);
        e.httpStatus = status;
        finish(e);
        return;
    }
    const QByteArray body = reply->isOpen() ? reply->read(m_ctx.config->maxResponseBytes) : QByteArray();

    if (m_timedOut) {
        retryLater(backoffMs(),
                   Error::make(Error::Kind::Timeout,
                               QStringLiteral("no answer within %1 s: check the network and retry")
                                   .arg(m_ctx.config->requestTimeoutMs / 1000.0),
                               context));
        return;
    }
    // QNetworkReply errors below 100 are transport failures (refused, closed mid-body, reset): the
    // answer, if any, is incomplete. Retry them like a dropped connection, with the same request id.
    const QNetworkReply::NetworkError netError = reply->error();
    if (netError == QNetworkReply::SslHandshakeFailedError) {
        // Never retried and never ignored: a wrong certificate does not fix itself.
        finish(Error::make(Error::Kind::Network,
                           QStringLiteral("TLS certificate of %1 not trusted, connection refused: %2")
                               .arg(m_request.url(m_ctx.config->baseUrl).host(),
                                    m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors),
                           context));
        return;
    }
    if (status == 0 ||
        (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)) {
        retryLater(
            backoffMs(),
            Error::make(Error::Kind::Network,
                        QStringLiteral("could not reach Partner Center (%1)").arg(reply->errorString()),
                        context));
        return;
    }
    qCDebug(lcPartnerCenter).noquote()
        << "answer" << context << status << "request-id" << uuidText(m_requestId);

    if (status >= 200 && status < 300) {
        ApiReply out;
        out.httpStatus = status;
        out.requestId = m_requestId;
        out.correlationId = m_correlationId;
        out.attempts = m_attempts;
        out.body = body;
        if (!body.trimmed().isEmpty()) {
            Result<QJsonObject> json = JsonReader::parseObject(body, context);
            if (!json.ok()) {
                Error e = json.error();
                e.httpStatus = status;
                // A body that is not JSON at all is a damaged transfer: a GET can safely be read
                // again. Anything else (and JSON of the wrong shape) fails as Parse, naming the request.
                if (m_request.method == "GET")
                    retryLater(backoffMs(), e);
                else
                    finish(e);
                return;
            }
            out.json = json.take();
        }
        finish(out);
        return;
    }

    const Error error = errorFromResponse(status, body, context);
    if (status == 401) {
        // Tell the provider every rejected token; retry once with a fresh one.
        m_ctx.tokens->invalidate(m_token);
        m_token.clear();
        if (!m_authRetried) {
            m_authRetried = true;
            qCInfo(lcPartnerCenter).noquote() << context << "answered 401: retrying once with a fresh token";
            fetchToken();
            return;
        }
        finish(error);
        return;
    }
    if (status == 429) {
        const int retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), m_ctx.clock->now());
        if (retryAfter > m_ctx.config->retry.maxRetryAfterSecs) {
            Error e = error;
            e.message += QStringLiteral(" (asked to wait %1 s, more than the %2 s we wait)")
                             .arg(retryAfter)
                             .arg(m_ctx.config->retry.maxRetryAfterSecs);
            finish(e);
            return;
        }
        // Retry-After 0 or a date already past still waits a short minimum: a gateway answering "now" to
        // every retry would otherwise be hammered. No usable value: the normal back-off.
        const int delay =
            retryAfter >= 0 ? std::max(retryAfter * 1000, m_ctx.config->retry.minRetryAfterMs) : backoffMs();
        qCInfo(lcPartnerCenter).noquote() << context << "throttled; waiting" << delay << "ms";
        m_ctx.scheduler->pauseFor(delay);
        retryLater(delay, error);
        return;
    }
    if (isRetryableStatus(status)) {
        retryLater(backoffMs(), error);
        return;
    }
    finish(error);
}

int ApiJob::backoffMs() const
{
    const RetryPolicy &p = m_ctx.config->retry;
    const double raw = p.baseDelayMs * std::pow(2.0, std::min(m_retries, 20));
    const double capped = std::min<double>(raw, p.maxDelayMs);
    const double spread = capped * std::clamp(p.jitter, 0.0, 1.0);
    const double jittered = capped - spread + QRandomGenerator::global()->generateDouble() * 2 * spread;
    return static_cast<int>(std::max(0.0, jittered));
}

void ApiJob::retryLater(int delayMs, const Error &why)
{
    if (m_retries >= m_ctx.config->retry.maxRetries) {
        Error e = why;
        e.message += QStringLiteral(" (gave up after %1 attempts)").arg(m_attempts);
        finish(e);
        return;
    }
    ++m_retries;
    qCInfo(lcPartnerCenter).noquote()
        << why.toString() << "- retry" << m_retries << "in" << delayMs << "ms with the same request id";
    m_retryTimer.start(std::max(0, delayMs));
}

void ApiJob::finish(const Result<ApiReply> &result)
{
    if (m_done)
        return;
    m_done = true;
    if (!result.ok())
        qCInfo(lcPartnerCenter).noquote() << "failed:" << result.error().toString();
    emit finished(result);
    deleteLater();
}

} // namespace om::pc
