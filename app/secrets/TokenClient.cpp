#include "secrets/TokenClient.h"

#include "common/JsonReader.h"
#include "partnercenter/TransportPolicy.h"
#include "secrets/SecretsLog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace om::secrets {

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
    post(account, std::move(form), QStringLiteral("authorization_code"), std::move(done));
}

void TokenClient::refresh(const AccountSettings &account, const QString &refreshToken, Done done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("scope"), AccountSettings::userScope());
    post(account, std::move(form), QStringLiteral("refresh_token"), std::move(done));
}

void TokenClient::clientCredentials(const AccountSettings &account, const QString &clientSecret, Done done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_secret"), clientSecret);
    form.addQueryItem(QStringLiteral("scope"), AccountSettings::appOnlyScope());
    post(account, std::move(form), QStringLiteral("client_credentials"), std::move(done));
}

void TokenClient::post(const AccountSettings &account, QUrlQuery form, const QString &grant, Done done)
{
    form.addQueryItem(QStringLiteral("client_id"), account.clientId.trimmed());
    const QString context = QStringLiteral("sign-in (") + grant + QLatin1Char(')');
    if (!account.isComplete()) {
        done(Error::make(Error::Kind::Validation,
                         QStringLiteral("The account settings need a tenant and an application (client) id."),
                         context));
        return;
    }
    // Secrets go only over https (plain http only to the loopback sandbox): TransportPolicy.h.
    const Status endpoint = pc::checkEndpointUrl(account.tokenUrl(), context);
    if (!endpoint.ok()) {
        done(endpoint.error());
        return;
    }
    QNetworkRequest request(account.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // '+' would read as a space in a form body: encode it (and everything else reserved) explicitly.
    QByteArray body = form.query(QUrl::FullyEncoded).toLatin1();
    body.replace('+', "%2B");

    qCDebug(lcSecrets) << "token request" << grant << "to" << account.tokenUrl().toString();
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
    connect(reply, &QNetworkReply::finished, this, [reply, clock, context, tooLarge, done = std::move(done)] {
        reply->deleteLater();
        if (*tooLarge) {
            done(Error::make(Error::Kind::Parse,
                             QStringLiteral("The sign-in service sent an answer too large to be a token."),
                             context));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                  reply->error() == QNetworkReply::TimeoutError;
            Error e = Error::make(
                timedOut ? Error::Kind::Timeout : Error::Kind::Network,
                QStringLiteral("Could not reach the sign-in service: ") + reply->errorString(), context);
            qCWarning(lcSecrets) << "token request failed without an HTTP answer, network error"
                                 << reply->error();
            done(std::move(e));
            return;
        }
        Result<TokenSet> result = parseAnswer(status, reply->readAll(), clock->now(), context);
        if (!result.ok())
            qCWarning(lcSecrets) << "token request failed:" << result.error().toString();
        done(std::move(result));
    });
}

Result<TokenSet> TokenClient::parseAnswer(int httpStatus, const QByteArray &body, const QDateTime &now,
                                          const QString &context)
{
    const Result<QJsonObject> parsed = JsonReader::parseObject(body, context);
    if (httpStatus < 200 || httpStatus >= 300) {
        // Keep only error / error_description: the rest of an error body may echo request data.
        QString code;
        QString description;
        if (parsed.ok()) {
            code = jsonValueCi(parsed.value(), u"error").toString();
            description = jsonValueCi(parsed.value(), u"error_description").toString();
        }
        Error e;
        e.kind = httpStatus >= 500 ? Error::Kind::Http : Error::Kind::Auth;
        e.context = context;
        e.httpStatus = httpStatus;
        e.serviceCode = code;
        e.message = code.isEmpty()
                        ? QStringLiteral("The sign-in service refused the request.")
                        : QStringLiteral("The sign-in service answered ") + code +
                              (description.isEmpty() ? QString() : QStringLiteral(": ") + description);
        return e;
    }
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

} // namespace om::secrets
