// The device authorization grant (RFC 8628) for machines with no browser, against the sandbox (real time:
// the client polls with timers) and against a scripted endpoint for slow_down.
#include "secrets/DeviceCodeSignIn.h"

#include "BrowserPlayer.h"
#include "FakeTokenEndpoint.h"
#include "SecretsTestUtil.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/OAuthTokenProvider.h"
#include "secrets/TokenClient.h"
#include "tests/support/TestAccount.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

#include <gtest/gtest.h>
#include <memory>
#include <optional>

using namespace om::secrets;
using namespace om::secrets::test;

namespace {

const QString kClientId = om::test::processClientId();

class DeviceCodeSignInTest : public ::testing::Test
{
protected:
    void start(const om::sandbox::SandboxOptions &extra = {})
    {
        om::sandbox::SandboxOptions options = extra;
        options.deviceCodeIntervalSecs = 1; // Entra asks for 5 s; 1 s keeps the test short
        m_host = std::make_unique<om::sandbox::SandboxHost>(options);
        ASSERT_TRUE(m_host->start().ok());
        m_account.tenant = m_host->store().partnerTenantId();
        m_account.clientId = kClientId;
        m_account.cloud = Cloud::Sandbox;
        m_account.sandboxBaseUrl = m_host->baseUrl();
        m_tokens = std::make_unique<TokenClient>(&m_network, &m_clock);
        m_flow = std::make_unique<DeviceCodeSignIn>(m_account, m_tokens.get(), &m_clock);
    }

    void TearDown() override
    {
        m_flow.reset();
        m_tokens.reset();
        m_host.reset();
    }

    // Starts the flow; `user` plays the person at the other device with the shown code.
    om::Result<TokenSet> run(const std::function<void(const DeviceCode &)> &user)
    {
        std::optional<om::Result<TokenSet>> result;
        m_flow->start(
            [&](const DeviceCode &code) {
                m_shown = code;
                user(code);
            },
            [&](om::Result<TokenSet> r) { result.emplace(std::move(r)); });
        spinUntil([&] { return result.has_value(); }, 30000);
        return result.value_or(om::Error::make(om::Error::Kind::Internal, QStringLiteral("test: no result")));
    }

    // The user opens verification_uri on another device and enters the code (decision: approve or deny).
    int enterCode(const DeviceCode &code, bool approve = true)
    {
        QUrl page = code.verificationUri;
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("user_code"), code.userCode);
        if (!approve)
            q.addQueryItem(QStringLiteral("decision"), QStringLiteral("deny"));
        page.setQuery(q);
        return browserGet(m_browser, page).status;
    }

    om::SystemClock m_clock;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_browser;
    std::unique_ptr<om::sandbox::SandboxHost> m_host;
    AccountSettings m_account;
    std::unique_ptr<TokenClient> m_tokens;
    std::unique_ptr<DeviceCodeSignIn> m_flow;
    DeviceCode m_shown;
};

TEST_F(DeviceCodeSignInTest, TheUserEntersTheCodeElsewhereAndTheAppGetsWorkingTokens)
{
    start();
    const om::Result<TokenSet> r = run([this](const DeviceCode &code) {
        // Later, on the phone: a while after the code was shown, so the app polls at least once first.
        QTimer::singleShot(1500, &m_browser, [this, code] { EXPECT_EQ(enterCode(code), 200); });
    });
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_FALSE(r->refreshToken.isEmpty());
    EXPECT_EQ(m_shown.userCode.size(), 9);
    EXPECT_EQ(m_shown.verificationUri.path(), QStringLiteral("/devicelogin"));
    EXPECT_EQ(m_shown.intervalSecs, 1);
    EXPECT_GE(m_flow->polls(), 2) << "authorization_pending first, then the tokens";
    EXPECT_FALSE(m_flow->isRunning());
    QUrl customers = m_host->baseUrl();
    customers.setPath(QStringLiteral("/v1/customers"));
    EXPECT_EQ(bearerGet(m_network, customers, r->accessToken), 200);

    // Kept like any other sign-in: the refresh token goes to the store.
    MemorySecretStore store;
    OAuthTokenProvider provider(m_account, m_tokens.get(), &store, &m_clock);
    provider.completeSignIn(r.value());
    EXPECT_TRUE(store.contains(secretKey(SecretKind::RefreshToken, m_account)));
    // A device code gives tokens once.
    EXPECT_EQ(enterCode(m_shown), 400);
}

