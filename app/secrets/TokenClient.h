#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "secrets/AccountSettings.h"
#include "secrets/TokenSet.h"

#include <QObject>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace om::secrets {

// The three token-endpoint grants this app uses, as form POSTs to {authority}/{tenant}/oauth2/v2.0/token.
// Errors keep only the server's `error` and `error_description` (never the request or the whole body),
// so no code, verifier, secret or token can leak into an Error. The network manager and the clock are
// borrowed and must outlive this object; a reply that finishes after this object is destroyed is ignored
// (its callback is not called).
class TokenClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)

public:
    using Done = std::function<void(Result<TokenSet>)>;

    TokenClient(QNetworkAccessManager *network, const Clock *clock, QObject *parent = nullptr);

    // grant_type=authorization_code with the PKCE verifier (public client: no secret).
    void redeemCode(const AccountSettings &account, const QString &code, const QUrl &redirectUri,
                    const QByteArray &codeVerifier, Done done);
    // grant_type=refresh_token; the answer may carry a rotated refresh token.
    void refresh(const AccountSettings &account, const QString &refreshToken, Done done);
    // grant_type=client_credentials for app-only read scans.
    void clientCredentials(const AccountSettings &account, const QString &clientSecret, Done done);

    // Parses a token-endpoint answer. `now` stamps expires_in. Exposed for tests.
    static Result<TokenSet> parseAnswer(int httpStatus, const QByteArray &body, const QDateTime &now,
                                        const QString &context);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    void post(const AccountSettings &account, QUrlQuery form, const QString &grant, Done done);

    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    int m_timeoutMs = 30000;
};

} // namespace om::secrets
