// The account page's controller without widgets: what is missing in the draft, Sign in with the test as
// the browser, Test connection (the partner's name), Sign out (the keychain entries go), the client secret
// (store only), errors a partner can act on, and the window's live session shared with the page.
#include "ui/AccountSetupController.h"

#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestAccount.h"
#include "ui/AccountSession.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace om::test {
namespace {

using gui::AccountSetupController;
using State = AccountSetupController::State;

class AccountSetupControllerTest : public ::testing::Test
{
protected:
    virtual sandbox::SandboxOptions options() const { return {}; }

    void SetUp() override
    {
        m_host = std::make_unique<sandbox::SandboxHost>(options());
        ASSERT_TRUE(m_host->start().ok());
        m_setup = std::make_unique<AccountSetupController>(&m_network, &m_store, m_clock,
                                                           [this](const QUrl &url) { m_browser.open(url); });
    }
    void TearDown() override
    {
        m_setup.reset();
        m_host.reset();
    }

    secrets::AccountSettings sandboxAccount() const
    {
        secrets::AccountSettings a;
        a.tenant = m_host->store().partnerTenantId();
        a.clientId = om::test::processClientId();
        a.cloud = secrets::Cloud::Sandbox;
        a.sandboxBaseUrl = m_host->baseUrl();
        return a;
    }

    bool waitFor(State state, int ms = 30000)
    {
        return QTest::qWaitFor([&] { return m_setup->state() == state || m_setup->state() == State::Failed; },
                               ms) &&
               m_setup->state() == state;
    }

    SystemClock m_clock;
    QNetworkAccessManager m_network;
    secrets::MemorySecretStore m_store;
    TestBrowser m_browser;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<AccountSetupController> m_setup;
};

TEST_F(AccountSetupControllerTest, SaysWhatIsMissingUntilTheDraftCanBeUsed)
{
    m_setup->load({}, gui::GuiSettings::Environment::Unset);
    EXPECT_FALSE(m_setup->canUse());
    EXPECT_TRUE(m_setup->problem().contains(QStringLiteral("tenant")));
    EXPECT_EQ(m_setup->session(), nullptr);
    secrets::AccountSettings draft;
    draft.tenant = QStringLiteral("not a tenant");
    m_setup->setAccount(draft);
    EXPECT_TRUE(m_setup->problem().contains(QStringLiteral("contoso.onmicrosoft.com")));
    draft.tenant = QStringLiteral("contoso.onmicrosoft.com");
    m_setup->setAccount(draft);
    EXPECT_TRUE(m_setup->problem().contains(QStringLiteral("client")));
    draft.clientId = QStringLiteral("12345");
    m_setup->setAccount(draft);
    EXPECT_TRUE(m_setup->problem().contains(QStringLiteral("GUID")));
    draft.clientId = om::test::processClientId();
    draft.cloud = secrets::Cloud::Sandbox;
    m_setup->setAccount(draft);
    EXPECT_TRUE(m_setup->problem().contains(QStringLiteral("sandbox")));
    draft.cloud = secrets::Cloud::Global;
    m_setup->setAccount(draft);
    EXPECT_TRUE(m_setup->canUse()) << m_setup->problem().toStdString();
    EXPECT_NE(m_setup->session(), nullptr);
    EXPECT_EQ(m_setup->statusText(), QStringLiteral("Not signed in yet."));
}

TEST_F(AccountSetupControllerTest, SignInTestConnectionAndSignOut)
{
    m_setup->load(sandboxAccount(), gui::GuiSettings::Environment::Unset);
    QSignalSpy changed(m_setup.get(), &AccountSetupController::stateChanged);
    m_setup->signIn();
    EXPECT_EQ(m_setup->state(), State::SigningIn);
    EXPECT_TRUE(m_setup->isBusy());
    ASSERT_TRUE(waitFor(State::SignedIn)) << m_setup->statusText().toStdString();
    EXPECT_EQ(m_browser.opened(), 1);
    EXPECT_TRUE(m_store.contains(secretKey(secrets::SecretKind::RefreshToken, sandboxAccount())));

    m_setup->testConnection();
    EXPECT_EQ(m_setup->state(), State::Testing);
    ASSERT_TRUE(waitFor(State::Connected)) << m_setup->statusText().toStdString();
    EXPECT_EQ(m_setup->partnerName(), m_host->options().partnerCompanyName);
    EXPECT_TRUE(m_setup->statusText().contains(m_host->options().partnerCompanyName));
    EXPECT_GE(changed.count(), 4);

    m_setup->saveClientSecret(QStringLiteral("app-only-secret-123456"));
    EXPECT_TRUE(m_store.contains(secretKey(secrets::SecretKind::ClientSecret, sandboxAccount())));
    EXPECT_TRUE(m_setup->statusText().contains(QStringLiteral("keychain")));

    m_setup->signOut();
    ASSERT_TRUE(waitFor(State::SignedOut)) << m_setup->statusText().toStdString();
    EXPECT_EQ(m_store.size(), 0) << "sign out removes the refresh token and the client secret";
}

TEST_F(AccountSetupControllerTest, TestWithoutASignInSaysSignInFirst)
{
    m_setup->load(sandboxAccount(), gui::GuiSettings::Environment::Unset);
    m_setup->testConnection();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_setup->state() != State::Testing; }, 10000));
    EXPECT_EQ(m_setup->state(), State::Failed);
    EXPECT_TRUE(m_setup->statusText().contains(QStringLiteral("Sign in first")))
        << m_setup->statusText().toStdString();
    // Then signing in and testing works.
    m_setup->signIn();
    ASSERT_TRUE(waitFor(State::SignedIn));
    m_setup->testConnection();
    ASSERT_TRUE(waitFor(State::Connected)) << m_setup->statusText().toStdString();
}