TEST_F(DeviceCodeSignInTest, ADeclinedSignInEndsWithALineSayingSo)
{
    start();
    const om::Result<TokenSet> r = run([this](const DeviceCode &code) {
        QTimer::singleShot(200, &m_browser, [this, code] { EXPECT_EQ(enterCode(code, false), 200); });
    });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, om::Error::Kind::Auth);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("declined"))) << r.error().message.toStdString();
}

TEST_F(DeviceCodeSignInTest, AnExpiredCodeEndsTheSignIn)
{
    om::sandbox::SandboxOptions options;
    options.deviceCodeLifetimeSecs = 2;
    start(options);
    const om::Result<TokenSet> r = run([](const DeviceCode &) {}); // nobody enters it
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("expired"))) << r.error().message.toStdString();
}

TEST_F(DeviceCodeSignInTest, CancelStopsPolling)
{
    start();
    std::optional<om::Result<TokenSet>> result;
    m_flow->start([](const DeviceCode &) {}, [&](om::Result<TokenSet> r) { result.emplace(std::move(r)); });
    ASSERT_TRUE(spinUntil([&] { return m_flow->polls() >= 1; }));
    m_flow->cancel();
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->error().kind, om::Error::Kind::Cancelled);
    const int polls = m_flow->polls();
    spinUntil([] { return false; }, 1500);
    EXPECT_EQ(m_flow->polls(), polls);
}

// RFC 8628 section 3.5: slow_down means 5 seconds more between polls, from then on.
TEST(DeviceCodeSlowDown, SlowDownAddsFiveSecondsToTheInterval)
{
    FakeTokenEndpoint fake;
    fake.script(
        {FakeTokenEndpoint::json(
             200,
             R"({"device_code":"dc-123","user_code":"BCDFGHJKL","verification_uri":"https://microsoft.com/devicelogin","expires_in":900,"interval":1,"message":"enter it"})"),
         FakeTokenEndpoint::json(400, R"({"error":"slow_down","error_description":"AADSTS70016: slow"})"),
         FakeTokenEndpoint::json(
             200,
             R"({"token_type":"Bearer","expires_in":3600,"access_token":"at-123456789","refresh_token":"rt-123456789"})")});
    om::SystemClock clock;
    QNetworkAccessManager network;
    TokenClient tokens(&network, &clock);
    DeviceCodeSignIn flow(fake.account(), &tokens, &clock);
    std::optional<om::Result<TokenSet>> result;
    QElapsedTimer elapsed;
    elapsed.start();
    flow.start([](const DeviceCode &) {}, [&](om::Result<TokenSet> r) { result.emplace(std::move(r)); });
    ASSERT_TRUE(spinUntil([&] { return result.has_value(); }, 20000));
    ASSERT_TRUE(result->ok()) << result->error().toString().toStdString();
    EXPECT_EQ(flow.intervalSecs(), 6);
    EXPECT_GE(elapsed.elapsed(), 1000 + 6000) << "the second poll waited the longer interval";
    ASSERT_EQ(fake.requests().size(), 3);
    EXPECT_TRUE(fake.requests().at(0).contains("/oauth2/v2.0/devicecode"));
    EXPECT_TRUE(fake.requests().at(1).contains("grant-type")) << fake.requests().at(1).constData();
    EXPECT_TRUE(fake.requests().at(1).contains("device_code=dc-123"));
}

} // namespace
