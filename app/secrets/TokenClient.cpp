#include "secrets/TokenClient.h"

#include "common/JsonReader.h"
#include "partnercenter/TransportPolicy.h"
#include "secrets/SecretsLog.h"
#include "secrets/SignInErrors.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace om::secrets {

namespace {

const QString kDeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

// The error of any answer that is not a 2xx. Only a 4xx that carries an OAuth `error` is a refusal
// (Kind::Auth); everything else says the request never reached a verdict, so no sign-in is lost over it.
Error errorAnswer(int httpStatus, const QByteArray &body, const QString &context)
{
    const Result<QJsonObject> parsed = JsonReader::parseObject(body, context);
    // Keep only error / error_description: the rest of an error body may echo request data.
    QString code;
    QString description;
    if (parsed.ok()) {
        code = jsonValueCi(parsed.value(), u"error").toString();
        description = jsonValueCi(parsed.value(), u"error_description").toString();
    }
    Error e;
    e.context = context;
    e.httpStatus = httpStatus;
    e.serviceCode = code;
    if (httpStatus >= 300 && httpStatus < 400) {
        e.kind = Error::Kind::Http;
        e.message = QStringLiteral("The sign-in service answered with a redirect (HTTP %1): a proxy or a "
                                   "wrong sign-in address is in the way.")
                        .arg(httpStatus);
        return e;
    }
    if (httpStatus == 408) {
        e.kind = Error::Kind::Timeout;
        e.message = QStringLiteral("The sign-in service timed out (HTTP 408). Try again.");
        return e;
    }
    if (httpStatus == 429) {
        e.kind = Error::Kind::Throttled;
        e.message = QStringLiteral("The sign-in service is busy (HTTP 429). Try again in a minute.");
        return e;
    }
    if (httpStatus >= 500) {
        e.kind = Error::Kind::Http;
        e.message =
            QStringLiteral("The sign-in service is unavailable (HTTP %1). Try again later.").arg(httpStatus);
        if (!code.isEmpty())
            e.message += QStringLiteral(" (") + code + QLatin1Char(')');
        return e;
    }
    if (code.isEmpty()) {
        e.kind = Error::Kind::Http;
        e.message = QStringLiteral("The sign-in service (or a proxy in between) answered HTTP %1 without a "
                                   "sign-in answer.")
                        .arg(httpStatus);
        return e;
    }
    e.kind = Error::Kind::Auth;
    e.message = QStringLiteral("The sign-in service answered ") + code +
                (description.isEmpty() ? QString() : QStringLiteral(": ") + description);
    return signin::withAdvice(std::move(e));
}

} // namespace

TokenClient::TokenClient(QNetworkAccessManager *network, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{}

void TokenClient::redeemCode(const AccountSettings &account, const QString &code, const QUrl &redirectUri,
                             const QByteArray &codeVerifier, Done done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier));
    form.addQueryItem(QStringLiteral("scope"), AccountSettings::userScope());
    postToken(account, form, QStringLiteral("authorization_code"), std::move(done));
}

void TokenClient::refresh(const AccountSettings &account, const QString &refreshToken, Done done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("scope"), AccountSettings::userScope());
    postToken(account, form, QStringLiteral("refresh_token"), std::move(done));
}

void TokenClient::clientCredentials(const AccountSettings &account, const QString &clientSecret, Done done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_secret"), clientSecret);
    form.addQueryItem(QStringLiteral("scope"), AccountSettings::appOnlyScope());
    postToken(account, form, QStringLiteral("client_credentials"), std::move(done));
}

void TokenClient::requestDeviceCode(const AccountSettings &account, DeviceCodeDone done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("scope"), AccountSettings::userScope());
    const QString context = QStringLiteral("sign-in (device code)");
    auto shared = std::make_shared<DeviceCodeDone>(std::move(done));
    post(
        account, account.deviceCodeUrl(), form, context, [shared](Error e) { (*shared)(std::move(e)); },
        [shared, context](int status, const QByteArray &body, const QDateTime &now) {
            (*shared)(parseDeviceCodeAnswer(status, body, now, context));
        });
}

void TokenClient::pollDeviceCode(const AccountSettings &account, const QString &deviceCode, Done done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), kDeviceCodeGrant);
    form.addQueryItem(QStringLiteral("device_code"), deviceCode);
    postToken(account, form, QStringLiteral("device_code"), std::move(done));
}

void TokenClient::postToken(const AccountSettings &account, const QUrlQuery &form, const QString &grant,
                            Done done)
{
    const QString context = QStringLiteral("sign-in (") + grant + QLatin1Char(')');
    auto shared = std::make_shared<Done>(std::move(done));
    post(
        account, account.tokenUrl(), form, context, [shared](Error e) { (*shared)(std::move(e)); },
        [shared, context](int status, const QByteArray &body, const QDateTime &now) {
            Result<TokenSet> result = parseAnswer(status, body, now, context);
            // The device grant's "not yet" is the normal answer while the user signs in: not a warning.
            if (!result.ok() && result.error().serviceCode != u"authorization_pending" &&
                result.error().serviceCode != u"slow_down")
                qCWarning(lcSecrets) << "token request failed:" << result.error().toString();
            (*shared)(std::move(result));
        });
}

