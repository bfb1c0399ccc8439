#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace om::gui {

class AccountSetupController;

// The account page: a view over AccountSetupController (borrowed, must outlive the page). Shown on first
// start (AccountDialog) and as Settings → Account. It holds the tenant, the application (client) id, the
// cloud (the sandbox as a clearly marked third choice), an optional app-only client secret that goes
// straight to the keychain, a short guide to registering the app in Entra ID, the buttons Sign in, Test
// connection and Sign out, and the explicit choice between the sandbox and this account.
class AccountPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPage)

public:
    explicit AccountPage(AccountSetupController *controller, QWidget *parent = nullptr);

    QLineEdit *tenantEdit() const { return m_tenant; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QComboBox *cloudCombo() const { return m_cloud; }
    QLineEdit *sandboxUrlEdit() const { return m_sandboxUrl; }
    QLineEdit *clientSecretEdit() const { return m_secret; }
    QPushButton *storeSecretButton() const { return m_storeSecret; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *signOutButton() const { return m_signOut; }
    QLabel *statusLabel() const { return m_status; }
    QRadioButton *useSandboxButton() const { return m_useSandbox; }
    QRadioButton *useAccountButton() const { return m_useAccount; }

signals:
    void changed(); // the draft or the choice changed: the dialog re-checks its OK button

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillFromController();
    void pushToController();
    void updateView();

    AccountSetupController *m_controller;
    QLineEdit *m_tenant;
    QLineEdit *m_clientId;
    QComboBox *m_cloud;
    QLabel *m_sandboxUrlLabel;
    QLineEdit *m_sandboxUrl;
    QLineEdit *m_secret;
    QPushButton *m_storeSecret;
    QPushButton *m_signIn;
    QPushButton *m_test;
    QPushButton *m_signOut;
    QLabel *m_status;
    QRadioButton *m_useSandbox;
    QRadioButton *m_useAccount;
    QButtonGroup *m_choice;
    bool m_filling = false;
};

} // namespace om::gui
