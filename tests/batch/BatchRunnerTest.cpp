// BatchRunner over the in-process sandbox: a mix of customer shapes in one batch, stop before suspend
// then "Suspend N verified", pause/resume and cancel between steps, overrides, and a plan that changed
// since it was confirmed. Every customer is watched by an InvariantMonitor (BatchFixture).

#include "batch/BatchStore.h"
#include "tests/batch/BatchFixture.h"

#include <QSignalSpy>

using namespace om;
using namespace om::test;
using batch::CustomerState;
using journal::JournalState;
using sandbox::SubscriptionStatus;

namespace {

class BatchRunnerTest : public BatchFixture
{
};

TEST_F(BatchRunnerTest, MixOfCustomersEachEndsWhereItShouldAndTheOthersCarryOn)
{
    const Built clean = build(QStringLiteral("Batch Clean"), {{kSalesFromSa, 3, 3}});
    Part problemPart{kSalesFromSa, 3, 3};
    problemPart.unlocated = 1;
    const Built problem = build(QStringLiteral("Batch Problem User"), {problemPart});
    Part addOnPart{kSalesAddOn, 2, 2};
    addOnPart.parent = 0;
    const Built addOn = build(QStringLiteral("Batch Add-On"), {{kSalesCrmol, 4, 3}, addOnPart});
    const Built upgrade = build(QStringLiteral("Batch Upgrade"), {{kSalesCrmol, 4, 3}});
    Part suspendedPart{kSalesFromSa, 2, 0};
    suspendedPart.status = SubscriptionStatus::Suspended;
    const Built suspended = build(QStringLiteral("Batch Already Suspended"), {suspendedPart});
    const Built started = build(QStringLiteral("Batch Started Earlier"), {{kSalesFromSa, 3, 2}});
    for (const Built *b : {&clean, &addOn, &upgrade, &suspended, &started})
        monitor(*b);
    monitor(problem, {problem.holders.last()});

    // An earlier run bought the replacement of `started` and stopped there.
    {
        const auto earlier = newEngine();
        engine::MigrationRequest request;
        request.customerId = started.customerId;
        ASSERT_TRUE(plan(*earlier, request).ok);
        ASSERT_TRUE(await(*earlier, [&]() { return earlier->purchase(); }).ok);
        const JournalState earlierState = journalState(started.customerId, started.retired.first());
        ASSERT_TRUE(earlierState == JournalState::Purchased || earlierState == JournalState::Reassigning)
            << journal::journalStateToken(earlierState).toStdString();
    }
    const int ordersBefore = int(store().orders(started.customerId).size());
    ASSERT_EQ(ordersBefore, 1);

    const QStringList ids{clean.customerId,   problem.customerId,   addOn.customerId,
                          upgrade.customerId, suspended.customerId, started.customerId};
    const batch::BatchPlan plan = planBatch(ids);
    ASSERT_EQ(plan.customers.size(), ids.size());
    const auto rowOf = [&plan](const Built &b, int part) -> const batch::BatchRow & {
        return plan.rows.at(plan.indexOf(b.customerId, b.retired.at(part)));
    };
    EXPECT_TRUE(rowOf(problem, 0).hasCheck(batch::CheckKind::ProblemUsers));
    EXPECT_EQ(rowOf(problem, 0).problemUsers, 1);
    EXPECT_TRUE(rowOf(addOn, 1).hasCheck(batch::CheckKind::AddOn));
    EXPECT_TRUE(rowOf(upgrade, 0).hasCheck(batch::CheckKind::UpgradePath));
    EXPECT_TRUE(rowOf(started, 0).hasCheck(batch::CheckKind::AlreadyStarted));
    EXPECT_EQ(plan.indexOf(suspended.customerId, suspended.retired.first()), -1)
        << "a suspended one is not planned";
    EXPECT_EQ(plan.usersToMove(), 3 + 3 + 3 + 2 + 3 + 2);

    batch::BatchRunner runner(*m_client, *m_journal, m_catalogue, m_clock, runOptions(false));
    QSignalSpy finishedLines(&runner, &batch::BatchRunner::customerFinished);
    const auto result = awaitFinished(runner, [&]() { return runner.start(plan); });
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(finishedLines.count(), ids.size()) << "one result line per customer";

    EXPECT_EQ(progressOf(*result, clean)->state, CustomerState::Done)
        << progressOf(*result, clean)->text.toStdString();
    EXPECT_EQ(progressOf(*result, addOn)->state, CustomerState::Done)
        << progressOf(*result, addOn)->text.toStdString();
    EXPECT_EQ(progressOf(*result, upgrade)->state, CustomerState::Done)
        << progressOf(*result, upgrade)->text.toStdString();
    EXPECT_EQ(progressOf(*result, suspended)->state, CustomerState::Done);
    EXPECT_EQ(progressOf(*result, started)->state, CustomerState::Done)
        << progressOf(*result, started)->text.toStdString();
    // The problem user stops their subscription before suspend; the batch carried on with the others.
    const batch::CustomerProgress *p = progressOf(*result, problem);
    EXPECT_EQ(p->state, CustomerState::Unfinished);
    EXPECT_EQ(p->usersFailed, 1);
    EXPECT_EQ(p->usersMoved, 2);
    EXPECT_EQ(sandboxStatus(problem.customerId, problem.retired.first()), SubscriptionStatus::Active);
    EXPECT_TRUE(store().userHasSku(
        problem.customerId, problem.holders.last(),
        store().skuOf(*store().subscription(problem.customerId, problem.retired.first()))));
    for (const Built *b : {&clean, &addOn, &upgrade, &started}) {
        for (const QString &id : b->retired) {
            EXPECT_EQ(sandboxStatus(b->customerId, id), SubscriptionStatus::Suspended)
                << b->name.toStdString();
            EXPECT_EQ(journalState(b->customerId, id), JournalState::Suspended) << b->name.toStdString();
        }
    }
    EXPECT_EQ(store().orders(started.customerId).size(), ordersBefore) << "the earlier purchase was resumed";
    EXPECT_EQ(result->done, 5);
    EXPECT_EQ(result->unfinished, 1);
    EXPECT_FALSE(result->nothingDone);
    for (const auto &m : m_monitors)
        m->checkFinal(false);
    expectNoViolations();
}

TEST_F(BatchRunnerTest, StopsBeforeSuspendUntilSuspendVerifiedAndKeepsTheBatchFile)
{
    const Built a = build(QStringLiteral("Batch Verified A"), {{kSalesFromSa, 3, 2}});
    const Built b = build(QStringLiteral("Batch Verified B"), {{kSalesFromSa, 2, 2}});
    monitor(a);
    monitor(b);
    const batch::BatchPlan plan = planBatch({a.customerId, b.customerId});
    batch::BatchRunOptions options = runOptions(true);
    options.storePath = m_dir.filePath(QStringLiteral("journal.sqlite.batch.json"));
    batch::BatchRunner runner(*m_client, *m_journal, m_catalogue, m_clock, options);
    const batch::BatchStore store(options.storePath);

    const auto result = awaitFinished(runner, [&]() {
        if (!runner.start(plan))
            return false;
        // Written before anything ran: a kill now leaves a batch to resume.
        const auto kept = store.load();
        EXPECT_TRUE(kept && kept->has_value());
        if (kept && kept->has_value()) {
            EXPECT_EQ(kept->value().state, batch::StoredBatch::State::Running);
            EXPECT_EQ(kept->value().customerIds, (QStringList{a.customerId, b.customerId}));
            EXPECT_TRUE(kept->value().stopBeforeSuspend);
            EXPECT_TRUE(kept->value().confirmedAt.isValid());
        }
        return true;
    });
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->verified, 2);
    EXPECT_EQ(runner.verifiedSubscriptions(), 2);
    for (const Built *c : {&a, &b}) {
        EXPECT_EQ(journalState(c->customerId, c->retired.first()), JournalState::Verified);
        EXPECT_EQ(sandboxStatus(c->customerId, c->retired.first()), SubscriptionStatus::Active);
    }
    auto kept = store.load();
    ASSERT_TRUE(kept && kept->has_value());
    EXPECT_EQ(kept->value().state, batch::StoredBatch::State::WaitingToSuspend);
    EXPECT_TRUE(kept->value().isResumable());

