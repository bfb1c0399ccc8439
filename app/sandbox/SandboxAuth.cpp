#include "sandbox/SandboxAuth.h"

#include "sandbox/SandboxLog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

namespace om::sandbox {

namespace {

const QLatin1String kDefaultUserScope("https://api.partnercenter.microsoft.com/user_impersonation");
const QLatin1String kDeviceCodeGrant("urn:ietf:params:oauth:grant-type:device_code");
const QLatin1String kDeviceLoginPath("/devicelogin");
const QLatin1String kDefaultAppScope("https://api.partnercenter.microsoft.com/.default");

QString randomToken(const char *prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QLatin1String(prefix) + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                                      QByteArray::OmitTrailingEquals));
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

SandboxReply oauthError(int status, const char *error, const QString &description)
{
    SandboxReply reply = SandboxReply::json(status, QJsonObject{
                                                        {QStringLiteral("error"), QLatin1String(error)},
                                                        {QStringLiteral("error_description"), description},
                                                    });
    reply.addHeader("Cache-Control", "no-store");
    return reply;
}

// RFC 8628 section 6.1: a short code from an alphabet without vowels (no words) or look-alikes.
QString randomUserCode()
{
    static const char kAlphabet[] = "BCDFGHJKLMNPQRSTVWXZ23456789";
    constexpr int kAlphabetSize = int(sizeof(kAlphabet)) - 1;
    QString code;
    for (int i = 0; i < 9; ++i)
        code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(kAlphabetSize)]);
    return code;
}

SandboxReply htmlPage(int status, const QString &text)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QByteArrayLiteral("<html><body><p>") + text.toHtmlEscaped().toUtf8() +
                 QByteArrayLiteral("</p></body></html>");
    reply.addHeader("Content-Type", "text/html; charset=utf-8");
    reply.addHeader("Cache-Control", "no-store");
    return reply;
}

bool isLoopbackRedirect(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.hasFragment())
        return false;
    const QString host = url.host().toLower();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
           host == QLatin1String("::1");
}

// Form bodies encode spaces as '+'; QUrlQuery does not, so turn them into %20 first.
QUrlQuery parseForm(const QByteArray &body)
{
    QByteArray normalised = body;
    normalised.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(normalised));
}

QString formValue(const QUrlQuery &form, const char *key)
{
    return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

// The resource scopes Entra reports back: the request minus the OpenID ones.
QString grantedScope(const QString &requested, bool appOnly)
{
    QStringList kept;
    const QStringList parts = requested.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &s : parts) {
        if (s != QLatin1String("openid") && s != QLatin1String("profile") &&
            s != QLatin1String("offline_access") && s != QLatin1String("email"))
            kept << s;
    }
    if (kept.isEmpty())
        return appOnly ? QString(kDefaultAppScope) : QString(kDefaultUserScope);
    return kept.join(QLatin1Char(' '));
}

} // namespace

SandboxAuth::SandboxAuth(const Clock &clock, const SandboxOptions &options, QString partnerTenantId)
    : m_clock(clock)
    , m_options(options)
    , m_partnerTenantId(std::move(partnerTenantId))
{}

bool SandboxAuth::isAuthPath(const QString &path)
{
    if (path.compare(kDeviceLoginPath, Qt::CaseInsensitive) == 0)
        return true;
    const QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return s.size() == 4 && s.at(1).compare(QLatin1String("oauth2"), Qt::CaseInsensitive) == 0 &&
           s.at(2).compare(QLatin1String("v2.0"), Qt::CaseInsensitive) == 0 &&
           (s.at(3).compare(QLatin1String("authorize"), Qt::CaseInsensitive) == 0 ||
            s.at(3).compare(QLatin1String("token"), Qt::CaseInsensitive) == 0 ||
            s.at(3).compare(QLatin1String("devicecode"), Qt::CaseInsensitive) == 0);
}

SandboxReply SandboxAuth::handle(const SandboxRequest &request)
{
    if (request.path.compare(kDeviceLoginPath, Qt::CaseInsensitive) == 0) {
        if (request.method != "GET")
            return htmlPage(405, QStringLiteral("Method not allowed."));
        return deviceLogin(request);
    }
    const QStringList s = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString tenant = s.value(0);
    if (tenant.compare(m_partnerTenantId, Qt::CaseInsensitive) != 0 &&
        tenant.compare(QLatin1String("common"), Qt::CaseInsensitive) != 0 &&
        tenant.compare(QLatin1String("organizations"), Qt::CaseInsensitive) != 0)
        return oauthError(400, "invalid_request",
                          QStringLiteral("AADSTS90002: Tenant '%1' not found.").arg(tenant));
    const QString leaf = s.value(3).toLower();
    if (leaf == QLatin1String("authorize") && request.method == "GET")
        return authorize(request);
    if (leaf == QLatin1String("token") && request.method == "POST")
        return token(request);
    if (leaf == QLatin1String("devicecode") && request.method == "POST")
        return deviceAuthorization(request);
    return oauthError(405, "invalid_request", QStringLiteral("Method not allowed."));
}