TEST_F(AccountSetupControllerTest, ADifferentDraftIsADifferentSessionAndTheLiveOneIsShared)
{
    const secrets::AccountSettings account = sandboxAccount();
    gui::AccountSession live(account, &m_network, &m_store, m_clock,
                             [this](const QUrl &u) { m_browser.open(u); });
    m_setup->setLiveSession(&live);
    m_setup->load(account, gui::GuiSettings::Environment::Account);
    EXPECT_EQ(m_setup->session(), &live) << "the page acts on the window's own session";
    QSignalSpy liveSignedIn(&live, &gui::AccountSession::signedIn);
    m_setup->signIn();
    ASSERT_TRUE(waitFor(State::SignedIn));
    EXPECT_EQ(liveSignedIn.count(), 1);
    EXPECT_TRUE(live.isSignedIn());

    secrets::AccountSettings other = account;
    other.tenant = QStringLiteral("fabrikam.onmicrosoft.com");
    m_setup->setAccount(other);
    EXPECT_NE(m_setup->session(), &live);
    EXPECT_EQ(m_setup->state(), State::Idle);
    m_setup->setAccount(account);
    EXPECT_EQ(m_setup->session(), &live);
    EXPECT_EQ(m_setup->state(), State::SignedIn);

    m_setup->signOut(); // from the page: the window's session is signed out too
    ASSERT_TRUE(waitFor(State::SignedOut));
    EXPECT_FALSE(live.isSignedIn());
}

TEST_F(AccountSetupControllerTest, SavesTheAccountAndTheChoiceButNoSecret)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_setup->load(sandboxAccount(), gui::GuiSettings::Environment::Unset);
    m_setup->setEnvironment(gui::GuiSettings::Environment::Account);
    m_setup->saveClientSecret(QStringLiteral("app-only-secret-123456"));
    m_setup->save(settings);
    settings.sync();
    EXPECT_EQ(secrets::AccountSettings::load(settings), sandboxAccount());
    EXPECT_EQ(gui::GuiSettings::loadEnvironment(settings), gui::GuiSettings::Environment::Account);
    QFile file(settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains("app-only-secret-123456"));
}

// Errors a partner can act on, from the sandbox's Entra and Partner Center look-alikes.
class NoConsentSetupTest : public AccountSetupControllerTest
{
protected:
    sandbox::SandboxOptions options() const override
    {
        sandbox::SandboxOptions o;
        o.adminConsent = false;
        return o;
    }
};

TEST_F(NoConsentSetupTest, SignInSaysToGrantAdminConsent)
{
    m_setup->load(sandboxAccount(), gui::GuiSettings::Environment::Unset);
    m_setup->signIn();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_setup->state() == State::Failed; }, 30000));
    EXPECT_TRUE(m_setup->statusText().contains(QStringLiteral("Grant admin consent")))
        << m_setup->statusText().toStdString();
    EXPECT_TRUE(m_setup->statusText().contains(QStringLiteral("AADSTS65001")));
}

class NoAdminAgentSetupTest : public AccountSetupControllerTest
{
protected:
    sandbox::SandboxOptions options() const override
    {
        sandbox::SandboxOptions o;
        o.userIsAdminAgent = false;
        return o;
    }
};

TEST_F(NoAdminAgentSetupTest, TestConnectionSaysTheUserNeedsTheAdminAgentRole)
{
    m_setup->load(sandboxAccount(), gui::GuiSettings::Environment::Unset);
    m_setup->signIn();
    ASSERT_TRUE(waitFor(State::SignedIn));
    m_setup->testConnection();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_setup->state() == State::Failed; }, 30000));
    EXPECT_TRUE(m_setup->statusText().contains(QStringLiteral("Admin agent")))
        << m_setup->statusText().toStdString();
}

} // namespace
} // namespace om::test
