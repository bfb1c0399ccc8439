#include "ui/AccountSession.h"

#include "secrets/OAuthTokenProvider.h"
#include "secrets/SignInErrors.h"
#include "secrets/TokenClient.h"
#include "ui/GuiLog.h"

#include <QPointer>

#include <memory>

namespace om::gui {

AccountSession::AccountSession(secrets::AccountSettings account, QNetworkAccessManager *network,
                               secrets::SecretStore *store, const Clock &clock,
                               secrets::InteractiveSignIn::OpenBrowser openBrowser, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_store(store)
    , m_tokenClient(new secrets::TokenClient(network, &clock, this))
    , m_provider(new secrets::OAuthTokenProvider(m_account, m_tokenClient, store, &clock, this))
    , m_flow(new secrets::InteractiveSignIn(m_account, m_tokenClient, std::move(openBrowser), this))
{
    connect(m_provider, &secrets::OAuthTokenProvider::signInRequired, this, &AccountSession::signInRequired);
    connect(m_provider, &secrets::OAuthTokenProvider::signedIn, this, &AccountSession::signedIn);
    connect(m_provider, &secrets::OAuthTokenProvider::signedOut, this, &AccountSession::signedOut);
}

AccountSession::~AccountSession()
{
    delete m_flow; // stops its listener before the token client goes
    delete m_provider;
    delete m_tokenClient;
}

pc::AccessTokenProvider *AccountSession::tokens() const
{
    return m_provider;
}

bool AccountSession::isSigningIn() const
{
    return m_flow->isRunning();
}

bool AccountSession::isSignedIn() const
{
    return m_provider->hasAccessToken();
}

void AccountSession::signIn()
{
    if (m_flow->isRunning())
        return;
    m_flow->start([this](Result<secrets::TokenSet> result) {
        if (!result.ok()) {
            m_provider->cancelSignIn(); // requests waiting for a token fail instead of waiting forever
            if (result.error().kind != Error::Kind::Cancelled) {
                qCWarning(lcGui) << "sign-in failed:" << result.error().toString();
                emit signInFailed(secrets::signin::describe(result.error()));
            }
            return;
        }
        m_provider->completeSignIn(result.value(), [this](const secrets::SecretResult &stored) {
            if (!stored.ok())
                emit warning(tr("Signed in, but the sign-in could not be kept for the next start: %1")
                                 .arg(stored.message));
        });
    });
    if (m_flow->isRunning()) // it may have failed at once (no loopback port)
        emit signInStarted();
}

void AccountSession::cancelSignIn()
{
    m_flow->cancel();
}

void AccountSession::signOut()
{
    m_flow->cancel();
    // Both removals run; the first failure (if any) is told once both have answered.
    QPointer<AccountSession> self(this);
    auto failure = std::make_shared<QString>();
    auto remaining = std::make_shared<int>(2);
    auto finishOne = [self, failure, remaining](const secrets::SecretResult &removed) {
        if (!removed.ok() && failure->isEmpty())
            *failure = removed.message;
        if (--*remaining == 0 && self && !failure->isEmpty())
            emit self->warning(tr("The stored sign-in could not be removed: %1").arg(*failure));
    };
    m_store->remove(secretKey(secrets::SecretKind::ClientSecret, m_account), finishOne);
    m_provider->signOut(finishOne);
}

void AccountSession::checkStoredSignIn(std::function<void(bool)> done)
{
    m_store->read(secretKey(secrets::SecretKind::RefreshToken, m_account),
                  [done = std::move(done)](const secrets::SecretResult &r) { done(r.ok()); });
}

void AccountSession::saveClientSecret(const QString &secret, secrets::SecretStore::Done done)
{
    m_store->write(secretKey(secrets::SecretKind::ClientSecret, m_account), secret, std::move(done));
}

} // namespace om::gui
