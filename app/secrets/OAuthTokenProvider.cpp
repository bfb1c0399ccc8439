#include "secrets/OAuthTokenProvider.h"

#include "secrets/SecretsLog.h"
#include "secrets/TokenClient.h"

#include <QPointer>

namespace om::secrets {

namespace {

const QString kContext = QStringLiteral("sign-in (refresh)");

// The only answers that mean the refresh token itself is dead (RFC 6749 section 5.2 invalid_grant: expired,
// revoked, already rotated; Entra's interaction_required: the user must sign in again, e.g. for MFA).
// Anything else - no answer, a 408, a 429, a 3xx, a proxy's HTML page, an oversize or unreadable answer, a
// 5xx, or another OAuth error - says nothing about the refresh token, so it is kept for the next try.
bool refreshTokenRefused(const Error &e)
{
    return e.kind == Error::Kind::Auth &&
           (e.serviceCode == u"invalid_grant" || e.serviceCode == u"interaction_required");
}

} // namespace

OAuthTokenProvider::OAuthTokenProvider(AccountSettings account, TokenClient *tokens, SecretStore *store,
                                       const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_tokens(tokens)
    , m_store(store)
    , m_clock(clock)
{}

void OAuthTokenProvider::fetchToken(std::function<void(Result<QString>)> done)
{
    if (m_cache.isUsable(m_clock->now(), refreshMarginSecs())) {
        done(m_cache.accessToken);
        return;
    }
    m_pending.append(std::move(done));
    if (m_refreshing || m_waitingForSignIn)
        return; // shares the refresh or the sign-in already under way
    startRefresh();
}

void OAuthTokenProvider::invalidate(const QString &rejectedToken)
{
    if (!rejectedToken.isEmpty() && rejectedToken == m_cache.accessToken) {
        qCInfo(lcSecrets) << "access token rejected by the server: will refresh";
        m_cache.accessToken.clear();
        m_cache.expiresAt = {};
    }
}

void OAuthTokenProvider::startRefresh()
{
    m_refreshing = true;
    if (!m_cache.refreshToken.isEmpty()) {
        refreshWith(m_cache.refreshToken);
        return;
    }
    // No refresh token in memory (first fetch after start): ask the store. It may answer synchronously.
    const quint64 generation = m_generation;
    QPointer<OAuthTokenProvider> self(this);
    m_store->read(secretKey(SecretKind::RefreshToken, m_account), [self, generation](const SecretResult &r) {
        if (!self || generation != self->m_generation)
            return;
        switch (r.status) {
        case SecretResult::Status::Ok:
            self->m_cache.refreshToken = r.value;
            self->refreshWith(r.value);
            return;
        case SecretResult::Status::NotFound:
            self->requireSignIn(QStringLiteral("Sign in to Partner Center to continue."));
            return;
        case SecretResult::Status::NoKeychain:
        case SecretResult::Status::Failed:
            self->requireSignIn(r.message + QStringLiteral(" Sign in to Partner Center to continue."));
            return;
        }
    });
}

void OAuthTokenProvider::refreshWith(const QString &refreshToken)
{
    const quint64 generation = m_generation;
    QPointer<OAuthTokenProvider> self(this);
    qCInfo(lcSecrets) << "refreshing the access token";
    m_tokens->refresh(m_account, refreshToken, [self, generation](Result<TokenSet> r) {
        if (!self || generation != self->m_generation)
            return; // signed in or out meanwhile: this answer is stale
        self->m_refreshing = false;
        if (r.ok()) {
            const bool rotated = !r->refreshToken.isEmpty() && r->refreshToken != self->m_cache.refreshToken;
            TokenSet fresh = r.take();
            if (fresh.refreshToken.isEmpty())
                fresh.refreshToken = self->m_cache.refreshToken; // the server kept the old one valid
            self->m_cache = std::move(fresh);
            if (rotated)
                self->persistRefreshToken({});
            self->servePending();
            return;
        }
        const Error &e = r.error();
        if (!refreshTokenRefused(e)) {
            self->failPending(e); // keep the refresh token; the callers' retries will try again
            return;
        }
        // Refused: the refresh token is dead. Forget it here and in the store, then ask for a sign-in.
        self->m_cache = {};
        self->m_store->remove(secretKey(SecretKind::RefreshToken, self->m_account),
                              [](const SecretResult &) {});
        self->requireSignIn(QStringLiteral("Your Partner Center sign-in has expired (") + e.message +
                            QStringLiteral("). Sign in again to continue."));
    });
}

void OAuthTokenProvider::requireSignIn(const QString &reason)
{
    m_refreshing = false;
    m_waitingForSignIn = true;
    qCInfo(lcSecrets) << "sign-in required;" << m_pending.size() << "request(s) wait for it";
    Q_EMIT signInRequired(reason);
}

void OAuthTokenProvider::completeSignIn(const TokenSet &tokens, SecretStore::Done stored)
{
    ++m_generation;
    m_cache = tokens;
    m_refreshing = false;
    m_waitingForSignIn = false;
    persistRefreshToken(std::move(stored));
    Q_EMIT signedIn();
    servePending();
}

void OAuthTokenProvider::cancelSignIn(const QString &message)
{
    m_waitingForSignIn = false;
    failPending(Error::make(
        Error::Kind::Auth,
        message.isEmpty() ? QStringLiteral("Not signed in: sign-in was cancelled.") : message, kContext));
}

void OAuthTokenProvider::signOut(SecretStore::Done done)
{
    ++m_generation;
    m_cache = {};
    m_refreshing = false;
    m_waitingForSignIn = false;
    failPending(Error::make(Error::Kind::Auth, QStringLiteral("Signed out."), kContext));
    QPointer<OAuthTokenProvider> self(this);
    m_store->remove(secretKey(SecretKind::RefreshToken, m_account),
                    [self, done = std::move(done)](SecretResult r) {
                        if (self)
                            Q_EMIT self->signedOut();
                        if (done)
                            done(std::move(r));
                    });
}

void OAuthTokenProvider::persistRefreshToken(SecretStore::Done done)
{
    if (m_cache.refreshToken.isEmpty()) {
        if (done)
            done(SecretResult::success());
        return;
    }
    ++m_persisting;
    m_store->write(secretKey(SecretKind::RefreshToken, m_account), m_cache.refreshToken,
                   [self = QPointer<OAuthTokenProvider>(this), done = std::move(done)](SecretResult r) {
                       if (!r.ok())
                           qCWarning(lcSecrets) << "could not keep the refresh token:" << r.message;
                       if (self && --self->m_persisting == 0)
                           Q_EMIT self->persisted();
                       if (done)
                           done(std::move(r));
                   });
}

void OAuthTokenProvider::failPending(const Error &error)
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto &done : pending)
        done(error);
}

void OAuthTokenProvider::servePending()
{
    const auto pending = std::exchange(m_pending, {});
    const QString token = m_cache.accessToken;
    for (const auto &done : pending)
        done(token);
}

} // namespace om::secrets
