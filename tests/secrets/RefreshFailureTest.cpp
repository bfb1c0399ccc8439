// Robustness (issue 14): the stored refresh token is deleted only when the token endpoint refuses the
// refresh token itself (invalid_grant, interaction_required). A 429, a 408, a redirect, a proxy's HTML page,
// an oversize answer or another OAuth error leave it in place: the next try works without a new sign-in.
#include "FakeTokenEndpoint.h"
#include "SecretsTestUtil.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/OAuthTokenProvider.h"
#include "secrets/TokenClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <gtest/gtest.h>
#include <optional>

using namespace om::secrets;
using namespace om::secrets::test;

namespace {

const QString kRefreshToken = QStringLiteral("rt-KEEP-ME-0123456789");

struct RefreshCase
{
    const char *name;
    QByteArray answer;
    bool deletesRefreshToken;
    om::Error::Kind kind; // of the error the waiting caller gets (kept cases)
};

void PrintTo(const RefreshCase &c, std::ostream *os)
{
    *os << c.name;
}

class RefreshFailureTest : public ::testing::TestWithParam<RefreshCase>
{
protected:
    void SetUp() override
    {
        m_tokens = std::make_unique<TokenClient>(&m_network, &m_clock);
        m_tokens->setTimeoutMs(10000);
        m_provider =
            std::make_unique<OAuthTokenProvider>(m_fake.account(), m_tokens.get(), &m_store, &m_clock);
        ASSERT_TRUE(await([&](auto done) { m_store.write(key(), kRefreshToken, done); }).ok());
    }

    QString key() const { return secretKey(SecretKind::RefreshToken, m_fake.account()); }

    FakeTokenEndpoint m_fake;
    om::SystemClock m_clock;
    QNetworkAccessManager m_network;
    MemorySecretStore m_store;
    std::unique_ptr<TokenClient> m_tokens;
    std::unique_ptr<OAuthTokenProvider> m_provider;
};

TEST_P(RefreshFailureTest, KeepsTheRefreshTokenUnlessItIsRefused)
{
    const RefreshCase &c = GetParam();
    m_fake.script({c.answer});
    QSignalSpy required(m_provider.get(), &OAuthTokenProvider::signInRequired);
    std::optional<om::Result<QString>> got;
    m_provider->fetchToken([&](om::Result<QString> r) { got.emplace(std::move(r)); });
    ASSERT_TRUE(spinUntil([&] { return got.has_value() || !required.isEmpty(); }));
    ASSERT_EQ(m_fake.requests().size(), 1);
    EXPECT_TRUE(m_fake.requests().first().contains("grant_type=refresh_token"));

    if (c.deletesRefreshToken) {
        EXPECT_EQ(required.count(), 1);
        EXPECT_FALSE(got.has_value()) << "the caller waits for the new sign-in";
        EXPECT_TRUE(m_provider->isWaitingForSignIn());
        EXPECT_FALSE(m_store.contains(key())) << "a refused refresh token is forgotten";
        const QString reason = required.at(0).at(0).toString();
        EXPECT_FALSE(reason.contains(kRefreshToken));
        m_provider->cancelSignIn();
        ASSERT_TRUE(got.has_value());
        return;
    }
    ASSERT_TRUE(got.has_value());
    ASSERT_FALSE(got->ok());
    EXPECT_EQ(got->error().kind, c.kind) << got->error().toString().toStdString();
    EXPECT_FALSE(got->error().toString().contains(kRefreshToken));
    EXPECT_EQ(required.count(), 0) << "signing in again would not help";
    EXPECT_FALSE(m_provider->isWaitingForSignIn());
    const SecretResult kept = await([&](auto done) { m_store.read(key(), done); });
    ASSERT_TRUE(kept.ok()) << "the refresh token is kept for the next try";
    EXPECT_EQ(kept.value, kRefreshToken);

    // And the next try, once the service answers properly, works with it: no sign-in needed.
    m_fake.script({FakeTokenEndpoint::json(
        200,
        R"({"token_type":"Bearer","expires_in":3600,"access_token":"at-fresh-123456","refresh_token":"rt-rotated-123456"})")});
    std::optional<om::Result<QString>> again;
    m_provider->fetchToken([&](om::Result<QString> r) { again.emplace(std::move(r)); });
    ASSERT_TRUE(spinUntil([&] { return again.has_value(); }));
    ASSERT_TRUE(again->ok()) << again->error().toString().toStdString();
    EXPECT_EQ(again->value(), QStringLiteral("at-fresh-123456"));
    EXPECT_TRUE(m_fake.requests().last().contains(QUrl::toPercentEncoding(kRefreshToken)));
}

INSTANTIATE_TEST_SUITE_P(
    Answers, RefreshFailureTest,
    ::testing::Values(
        RefreshCase{"throttled429",
                    FakeTokenEndpoint::answer(429, "application/json",
                                              R"({"statusCode":429,"message":"Rate limit is exceeded."})",
                                              "Retry-After: 30\r\n"),
                    false, om::Error::Kind::Throttled},
        RefreshCase{"requestTimeout408", FakeTokenEndpoint::answer(408, "text/plain", "Request Timeout"),
                    false, om::Error::Kind::Timeout},
        RefreshCase{"redirect302",
                    FakeTokenEndpoint::answer(302, "text/html", "<a href=x>moved</a>",
                                              "Location: https://proxy.example/login\r\n"),
                    false, om::Error::Kind::Http},
        RefreshCase{"proxyHtmlPage200",
                    FakeTokenEndpoint::answer(200, "text/html", "<html><body>Proxy login</body></html>"),
                    false, om::Error::Kind::Parse},
        RefreshCase{"proxyAuthRequired407",
                    FakeTokenEndpoint::answer(407, "text/html", "<html>Proxy Authentication Required</html>"),
                    false, om::Error::Kind::Http},
        RefreshCase{"badGatewayHtml502",
                    FakeTokenEndpoint::answer(502, "text/html", "<html>Bad gateway</html>"), false,
                    om::Error::Kind::Http},
        RefreshCase{
            "oversize",
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n{\"a\":",
            false, om::Error::Kind::Parse},
        RefreshCase{
            "publicClientFlowsOff7000218",
            FakeTokenEndpoint::json(
                401,
                R"({"error":"invalid_client","error_description":"AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'."})"),
            false, om::Error::Kind::Auth},
        RefreshCase{
            "invalidGrant",
            FakeTokenEndpoint::json(
                400,
                R"({"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity."})"),
            true, om::Error::Kind::Auth},
        RefreshCase{
            "interactionRequired50076",
            FakeTokenEndpoint::json(
                400,
                R"({"error":"interaction_required","error_description":"AADSTS50076: you must use multi-factor authentication."})"),
            true, om::Error::Kind::Auth}),
    [](const ::testing::TestParamInfo<RefreshCase> &p) { return std::string(p.param.name); });

} // namespace
