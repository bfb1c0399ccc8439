#pragma once

#include "common/Clock.h"
#include "partnercenter/AccessTokenProvider.h"
#include "secrets/AccountSettings.h"
#include "secrets/SecretStore.h"
#include "secrets/TokenSet.h"

#include <QList>
#include <QObject>

namespace om::secrets {

class TokenClient;

// App+user access tokens for the Partner Center client, renewed silently with the refresh token.
//  - fetchToken(): the cached access token while it has more than refreshMarginSecs() left (injected
//    clock); otherwise ONE refresh that every concurrent caller waits for. The refresh token comes from
//    memory, else from the SecretStore (as after a restart); a rotated one is written back at once.
//  - A refresh the server refuses with invalid_grant or interaction_required, or no stored refresh token:
//    the refresh token is deleted, signInRequired() is emitted and callers stay queued (no work lost)
//    until completeSignIn() or cancelSignIn().
//    Any other failure (network, timeout, 408, 429, 3xx, 5xx, a proxy's page, an oversize answer, another
//    OAuth error) fails the waiting callers with that error and keeps the refresh token for the next try:
//    signing in again would not help.
//  - invalidate(token) after a 401 drops that access token so the next fetch refreshes.
// TokenClient, SecretStore and Clock are borrowed and must outlive this object.
class OAuthTokenProvider final : public QObject, public pc::AccessTokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthTokenProvider)

public:
    OAuthTokenProvider(AccountSettings account, TokenClient *tokens, SecretStore *store, const Clock *clock,
                       QObject *parent = nullptr);

    void fetchToken(std::function<void(Result<QString>)> done) override;
    void invalidate(const QString &rejectedToken) override;

    // After an interactive sign-in: keep the tokens, persist the refresh token, serve queued callers.
    // `stored` (optional) reports how persisting the refresh token went (NoKeychain, Failed...).
    void completeSignIn(const TokenSet &tokens, SecretStore::Done stored = {});
    // The user gave up signing in (or nobody can, as in the CLI): queued callers get an Auth error with
    // `message`, or a generic one when empty.
    void cancelSignIn(const QString &message = {});
    // Forget everything: memory and the stored refresh token. Queued callers get an Auth error.
    void signOut(SecretStore::Done done);

    bool hasAccessToken() const { return !m_cache.accessToken.isEmpty(); }
    bool isWaitingForSignIn() const { return m_waitingForSignIn; }
    bool isPersisting() const { return m_persisting > 0; } // a refresh token write not answered yet
    int pendingCount() const { return int(m_pending.size()); }
    const AccountSettings &account() const { return m_account; }
    static constexpr int refreshMarginSecs() { return 300; }

Q_SIGNALS:
    // The refresh token is missing, expired or revoked: the GUI should offer an interactive sign-in.
    // `reason` is safe to show (never contains a token).
    void signInRequired(const QString &reason);
    void signedIn();
    void signedOut();
    // The refresh tokens being written to the store are all written (see isPersisting()).
    void persisted();

private:
    void startRefresh();
    void refreshWith(const QString &refreshToken);
    void requireSignIn(const QString &reason);
    void persistRefreshToken(SecretStore::Done done);
    void failPending(const Error &error);
    void servePending();

    AccountSettings m_account;
    TokenClient *m_tokens;
    SecretStore *m_store;
    const Clock *m_clock;
    TokenSet m_cache; // in memory only
    bool m_refreshing = false;
    int m_persisting = 0; // refresh token writes not answered yet
    bool m_waitingForSignIn = false;
    quint64 m_generation = 0; // bumped by sign-in/out so a late refresh answer is ignored
    QList<std::function<void(Result<QString>)>> m_pending;
};

} // namespace om::secrets