SandboxReply SandboxAuth::authorize(const SandboxRequest &request)
{
    const QUrl redirect(request.queryValueCi(QStringLiteral("redirect_uri")), QUrl::StrictMode);
    if (!isLoopbackRedirect(redirect))
        return oauthError(400, "invalid_request",
                          QStringLiteral("AADSTS50011: The redirect URI must be a loopback http URL "
                                         "(http://127.0.0.1:port/ or http://localhost:port/)."));
    const QString state = request.queryValueCi(QStringLiteral("state"));
    const auto redirectWith = [&](const QList<QPair<QString, QString>> &items) {
        QUrl target = redirect;
        QUrlQuery query(target);
        for (const auto &item : items)
            query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        if (!state.isEmpty())
            query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(state)));
        target.setQuery(query);
        SandboxReply reply;
        reply.status = 302;
        reply.addHeader("Location", target.toEncoded());
        reply.addHeader("Cache-Control", "no-store");
        return reply;
    };
    const auto fail = [&](const char *error, const QString &description) {
        return redirectWith({{QStringLiteral("error"), QLatin1String(error)},
                             {QStringLiteral("error_description"), description}});
    };

    const QString clientId = request.queryValueCi(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return fail("invalid_request",
                    QStringLiteral("AADSTS900144: The request body must contain client_id."));
    // Entra shows an unknown application in the browser: it cannot trust that app's redirect URI.
    if (!m_options.registeredClientIds.isEmpty() && !m_options.registeredClientIds.contains(clientId))
        return oauthError(
            400, "unauthorized_client",
            QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the "
                           "directory.")
                .arg(clientId));
    if (!m_options.adminConsent)
        return fail("consent_required",
                    QStringLiteral("AADSTS65001: The user or administrator has not consented to use the "
                                   "application with ID '%1'.")
                        .arg(clientId));
    if (request.queryValueCi(QStringLiteral("response_type")) != QLatin1String("code"))
        return fail("unsupported_response_type", QStringLiteral("Only response_type=code is supported."));
    const QString challenge = request.queryValueCi(QStringLiteral("code_challenge"));
    if (challenge.isEmpty() ||
        request.queryValueCi(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return fail("invalid_request",
                    QStringLiteral("AADSTS9002325: PKCE with code_challenge_method=S256 is "
                                   "required for public clients."));

    // The sandbox user signs in (with MFA unless the options say otherwise) and consents at once.
    const QString code = randomToken("code_");
    m_codes.insert(code, CodeGrant{clientId, redirect.toString(QUrl::FullyEncoded), challenge,
                                   request.queryValueCi(QStringLiteral("scope")),
                                   m_clock.now().addSecs(m_options.authCodeLifetimeSecs)});
    qCDebug(lcSandbox) << "authorize: issued a one-time code to client" << clientId;
    return redirectWith({{QStringLiteral("code"), code}});
}

SandboxReply SandboxAuth::token(const SandboxRequest &request)
{
    const QUrlQuery form = parseForm(request.body);
    const QString grantType = formValue(form, "grant_type");
    if (grantType != QLatin1String("client_credentials")) {
        if (auto refused = registrationError(formValue(form, "client_id"), grantType))
            return *refused;
    }
    if (grantType == QLatin1String("authorization_code"))
        return redeemCode(form);
    if (grantType == QLatin1String("refresh_token"))
        return redeemRefreshToken(form);
    if (grantType == QLatin1String("client_credentials"))
        return clientCredentials(form);
    if (grantType == kDeviceCodeGrant)
        return redeemDeviceCode(form);
    return oauthError(400, "unsupported_grant_type",
                      QStringLiteral("AADSTS70003: The grant type '%1' is not supported.").arg(grantType));
}

SandboxReply SandboxAuth::redeemCode(const QUrlQuery &form)
{
    const QString code = formValue(form, "code");
    // A code is taken out at the first try, right or wrong: it can never be redeemed twice.
    const auto it = m_codes.find(code);
    if (code.isEmpty() || it == m_codes.end())
        return oauthError(
            400, "invalid_grant",
            QStringLiteral("AADSTS70008: The provided authorization code is invalid, expired or "
                           "was already redeemed."));
    const CodeGrant grant = it.value();
    m_codes.erase(it);
    if (m_clock.now() >= grant.expires)
        return oauthError(400, "invalid_grant",
                          QStringLiteral("AADSTS70008: The authorization code has expired."));
    const QUrl redirect(formValue(form, "redirect_uri"), QUrl::StrictMode);
    if (redirect.toString(QUrl::FullyEncoded) != grant.redirectUri)
        return oauthError(
            400, "invalid_grant",
            QStringLiteral("AADSTS50148: The redirect_uri does not match the one used to get the "
                           "authorization code."));
    const QString clientId = formValue(form, "client_id");
    if (clientId != grant.clientId)
        return oauthError(400, "invalid_grant",
                          QStringLiteral("AADSTS700005: The code was issued to a different client."));
    const QByteArray verifier = formValue(form, "code_verifier").toLatin1();
    const QByteArray expected = base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
    if (verifier.isEmpty() || expected != grant.challenge.toLatin1())
        return oauthError(400, "invalid_grant",
                          QStringLiteral("AADSTS501481: The code_verifier does not match the code_challenge "
                                         "supplied in the authorization request."));
    return tokenReply(clientId, grant.scope, false);
}

SandboxReply SandboxAuth::redeemRefreshToken(const QUrlQuery &form)
{
    const QString refresh = formValue(form, "refresh_token");
    const auto it = m_refreshTokens.find(refresh);
    if (refresh.isEmpty() || it == m_refreshTokens.end() || m_clock.now() >= it->expires)
        return oauthError(400, "invalid_grant",
                          QStringLiteral("AADSTS700082: The refresh token is invalid, expired or was already "
                                         "used (refresh tokens rotate)."));
    const RefreshGrant grant = it.value();
    m_refreshTokens.erase(it); // rotation: the old refresh token stops working now
    const QString clientId = formValue(form, "client_id");
    if (!clientId.isEmpty() && clientId != grant.clientId)
        return oauthError(
            400, "invalid_grant",
            QStringLiteral("AADSTS700005: The refresh token was issued to a different client."));
    const QString scope = formValue(form, "scope");
    return tokenReply(grant.clientId, scope.isEmpty() ? grant.scope : scope, false);
}

SandboxReply SandboxAuth::clientCredentials(const QUrlQuery &form)
{
    const QString clientId = formValue(form, "client_id");
    const QString secret = formValue(form, "client_secret");
    if (clientId.isEmpty() || secret.isEmpty())
        return oauthError(400, "invalid_client",
                          QStringLiteral("AADSTS7000216: 'client_id' and 'client_secret' are required for "
                                         "the client_credentials grant."));
    if (!m_options.clientSecret.isEmpty() && secret != m_options.clientSecret)
        return oauthError(401, "invalid_client",
                          QStringLiteral("AADSTS7000215: Invalid client secret provided."));
    return tokenReply(clientId, formValue(form, "scope"), true);
}

SandboxReply SandboxAuth::deviceAuthorization(const SandboxRequest &request)
{
    const QUrlQuery form = parseForm(request.body);
    const QString clientId = formValue(form, "client_id");
    const QString scope = formValue(form, "scope");
    if (clientId.isEmpty())
        return oauthError(400, "invalid_request",
                          QStringLiteral("AADSTS900144: The request body must contain the following "
                                         "parameter: 'client_id'."));
    if (scope.isEmpty())
        return oauthError(400, "invalid_request",
                          QStringLiteral("AADSTS900144: The request body must contain the following "
                                         "parameter: 'scope'."));
    if (auto refused = registrationError(clientId, QStringLiteral("devicecode")))
        return *refused;
    const QString deviceCode = randomToken("dc_");
    QString userCode = randomUserCode();
    while (m_userCodes.contains(userCode))
        userCode = randomUserCode();
    DeviceGrant grant;
    grant.clientId = clientId;
    grant.scope = scope;
    grant.userCode = userCode;
    grant.expires = m_clock.now().addSecs(m_options.deviceCodeLifetimeSecs);
    grant.intervalSecs = m_options.deviceCodeIntervalSecs;
    m_deviceCodes.insert(deviceCode, grant);
    m_userCodes.insert(userCode, deviceCode);
    // The page is on this server; the browser reaches it at the address the client used.
    QByteArray host = request.header("host");
    if (host.isEmpty())
        host = "127.0.0.1";
    const QString verification = QStringLiteral("http://") + QString::fromLatin1(host) + kDeviceLoginPath;
    qCDebug(lcSandbox) << "device authorization: issued a user code to client" << clientId;
    SandboxReply reply = SandboxReply::json(
        200, QJsonObject{
                 {QStringLiteral("device_code"), deviceCode},
                 {QStringLiteral("user_code"), userCode},
                 {QStringLiteral("verification_uri"), verification},
                 {QStringLiteral("expires_in"), m_options.deviceCodeLifetimeSecs},
                 {QStringLiteral("interval"), m_options.deviceCodeIntervalSecs},
                 {QStringLiteral("message"),
                  QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2 to "
                                 "authenticate.")
                      .arg(verification, userCode)},
             });
    reply.addHeader("Cache-Control", "no-store");
    return reply;
}

