#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxLog.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace om::sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray newId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

bool isMutating(const QByteArray &method)
{
    return method == "POST" || method == "PATCH" || method == "PUT" || method == "DELETE";
}

// Status line, the handler's headers, the echoed ids, Content-Length, blank line. `declaredLength`
// may exceed the body actually sent (truncation fault).
QByteArray head(const SandboxReply &reply, const QByteArray &requestId, const QByteArray &correlationId,
                qsizetype declaredLength, bool closeAfter)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    bool hasContentType = false;
    for (const auto &h : reply.headers) {
        const QByteArray lower = h.first.toLower();
        if (lower == "content-length" || lower == "ms-requestid" || lower == "ms-correlationid" ||
            lower == "connection")
            continue;
        hasContentType = hasContentType || lower == "content-type";
        out += h.first + ": " + h.second + "\r\n";
    }
    if (!hasContentType && declaredLength > 0)
        out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "MS-RequestId: " + requestId + "\r\n";
    out += "MS-CorrelationId: " + correlationId + "\r\n";
    out += "Content-Length: " + QByteArray::number(declaredLength) + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out;
}

} // namespace

QString SandboxCounters::toString() const
{
    return QStringLiteral("requests=%1 unauthorized=%2 throttled=%3 replays=%4 inFlightConflicts=%5 "
                          "faults=%6 (5xx=%7 drop=%8 truncate=%9 malformed=%10 slow=%11) lost=%12")
        .arg(requests)
        .arg(unauthorized)
        .arg(throttled)
        .arg(replays)
        .arg(inFlightConflicts)
        .arg(faults())
        .arg(serverErrors)
        .arg(drops)
        .arg(truncations)
        .arg(malformed)
        .arg(slow)
        .arg(lostAnswers);
}

