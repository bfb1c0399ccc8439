// What a batch costs in requests and when it plans again (issue 16, "Throughput"): the customers of one
// market share one read of the market catalogue, and a confirmed plan is run as is while it is younger than
// the limit when its customer starts, planned again (and refused if it changed) once older.

#include "batch/BatchJobs.h"
#include "tests/batch/BatchFixture.h"
#include "tests/support/CountingNetwork.h"

#include <memory>

using namespace om;
using namespace om::test;
using om::batch::CustomerState;

namespace {

class BatchRequestsTest : public BatchFixture
{
protected:
    void SetUp() override
    {
        BatchFixture::SetUp();
        m_countedClient = clientOn(&m_counting);
    }
    void TearDown() override
    {
        m_countedClient.reset();
        BatchFixture::TearDown();
    }

    batch::BatchPlan planCounted(const QStringList &ids)
    {
        batch::BatchPlanner planner(*m_countedClient, *m_journal, m_catalogue, m_clock, plannerOptions());
        bool done = false;
        QObject::connect(&planner, &batch::BatchPlanner::finished, &planner,
                         [&done](const batch::BatchPlan &) { done = true; });
        EXPECT_TRUE(planner.start(ids));
        EXPECT_TRUE(waitUntil([&]() { return done; }, 60000)) << "planning did not finish";
        return planner.plan();
    }

    int catalogueReads() const
    {
        return m_counting.count(QRegularExpression(QStringLiteral("^GET /v1/(offers|products)")));
    }

    // A customer whose confirmed plan buys 2 seats, and a third holder of the old licence added after it.
    Built grownAfterThePlan(batch::BatchPlan *plan)
    {
        const Built grown = build(QStringLiteral("Batch Grown"), {{kSalesFromSa, 5, 2}});
        monitor(grown);
        *plan = planBatch({grown.customerId});
        EXPECT_EQ(plan->rows.size(), 1);
        addLateHolder(grown);
        return grown;
    }

