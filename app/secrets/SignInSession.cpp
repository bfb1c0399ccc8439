#include "secrets/SignInSession.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace om::secrets {

SignInSession::SignInSession(AccountSettings account, QNetworkAccessManager *network, SecretStore *store,
                             const Clock *clock, InteractiveSignIn::OpenBrowser openBrowser, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_tokens(network, clock)
    , m_user(m_account, &m_tokens, store, clock)
    , m_appOnly(m_account, &m_tokens, store, clock)
    , m_flow(m_account, &m_tokens, std::move(openBrowser))
{}

void SignInSession::signIn()
{
    QPointer<SignInSession> self(this);
    m_flow.start([self](Result<TokenSet> result) {
        if (!self)
            return;
        if (!result.ok()) {
            Q_EMIT self->signInFinished(false, result.error().message);
            return;
        }
        self->m_user.completeSignIn(result.value(), [self](const SecretResult &stored) {
            if (!self)
                return;
            // Signed in either way; say so when the refresh token could not be kept for next time.
            Q_EMIT self->signInFinished(
                true, stored.ok() ? tr("Signed in to Partner Center.")
                                  : tr("Signed in for this session only: %1").arg(stored.message));
        });
    });
}

void SignInSession::cancelSignIn()
{
    m_flow.cancel();
    m_user.cancelSignIn();
}

void SignInSession::signOut(SecretStore::Done done)
{
    m_flow.cancel();
    // Both removals run; the first failure (if any) is reported once both have answered.
    auto firstFailure = std::make_shared<std::optional<SecretResult>>();
    auto remaining = std::make_shared<int>(2);
    auto finishOne = [firstFailure, remaining, done = std::move(done)](SecretResult r) {
        if (!r.ok() && !firstFailure->has_value())
            *firstFailure = std::move(r);
        if (--*remaining == 0 && done)
            done(firstFailure->value_or(SecretResult::success()));
    };
    m_user.signOut(finishOne);
    m_appOnly.forgetClientSecret(finishOne);
}

} // namespace om::secrets
