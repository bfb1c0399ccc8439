#include "secrets/AppOnlyTokenProvider.h"

#include "secrets/SecretsLog.h"
#include "secrets/TokenClient.h"

#include <QPointer>

namespace om::secrets {

namespace {
constexpr int kMarginSecs = 300;
}

AppOnlyTokenProvider::AppOnlyTokenProvider(AccountSettings account, TokenClient *tokens, SecretStore *store,
                                           const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_tokens(tokens)
    , m_store(store)
    , m_clock(clock)
{}

void AppOnlyTokenProvider::fetchToken(std::function<void(Result<QString>)> done)
{
    if (m_cache.isUsable(m_clock->now(), kMarginSecs)) {
        done(m_cache.accessToken);
        return;
    }
    m_pending.append(std::move(done));
    if (m_pending.size() > 1)
        return; // a request is already under way
    const quint64 generation = m_generation;
    QPointer<AppOnlyTokenProvider> self(this);
    m_store->read(secretKey(SecretKind::ClientSecret, m_account), [self,
                                                                   generation](const SecretResult &secret) {
        if (!self || generation != self->m_generation)
            return;
        if (!secret.ok()) {
            const QString why =
                secret.status == SecretResult::Status::NotFound
                    ? QStringLiteral(
                          "No app-only credential is stored: enter the client secret in the account "
                          "settings, or sign in as a user.")
                    : secret.message;
            self->finish(Error::make(Error::Kind::Auth, why, QStringLiteral("sign-in (client_credentials)")));
            return;
        }
        self->m_tokens->clientCredentials(self->m_account, secret.value,
                                          [self, generation](Result<TokenSet> tokens) {
                                              if (!self || generation != self->m_generation)
                                                  return;
                                              if (!tokens.ok()) {
                                                  self->finish(tokens.error());
                                                  return;
                                              }
                                              self->m_cache = tokens.take();
                                              self->finish(self->m_cache.accessToken);
                                          });
    });
}

void AppOnlyTokenProvider::invalidate(const QString &rejectedToken)
{
    if (!rejectedToken.isEmpty() && rejectedToken == m_cache.accessToken)
        m_cache = {};
}

void AppOnlyTokenProvider::saveClientSecret(const QString &secret, SecretStore::Done done)
{
    ++m_generation;
    m_cache = {};
    m_store->write(secretKey(SecretKind::ClientSecret, m_account), secret, std::move(done));
}

void AppOnlyTokenProvider::forgetClientSecret(SecretStore::Done done)
{
    ++m_generation;
    m_cache = {};
    finish(Error::make(Error::Kind::Auth, QStringLiteral("The app-only credential was removed."),
                       QStringLiteral("sign-in (client_credentials)")));
    m_store->remove(secretKey(SecretKind::ClientSecret, m_account), std::move(done));
}

void AppOnlyTokenProvider::finish(const Result<QString> &result)
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto &done : pending)
        done(result);
}

} // namespace om::secrets