SandboxReply SandboxAuth::redeemDeviceCode(const QUrlQuery &form)
{
    const QString deviceCode = formValue(form, "device_code");
    const auto it = m_deviceCodes.find(deviceCode);
    if (deviceCode.isEmpty() || it == m_deviceCodes.end())
        return oauthError(400, "bad_verification_code",
                          QStringLiteral("AADSTS70018: The device_code was not recognized."));
    DeviceGrant &grant = it.value();
    if (formValue(form, "client_id") != grant.clientId)
        return oauthError(400, "invalid_grant",
                          QStringLiteral("AADSTS700005: The device code was issued to a different client."));
    const QDateTime now = m_clock.now();
    if (now >= grant.expires) {
        m_userCodes.remove(grant.userCode);
        m_deviceCodes.erase(it);
        return oauthError(400, "expired_token", QStringLiteral("AADSTS70019: Verification code expired."));
    }
    switch (grant.state) {
    case DeviceGrant::State::Declined:
        m_userCodes.remove(grant.userCode);
        m_deviceCodes.erase(it);
        // RFC 8628 3.5 access_denied; Entra's device-code doc names it authorization_declined.
        return oauthError(400, "access_denied",
                          QStringLiteral("AADSTS70000: The end user denied the authorization request."));
    case DeviceGrant::State::Approved: {
        const DeviceGrant approved = grant;
        m_userCodes.remove(grant.userCode);
        m_deviceCodes.erase(it); // a device code gives tokens once
        return tokenReply(approved.clientId, approved.scope, false);
    }
    case DeviceGrant::State::Pending:
        break;
    }
    // Polled sooner than the interval since the last poll: slow_down, and the interval grows by 5 s.
    const bool tooSoon =
        grant.lastPoll.isValid() && grant.lastPoll.msecsTo(now) < qint64(grant.intervalSecs) * 1000;
    grant.lastPoll = now;
    if (tooSoon) {
        grant.intervalSecs += 5;
        return oauthError(400, "slow_down", QStringLiteral("AADSTS70016: Poll less often."));
    }
    return oauthError(400, "authorization_pending",
                      QStringLiteral("AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. "
                                     "Continue polling."));
}

