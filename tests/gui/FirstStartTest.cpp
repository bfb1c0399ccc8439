// Issue 14's "done when": a new user gets from the first start to a scan of their account without touching
// a file. The whole flow against a sandbox server used as if it were a real account: the account page on
// first start, ids typed in, Sign in with the test as the browser, Test connection, a client secret, the
// explicit switch to the account, the main window titled for it, a scan into the account's own folder;
// then the switch back to the sandbox from Settings. Afterwards no token, code or secret is in any file.
#include "journal/ScanCache.h"
#include "partnercenter/AccessTokenProvider.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxStore.h"
#include "secrets/AccountStorage.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestAccount.h"
#include "ui/AccountDialog.h"
#include "ui/AccountPage.h"
#include "ui/AccountSession.h"
#include "ui/AccountSetupController.h"
#include "ui/AppController.h"
#include "ui/GuiSession.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <optional>

namespace om::test {
namespace {

class FirstStartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear(); // a fresh install
        // The app's real store: the system keychain when the test runs with one, else memory.
        m_secrets = qEnvironmentVariableIsEmpty("OM_SECRET_SERVICE_AVAILABLE")
                        ? static_cast<secrets::SecretStore *>(&m_memory)
                        : static_cast<secrets::SecretStore *>(&m_session);
        m_host = std::make_unique<sandbox::SandboxHost>();
        ASSERT_TRUE(m_host->start().ok());
        m_services = gui::GuiServices{&m_network, m_secrets, &m_clock, [this](const QUrl &url) {
                                          m_browser.open(url);
                                      }};
        m_setup = std::make_unique<gui::AccountSetupController>(&m_network, m_secrets, m_clock,
                                                                m_services.openBrowser);
    }
    void TearDown() override
    {
        m_setup.reset();
        m_host.reset();
        QSettings().clear();
    }

    QString statusBarText(gui::MainWindow &window)
    {
        QStringList texts;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'|');
    }

    SystemClock m_clock;
    QNetworkAccessManager m_network;
    secrets::MemorySecretStore m_memory;
    secrets::KeychainSecretStore m_keychain;
    secrets::SessionSecretStore m_session{&m_keychain};
    secrets::SecretStore *m_secrets = nullptr;
    TestBrowser m_browser;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    gui::GuiServices m_services;
    std::unique_ptr<gui::AccountSetupController> m_setup;
};

