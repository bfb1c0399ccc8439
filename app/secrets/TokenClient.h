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

// What the device authorization endpoint answered (RFC 8628 section 3.2; Microsoft identity platform,
// "OAuth 2.0 device authorization grant"). `deviceCode` redeems tokens: memory only, never logged.
struct DeviceCode
{
    QString deviceCode;
    QString userCode;     // short, shown to the user
    QUrl verificationUri; // where the user enters userCode
    QString message;      // the service's instructions, may be empty
    QDateTime expiresAt;  // from expires_in and the injected clock
    int intervalSecs = 5; // wait at least this long between polls (RFC default 5)
};

// The token-endpoint grants this app uses, as form POSTs to {authority}/{tenant}/oauth2/v2.0/token, and the
// device authorization request to .../devicecode. Errors keep only the server's `error` and
// `error_description` (never the request or the whole body), so no code, verifier, secret or token can
// leak into an Error; known Entra codes get a line saying what to fix (SignInErrors.h).
// Error kinds: Auth only for a real OAuth refusal (4xx with an `error`); a 3xx, a 408, a 429, a 4xx
// without an OAuth body (a proxy's page) and a 5xx are Http / Timeout / Throttled; an unreadable or
// oversize 2xx is Parse; no answer at all is Network / Timeout.
// The network manager and the clock are borrowed and must outlive this object; a reply that finishes
// after this object is destroyed is ignored (its callback is not called).
class TokenClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)

public:
    using Done = std::function<void(Result<TokenSet>)>;
    using DeviceCodeDone = std::function<void(Result<DeviceCode>)>;

    TokenClient(QNetworkAccessManager *network, const Clock *clock, QObject *parent = nullptr);

    // grant_type=authorization_code with the PKCE verifier (public client: no secret).
    void redeemCode(const AccountSettings &account, const QString &code, const QUrl &redirectUri,
                    const QByteArray &codeVerifier, Done done);
    // grant_type=refresh_token; the answer may carry a rotated refresh token.
    void refresh(const AccountSettings &account, const QString &refreshToken, Done done);
    // grant_type=client_credentials for app-only read scans.
    void clientCredentials(const AccountSettings &account, const QString &clientSecret, Done done);
    // POST .../devicecode with client_id and the user scope: a device code and a user code.
    void requestDeviceCode(const AccountSettings &account, DeviceCodeDone done);
    // grant_type=urn:ietf:params:oauth:grant-type:device_code. While the user has not finished, the error's
    // serviceCode is authorization_pending or slow_down.
    void pollDeviceCode(const AccountSettings &account, const QString &deviceCode, Done done);

    // Parses a token-endpoint answer. `now` stamps expires_in. Exposed for tests.
    static Result<TokenSet> parseAnswer(int httpStatus, const QByteArray &body, const QDateTime &now,
                                        const QString &context);
    // Parses a device authorization answer (errors as parseAnswer's).
    static Result<DeviceCode> parseDeviceCodeAnswer(int httpStatus, const QByteArray &body,
                                                    const QDateTime &now, const QString &context);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    using Answer = std::function<void(int status, const QByteArray &body, const QDateTime &now)>;
    void post(const AccountSettings &account, const QUrl &url, const QUrlQuery &fields,
              const QString &context, std::function<void(Error)> failed, Answer answered);
    void postToken(const AccountSettings &account, const QUrlQuery &form, const QString &grant, Done done);

    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    int m_timeoutMs = 30000;
};

} // namespace om::secrets
