// BatchPlanner and BatchPlan: customers planned at most 4 at a time and never a write, the checks of
// each row (a lease held by another runner), totals per replacement, overrides validated, the plan JSON.

#include "tests/batch/BatchFixture.h"
#include "tests/journal/RawSqlite.h"

#include <QEvent>
#include <QJsonArray>
#include <QSysInfo>

#include <unistd.h>

using namespace om;
using namespace om::test;

namespace {

class BatchPlanTest : public BatchFixture
{
};

class EngineCounter final : public QObject
{
public:
    EngineCounter(QObject *watched, int *most)
        : m_watched(watched)
        , m_most(most)
    {
        watched->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::ChildAdded) {
            const auto engines = m_watched->findChildren<engine::MigrationEngine *>(); // the new one not yet
            const int busy = int(std::count_if(engines.cbegin(), engines.cend(),
                                               [](const engine::MigrationEngine *e) { return e->isBusy(); }));
            *m_most = std::max(*m_most, busy + 1);
        }
        return false;
    }

private:
    QObject *m_watched;
    int *m_most;
};

TEST_F(BatchPlanTest, PlansAtMostFourCustomersAtOnceWritesNothingAndTotalsPerReplacement)
{
    QStringList ids;
    int users = 0;
    for (int i = 0; i < 7; ++i) {
        ids.append(build(QStringLiteral("Batch Plan %1").arg(i), {{kSalesFromSa, 4, 1 + i % 3}}).customerId);
        users += 1 + i % 3;
    }
    countWrites();
    batch::BatchPlanner planner(*m_client, *m_journal, m_catalogue, m_clock, plannerOptions());
    // Each customer is planned by an engine the planner makes: count the ones planning when another comes.
    int mostAtOnce = 0;
    EngineCounter counter(&planner, &mostAtOnce);
    QList<int> done;
    QObject::connect(&planner, &batch::BatchPlanner::progress, &planner, [&](int d, int total) {
        EXPECT_EQ(total, 7);
        done.append(d);
    });
    bool finished = false;
    QObject::connect(&planner, &batch::BatchPlanner::finished, &planner,
                     [&](const batch::BatchPlan &) { finished = true; });
    ASSERT_TRUE(planner.start(ids));
    EXPECT_FALSE(planner.start(ids)) << "one start at a time";
    ASSERT_TRUE(waitUntil([&]() { return finished; }, 60000));
    EXPECT_LE(mostAtOnce, 4);
    EXPECT_EQ(done.last(), 7);
    EXPECT_TRUE(std::is_sorted(done.cbegin(), done.cend()));
    EXPECT_EQ(writesSeen(), 0) << "planning wrote to Partner Center";

    const batch::BatchPlan &plan = planner.plan();
    ASSERT_EQ(plan.rows.size(), 7);
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(plan.rows.at(i).customerId, ids.at(i)) << "rows follow the order asked for";
    EXPECT_EQ(plan.usersToMove(), users);
    const QList<batch::BatchTotal> totals = plan.totals();
    ASSERT_EQ(totals.size(), 1);
    EXPECT_EQ(totals.first().seats, users);
    EXPECT_EQ(totals.first().subscriptions, 7);
    EXPECT_EQ(totals.first().customers, 7);

    const QJsonObject json = plan.toJson();
    const QJsonObject t = json.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(t.value(QStringLiteral("customersToRun")).toInt(), 7);
    EXPECT_EQ(t.value(QStringLiteral("usersToMove")).toInt(), users);
    EXPECT_EQ(t.value(QStringLiteral("seatsToBuy")).toInt(), users);
    EXPECT_EQ(t.value(QStringLiteral("byReplacement"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("seats"))
                  .toInt(),
              users);
    EXPECT_EQ(json.value(QStringLiteral("rows")).toArray().size(), 7);
}

TEST_F(BatchPlanTest, OverridesAreValidatedAndMoveTheTotals)
{
    const Built a = build(QStringLiteral("Batch Override A"), {{kSalesFromSa, 3, 3}});
    const Built b = build(QStringLiteral("Batch Override B"), {{kSalesFromSa, 2, 2}});
    batch::BatchPlan plan = planBatch({a.customerId, b.customerId});
    ASSERT_EQ(plan.rows.size(), 2);
    const batch::BatchRow row = plan.rows.first();

    batch::BatchOverride tooFew;
    tooFew.seats = 2; // three users to move, no free seats
    EXPECT_EQ(plan.setOverride(a.customerId, a.retired.first(), tooFew).error().kind,
              Error::Kind::Validation);
    batch::BatchOverride unknown;
    unknown.replacementId = QStringLiteral("NOPE:0001:0001");
    EXPECT_FALSE(plan.setOverride(a.customerId, a.retired.first(), unknown).ok());
    batch::BatchOverride badTerm;
    badTerm.termDuration = QStringLiteral("P5Y");
    EXPECT_FALSE(plan.setOverride(a.customerId, a.retired.first(), badTerm).ok());
    EXPECT_TRUE(plan.rows.first().override.isEmpty()) << "a refused override leaves the row as it was";

    batch::BatchOverride more;
    more.seats = 10;
    ASSERT_TRUE(plan.setOverride(a.customerId, a.retired.first(), more).ok());
    EXPECT_EQ(plan.seatsToBuy(), 10 + 2);
    if (!row.alternatives.isEmpty()) {
        batch::BatchOverride other;
        other.replacementId = row.alternatives.first().id;
        other.termDuration = row.alternatives.first().terms.isEmpty()
                                 ? QString()
                                 : row.alternatives.first().terms.first().duration;
        other.billingCycle = row.alternatives.first().terms.isEmpty()
                                 ? QString()
                                 : row.alternatives.first().terms.first().billingCycle;
        const Status set = plan.setOverride(b.customerId, b.retired.first(), other);
        ASSERT_TRUE(set.ok()) << set.error().toString().toStdString();
        EXPECT_EQ(plan.totals().size(), 2) << "two replacement products now";
    }
    batch::BatchOverride excluded;
    excluded.excluded = true;
    ASSERT_TRUE(plan.setOverride(b.customerId, b.retired.first(), excluded).ok());
    EXPECT_EQ(plan.includedRows(), 1);
    EXPECT_EQ(plan.usersToMove(), 3);
    EXPECT_EQ(plan.seatsToBuy(), 10);
    EXPECT_TRUE(plan.hasOverrides(b.customerId));
}

TEST_F(BatchPlanTest, ACustomerAnotherRunnerHoldsIsBlockedAndAFailedOneDoesNotStopTheOthers)
{
    const Built held = build(QStringLiteral("Batch Held"), {{kSalesFromSa, 3, 2}});
    const Built free = build(QStringLiteral("Batch Free"), {{kSalesFromSa, 3, 2}});
    {
        // Another live process on this host holds the lease (our parent: alive for as long as we run).
        journal::test::RawSqlite raw(m_journal->path());
        ASSERT_TRUE(raw.isOpen());
        QString host = QSysInfo::machineHostName();
        if (host.isEmpty())
            host = QStringLiteral("localhost");
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString error =
            raw.exec(QStringLiteral("INSERT INTO leases VALUES ('%1', 'someone', %2, '%3', '%4', '%4')")
                         .arg(held.customerId.toLower())
                         .arg(qint64(getppid()))
                         .arg(host, now));
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    }
    const QString unknown = QStringLiteral("00000000-0000-0000-0000-00000000dead");
    const batch::BatchPlan plan = planBatch({held.customerId, unknown, free.customerId});
    ASSERT_EQ(plan.customers.size(), 3);
    const batch::BatchRow &heldRow = plan.rows.at(plan.indexOf(held.customerId, held.retired.first()));
    EXPECT_TRUE(heldRow.hasCheck(batch::CheckKind::InProgressElsewhere));
    EXPECT_TRUE(heldRow.isBlocked());
    EXPECT_FALSE(plan.customers.at(1).planError.isEmpty());
    const int failedRow = plan.indexOf(unknown, QString());
    ASSERT_GE(failedRow, 0);
    EXPECT_TRUE(plan.rows.at(failedRow).hasCheck(batch::CheckKind::PlanFailed));
    const batch::BatchRow &freeRow = plan.rows.at(plan.indexOf(free.customerId, free.retired.first()));
    EXPECT_TRUE(freeRow.isIncluded());
    EXPECT_EQ(plan.includedCustomers(), QStringList{free.customerId});
}

} // namespace
