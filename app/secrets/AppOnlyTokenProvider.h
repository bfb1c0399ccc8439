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

// App-only access tokens (client_credentials) for read-only scans. The client secret is entered once
// (saveClientSecret) and lives only in the SecretStore; it is read from there for each token request and
// not kept in this object. Concurrent fetches share one request. Licence calls reject app-only tokens
// (Partner Center 900316), so migrations use OAuthTokenProvider. TokenClient, store and clock are borrowed.
class AppOnlyTokenProvider final : public QObject, public pc::AccessTokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppOnlyTokenProvider)

public:
    AppOnlyTokenProvider(AccountSettings account, TokenClient *tokens, SecretStore *store, const Clock *clock,
                         QObject *parent = nullptr);

    void fetchToken(std::function<void(Result<QString>)> done) override;
    void invalidate(const QString &rejectedToken) override;

    void saveClientSecret(const QString &secret, SecretStore::Done done);
    // Removes the secret from the store and drops the cached token.
    void forgetClientSecret(SecretStore::Done done);

private:
    void finish(const Result<QString> &result);

    AccountSettings m_account;
    TokenClient *m_tokens;
    SecretStore *m_store;
    const Clock *m_clock;
    TokenSet m_cache;
    quint64 m_generation = 0;
    QList<std::function<void(Result<QString>)>> m_pending;
};

} // namespace om::secrets