std::optional<SandboxReply> SandboxAuth::registrationError(const QString &clientId,
                                                           const QString &grant) const
{
    if (!m_options.registeredClientIds.isEmpty() && !m_options.registeredClientIds.contains(clientId))
        return oauthError(
            400, "unauthorized_client",
            QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the "
                           "directory.")
                .arg(clientId));
    if (!m_options.publicClientFlows && grant != QLatin1String("devicecode"))
        return oauthError(
            401, "invalid_client",
            QStringLiteral("AADSTS7000218: The request body must contain the following parameter: "
                           "'client_assertion' or 'client_secret'."));
    if (!m_options.adminConsent)
        return oauthError(
            400, "invalid_grant",
            QStringLiteral("AADSTS65001: The user or administrator has not consented to use the "
                           "application with ID '%1'.")
                .arg(clientId));
    if (m_options.refreshNeedsMfa && grant == QLatin1String("refresh_token"))
        return oauthError(
            400, "interaction_required",
            QStringLiteral("AADSTS50076: Due to a configuration change made by your administrator, "
                           "or because you moved to a new location, you must use multi-factor "
                           "authentication to access the resource."));
    return std::nullopt;
}

SandboxReply SandboxAuth::deviceLogin(const SandboxRequest &request)
{
    QString userCode = request.queryValueCi(QStringLiteral("user_code")).toUpper();
    userCode.remove(QLatin1Char('-'));
    userCode.remove(QLatin1Char(' '));
    const auto deviceCode = m_userCodes.constFind(userCode);
    if (userCode.isEmpty() || deviceCode == m_userCodes.constEnd())
        return htmlPage(400, QStringLiteral("That code is not valid. Check it and try again."));
    DeviceGrant &grant = m_deviceCodes[deviceCode.value()];
    if (m_clock.now() >= grant.expires)
        return htmlPage(400,
                        QStringLiteral("That code has expired. Start the sign-in again on your device."));
    if (grant.state != DeviceGrant::State::Pending)
        return htmlPage(400, QStringLiteral("That code was already used."));
    // The sandbox's user signs in (with MFA unless the options say otherwise) and decides.
    if (request.queryValueCi(QStringLiteral("decision"))
            .compare(QLatin1String("deny"), Qt::CaseInsensitive) == 0) {
        grant.state = DeviceGrant::State::Declined;
        return htmlPage(200, QStringLiteral("You declined the sign-in. You can close this window."));
    }
    grant.state = DeviceGrant::State::Approved;
    qCDebug(lcSandbox) << "device login: a user code was approved";
    return htmlPage(200, QStringLiteral("You have signed in to Offer Migrator on your other device. You can "
                                        "close this window."));
}