    const auto suspendedRun = awaitFinished(runner, [&]() { return runner.suspendVerified(); });
    ASSERT_TRUE(suspendedRun.has_value());
    EXPECT_EQ(suspendedRun->done, 2);
    EXPECT_EQ(runner.verifiedSubscriptions(), 0);
    for (const Built *c : {&a, &b})
        EXPECT_EQ(sandboxStatus(c->customerId, c->retired.first()), SubscriptionStatus::Suspended);
    kept = store.load();
    ASSERT_TRUE(kept && kept->has_value());
    EXPECT_EQ(kept->value().state, batch::StoredBatch::State::Finished);
    EXPECT_FALSE(runner.suspendVerified()) << "nothing left at verified";
    for (const auto &m : m_monitors)
        m->checkFinal(true);
    expectNoViolations();
}

TEST_F(BatchRunnerTest, PauseLetsTheRunningStepFinishAndResumeCompletes)
{
    QList<Built> customers;
    for (int i = 0; i < 3; ++i) {
        customers.append(build(QStringLiteral("Batch Pause %1").arg(i), {{kSalesFromSa, 3, 3}}));
        monitor(customers.last());
    }
    countWrites();
    const batch::BatchPlan plan =
        planBatch({customers.at(0).customerId, customers.at(1).customerId, customers.at(2).customerId});
    batch::BatchRunOptions options = runOptions(false);
    options.customerConcurrency = 1;
    batch::BatchRunner runner(*m_client, *m_journal, m_catalogue, m_clock, options);
    bool pausedInReassign = false;
    QObject::connect(&runner, &batch::BatchRunner::customerChanged, &runner,
                     [&](int index, const batch::CustomerProgress &p) {
                         if (index == 0 && p.step == engine::Step::Reassign && !pausedInReassign) {
                             pausedInReassign = true;
                             runner.pause();
                         }
                     });
    QSignalSpy states(&runner, &batch::BatchRunner::stateChanged);
    ASSERT_TRUE(runner.start(plan));
    ASSERT_TRUE(waitUntil([&]() { return runner.state() == batch::BatchRunner::State::Paused; }, 60000));
    EXPECT_TRUE(pausedInReassign);
    // The reassign step that was running finished (every user moved); nothing after it started.
    EXPECT_EQ(journalState(customers.at(0).customerId, customers.at(0).retired.first()),
              JournalState::Reassigned);
    EXPECT_EQ(runner.customers().at(0).state, CustomerState::Paused);
    for (int i = 1; i < 3; ++i) {
        EXPECT_EQ(journalState(customers.at(i).customerId, customers.at(i).retired.first()),
                  JournalState::NotStarted);
        EXPECT_EQ(runner.customers().at(i).state, CustomerState::Paused);
    }
    const int writesAtPause = writesSeen();
    EXPECT_FALSE(waitUntil([&]() { return writesSeen() > writesAtPause; }, 500)) << "a write after the pause";

    const auto result = awaitFinished(runner, [&]() { return runner.resume(); });
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->done, 3);
    for (const Built &c : customers)
        EXPECT_EQ(store().orders(c.customerId).size(), 1);
    QList<batch::BatchRunner::State> seen;
    for (const QList<QVariant> &args : states)
        seen.append(args.at(0).value<batch::BatchRunner::State>());
    EXPECT_TRUE(seen.contains(batch::BatchRunner::State::Pausing));
    for (const auto &m : m_monitors)
        m->checkFinal(true);
    expectNoViolations();
}

