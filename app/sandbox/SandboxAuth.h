#pragma once

#include "common/Clock.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/store/SandboxHttp.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace om::sandbox {

// The Entra-like sign-in half of the sandbox, without sockets:
//   GET  /{tenant}/oauth2/v2.0/authorize  plays the partner user signing in with MFA and answers 302 to the
//        loopback redirect_uri with ?code=&state= (PKCE S256 required; a non-loopback redirect_uri is 400);
//   POST /{tenant}/oauth2/v2.0/token      authorization_code (+code_verifier), refresh_token (rotated),
//        client_credentials (app-only, no refresh token).
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

    SandboxReply authorize(const SandboxRequest &request);
    SandboxReply token(const SandboxRequest &request);
    SandboxReply redeemCode(const QUrlQuery &form);
    SandboxReply redeemRefreshToken(const QUrlQuery &form);
    SandboxReply clientCredentials(const QUrlQuery &form);
    SandboxReply tokenReply(const QString &clientId, const QString &scope, bool appOnly);
    QByteArray idToken(const QString &clientId) const;

    const Clock &m_clock; // not owned; outlives this object
    SandboxOptions m_options;
    QString m_partnerTenantId;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, CodeGrant> m_codes;
    QHash<QString, RefreshGrant> m_refreshTokens;
};

} // namespace om::sandbox