SandboxServer::SandboxServer(const Clock &clock, const SandboxRouter &router, const QString &partnerTenantId,
                             const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_clock(clock)
    , m_router(router)
    , m_partnerTenantId(partnerTenantId)
    , m_options(options)
    , m_auth(clock, options, partnerTenantId)
    , m_rateLimiter(clock, options.ratePerMinute)
    , m_faults(options.faults, options.seed)
    , m_idempotency(clock, options.idempotencyWindowHours)
{}

SandboxServer::~SandboxServer() = default;

Status SandboxServer::start(quint16 port, const QHostAddress &address)
{
    if (address != QHostAddress(QHostAddress::LocalHost))
        return Error::make(
            Error::Kind::Validation,
            QStringLiteral("The sandbox listens on 127.0.0.1 only, not on %1.").arg(address.toString()),
            QStringLiteral("sandbox start"));
    if (m_port != 0)
        return Error::make(Error::Kind::Validation, QStringLiteral("The sandbox is already listening."),
                           QStringLiteral("sandbox start"));
    const quint16 bound = listen(address, port);
    if (bound == 0)
        return Error::make(Error::Kind::Network,
                           QStringLiteral("Cannot listen on 127.0.0.1:%1 (port in use?).").arg(port),
                           QStringLiteral("sandbox start"));
    m_port = bound;
    qCDebug(lcSandbox) << "sandbox listening on" << baseUrl().toString();
    return {};
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString SandboxServer::issueAccessToken(bool appOnly, bool mfa)
{
    return m_auth.issueAccessToken(appOnly, mfa);
}

void SandboxServer::setFaults(const FaultSpec &spec, quint32 seed)
{
    m_options.faults = spec;
    m_options.seed = seed;
    m_faults = FaultInjector(spec, seed);
}

void SandboxServer::failAfterRunning(const QByteArray &method, const QString &pathEnd, int status, int times)
{
    m_failAfterRunning = {method, pathEnd, status, times};
}

void SandboxServer::setLostAnswers(double fraction, quint32 seed)
{
    m_lostAnswers = FaultInjector::lostAnswers(fraction, seed);
}

SandboxRequest SandboxServer::convert(const QHttpServerRequest &request)
{
    SandboxRequest out;
    out.method = methodName(request.method());
    out.path = request.url().path(QUrl::FullyDecoded);
    out.query = request.query();
    const auto headers = request.headers();
    for (const auto &h : headers) {
        const QByteArray key = h.first.toLower();
        const auto it = out.headers.find(key);
        if (it == out.headers.end())
            out.headers.insert(key, h.second);
        else
            *it += ", " + h.second;
    }
    out.body = request.body();
    return out;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_counters.requests;
    Exchange exchange;
    exchange.request = convert(request);
    exchange.socket = socket;
    exchange.requestId = exchange.request.header("ms-requestid");
    exchange.correlationId = exchange.request.header("ms-correlationid");
    if (exchange.correlationId.isEmpty())
        exchange.correlationId = newId();
    if (exchange.requestId.isEmpty())
        exchange.requestId = newId();
    exchange.closeAfter = exchange.request.header("connection").toLower() == "close";
    Q_EMIT requestArrived(exchange.request);

    const QString &path = exchange.request.path;
    if (SandboxAuth::isAuthPath(path)) {
        // Faults touch the sign-in endpoints only when asked (options.faultsOnAuth).
        if (m_options.faultsOnAuth) {
            exchange.fault = m_faults.next();
            if (exchange.fault == FaultInjector::Fault::ServerError)
                exchange.serverErrorStatus = m_faults.nextServerErrorStatus();
        }
        later(std::move(exchange), m_options.latencyMs);
        return true;
    }
    if (!(path.startsWith(QLatin1String("/v1/"), Qt::CaseInsensitive) ||
          path.compare(QLatin1String("/v1"), Qt::CaseInsensitive) == 0)) {
        answerLater(exchange,
                    SandboxReply::error(
                        404, 404, QStringLiteral("The requested resource was not found: %1").arg(path)));
        return true;
    }

    const SandboxAuth::Verdict verdict =
        m_auth.authenticate(exchange.request.header("authorization"), &exchange.request.auth);
    if (verdict != SandboxAuth::Verdict::Ok) {
        ++m_counters.unauthorized;
        // Partner Center documents no body for these 401s, only the header.
        SandboxReply reply;
        reply.status = 401;
        reply.addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        answerLater(exchange, reply);
        return true;
    }

    if (!exchange.request.auth.appOnly && !m_options.userIsAdminAgent) {
        // A user without a Partner Center role (no Admin agent): the body partners report for this 403
        // (microsoft/partner-center-dotnet-samples issue #58; the SDK shows the same sentence).
        answerLater(
            exchange,
            SandboxReply::json(403, QJsonObject{{QStringLiteral("message"),
                                                 QStringLiteral("The supplied role does not have the rights "
                                                                "to perform the requested operation.")}}));
        return true;
    }
    const int retryAfter = m_rateLimiter.tryAcquire(exchange.request.auth.partnerTenantId);
    if (retryAfter > 0) {
        ++m_counters.throttled;
        // The APIM shape, not the Partner Center error body:
        // docs/partner-center-api.md "Errors and throttling".
        SandboxReply reply = SandboxReply::json(
            429, QJsonObject{
                     {QStringLiteral("statusCode"), 429},
                     {QStringLiteral("message"),
                      QStringLiteral("Rate limit is exceeded. Try again in %1 seconds.").arg(retryAfter)}});
        reply.addHeader("Retry-After", QByteArray::number(retryAfter));
        answerLater(exchange, reply);
        return true;
    }

    handleV1(std::move(exchange));
    return true;
}

void SandboxServer::handleV1(Exchange exchange)
{
    const SandboxRequest &request = exchange.request;
    if (isMutating(request.method) && !request.header("ms-requestid").isEmpty()) {
        exchange.key = IdempotencyCache::Key{request.auth.partnerTenantId, request.method, request.path,
                                             exchange.requestId};
        switch (m_idempotency.begin(exchange.key, request.body, &exchange.stored)) {
        case IdempotencyCache::Lookup::New:
            exchange.idempotent = true;
            break;
        case IdempotencyCache::Lookup::Replay:
            ++m_counters.replays;
            exchange.replay = true;
            break;
        case IdempotencyCache::Lookup::InFlight:
            ++m_counters.inFlightConflicts;
            answerLater(exchange,
                        SandboxReply::error(409, 800060,
                                            QStringLiteral("Your order is in progress. A request with "
                                                           "this MS-RequestId is still being processed; "
                                                           "check the order history before retrying.")));
            return;
        case IdempotencyCache::Lookup::BodyMismatch:
            // Our choice (not confirmed): reusing an MS-RequestId for a different body is invalid input.
            answerLater(exchange,
                        SandboxReply::error(400, 800002,
                                            QStringLiteral("The MS-RequestId was already used with a "
                                                           "different request body. Use a new "
                                                           "MS-RequestId for a new request.")));
            return;
        }
    }
    exchange.fault = m_faults.next();
    if (exchange.fault == FaultInjector::Fault::ServerError)
        exchange.serverErrorStatus = m_faults.nextServerErrorStatus();
    const int extra = exchange.fault == FaultInjector::Fault::Slow ? m_options.faults.slowDelayMs : 0;
    later(std::move(exchange), m_options.latencyMs + extra);
}

void SandboxServer::later(Exchange exchange, int delayMs)
{
    if (delayMs <= 0) {
        complete(exchange);
        return;
    }
    // `this` is the context: if the server goes away first, the reply is never written.
    QTimer::singleShot(delayMs, this,
                       [this, exchange = std::move(exchange)]() mutable { complete(exchange); });
}

void SandboxServer::answerLater(const Exchange &exchange, const SandboxReply &reply)
{
    if (m_options.latencyMs <= 0) {
        deliver(exchange, reply, FaultInjector::Fault::None);
        return;
    }
    QTimer::singleShot(m_options.latencyMs, this,
                       [this, exchange, reply]() { deliver(exchange, reply, FaultInjector::Fault::None); });
}

void SandboxServer::complete(Exchange &exchange)
{
    if (exchange.fault == FaultInjector::Fault::ServerError) {
        // An injected 5xx happens before the route runs: no effect, and a retry with the same id runs it.
        if (exchange.idempotent)
            m_idempotency.abandon(exchange.key);
        const int status = exchange.serverErrorStatus;
        deliver(exchange,
                SandboxReply::error(status, status == 500 ? 800003 : status,
                                    QStringLiteral("The service is temporarily unavailable (injected %1). "
                                                   "Please retry.")
                                        .arg(status)),
                exchange.fault);
        return;
    }
    SandboxReply reply;
    if (exchange.replay)
        reply = exchange.stored;
    else if (SandboxAuth::isAuthPath(exchange.request.path))
        reply = m_auth.handle(exchange.request);
    else
        reply = m_router.dispatch(exchange.request);
    // Drop/truncate/malformed happen after the route ran: the effect stays and a retry replays it.
    if (exchange.idempotent)
        m_idempotency.finish(exchange.key, reply);
    FailAfterRunning &after = m_failAfterRunning;
    if (after.times > 0 && exchange.request.method == after.method &&
        exchange.request.path.endsWith(after.pathEnd, Qt::CaseInsensitive)) {
        --after.times;
        ++m_counters.lostAnswers;
        if (after.status == 0)
            return deliver(exchange, reply, FaultInjector::Fault::Drop);
        if (after.status < 0) // the real answer, its body cut short
            return deliver(exchange, reply, FaultInjector::Fault::Truncate);
        return deliver(exchange,
                       SandboxReply::error(after.status, after.status == 500 ? 800003 : after.status,
                                           QStringLiteral("The service is temporarily unavailable (injected "
                                                          "%1 after the request ran). Please retry.")
                                               .arg(after.status)),
                       FaultInjector::Fault::ServerError);
    }
    const QByteArray &method = exchange.request.method;
    if ((method == "POST" || method == "PATCH" || method == "PUT") &&
        exchange.request.path.startsWith(QLatin1String("/v1/"), Qt::CaseInsensitive)) {
        const FaultInjector::Fault lost = m_lostAnswers.next();
        if (lost == FaultInjector::Fault::Drop) {
            ++m_counters.lostAnswers;
            return deliver(exchange, reply, lost);
        }
        if (lost == FaultInjector::Fault::ServerError) {
            ++m_counters.lostAnswers;
            const int status = m_lostAnswers.nextServerErrorStatus();
            return deliver(exchange,
                           SandboxReply::error(status, status == 500 ? 800003 : status,
                                               QStringLiteral("The service is temporarily unavailable "
                                                              "(injected %1 after the request ran). Please "
                                                              "retry.")
                                                   .arg(status)),
                           lost);
        }
    }
    deliver(exchange, reply, exchange.fault);
}

void SandboxServer::deliver(const Exchange &exchange, SandboxReply reply, FaultInjector::Fault fault)
{
    switch (fault) {
    case FaultInjector::Fault::ServerError:
        ++m_counters.serverErrors;
        break;
    case FaultInjector::Fault::Drop:
        ++m_counters.drops;
        break;
    case FaultInjector::Fault::Truncate:
        ++m_counters.truncations;
        break;
    case FaultInjector::Fault::Malformed:
        ++m_counters.malformed;
        break;
    case FaultInjector::Fault::Slow:
        ++m_counters.slow;
        break;
    case FaultInjector::Fault::None:
        break;
    }
    qCDebug(lcSandbox).noquote() << exchange.request.method << exchange.request.path << reply.status
                                 << FaultInjector::name(fault);
    Q_EMIT requestServed(exchange.request.method, exchange.request.path, reply.status,
                         FaultInjector::name(fault));

    QTcpSocket *socket = exchange.socket.data();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return; // the client went away; the route's effect (if any) stays
    if (fault == FaultInjector::Fault::Drop) {
        socket->abort();
        return;
    }
    if (fault == FaultInjector::Fault::Truncate) {
        const QByteArray full = reply.body.isEmpty() ? QByteArrayLiteral("{\"truncated\":true}") : reply.body;
        socket->write(head(reply, exchange.requestId, exchange.correlationId, full.size(), true));
        socket->write(full.left(full.size() / 2));
        socket->disconnectFromHost(); // flushes what was written, then closes
        return;
    }
    if (fault == FaultInjector::Fault::Malformed) {
        // Half the real body plus a control character: never valid JSON, whatever the body was.
        reply.body = reply.body.left(reply.body.size() / 2) + "\x01<not json";
    }
    socket->write(
        head(reply, exchange.requestId, exchange.correlationId, reply.body.size(), exchange.closeAfter));
    socket->write(reply.body);
    if (exchange.closeAfter)
        socket->disconnectFromHost();
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached (handleRequest always handles), but answer properly if it ever is.
    Exchange exchange;
    exchange.request = convert(request);
    exchange.socket = socket;
    exchange.requestId = newId();
    exchange.correlationId = newId();
    deliver(exchange, SandboxReply::error(404, 404, QStringLiteral("Not found.")),
            FaultInjector::Fault::None);
}

} // namespace om::sandbox
