// The access token expires in the middle of a scan: the client's 401 makes the provider refresh
// silently with the stored refresh token, and the scan completes without asking anyone to sign in.
#include "SecretsTestUtil.h"
#include "SignInFixture.h"
#include "partnercenter/PartnerCenterClient.h"
#include "partnercenter/ScanService.h"

#include <QSignalSpy>

#include <gtest/gtest.h>
#include <optional>

namespace om::secrets::test {
namespace {

TEST_F(SignInFixture, AccessTokenExpiringMidScanIsRefreshedSilently)
{
    const Result<TokenSet> signedIn = playSignIn();
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().toString().toStdString();
    provider().completeSignIn(signedIn.value());
    const int afterSignIn = tokenRequests();

    pc::ClientConfig config;
    config.baseUrl = baseUrl();
    config.requestsPerMinute = 60000;
    config.maxConcurrentRequests = 2;
    // The client paces on real time; the sandbox's manual clock only decides when tokens expire.
    const SystemClock realTime;
    pc::PartnerCenterClient client(&network(), &provider(), realTime, config);
    pc::ScanOptions options;
    options.customerPageSize = 20;
    options.maxConcurrentCustomers = 2;
    pc::ScanService scan(&client, realTime, options);
    QSignalSpy signInAsked(&provider(), &OAuthTokenProvider::signInRequired);

    // After the first few customers, two hours pass: the access token has expired at the sandbox.
    bool advanced = false;
    QObject::connect(&scan, &pc::ScanService::progress, &scan, [&](int done, int) {
        if (done == 5 && !advanced) {
            advanced = true;
            clock().advanceSecs(qint64{2} * 3600);
        }
    });
    std::optional<Result<domain::ScanSnapshot>> outcome;
    QObject::connect(&scan, &pc::ScanService::finished, &scan,
                     [&](const Result<domain::ScanSnapshot> &r) { outcome = r; });
    scan.start();
    ASSERT_TRUE(spinUntil([&] { return outcome.has_value(); }, 60000));

    ASSERT_TRUE(advanced) << "the scan must have gone past 5 customers";
    ASSERT_TRUE(outcome->ok()) << outcome->error().toString().toStdString();
    EXPECT_EQ(outcome->value().customers.size(), host().options().customerCount);
    EXPECT_GE(tokenRequests(), afterSignIn + 1) << "the expired token was refreshed";
    EXPECT_EQ(signInAsked.count(), 0) << "a silent refresh, not a new sign-in";
    const Result<QString> current = fetch();
    ASSERT_TRUE(current.ok());
    EXPECT_NE(current.value(), signedIn->accessToken);
}

} // namespace
} // namespace om::secrets::test
