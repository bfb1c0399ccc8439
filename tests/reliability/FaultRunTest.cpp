// In-process fault runs of a demo customer, one per seed (FaultRun.h: the faults, the 429 storms, the
// token expiry, the slow provisioning, the stale etag, the lost answers, and the runs again until done).

#include "tests/reliability/FaultRun.h"

#include "sandbox/store/SandboxStore.h"

#include <gtest/gtest.h>

using namespace om;
using namespace om::test;

namespace {

class FaultRunTest : public ::testing::TestWithParam<int>
{
};

TEST_P(FaultRunTest, MigratesUnderFaultsWithoutLossDoublePurchaseOrEarlySuspend)
{
    Scenario scenario;
    scenario.faults.serverError = 0.20;
    scenario.faults.drop = 0.05;
    scenario.faults.truncate = 0.05;
    scenario.faults.malformed = 0.02;
    scenario.faults.slow = 0.03;
    scenario.faults.slowDelayMs = 30;
    FaultRun run(quint32(GetParam()), scenario);
    const QString setUp = run.setUp();
    ASSERT_TRUE(setUp.isEmpty()) << setUp.toStdString();

    const bool done = run.migrate();
    run.host().server().setFaults({}, 0); // the checks below read without faults
    run.monitor().checkFinal(true);
    const sandbox::SandboxCounters counters = run.host().server().counters();
    std::printf(
        "seed %d: %d attempt(s), %s, 429 storms %d, etag conflicts %d, token expiries %d, %d observations\n",
        GetParam(), run.attempts(), qPrintable(counters.toString()), run.storms(), run.etagConflicts(),
        run.tokenExpiries(), run.monitor().observations());
    account(run, run.etagConflicts());
    ASSERT_TRUE(done) << "not done after " << kMaxAttempts << " runs: " << run.lastSummary().toStdString();
    const QStringList report =
        checkReportRow(run.host().store(), run.catalogue(), run.journal(), run.customer().customerId,
                       run.customer().oldSubscriptionId, int(run.customer().holders.size()));
    EXPECT_TRUE(report.isEmpty()) << report.join(QLatin1Char('\n')).toStdString();
    reliabilityTotals().violations += int(report.size());
    // The faults really happened (a suite that injects nothing proves nothing).
    EXPECT_GT(counters.serverErrors, 0);
    EXPECT_GT(counters.throttled, 0);
    EXPECT_GT(counters.unauthorized, 0);
    EXPECT_EQ(run.etagConflicts(), 1);
}

INSTANTIATE_TEST_SUITE_P(Seeds, FaultRunTest, ::testing::Range(1, 7));

// A user the new licence is refused for (no usage location) under the same faults: whatever the
// engine retries, the old subscription stays active and the user keeps the old licence; once an
// admin fixes the user, the same journal resumes to completion.
TEST(FaultRunProblemUserTest, ProblemUserKeepsOldLicenceAndOldSubscriptionStaysActive)
{
    Scenario scenario;
    scenario.faults.serverError = 0.20;
    scenario.faults.drop = 0.05;
    scenario.faults.truncate = 0.05;
    scenario.problemUser = true;
    scenario.etagConflict = false;
    FaultRun run(2, scenario);
    const QString setUp = run.setUp();
    ASSERT_TRUE(setUp.isEmpty()) << setUp.toStdString();

    EXPECT_FALSE(run.migrate(3)) << "migrated although a user cannot get the new licence";
    run.monitor().checkJournalMatchesSandbox(QStringLiteral("with the problem user"));
    const sandbox::SandboxStore &store = run.host().store();
    const PickedCustomer &c = run.customer();
    EXPECT_TRUE(store.userHasSku(c.customerId, run.problemUser(), c.oldSku));
    const sandbox::SubscriptionRecord *old = store.subscription(c.customerId, c.oldSubscriptionId);
    ASSERT_NE(old, nullptr);
    EXPECT_EQ(store.effectiveStatus(*old), sandbox::SubscriptionStatus::Active);

    run.setUsageLocation(QStringLiteral("IT"));
    run.monitor().promoteProblemUser(run.problemUser());
    const bool done = run.migrate();
    run.host().server().setFaults({}, 0);
    run.monitor().checkFinal(true);
    account(run, 0);
    ASSERT_TRUE(done) << run.lastSummary().toStdString();
    const QStringList report = checkReportRow(run.host().store(), run.catalogue(), run.journal(),
                                              c.customerId, c.oldSubscriptionId, int(c.holders.size()));
    EXPECT_TRUE(report.isEmpty()) << report.join(QLatin1Char('\n')).toStdString();
    reliabilityTotals().violations += int(report.size());
}

} // namespace

// Regression: a checkout throttled until the client gives up (429: not processed) must not leave the
// migration stuck on "no order was placed, check the order history" for ever; the next run buys once.
TEST(FaultRunThrottledCheckoutTest, CheckoutThrottledPastTheRetriesIsBoughtOnceOnTheNextRun)
{
    Scenario scenario;
    scenario.stormLength = 5; // as many 429s in a row as the client makes attempts (1 + 4 retries)
    scenario.licenceStorm = false;
    scenario.expireTokens = false;
    scenario.etagConflict = false;
    FaultRun run(3, scenario);
    const QString setUp = run.setUp();
    ASSERT_TRUE(setUp.isEmpty()) << setUp.toStdString();
    const bool done = run.migrate(4);
    run.monitor().checkFinal(true);
    account(run, 0);
    EXPECT_GE(run.host().server().counters().throttled, 5);
    ASSERT_TRUE(done) << run.lastSummary().toStdString();
}
