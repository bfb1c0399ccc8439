// How many Partner Center requests a migration costs (issue 18, "a third of the requests"): one licence
// update per user and a fixed number of calls per customer once the plan is made. The plan itself reads
// each user's licences once (Partner Center has no batch read of users' licences) and nothing after it
// reads a user again unless the tenant's pools disagree with the answers.

#include "tests/engine/EngineFixture.h"
#include "tests/support/CountingNetwork.h"

using namespace om;
using namespace om::test;
using om::sandbox::SubscriptionStatus;

namespace {

class RequestBudgetTest : public EngineFixture
{
protected:
    void SetUp() override
    {
        EngineFixture::SetUp();
        m_countedClient = clientOn(&m_counting);
        m_counted = std::make_unique<engine::MigrationEngine>(*m_countedClient, *m_journal, m_catalogue,
                                                              m_clock, engineConfig());
    }
    void TearDown() override
    {
        m_counted.reset();
        m_countedClient.reset();
        EngineFixture::TearDown();
    }

    QList<QPair<QString, QString>> users(int n) const
    {
        QList<QPair<QString, QString>> out;
        for (int i = 0; i < n; ++i)
            out.append({QStringLiteral("user%1").arg(i), QStringLiteral("IT")});
        return out;
    }

    // Plans, buys and moves every user: what verify is then asked about.
    void buyAndMove(const Custom &c)
    {
        engine::MigrationRequest request;
        request.customerId = c.customerId;
        ASSERT_TRUE(plan(*m_counted, request).ok);
        ASSERT_TRUE(await(*m_counted, [&]() { return m_counted->purchase(); }).ok);
        ASSERT_TRUE(await(*m_counted, [&]() { return m_counted->reassign(); }).ok);
    }

    CountingNetwork m_counting;
    std::unique_ptr<pc::PartnerCenterClient> m_countedClient;
    std::unique_ptr<engine::MigrationEngine> m_counted;
};

TEST_F(RequestBudgetTest, AMigrationCostsOneLicenceUpdatePerUserAndAFixedNumberPerCustomer)
{
    constexpr int kUsers = 60;
    const Custom c = addCustomer(kSalesFromSa, users(kUsers));
    engine::MigrationRequest request;
    request.customerId = c.customerId;
    ASSERT_TRUE(plan(*m_counted, request).ok);
    const int planRequests = m_counting.total();
    // The plan: each user's licences once, and a few reads of the customer and the catalogue.
    EXPECT_EQ(m_counting.count(QStringLiteral("GET /v1/customers/{}/users/{}/licenses")), kUsers)
        << m_counting.breakdown().toStdString();
    EXPECT_LE(planRequests, kUsers + 20) << m_counting.breakdown().toStdString();

    m_counting.reset();
    const engine::EngineResult done = runAll(*m_counted);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_EQ(done.usersMoved, kUsers);
    EXPECT_EQ(store().effectiveStatus(*store().subscription(c.customerId, c.subscriptionId)),
              SubscriptionStatus::Suspended);
    // After the plan: one licence update per user, no user read again, and at most 20 other calls.
    EXPECT_EQ(m_counting.count(QStringLiteral("POST /v1/customers/{}/users/{}/licenseupdates")), kUsers)
        << m_counting.breakdown().toStdString();
    EXPECT_EQ(m_counting.count(QStringLiteral("GET /v1/customers/{}/users/{}/licenses")), 0)
        << m_counting.breakdown().toStdString();
    EXPECT_LE(m_counting.total(), kUsers + 20) << m_counting.breakdown().toStdString();
    // Within issue 18's budget for the whole migration per user beyond the plan's reads: 1.1 per user + 20.
    EXPECT_LE(m_counting.total(), int(1.1 * kUsers) + 20);
}

TEST_F(RequestBudgetTest, VerifyReadsTheUsersWhenThePoolsDisagreeWithTheAnswers)
{
    const Custom c = addCustomer(kSalesFromSa, users(4));
    ASSERT_NO_FATAL_FAILURE(buyAndMove(c));
    // Someone gives one moved user the old licence back (the answer said moved; the tenant disagrees now).
    const engine::SubscriptionPlan p = m_counted->currentPlan().subscriptions.first();
    store().grantLicence(c.customerId, c.users.at(2), {p.oldSku, {}});
    m_counting.reset();
    const engine::EngineResult verified = await(*m_counted, [&]() { return m_counted->verify(); });
    EXPECT_FALSE(verified.ok);
    EXPECT_EQ(m_counting.count(QStringLiteral("GET /v1/customers/{}/users/{}/licenses")), 4)
        << m_counting.breakdown().toStdString();
    const auto rec = m_journal->findMigration(c.customerId, c.subscriptionId);
    ASSERT_TRUE(rec.ok() && rec.value().has_value());
    EXPECT_EQ(rec.value()->state, journal::JournalState::Failed);
    const auto moves = m_journal->userMoves(rec.value()->id);
    ASSERT_TRUE(moves.ok());
    for (const journal::UserMove &m : moves.value())
        EXPECT_EQ(m.state == journal::UserMoveState::Failed, m.userId == c.users.at(2))
            << m.upn.toStdString();
    // The suspend refuses too, whatever the journal said before.
    EXPECT_FALSE(await(*m_counted, [&]() { return m_counted->suspend(); }).ok);
    EXPECT_EQ(store().effectiveStatus(*store().subscription(c.customerId, c.subscriptionId)),
              SubscriptionStatus::Active);
}

TEST_F(RequestBudgetTest, VerifyReadsTheUsersWhenTheNewLicenceWasTakenAway)
{
    const Custom c = addCustomer(kSalesFromSa, users(3));
    ASSERT_NO_FATAL_FAILURE(buyAndMove(c));
    const engine::SubscriptionPlan p = m_counted->currentPlan().subscriptions.first();
    sandbox::LicenceUpdateRequest removal; // the admin centre takes the new licence away again
    removal.licensesToRemove = {p.targetSku};
    ASSERT_TRUE(store().updateLicences(c.customerId, c.users.at(0), removal, false).ok());
    const engine::EngineResult verified = await(*m_counted, [&]() { return m_counted->verify(); });
    EXPECT_FALSE(verified.ok);
    EXPECT_TRUE(verified.summary.contains(QLatin1String("lack the new one")))
        << verified.summary.toStdString();
}

} // namespace
