#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "secrets/InteractiveSignIn.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace om::journal {
class Journal;
}
namespace om::secrets {
class SecretStore;
}

namespace om::gui {

class AccountSession;
class AccountSetupController;
class AppController;
class MainWindow;

// What lives as long as the app: the network manager for sign-ins, the secret store (keychain, or memory
// for the session), the clock and how to open the browser. Borrowed by everything below.
struct GuiServices
{
    QNetworkAccessManager *network = nullptr;
    secrets::SecretStore *secrets = nullptr;
    const Clock *clock = nullptr;
    secrets::InteractiveSignIn::OpenBrowser openBrowser;
};

// One run of the main window, built from the settings: the sandbox, or the configured account with its
// AccountSession; that one's own journal and scan cache (secrets::AccountStorage); the controller and the
// window. GuiMain builds one and, when the partner switches between the sandbox and the account on the
// account page (switchRequested), throws it away and builds the next: the window title and the status bar
// then name the other one. `setup` (the account page's controller) is borrowed and outlives the session.
class GuiSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiSession)

public:
    GuiSession(GuiServices services, AccountSetupController *setup, QObject *parent = nullptr);
    ~GuiSession() override;

    // True on the very first start: no choice made yet and no account configured (not with --sandbox).
    static bool needsFirstStart(const QSettings &settings, bool forceSandbox);

    // Builds everything; `forceSandbox` is --sandbox. A failure to start the sandbox is returned; a
    // journal that cannot be opened only disables migrations.
    Status start(bool forceSandbox);

    MainWindow *window() const { return m_window.get(); }
    AppController *controller() const { return m_controller.get(); }
    AccountSession *accountSession() const { return m_session.get(); } // null in the sandbox
    QString journalPath() const { return m_journalPath; }
    QString scanCachePath() const { return m_scanCachePath; }
    QString storageKey() const { return m_storageKey; }

signals:
    void switchRequested(); // the account page changed what the app works with

private:
    GuiServices m_services;
    AccountSetupController *m_setup;
    QString m_journalPath;
    QString m_scanCachePath;
    QString m_storageKey;
    // Declared in lifetime order: the window goes first, then the controller (whose client borrows the
    // session's tokens and the journal's wizards), then the journal, then the session.
    std::unique_ptr<AccountSession> m_session;
    QTemporaryDir m_sandboxJournalDir;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace om::gui
