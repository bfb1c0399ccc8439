#include "ui/GuiMain.h"

#include "journal/Journal.h"
#include "journal/ScanCache.h"
#include "secrets/AccountSettings.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "ui/AccountSession.h"
#include "ui/AppController.h"
#include "ui/GuiCommandLine.h"
#include "ui/GuiLog.h"
#include "ui/GuiSettings.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/wizard/MigrationWizard.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace om::gui {

namespace {

// The sandbox's scan is kept apart from the real tenant's so one never shows as the other.
QString scanCachePath(bool sandbox)
{
    Result<QString> path = journal::ScanCache::defaultPath();
    if (!path.ok()) {
        qCWarning(lcGui) << "no scan cache:" << path.error().toString();
        return {};
    }
    if (!sandbox)
        return path.value();
    const QFileInfo info(path.value());
    return info.dir().filePath(QStringLiteral("scan-cache-sandbox.sqlite"));
}

} // namespace

int runGui(const QStringList &arguments)
{
    const Result<GuiCommandLine> commandLine = GuiCommandLine::parse(arguments);
    if (!commandLine.ok()) {
        std::fprintf(stderr, "offer-migrator: %s\nUsage: offer-migrator [--sandbox] [--lang en|it]\n",
                     qUtf8Printable(commandLine.error().message));
        return 2;
    }

    QSettings settings;
    const GuiSettings guiSettings = GuiSettings::load(settings);
    installTranslations(qApp, uiLocale(commandLine->language, guiSettings.language));

    const secrets::AccountSettings account = secrets::AccountSettings::load(settings);
    const bool sandbox = commandLine->sandbox || !account.isComplete();

    ControllerConfig config;
    config.mode = sandbox ? ControllerConfig::Mode::Sandbox : ControllerConfig::Mode::Account;
    config.sandboxBecauseNoAccount = sandbox && !commandLine->sandbox;
    config.client.baseUrl = guiSettings.apiBaseUrl.isEmpty() ? account.apiBaseUrl() : guiSettings.apiBaseUrl;
    config.client.maxConcurrentRequests = guiSettings.maxConcurrentRequests;
    config.client.requestsPerMinute = guiSettings.requestsPerMinute;
    config.client.locale = QLocale().bcp47Name();
    config.accountText = sandbox ? QString() : account.tenant;
    config.scanCachePath = scanCachePath(sandbox);

    SystemClock clock;
    // A real account signs in through the browser; the refresh token lives in the system keychain
    // (or, without one, in memory for this session only).
    secrets::KeychainSecretStore keychain;
    secrets::SessionSecretStore secretStore(&keychain);
    QNetworkAccessManager signInNetwork;
    std::unique_ptr<AccountSession> session;
    if (!sandbox) {
        session = std::make_unique<AccountSession>(account, &signInNetwork, &secretStore, clock,
                                                   [](const QUrl &url) { QDesktopServices::openUrl(url); });
        config.tokens = session->tokens();
    }
    // The journal, opened once: its progress fills the migration columns, and the wizard writes to it.
    // The real one for an account; the sandbox forgets everything at exit, so its migrations go to a
    // throw-away journal and never mix with real ones. Declared before the window and the controller
    // so it outlives every wizard.
    QTemporaryDir sandboxJournalDir;
    journal::Journal journal(clock);
    const Result<QString> journalPath =
        sandbox ? Result<QString>(sandboxJournalDir.filePath(QStringLiteral("journal-sandbox.sqlite")))
                : journal::Journal::defaultPath();
    const Status journalOpened =
        journalPath.ok() ? journal.open(journalPath.value()) : Status(journalPath.error());
    AppController controller(clock);
    if (journalOpened.ok()) {
        Result<domain::MigrationProgressMap> progress = journal.progressBySubscription();
        if (progress.ok())
            controller.setProgress(progress.take());
    }
    if (Status started = controller.start(config); !started.ok()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("GuiMain", "Offer Migrator"),
                              QCoreApplication::translate("GuiMain", "The sandbox could not start: %1")
                                  .arg(started.error().message));
        return 1;
    }

    MainWindow window(&controller);
    window.setAccountSession(session.get());
    window.resize(1280, 800);

    if (journalOpened.ok()) {
        window.setMigrationAvailable(true);
        QObject::connect(&window, &MainWindow::migrateRequested, &window,
                         [&controller, &journal, &window](const QString &customerId) {
                             MigrationWizard::open(&controller, &journal, customerId, &window);
                         });
    } else {
        qCWarning(lcGui) << "journal:" << journalOpened.error().toString();
    }
    window.show();
    if (controller.snapshot().customers.isEmpty())
        controller.startScan(); // nothing cached yet: show data as soon as possible
    return QApplication::exec();
}

} // namespace om::gui