void TokenClient::post(const AccountSettings &account, const QUrl &url, const QUrlQuery &fields,
                       const QString &context, std::function<void(Error)> failed, Answer answered)
{
    QUrlQuery form = fields; // QUrlQuery has no move constructor: the form is copied once, here
    form.addQueryItem(QStringLiteral("client_id"), account.clientId.trimmed());
    if (!account.isComplete()) {
        failed(Error::make(
            Error::Kind::Validation,
            QStringLiteral("The account settings need a tenant and an application (client) id."), context));
        return;
    }
    // Secrets go only over https (plain http only to the loopback sandbox): TransportPolicy.h.
    const Status endpoint = pc::checkEndpointUrl(url, context);
    if (!endpoint.ok()) {
        failed(endpoint.error());
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // '+' would read as a space in a form body: encode it (and everything else reserved) explicitly.
    QByteArray body = form.query(QUrl::FullyEncoded).toLatin1();
    body.replace('+', "%2B");

    qCDebug(lcSecrets) << "token endpoint request" << context << "to" << url.toString();
    QNetworkReply *reply = m_network->post(request, body);
    const Clock *clock = m_clock;
    // A token answer is a few KB: abort anything announcing or sending more than the cap.
    auto tooLarge = std::make_shared<bool>(false);
    auto capSize = [reply, tooLarge] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > pc::maxTokenResponseBytes ||
            reply->bytesAvailable() > pc::maxTokenResponseBytes) {
            *tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, capSize);
    connect(reply, &QNetworkReply::readyRead, this, capSize);
    connect(reply, &QNetworkReply::finished, this,
            [reply, clock, context, tooLarge, failed = std::move(failed), answered = std::move(answered)] {
                reply->deleteLater();
                if (*tooLarge) {
                    Error e = Error::make(Error::Kind::Parse,
                                          QStringLiteral("The sign-in service sent an answer too large to be "
                                                         "a token."),
                                          context);
                    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    failed(std::move(e));
                    return;
                }
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 0) {
                    const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                          reply->error() == QNetworkReply::TimeoutError;
                    Error e = Error::make(timedOut ? Error::Kind::Timeout : Error::Kind::Network,
                                          QStringLiteral("Could not reach the sign-in service: ") +
                                              reply->errorString(),
                                          context);
                    qCWarning(lcSecrets) << "token endpoint request failed without an HTTP answer, network "
                                            "error"
                                         << reply->error();
                    failed(std::move(e));
                    return;
                }
                answered(status, reply->readAll(), clock->now());
            });
}

Result<TokenSet> TokenClient::parseAnswer(int httpStatus, const QByteArray &body, const QDateTime &now,
                                          const QString &context)
{
    if (httpStatus < 200 || httpStatus >= 300)
        return errorAnswer(httpStatus, body, context);
    const Result<QJsonObject> parsed = JsonReader::parseObject(body, context);
    if (!parsed.ok()) {
        Error e = Error::make(Error::Kind::Parse,
                              QStringLiteral("The sign-in service sent an unreadable answer."), context);
        e.httpStatus = httpStatus;
        return e;
    }
    JsonReader reader(parsed.value(), context);
    TokenSet tokens;
    tokens.accessToken = reader.string(u"access_token");
    tokens.refreshToken = reader.string(u"refresh_token", JsonReader::Optional);
    const qint64 expiresIn = reader.integer(u"expires_in", JsonReader::Optional, 3600);
    const QString tokenType = reader.string(u"token_type", JsonReader::Optional);
    if (!reader.ok()) {
        Error e = reader.error(); // names the field, never its value
        e.httpStatus = httpStatus;
        return e;
    }
    if (tokens.accessToken.isEmpty() ||
        (!tokenType.isEmpty() && tokenType.compare(u"Bearer", Qt::CaseInsensitive) != 0))
        return Error::make(Error::Kind::Parse,
                           QStringLiteral("The sign-in service sent no usable bearer token."), context);
    tokens.expiresAt = now.addSecs(qMax<qint64>(0, expiresIn));
    return tokens;
}

Result<DeviceCode> TokenClient::parseDeviceCodeAnswer(int httpStatus, const QByteArray &body,
                                                      const QDateTime &now, const QString &context)
{
    if (httpStatus < 200 || httpStatus >= 300)
        return errorAnswer(httpStatus, body, context);
    const Result<QJsonObject> parsed = JsonReader::parseObject(body, context);
    if (!parsed.ok()) {
        Error e = Error::make(Error::Kind::Parse,
                              QStringLiteral("The sign-in service sent an unreadable answer."), context);
        e.httpStatus = httpStatus;
        return e;
    }
    JsonReader reader(parsed.value(), context);
    DeviceCode code;
    code.deviceCode = reader.string(u"device_code");
    code.userCode = reader.string(u"user_code");
    // RFC 8628 names it verification_uri; Entra's v1 endpoint said verification_url.
    const QString uri = reader.has(u"verification_uri") ? reader.string(u"verification_uri")
                                                        : reader.string(u"verification_url");
    code.message = reader.string(u"message", JsonReader::Optional);
    const qint64 expiresIn = reader.integer(u"expires_in");
    code.intervalSecs =
        int(qBound(qint64(1), reader.integer(u"interval", JsonReader::Optional, 5), qint64(60)));
    if (!reader.ok()) {
        Error e = reader.error();
        e.httpStatus = httpStatus;
        return e;
    }
    code.verificationUri = QUrl(uri, QUrl::StrictMode);
    const QString scheme = code.verificationUri.scheme();
    if (code.deviceCode.isEmpty() || code.userCode.isEmpty() || !code.verificationUri.isValid() ||
        (scheme != u"https" && scheme != u"http") || expiresIn <= 0)
        return Error::make(Error::Kind::Parse,
                           QStringLiteral("The sign-in service sent an incomplete device code answer."),
                           context);
    code.expiresAt = now.addSecs(expiresIn);
    return code;
}

} // namespace om::secrets