    CountingNetwork m_counting;
    std::unique_ptr<pc::PartnerCenterClient> m_countedClient;
};

TEST_F(BatchRequestsTest, CustomersOfOneMarketShareOneReadOfItsCatalogue)
{
    const Built one = build(QStringLiteral("Batch One"), {{kSalesFromSa, 3, 2}});
    const batch::BatchPlan single = planCounted({one.customerId});
    ASSERT_EQ(single.rows.size(), 1);
    const int readsForOne = catalogueReads();
    // Legacy offers, products, and the SKUs and availabilities of the replacements it names.
    ASSERT_GE(readsForOne, 4) << m_counting.breakdown().toStdString();

    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids.append(build(QStringLiteral("Batch Many %1").arg(i), {{kSalesFromSa, 3, 2}}).customerId);
    m_counting.reset();
    const batch::BatchPlan many = planCounted(ids);
    ASSERT_EQ(many.rows.size(), 6);
    for (const batch::BatchRow &row : many.rows)
        EXPECT_FALSE(row.isBlocked()) << row.customerName.toStdString();
    EXPECT_EQ(catalogueReads(), readsForOne) << m_counting.breakdown().toStdString();
    EXPECT_EQ(m_counting.count(QStringLiteral("GET /v1/products")), 1);
    EXPECT_EQ(m_counting.count(QStringLiteral("GET /v1/offers")), 1);
    // Each customer's own reads are still made once per customer.
    EXPECT_EQ(m_counting.count(QStringLiteral("GET /v1/customers/{}")), 6)
        << m_counting.breakdown().toStdString();
}

TEST_F(BatchRequestsTest, APlanIsFreshUpToTheLimitAndNotASecondLonger)
{
    const Built b = build(QStringLiteral("Batch Fresh"), {{kSalesFromSa, 3, 2}});
    const batch::BatchPlan plan = planBatch({b.customerId});
    ASSERT_EQ(plan.customers.size(), 1);
    const QDateTime at = plan.customers.first().plannedAt;
    EXPECT_TRUE(batch::planIsFresh(plan, b.customerId.toUpper(), at.addSecs(3600), 3600));
    EXPECT_FALSE(batch::planIsFresh(plan, b.customerId, at.addSecs(3601), 3600));
    EXPECT_FALSE(batch::planIsFresh(plan, QStringLiteral("not-in-the-plan"), at, 3600));
    EXPECT_EQ(batch::BatchRunOptions().maxPlanAgeSecs, 3600);
}

TEST_F(BatchRequestsTest, AConfirmedPlanYoungerThanAnHourIsRunAsConfirmed)
{
    batch::BatchPlan plan;
    const Built grown = grownAfterThePlan(&plan);
    plan.customers.first().plannedAt = m_clock.now().addSecs(-3000); // confirmed 50 minutes ago

    batch::BatchRunner runner(*m_client, *m_journal, m_catalogue, m_clock, runOptions(true));
    const auto result = awaitFinished(runner, [&]() { return runner.start(plan); });
    ASSERT_TRUE(result.has_value());
    // Not planned again: the confirmed 2 seats are bought, and the late user keeps the old licence, so the
    // customer waits (and its suspend will be refused while that user holds it).
    const auto orders = store().orders(grown.customerId);
    ASSERT_EQ(orders.size(), 1);
    const auto migration = m_journal->findMigration(grown.customerId, grown.retired.first());
    ASSERT_TRUE(migration.ok() && migration->has_value());
    EXPECT_EQ(migration->value().plan.plannedQuantity, 2);
    expectNoViolations();
}

TEST_F(BatchRequestsTest, AConfirmedPlanOlderThanAnHourIsPlannedAgainAndRefusedWhenItChanged)
{
    batch::BatchPlan plan;
    const Built grown = grownAfterThePlan(&plan);
    plan.customers.first().plannedAt = m_clock.now().addSecs(-3601);

    batch::BatchRunner runner(*m_client, *m_journal, m_catalogue, m_clock, runOptions(true));
    const auto result = awaitFinished(runner, [&]() { return runner.start(plan); });
    ASSERT_TRUE(result.has_value());
    const batch::CustomerProgress *p = progressOf(*result, grown);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->state, CustomerState::Unfinished);
    ASSERT_FALSE(p->errors.isEmpty());
    EXPECT_TRUE(p->errors.first().message.contains(QLatin1String("plan changed")));
    EXPECT_TRUE(store().orders(grown.customerId).isEmpty()) << "bought something else than was confirmed";
    expectNoViolations();
}

TEST_F(BatchRequestsTest, AReissuedAvailabilityIsNotAChangedPlan)
{
    const Built b = build(QStringLiteral("Batch Reissued"), {{kSalesFromSa, 3, 2}});
    monitor(b);
    batch::BatchPlan plan = planBatch({b.customerId});
    ASSERT_EQ(plan.rows.size(), 1);
    const QString confirmed = plan.rows.first().effectiveReplacement().id;
    ASSERT_EQ(confirmed.count(QLatin1Char(':')), 2) << confirmed.toStdString();
    plan.customers.first().plannedAt = m_clock.now().addSecs(-3601); // planned again before it runs
    store().catalogue().rotateAvailabilityIds();

    batch::BatchRunner runner(*m_client, *m_journal, m_catalogue, m_clock, runOptions(true));
    const auto result = awaitFinished(runner, [&]() { return runner.start(plan); });
    ASSERT_TRUE(result.has_value());
    const batch::CustomerProgress *p = progressOf(*result, b);
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(p->errors.isEmpty()) << p->errors.value(0).message.toStdString();
    EXPECT_EQ(p->state, CustomerState::Verified);
    const auto orders = store().orders(b.customerId);
    ASSERT_EQ(orders.size(), 1);
    const auto migration = m_journal->findMigration(b.customerId, b.retired.first());
    ASSERT_TRUE(migration.ok() && migration->has_value());
    const QString bought = migration->value().plan.targetOfferId;
    // The same product and SKU, with the availability Partner Center sells today.
    EXPECT_EQ(bought.section(QLatin1Char(':'), 0, 1), confirmed.section(QLatin1Char(':'), 0, 1));
    EXPECT_NE(bought, confirmed);
    expectNoViolations();
}

} // namespace