TEST_F(BatchRunnerTest, CancelNeverInterruptsAWriteAndStartsNothingNew)
{
    QList<Built> customers;
    for (int i = 0; i < 3; ++i) {
        customers.append(build(QStringLiteral("Batch Cancel %1").arg(i), {{kSalesFromSa, 3, 3}}));
        monitor(customers.last());
    }
    countWrites();
    const batch::BatchPlan plan =
        planBatch({customers.at(0).customerId, customers.at(1).customerId, customers.at(2).customerId});
    batch::BatchRunOptions options = runOptions(false);
    options.customerConcurrency = 1;
    batch::BatchRunner runner(*m_client, *m_journal, m_catalogue, m_clock, options);
    // Cancel while the first licence update is on the wire, inside the sandbox.
    bool cancelled = false;
    QObject::connect(
        &server(), &sandbox::SandboxServer::requestArrived, &runner, [&](const sandbox::SandboxRequest &r) {
            if (!cancelled && r.method == "POST" && r.path.endsWith(QLatin1String("/licenseupdates"))) {
                cancelled = true;
                runner.cancel();
            }
        });
    const auto result = awaitFinished(runner, [&]() { return runner.start(plan); });
    ASSERT_TRUE(result.has_value());
    EXPECT_TRUE(cancelled);
    EXPECT_TRUE(result->wasCancelled);
    EXPECT_EQ(result->cancelled, 3);
    // The write in flight got its answer and the journal has it: nothing is left pending.
    const auto pending = m_journal->pendingWrites();
    ASSERT_TRUE(pending.ok());
    EXPECT_TRUE(pending->isEmpty()) << pending->size() << " write(s) left pending";
    // The running step (reassign) finished; nothing after it ran, and no other customer started.
    EXPECT_EQ(journalState(customers.at(0).customerId, customers.at(0).retired.first()),
              JournalState::Reassigned);
    for (int i = 1; i < 3; ++i)
        EXPECT_EQ(journalState(customers.at(i).customerId, customers.at(i).retired.first()),
                  JournalState::NotStarted);
    const int writesAtEnd = writesSeen();
    EXPECT_FALSE(waitUntil([&]() { return writesSeen() > writesAtEnd; }, 500)) << "a write after the cancel";

    // What was done stays done: a new batch over the same customers finishes them, buying nothing twice.
    const batch::BatchPlan again =
        planBatch({customers.at(0).customerId, customers.at(1).customerId, customers.at(2).customerId});
    batch::BatchRunner second(*m_client, *m_journal, m_catalogue, m_clock, runOptions(false));
    const auto finished = awaitFinished(second, [&]() { return second.start(again); });
    ASSERT_TRUE(finished.has_value());
    EXPECT_EQ(finished->done, 3);
    for (const Built &c : customers)
        EXPECT_EQ(store().orders(c.customerId).size(), 1);
    for (const auto &m : m_monitors)
        m->checkFinal(true);
    expectNoViolations();
}

