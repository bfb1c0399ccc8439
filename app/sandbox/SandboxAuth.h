#pragma once

#include "common/Clock.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/store/SandboxHttp.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace om::sandbox {

// The Entra-like sign-in half of the sandbox, without sockets:
//   GET  /{tenant}/oauth2/v2.0/authorize  plays the partner user signing in with MFA and answers 302 to the
//        loopback redirect_uri with ?code=&state= (PKCE S256 required; a non-loopback redirect_uri is 400);
//   POST /{tenant}/oauth2/v2.0/token      authorization_code (+code_verifier), refresh_token (rotated),
//        client_credentials (app-only, no refresh token), and the device grant
//        urn:ietf:params:oauth:grant-type:device_code;
//   POST /{tenant}/oauth2/v2.0/devicecode the device authorization request (RFC 8628 section 3.1-3.2,
//        Microsoft identity platform "device authorization grant"): device_code, user_code,
//        verification_uri, expires_in, interval, message;
//   GET  /devicelogin?user_code=X         the verification page: plays the partner user signing in there
//        with MFA and approving (or, with &decision=deny, declining) that code.
// Polling answers follow RFC 8628 section 3.5: authorization_pending until approved, slow_down (and 5 s more
// interval) when polled faster than the interval, access_denied after a refusal (Entra's doc calls it
// authorization_declined), expired_token after expires_in; a device code gives tokens once.
// {tenant} may be the partner tenant id, "common" or "organizations".
// Tokens are random opaque strings remembered with their kind and expiry (read from the injected clock).
class SandboxAuth
{
public:
    SandboxAuth(const Clock &clock, const SandboxOptions &options, QString partnerTenantId);

    static bool isAuthPath(const QString &path);
    SandboxReply handle(const SandboxRequest &request);

    enum class Verdict
    {
        Ok,
        Missing,
        Unknown,
        Expired,
        MfaRequired
    };
    // Checks "Authorization: Bearer <token>" and fills *context when Ok.
    Verdict authenticate(const QByteArray &authorizationHeader, AuthContext *context) const;

    // Mints an access token directly (tests, the in-process GUI sandbox). Lifetime from the options.
    QString issueAccessToken(bool appOnly = false, bool mfa = true);
    QString partnerTenantId() const { return m_partnerTenantId; }

private:
    struct AccessToken
    {
        bool appOnly = false;
        bool mfa = true;
        QString userPrincipalName;
        QDateTime expires;
    };
    struct CodeGrant
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
        QDateTime expires;
    };
    struct RefreshGrant
    {
        QString clientId;
        QString scope;
        QDateTime expires;
    };
    struct DeviceGrant
    {
        enum class State
        {
            Pending,
            Approved,
            Declined
        };
        QString clientId;
        QString scope;
        QString userCode;
        QDateTime expires;
        int intervalSecs = 5;
        QDateTime lastPoll; // invalid before the first poll
        State state = State::Pending;
    };

    SandboxReply authorize(const SandboxRequest &request);
    SandboxReply token(const SandboxRequest &request);
    SandboxReply redeemCode(const QUrlQuery &form);
    SandboxReply redeemRefreshToken(const QUrlQuery &form);
    SandboxReply clientCredentials(const QUrlQuery &form);
    SandboxReply deviceAuthorization(const SandboxRequest &request);
    SandboxReply redeemDeviceCode(const QUrlQuery &form);
    SandboxReply deviceLogin(const SandboxRequest &request);
    SandboxReply tokenReply(const QString &clientId, const QString &scope, bool appOnly);
    // The app registration's faults (options): unknown client, public client flows off, no consent, MFA.
    std::optional<SandboxReply> registrationError(const QString &clientId, const QString &grant) const;
    QByteArray idToken(const QString &clientId) const;

    const Clock &m_clock; // not owned; outlives this object
    SandboxOptions m_options;
    QString m_partnerTenantId;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, CodeGrant> m_codes;
    QHash<QString, RefreshGrant> m_refreshTokens;
    QHash<QString, DeviceGrant> m_deviceCodes; // by device_code
    QHash<QString, QString> m_userCodes;       // user_code -> device_code
};

} // namespace om::sandbox
