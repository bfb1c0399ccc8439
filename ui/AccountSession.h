#pragma once

#include "common/Clock.h"
#include "secrets/AccountSettings.h"
#include "secrets/InteractiveSignIn.h"
#include "secrets/SecretStore.h"

#include <QObject>

class QNetworkAccessManager;

namespace om::pc {
class AccessTokenProvider;
}

namespace om::secrets {
class OAuthTokenProvider;
class TokenClient;
} // namespace om::secrets

namespace om::gui {

// One partner account, without widgets: the token provider the Partner Center client uses (refresh token
// kept in the secret store), the interactive sign-in in the system browser, sign-out, and the optional
// app-only client secret (only ever written to the store). Used by the running window (Account menu) and by
// the account page (AccountSetupController).
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
    // Forgets the tokens in memory and removes this account's refresh token and client secret from the
    // store (keychain). signedOut() follows.
    void signOut();
    bool isSigningIn() const;
    bool isSignedIn() const; // holds an access token in memory
    // Whether the store holds a refresh token for this account (e.g. from an earlier run): `done(true)`.
    void checkStoredSignIn(std::function<void(bool stored)> done);
    // Writes the app-only client secret to the store, never anywhere else.
    void saveClientSecret(const QString &secret, secrets::SecretStore::Done done);

signals:
    void signInRequired(const QString &reason); // the refresh token is missing or refused
    void signInStarted();
    void signedIn();
    void signedOut();
    void signInFailed(const QString &message); // one line saying what to fix; not for a cancelled sign-in
    void warning(const QString &message);      // e.g. the refresh token is kept for this session only

private:
    secrets::AccountSettings m_account;
    secrets::SecretStore *m_store;
    secrets::TokenClient *m_tokenClient;     // child
    secrets::OAuthTokenProvider *m_provider; // child
    secrets::InteractiveSignIn *m_flow;      // child
};

} // namespace om::gui
