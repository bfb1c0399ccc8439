#include "ui/GuiSession.h"

#include "journal/Journal.h"
#include "secrets/AccountSettings.h"
#include "secrets/AccountStorage.h"
#include "ui/AccountSession.h"
#include "ui/AccountSetupController.h"
#include "ui/AppController.h"
#include "ui/GuiLog.h"
#include "ui/GuiSettings.h"
#include "ui/MainWindow.h"
#include "ui/batch/BatchLauncher.h"
#include "ui/wizard/MigrationWizard.h"

#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace om::gui {

GuiSession::GuiSession(GuiServices services, AccountSetupController *setup, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_setup(setup)
{}

GuiSession::~GuiSession()
{
    if (m_setup)
        m_setup->setLiveSession(nullptr);
    m_window.reset();
    m_controller.reset();
    m_journal.reset();
    m_session.reset();
}

bool GuiSession::needsFirstStart(const QSettings &settings, bool forceSandbox)
{
    return !forceSandbox && GuiSettings::loadEnvironment(settings) == GuiSettings::Environment::Unset &&
           !secrets::AccountSettings::load(settings).isComplete();
}

Status GuiSession::start(bool forceSandbox)
{
    const QSettings settings;
    const GuiSettings guiSettings = GuiSettings::load(settings);
    const secrets::AccountSettings account = secrets::AccountSettings::load(settings);
    const GuiSettings::Environment environment = GuiSettings::loadEnvironment(settings);
    // The account when it is complete and not set aside for the sandbox. "Unset" with a complete account
    // means it was set up outside the account page (`offer-migrator account set`, or by hand): use it.
    const bool useAccount =
        !forceSandbox && account.isComplete() && environment != GuiSettings::Environment::Sandbox;

    ControllerConfig config;
    config.client.maxConcurrentRequests = guiSettings.maxConcurrentRequests;
    config.client.requestsPerMinute = guiSettings.requestsPerMinute;
    config.client.locale = QLocale().bcp47Name();
    QString warning;
    if (useAccount) {
        config.mode = ControllerConfig::Mode::Account;
        config.client.baseUrl = account.apiBaseUrl();
        // The account's token goes only to its own cloud's Partner Center: another API address from the
        // General settings is not used with it.
        if (!guiSettings.apiBaseUrl.isEmpty()) {
            if (account.mayReceiveToken(guiSettings.apiBaseUrl))
                config.client.baseUrl = guiSettings.apiBaseUrl;
            else
                warning =
                    tr("The API base URL in Settings is not your account's Partner Center, so it is not "
                       "used: the sign-in is sent only to %1.")
                        .arg(account.apiBaseUrl().toString());
        }
        config.accountText = account.tenant;
        config.environmentName = account.cloud == secrets::Cloud::Sandbox
                                     ? tr("Sandbox account")
                                     : secrets::AccountSettings::cloudTitle(account.cloud);
        m_session = std::make_unique<AccountSession>(account, m_services.network, m_services.secrets,
                                                     *m_services.clock, m_services.openBrowser);
        config.tokens = m_session->tokens();
        m_storageKey = secrets::AccountStorage::accountKey(account);
    } else {
        config.mode = ControllerConfig::Mode::Sandbox;
        config.sandboxBecauseNoAccount = !forceSandbox && environment == GuiSettings::Environment::Unset;
        m_storageKey = secrets::AccountStorage::sandboxKey();
    }

    // Each account has its own journal and scan cache. The in-process sandbox forgets everything at exit,
    // so its migrations go to a throw-away journal; its last scan is kept apart from every real one.
    const Result<secrets::AccountStorage> storage = secrets::AccountStorage::open(m_storageKey);
    if (storage.ok()) {
        m_scanCachePath = storage->scanCachePath();
        m_journalPath = useAccount ? storage->journalPath()
                                   : m_sandboxJournalDir.filePath(QStringLiteral("journal-sandbox.sqlite"));
    } else {
        qCWarning(lcGui) << "no account storage:" << storage.error().toString();
    }
    config.scanCachePath = m_scanCachePath;

    const Clock &clock = *m_services.clock;
    m_journal = std::make_unique<journal::Journal>(clock);
    const Status journalOpened =
        m_journalPath.isEmpty() ? Status(storage.error()) : m_journal->open(m_journalPath);
    m_controller = std::make_unique<AppController>(clock);
    if (journalOpened.ok()) {
        Result<domain::MigrationProgressMap> progress = m_journal->progressBySubscription();
        if (progress.ok())
            m_controller->setProgress(progress.take());
    }
    if (Status started = m_controller->start(config); !started.ok())
        return started;

    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->setAccountSession(m_session.get());
    m_window->setAccountSetup(m_setup);
    if (m_setup)
        m_setup->setLiveSession(m_session.get());
    m_window->resize(1280, 800);
    connect(m_window.get(), &MainWindow::switchRequested, this, &GuiSession::switchRequested);
    if (journalOpened.ok()) {
        m_window->setMigrationAvailable(true);
        AppController *controller = m_controller.get();
        journal::Journal *journal = m_journal.get();
        MainWindow *window = m_window.get();
        controller->setJournal(journal); // live updates of the tables while a wizard runs
        connect(window, &MainWindow::migrateRequested, window,
                [controller, journal, window](const QString &customerId) {
                    controller->followMigration(
                        MigrationWizard::open(controller, journal, customerId, window)->controller());
                });
        // Batches (issue 16) write the same journal; an unfinished one kept next to it is offered once the
        // window is up.
        if (BatchLauncher *batch = BatchLauncher::of(window)) {
            batch->setJournal(journal);
            QTimer::singleShot(0, batch, [batch] { batch->offerResume(); });
        }
    } else {
        qCWarning(lcGui) << "journal:" << journalOpened.error().toString();
    }
    if (!warning.isEmpty())
        m_window->showStatusMessage(warning);
    return {};
}

} // namespace om::gui