SandboxReply SandboxAuth::tokenReply(const QString &clientId, const QString &scope, bool appOnly)
{
    const QString access = issueAccessToken(appOnly, appOnly || m_options.userHasMfa);
    QJsonObject body{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), grantedScope(scope, appOnly)},
        {QStringLiteral("expires_in"), m_options.accessTokenLifetimeSecs},
        {QStringLiteral("ext_expires_in"), m_options.accessTokenLifetimeSecs},
        {QStringLiteral("access_token"), access},
    };
    if (!appOnly) {
        const QString refresh = randomToken("rt_");
        m_refreshTokens.insert(
            refresh,
            RefreshGrant{clientId, scope, m_clock.now().addDays(m_options.refreshTokenLifetimeDays)});
        body.insert(QStringLiteral("refresh_token"), refresh);
        body.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken(clientId)));
    }
    SandboxReply reply = SandboxReply::json(200, body);
    reply.addHeader("Cache-Control", "no-store");
    reply.addHeader("Pragma", "no-cache");
    return reply;
}

// An unsigned JWT (alg "none") with the claims a client may show: who signed in, which tenant.
QByteArray SandboxAuth::idToken(const QString &clientId) const
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    QJsonArray amr{QStringLiteral("pwd")};
    if (m_options.userHasMfa)
        amr.append(QStringLiteral("mfa"));
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("none")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims{
        {QStringLiteral("aud"), clientId},
        {QStringLiteral("iss"),
         QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(m_partnerTenantId)},
        {QStringLiteral("tid"), m_partnerTenantId},
        {QStringLiteral("preferred_username"), m_options.userPrincipalName},
        {QStringLiteral("upn"), m_options.userPrincipalName},
        {QStringLiteral("name"), QStringLiteral("Sandbox Partner Admin")},
        {QStringLiteral("amr"), amr},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + m_options.accessTokenLifetimeSecs},
    };
    return base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
           base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.';
}

QString SandboxAuth::issueAccessToken(bool appOnly, bool mfa)
{
    const QString token = randomToken("at_");
    m_accessTokens.insert(token, AccessToken{appOnly, appOnly || mfa,
                                             appOnly ? QString() : m_options.userPrincipalName,
                                             m_clock.now().addSecs(m_options.accessTokenLifetimeSecs)});
    return token;
}

SandboxAuth::Verdict SandboxAuth::authenticate(const QByteArray &authorizationHeader,
                                               AuthContext *context) const
{
    const QByteArray trimmed = authorizationHeader.trimmed();
    if (trimmed.size() < 8 || trimmed.left(7).toLower() != "bearer ")
        return Verdict::Missing;
    const QString token = QString::fromLatin1(trimmed.mid(7).trimmed());
    AccessToken found;
    if (!m_options.fixedAccessToken.isEmpty() && token == m_options.fixedAccessToken) {
        found = AccessToken{false, true, m_options.userPrincipalName, {}};
    } else {
        const auto it = m_accessTokens.constFind(token);
        if (it == m_accessTokens.constEnd())
            return Verdict::Unknown;
        if (m_clock.now() >= it->expires)
            return Verdict::Expired;
        found = it.value();
    }
    // App+User calls need amr=mfa (docs/partner-center-api.md "Authentication"); app-only tokens never
    // carry MFA.
    if (!found.appOnly && !found.mfa)
        return Verdict::MfaRequired;
    if (context) {
        context->authenticated = true;
        context->appOnly = found.appOnly;
        context->mfa = found.mfa;
        context->partnerTenantId = m_partnerTenantId;
        context->userPrincipalName = found.userPrincipalName;
    }
    return Verdict::Ok;
}

} // namespace om::sandbox