TEST_F(FirstStartTest, FromFirstStartToAScanOfTheAccountWithoutTouchingAFile)
{
    QSettings settings;
    ASSERT_TRUE(gui::GuiSession::needsFirstStart(settings, false));
    EXPECT_FALSE(gui::GuiSession::needsFirstStart(settings, true)) << "--sandbox skips it";

    // 1. The account page on first start.
    m_setup->load(secrets::AccountSettings::load(settings), gui::GuiSettings::Environment::Unset);
    gui::AccountDialog dialog(m_setup.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    gui::AccountPage *page = dialog.page();
    EXPECT_TRUE(page->useSandboxButton()->isChecked()) << "nothing real until the partner says so";
    EXPECT_FALSE(page->signInButton()->isEnabled());
    EXPECT_TRUE(page->findChild<QLabel *>(QStringLiteral("guideLabel"))
                    ->text()
                    .contains(QStringLiteral("http://localhost")));

    // 2. The ids, typed. The sandbox server stands in for the partner's cloud.
    const QString tenant = m_host->store().partnerTenantId();
    const QString clientId = om::test::processClientId();
    QTest::keyClicks(page->tenantEdit(), tenant);
    QTest::keyClicks(page->clientIdEdit(), clientId);
    page->cloudCombo()->setCurrentIndex(page->cloudCombo()->findData(int(secrets::Cloud::Sandbox)));
    EXPECT_TRUE(page->sandboxUrlEdit()->isVisible());
    QTest::keyClicks(page->sandboxUrlEdit(), m_host->baseUrl().toString());
    ASSERT_TRUE(page->signInButton()->isEnabled()) << m_setup->problem().toStdString();

    // 3. Sign in, with the test as the browser.
    QTest::mouseClick(page->signInButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_setup->state() == gui::AccountSetupController::State::SignedIn; }, 30000))
        << page->statusLabel()->text().toStdString();
    EXPECT_EQ(page->statusLabel()->text(), QStringLiteral("Signed in."));

    // 4. Test connection shows the partner's name.
    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_setup->state() == gui::AccountSetupController::State::Connected; }, 30000))
        << page->statusLabel()->text().toStdString();
    EXPECT_TRUE(page->statusLabel()->text().contains(m_host->options().partnerCompanyName));

    // 5. An optional app-only client secret goes to the keychain; the field is emptied.
    const QString clientSecret = QStringLiteral("first-start-client-secret-0042");
    QTest::keyClicks(page->clientSecretEdit(), clientSecret);
    QTest::mouseClick(page->storeSecretButton(), Qt::LeftButton);
    EXPECT_TRUE(page->clientSecretEdit()->text().isEmpty());

    // 6. Leaving the sandbox is an explicit choice; Continue saves it.
    page->useAccountButton()->setChecked(true);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    m_setup->save(settings);
    settings.sync();
    EXPECT_FALSE(gui::GuiSession::needsFirstStart(settings, false));

    // 7. The main window works with the account and says so in its title and status bar.
    std::optional<QString> refreshToken;
    QStringList secretsSeen{clientSecret, m_browser.lastCode()};
    {
        gui::GuiSession session(m_services, m_setup.get());
        ASSERT_TRUE(session.start(false).ok());
        gui::MainWindow *window = session.window();
        ASSERT_NE(session.accountSession(), nullptr);
        EXPECT_FALSE(session.controller()->isSandbox());
        EXPECT_TRUE(window->windowTitle().contains(tenant)) << window->windowTitle().toStdString();
        EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("Sandbox account")));
        EXPECT_TRUE(statusBarText(*window).contains(m_host->baseUrl().toString()));
        EXPECT_TRUE(statusBarText(*window).contains(tenant));
        EXPECT_EQ(session.storageKey(),
                  secrets::AccountStorage::accountKey(secrets::AccountSettings::load(settings)));
        EXPECT_NE(session.storageKey(), secrets::AccountStorage::sandboxKey());
        window->show();

        // 8. The scan, with the refresh token the page's sign-in left in the keychain.
        QSignalSpy finished(session.controller(), &gui::AppController::scanFinished);
        session.controller()->startScan();
        ASSERT_TRUE(finished.wait(60000));
        ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
        EXPECT_EQ(session.controller()->snapshot().customers.size(), m_host->store().customerCount());
        EXPECT_TRUE(statusBarText(*window).contains(QStringLiteral("(signed in)")));
        const Result<domain::ScanSnapshot> cached = journal::ScanCache(session.scanCachePath()).load();
        ASSERT_TRUE(cached.ok());
        EXPECT_EQ(cached->customers.size(), m_host->store().customerCount());
        EXPECT_TRUE(QFileInfo(session.journalPath()).absolutePath().endsWith(session.storageKey()))
            << "the account's own journal";

        std::optional<Result<QString>> access;
        session.accountSession()->tokens()->fetchToken([&](const Result<QString> &r) { access.emplace(r); });
        ASSERT_TRUE(QTest::qWaitFor([&] { return access.has_value(); }, 10000));
        ASSERT_TRUE(access->ok());
        secretsSeen << access->value();
        // The token refresh just above may be rewriting the stored refresh token: read until it is there
        // (under ASan and a loaded keyring this takes a while).
        const auto refreshKey =
            secretKey(secrets::SecretKind::RefreshToken, secrets::AccountSettings::load(settings));
        bool reading = false;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                if (!refreshToken && !reading) {
                    reading = true;
                    m_secrets->read(refreshKey, [&](const secrets::SecretResult &r) {
                        reading = false;
                        if (r.ok())
                            refreshToken = r.value;
                    });
                }
                return refreshToken.has_value();
            },
            30000));
        secretsSeen << *refreshToken;

        // 9. Going back to the sandbox is an explicit choice in Settings, Account; the window asks to be
        // rebuilt for it.
        QSignalSpy switchRequested(&session, &gui::GuiSession::switchRequested);
        QTimer::singleShot(0, window, [] {
            auto *settingsDialog = qobject_cast<gui::SettingsDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(settingsDialog, nullptr);
            ASSERT_NE(settingsDialog->accountPage(), nullptr);
            EXPECT_TRUE(settingsDialog->accountPage()->useAccountButton()->isChecked());
            settingsDialog->accountPage()->useSandboxButton()->setChecked(true);
            settingsDialog->accept();
        });
        ASSERT_TRUE(window->openSettings(true));
        EXPECT_EQ(switchRequested.count(), 1);
    }
    EXPECT_EQ(gui::GuiSettings::loadEnvironment(settings), gui::GuiSettings::Environment::Sandbox);
    gui::GuiSession sandboxSession(m_services, m_setup.get());
    ASSERT_TRUE(sandboxSession.start(false).ok());
    EXPECT_TRUE(sandboxSession.controller()->isSandbox());
    EXPECT_TRUE(sandboxSession.window()->windowTitle().contains(QStringLiteral("Sandbox (demo data)")));
    EXPECT_EQ(sandboxSession.storageKey(), secrets::AccountStorage::sandboxKey());
    EXPECT_FALSE(sandboxSession.scanCachePath().contains(
        secrets::AccountStorage::accountKey(secrets::AccountSettings::load(settings))))
        << "sandbox runs never mix with real ones";
    // The account is still set up for the way back; its sign-in is still in the keychain.
    EXPECT_TRUE(secrets::AccountSettings::load(settings).isComplete());

    // 10. Nothing secret is in any file.
    const QStringList leaks = filesContainingSecrets(secretsSeen);
    EXPECT_TRUE(leaks.isEmpty()) << leaks.join(u'\n').toStdString();

    // Clean the real keychain up.
    if (m_secrets == &m_session) {
        gui::AccountSession cleanup(secrets::AccountSettings::load(settings), &m_network, m_secrets, m_clock,
                                    {});
        QSignalSpy out(&cleanup, &gui::AccountSession::signedOut);
        cleanup.signOut();
        EXPECT_TRUE(!out.isEmpty() || out.wait(10000));
    }
}

} // namespace
} // namespace om::test