TEST_F(BatchRunnerTest, OverridesAreBoughtAsConfirmedAndExcludedRowsAreLeftAlone)
{
    const Built more = build(QStringLiteral("Batch More Seats"), {{kSalesFromSa, 3, 3}});
    const Built left = build(QStringLiteral("Batch Excluded"), {{kSalesFromSa, 3, 2}});
    monitor(more);
    monitor(left);
    batch::BatchPlan plan = planBatch({more.customerId, left.customerId});
    batch::BatchOverride seats;
    seats.seats = 5;
    ASSERT_TRUE(plan.setOverride(more.customerId, more.retired.first(), seats).ok());
    batch::BatchOverride excluded;
    excluded.excluded = true;
    ASSERT_TRUE(plan.setOverride(left.customerId, left.retired.first(), excluded).ok());
    EXPECT_EQ(plan.seatsToBuy(), 5);
    EXPECT_EQ(plan.includedCustomers(), QStringList{more.customerId});

    batch::BatchRunner runner(*m_client, *m_journal, m_catalogue, m_clock, runOptions(false));
    const auto result = awaitFinished(runner, [&]() { return runner.start(plan); });
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(progressOf(*result, more)->state, CustomerState::Done);
    EXPECT_EQ(progressOf(*result, left)->state, CustomerState::Blocked);
    const auto migration = m_journal->findMigration(more.customerId, more.retired.first());
    ASSERT_TRUE(migration && migration->has_value());
    EXPECT_EQ(migration->value().plan.plannedQuantity, 5);
    const sandbox::SubscriptionRecord *bought =
        store().subscription(more.customerId, migration->value().newSubscriptionId);
    ASSERT_NE(bought, nullptr);
    EXPECT_EQ(bought->quantity, 5);
    EXPECT_EQ(journalState(left.customerId, left.retired.first()), JournalState::NotStarted);
    EXPECT_TRUE(store().orders(left.customerId).isEmpty());
    expectNoViolations();
}

TEST_F(BatchRunnerTest, APlanThatChangedSinceItWasConfirmedIsRefusedNotBought)
{
    const Built grown = build(QStringLiteral("Batch Grown"), {{kSalesFromSa, 5, 2}});
    monitor(grown);
    const batch::BatchPlan plan = planBatch({grown.customerId});
    ASSERT_EQ(plan.rows.size(), 1);
    ASSERT_EQ(plan.rows.first().effectiveSeats(), 2);
    addLateHolder(grown); // a third user gets the old licence after the plan was confirmed

    batch::BatchRunOptions options = runOptions(false);
    options.maxPlanAgeSecs = -1; // always plan again before running
    batch::BatchRunner runner(*m_client, *m_journal, m_catalogue, m_clock, options);
    const auto result = awaitFinished(runner, [&]() { return runner.start(plan); });
    ASSERT_TRUE(result.has_value());
    const batch::CustomerProgress *p = progressOf(*result, grown);
    EXPECT_EQ(p->state, CustomerState::Unfinished);
    ASSERT_FALSE(p->errors.isEmpty());
    EXPECT_TRUE(p->errors.first().message.contains(QLatin1String("plan changed"))) << p->text.toStdString();
    EXPECT_TRUE(store().orders(grown.customerId).isEmpty()) << "bought something else than was confirmed";
    EXPECT_TRUE(result->nothingDone);
    expectNoViolations();
}

} // namespace
