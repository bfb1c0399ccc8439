#pragma once

#include "common/Clock.h"
#include "secrets/AccountSettings.h"
#include "secrets/AppOnlyTokenProvider.h"
#include "secrets/InteractiveSignIn.h"
#include "secrets/OAuthTokenProvider.h"
#include "secrets/SecretStore.h"
#include "secrets/TokenClient.h"

#include <QObject>

class QNetworkAccessManager;

namespace om::secrets {

// What the GUI and the CLI hold for one account: the app+user token provider (migrations), the
// app-only provider (read-only scans), the interactive sign-in and sign-out. Typical wiring:
//   KeychainSecretStore keychain;
//   SessionSecretStore secrets(&keychain); // memory for the session when no keychain exists
//   SignInSession session(account, &network, &secrets, &clock, openUrl); // openUrl: QDesktopServices
//   connect(session.userTokens(), &OAuthTokenProvider::signInRequired, ...); // offer "Sign in"
// Owns the TokenClient and both providers; network, store and clock are borrowed and must outlive it.
class SignInSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInSession)

public:
    SignInSession(AccountSettings account, QNetworkAccessManager *network, SecretStore *store,
                  const Clock *clock, InteractiveSignIn::OpenBrowser openBrowser, QObject *parent = nullptr);

    OAuthTokenProvider *userTokens() { return &m_user; }
    AppOnlyTokenProvider *appOnlyTokens() { return &m_appOnly; }
    const AccountSettings &account() const { return m_account; }

    // Opens the browser for an interactive sign-in; signInFinished() tells the outcome. A failed attempt
    // keeps queued token requests waiting (the user may try again); cancelSignIn() releases them.
    void signIn();
    void cancelSignIn();
    bool isSigningIn() const { return m_flow.isRunning(); }
    QUrl authorizeUrl() const { return m_flow.authorizeUrl(); } // while signing in: for "copy link"

    // Removes the refresh token and the client secret from the store (keychain and memory) and drops every
    // token held in memory. `done` gets the first failure, or Ok.
    void signOut(SecretStore::Done done);

Q_SIGNALS:
    // `message` is safe to show: it never contains a token, code or secret.
    void signInFinished(bool ok, const QString &message);

private:
    AccountSettings m_account;
    TokenClient m_tokens;
    OAuthTokenProvider m_user;
    AppOnlyTokenProvider m_appOnly;
    InteractiveSignIn m_flow;
};

} // namespace om::secrets
