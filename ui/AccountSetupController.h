#pragma once

#include "common/Clock.h"
#include "secrets/AccountSettings.h"
#include "secrets/InteractiveSignIn.h"
#include "ui/GuiSettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace om::pc {
class ApiJob;
class PartnerCenterClient;
} // namespace om::pc

namespace om::secrets {
class SecretStore;
}

namespace om::gui {

class AccountSession;

// What the account page does, without widgets (tested with QSignalSpy): the draft account (tenant, client
// id, cloud, sandbox address), the choice between the sandbox and that account, and the actions Sign in,
// Test connection (GET /v1/profiles/organization, which shows the partner's name), Sign out (removes the
// account's keychain entries) and Store client secret (keychain only).
// The actions run on an AccountSession for the draft: the running window's own (setLiveSession) when the
// draft is that account, so signing in or out on the page is the window's sign-in; otherwise one owned
// here, rebuilt when the draft names another account.
// Network, store and clock are borrowed and must outlive the controller.
class AccountSetupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSetupController)

public:
    enum class State
    {
        Idle,      // nothing done yet (statusText says whether a sign-in is stored)
        SigningIn, // waiting for the browser
        SignedIn,  // a sign-in happened or is stored
        Testing,   // the test call runs
        Connected, // the test call worked: partnerName() is set
        SignedOut, // the keychain entries were removed
        Failed,    // statusText() says what to fix
    };

    AccountSetupController(QNetworkAccessManager *network, secrets::SecretStore *store, const Clock &clock,
                           secrets::InteractiveSignIn::OpenBrowser openBrowser, QObject *parent = nullptr);
    ~AccountSetupController() override;

    // The window's running session (borrowed; null in the sandbox). Cleared automatically when destroyed.
    void setLiveSession(AccountSession *live);

    // Starts over from what is saved: the account and the environment choice.
    void load(const secrets::AccountSettings &saved, GuiSettings::Environment environment);
    void setAccount(const secrets::AccountSettings &draft);
    const secrets::AccountSettings &account() const { return m_account; }
    void setEnvironment(GuiSettings::Environment environment);
    GuiSettings::Environment environment() const { return m_environment; }

    // What is missing or malformed in the draft, in one translated sentence; empty when it can be used.
    QString problem() const;
    bool canUse() const { return problem().isEmpty(); }
    // Writes the account and the environment choice (the caller decides whether that means a switch).
    void save(QSettings &settings) const;

    void signIn();
    void cancelSignIn();
    void testConnection();
    void signOut();
    void saveClientSecret(const QString &secret);

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::SigningIn || m_state == State::Testing; }
    QString statusText() const { return m_status; }
    QString partnerName() const { return m_partnerName; }
    AccountSession *session(); // for the draft; null while the draft is incomplete

signals:
    void stateChanged();

private:
    void setState(State state, const QString &status);
    void dropOwnSession();
    void refreshStoredState();

    QNetworkAccessManager *m_network;
    secrets::SecretStore *m_store;
    const Clock &m_clock;
    secrets::InteractiveSignIn::OpenBrowser m_openBrowser;
    secrets::AccountSettings m_account;
    GuiSettings::Environment m_environment = GuiSettings::Environment::Unset;
    QPointer<AccountSession> m_live;
    std::unique_ptr<AccountSession> m_own;
    std::unique_ptr<pc::PartnerCenterClient> m_testClient;
    QPointer<pc::ApiJob> m_testJob;
    State m_state = State::Idle;
    QString m_status;
    QString m_partnerName;
    quint64 m_generation = 0; // bumped when the draft names another account: late answers are dropped
};

} // namespace om::gui
