#pragma once

#include "common/Clock.h"
#include "secrets/AccountSettings.h"
#include "secrets/InteractiveSignIn.h"

#include <QObject>

class QNetworkAccessManager;

namespace om::pc {
class AccessTokenProvider;
}

namespace om::secrets {
class OAuthTokenProvider;
class SecretStore;
class TokenClient;
} // namespace om::secrets

namespace om::gui {

// The signed-in partner account, without widgets: the token provider the Partner Center client uses
// (refresh token kept in the secret store) and the interactive sign-in in the system browser.
// The network manager, secret store and clock are borrowed and must outlive the session.
class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    AccountSession(secrets::AccountSettings account, QNetworkAccessManager *network,
                   secrets::SecretStore *store, const Clock &clock,
                   secrets::InteractiveSignIn::OpenBrowser openBrowser, QObject *parent = nullptr);
    ~AccountSession() override;

    pc::AccessTokenProvider *tokens() const;
    const secrets::AccountSettings &account() const { return m_account; }

    void signIn(); // opens the browser; nothing happens while a sign-in runs
    void cancelSignIn();
    void signOut(); // forgets the tokens, memory and keychain
    bool isSigningIn() const;
    bool isSignedIn() const;

signals:
    void signInRequired(const QString &reason); // the refresh token is missing or refused
    void signInStarted();
    void signedIn();
    void signedOut();
    void signInFailed(const QString &message); // not emitted for a cancelled sign-in
    void warning(const QString &message);      // e.g. the refresh token is kept for this session only

private:
    secrets::AccountSettings m_account;
    secrets::TokenClient *m_tokenClient;     // child
    secrets::OAuthTokenProvider *m_provider; // child
    secrets::InteractiveSignIn *m_flow;      // child
};

} // namespace om::gui
