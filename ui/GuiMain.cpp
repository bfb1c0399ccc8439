#include "ui/GuiMain.h"

#include "secrets/AccountSettings.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "ui/AccountDialog.h"
#include "ui/AccountSetupController.h"
#include "ui/AppController.h"
#include "ui/GuiCommandLine.h"
#include "ui/GuiSession.h"
#include "ui/GuiSettings.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace om::gui {

namespace {

// QApplication::exec()'s result when the window asks to be rebuilt for the other environment.
constexpr int kSwitchExitCode = 0x5717;

} // namespace

int runGui(const QStringList &arguments)
{
    const Result<GuiCommandLine> commandLine = GuiCommandLine::parse(arguments);
    if (!commandLine.ok()) {
        std::fprintf(stderr, "offer-migrator: %s\nUsage: offer-migrator [--sandbox] [--lang en|it]\n",
                     qUtf8Printable(commandLine.error().message));
        return 2;
    }

    {
        const QSettings settings;
        installTranslations(qApp, uiLocale(commandLine->language, GuiSettings::load(settings).language));
    }

    // Lives as long as the app: a real account signs in through the browser and its refresh token lives in
    // the system keychain (or, without one, in memory for this session only).
    SystemClock clock;
    secrets::KeychainSecretStore keychain;
    secrets::SessionSecretStore secretStore(&keychain);
    QNetworkAccessManager signInNetwork;
    const GuiServices services{&signInNetwork, &secretStore, &clock, [](const QUrl &url) {
                                   QDesktopServices::openUrl(url);
                               }};
    AccountSetupController setup(services.network, services.secrets, clock, services.openBrowser);

    bool forceSandbox = commandLine->sandbox;
    {
        QSettings settings;
        if (GuiSession::needsFirstStart(settings, forceSandbox)) {
            // First start: the account page, with the sandbox as the other choice. Closing it keeps the
            // sandbox and asks again next time.
            setup.load(secrets::AccountSettings::load(settings), GuiSettings::Environment::Unset);
            AccountDialog dialog(&setup);
            if (dialog.exec() == QDialog::Accepted) {
                setup.save(settings);
                settings.sync();
            }
        }
    }

    for (;;) {
        GuiSession session(services, &setup);
        if (Status started = session.start(forceSandbox); !started.ok()) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("GuiMain", "Offer Migrator"),
                                  QCoreApplication::translate("GuiMain", "The sandbox could not start: %1")
                                      .arg(started.error().message));
            return 1;
        }
        QObject::connect(&session, &GuiSession::switchRequested, &session,
                         [] { QCoreApplication::exit(kSwitchExitCode); });
        session.window()->show();
        if (session.controller()->snapshot().customers.isEmpty())
            session.controller()->startScan(); // nothing cached yet: show data as soon as possible
        const int code = QApplication::exec();
        if (code != kSwitchExitCode)
            return code;
        forceSandbox = false; // the partner's explicit choice on the account page wins over --sandbox
    }
}

} // namespace om::gui
