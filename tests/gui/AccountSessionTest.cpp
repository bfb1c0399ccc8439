// Signing in to the sandbox's Entra-like endpoints through AccountSession, with the test playing the
// browser, then scanning with the tokens it gives; and signing out.
#include "ui/AccountSession.h"

#include "domain/CustomerFilterProxyModel.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestAccount.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <optional>

namespace om::test {
namespace {

class AccountSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_host = std::make_unique<sandbox::SandboxHost>();
        const Status started = m_host->start();
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
        m_account.tenant = m_host->store().partnerTenantId();
        m_account.clientId = om::test::processClientId();
        m_account.cloud = secrets::Cloud::Sandbox;
        m_account.sandboxBaseUrl = m_host->baseUrl();
        m_session = std::make_unique<gui::AccountSession>(m_account, &m_network, &m_store, m_clock,
                                                          [this](const QUrl &url) { playBrowser(url); });
    }

    void TearDown() override
    {
        m_session.reset();
        m_host.reset();
    }

    // The "browser": asks the authorize URL (the sandbox consents at once and redirects), then
    // follows the redirect to the app's loopback listener. Asynchronous, like a real browser.
    void playBrowser(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_browser.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            reply->deleteLater();
            const QUrl next = QUrl::fromEncoded(reply->rawHeader("Location"));
            if (next.isValid())
                m_browser.get(QNetworkRequest(next));
        });
    }

    std::optional<QString> storedRefreshToken()
    {
        std::optional<QString> value;
        m_store.read(secrets::secretKey(secrets::SecretKind::RefreshToken, m_account),
                     [&](const secrets::SecretResult &r) {
                         if (r.ok())
                             value = r.value;
                     });
        return value;
    }

    SystemClock m_clock;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_browser;
    secrets::MemorySecretStore m_store;
    secrets::AccountSettings m_account;
    std::unique_ptr<gui::AccountSession> m_session;
};

TEST_F(AccountSessionTest, SignInKeepsTheRefreshTokenAndScansWithTheAccessToken)
{
    QSignalSpy signedIn(m_session.get(), &gui::AccountSession::signedIn);
    QSignalSpy failed(m_session.get(), &gui::AccountSession::signInFailed);
    m_session->signIn();
    EXPECT_TRUE(m_session->isSigningIn());
    ASSERT_TRUE(signedIn.wait(30000))
        << (failed.isEmpty() ? "" : failed.first().at(0).toString().toStdString());
    EXPECT_TRUE(m_session->isSignedIn());
    EXPECT_FALSE(m_session->isSigningIn());
    ASSERT_TRUE(storedRefreshToken().has_value());

    // The controller reaches the same sandbox as a real account, with the session's tokens.
    gui::AppController controller(m_clock);
    gui::ControllerConfig config;
    config.mode = gui::ControllerConfig::Mode::Account;
    config.client.baseUrl = m_host->baseUrl();
    config.client.requestsPerMinute = 6000;
    config.tokens = m_session->tokens();
    config.accountText = m_account.tenant;
    ASSERT_TRUE(controller.start(config).ok());
    EXPECT_FALSE(controller.isSandbox());
    EXPECT_EQ(controller.environmentText(), m_host->baseUrl().toString());

    QSignalSpy finished(&controller, &gui::AppController::scanFinished);
    controller.startScan();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_EQ(controller.snapshot().customers.size(), m_host->store().customerCount());
    EXPECT_GT(controller.customerProxy()->rowCount(), 0);
}

TEST_F(AccountSessionTest, SignOutForgetsTheStoredSignIn)
{
    QSignalSpy signedIn(m_session.get(), &gui::AccountSession::signedIn);
    m_session->signIn();
    ASSERT_TRUE(signedIn.wait(30000));
    ASSERT_TRUE(storedRefreshToken().has_value());

    QSignalSpy signedOut(m_session.get(), &gui::AccountSession::signedOut);
    m_session->signOut();
    ASSERT_TRUE(!signedOut.isEmpty() || signedOut.wait(5000));
    EXPECT_FALSE(m_session->isSignedIn());
    EXPECT_FALSE(storedRefreshToken().has_value());
}

TEST_F(AccountSessionTest, ScanWithoutSignInAsksForOne)
{
    gui::AppController controller(m_clock);
    gui::ControllerConfig config;
    config.mode = gui::ControllerConfig::Mode::Account;
    config.client.baseUrl = m_host->baseUrl();
    config.client.requestsPerMinute = 6000;
    config.tokens = m_session->tokens();
    ASSERT_TRUE(controller.start(config).ok());

    QSignalSpy required(m_session.get(), &gui::AccountSession::signInRequired);
    QSignalSpy finished(&controller, &gui::AppController::scanFinished);
    controller.startScan();
    ASSERT_TRUE(!required.isEmpty() || required.wait(10000));
    EXPECT_TRUE(finished.isEmpty()); // the scan waits for the sign-in instead of failing

    // Signing in lets the waiting scan go on.
    m_session->signIn();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
}

TEST_F(AccountSessionTest, AccountMenuSignsInAndShowsTheAccount)
{
    gui::AppController controller(m_clock);
    gui::ControllerConfig config;
    config.mode = gui::ControllerConfig::Mode::Account;
    config.client.baseUrl = m_host->baseUrl();
    config.tokens = m_session->tokens();
    config.accountText = m_account.tenant;
    ASSERT_TRUE(controller.start(config).ok());

    gui::MainWindow window(&controller);
    EXPECT_FALSE(window.signInAction()->isEnabled()); // no session yet: nothing to sign in to
    window.setAccountSession(m_session.get());
    ASSERT_TRUE(window.signInAction()->isEnabled());
    const QLabel *account = nullptr;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->text().startsWith(QStringLiteral("Account:")))
            account = label;
    }
    ASSERT_NE(account, nullptr);
    EXPECT_TRUE(account->text().contains(QStringLiteral("not signed in")));

    QSignalSpy signedIn(m_session.get(), &gui::AccountSession::signedIn);
    window.signInAction()->trigger();
    EXPECT_FALSE(window.signInAction()->isEnabled()); // one sign-in at a time
    ASSERT_TRUE(signedIn.wait(30000));
    EXPECT_TRUE(window.signInAction()->isEnabled());
    EXPECT_TRUE(account->text().contains(m_account.tenant));
    EXPECT_TRUE(account->text().contains(QStringLiteral("(signed in)")));
}

} // namespace
} // namespace om::test
