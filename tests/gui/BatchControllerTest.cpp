// The batch wizard's controller without widgets, against the sandbox: plan several customers, change and
// exclude rows (totals follow), run the confirmed plan to "verified", suspend the verified ones as a step
// of its own, a customer with a problem user stopping before suspend while the others carry on, pause,
// resume and cancel, the kept batch resumed, and the summary written.
#include "batch/BatchStore.h"
#include "tests/gui/BatchFixture.h"
#include "ui/batch/BatchTexts.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace om::test {
namespace {

using gui::BatchController;
using Stage = BatchController::Stage;

class BatchControllerTest : public BatchFixture
{
protected:
    // Row index of the customer's (only) retired subscription; -1 when none.
    static int rowOf(const BatchController &c, const QString &customerId)
    {
        const auto &rows = c.batchPlan().rows;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).customerId == customerId)
                return i;
        }
        return -1;
    }

    QString retiredId(const QString &customerId)
    {
        const auto subs = retiredActive(customerId);
        return subs.isEmpty() ? QString() : subs.first()->id;
    }
};

TEST_F(BatchControllerTest, PlansEditsRunsSuspendsVerifiedAndWritesTheSummary)
{
    startController(64);
    const QString clean = addCustomer(QStringLiteral("Batch Clean Ltd"), 2);
    const QString problem = addCustomer(QStringLiteral("Batch Problem Ltd"), 3, 1);
    const QString excluded = addCustomer(QStringLiteral("Batch Excluded Ltd"), 1);
    ASSERT_FALSE(clean.isEmpty());
    const QString cleanSub = retiredId(clean);
    const QString problemSub = retiredId(problem);
    const QString excludedSub = retiredId(excluded);

    auto c = newBatchController();
    EXPECT_FALSE(c->start()) << "started without a plan";
    EXPECT_FALSE(c->plan({}));
    QSignalSpy reset(c.get(), &BatchController::planReset);
    ASSERT_TRUE(c->plan({clean, problem, excluded}));
    EXPECT_EQ(c->stage(), Stage::Planning);
    EXPECT_FALSE(c->plan({clean})) << "planned twice at once";
    ASSERT_TRUE(waitStage(*c, Stage::Planned)) << c->errorText().toStdString();
    EXPECT_EQ(reset.count(), 1);
    ASSERT_EQ(c->batchPlan().rows.size(), 3);
    const int cleanRow = rowOf(*c, clean);
    const int problemRow = rowOf(*c, problem);
    const int excludedRow = rowOf(*c, excluded);
    ASSERT_GE(cleanRow, 0);
    EXPECT_EQ(c->batchPlan().rows.at(cleanRow).usersToMove, 2);
    EXPECT_EQ(c->batchPlan().rows.at(problemRow).problemUsers, 1);
    EXPECT_EQ(c->customersToRun(), 3);
    EXPECT_FALSE(c->needsTypedConfirmation());

    // Exclude a row: the totals follow at once.
    const int seatsBefore = c->batchPlan().seatsToBuy();
    const int usersBefore = c->batchPlan().usersToMove();
    QSignalSpy changed(c.get(), &BatchController::rowChanged);
    ASSERT_TRUE(c->setExcluded(excludedRow, true).ok());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(c->customersToRun(), 2);
    EXPECT_EQ(c->batchPlan().seatsToBuy(),
              seatsBefore - c->batchPlan().rows.at(excludedRow).effectiveSeats());
    EXPECT_EQ(c->batchPlan().usersToMove(), usersBefore - 1);

    // More seats on a row; too few for its users is refused and changes nothing.
    const int planned = c->batchPlan().rows.at(cleanRow).effectiveSeats();
    ASSERT_TRUE(c->setSeats(cleanRow, planned + 3).ok());
    EXPECT_EQ(c->batchPlan().rows.at(cleanRow).effectiveSeats(), planned + 3);
    EXPECT_EQ(c->batchPlan().seatsToBuy(),
              seatsBefore - c->batchPlan().rows.at(excludedRow).effectiveSeats() + 3);
    const Status tooFew = c->setSeats(cleanRow, 1);
    EXPECT_FALSE(tooFew.ok());
    EXPECT_EQ(c->batchPlan().rows.at(cleanRow).effectiveSeats(), planned + 3);
    // Another term and billing the replacement offers (annual billing when it has it), seats kept.
    const batch::BatchRow &row = c->batchPlan().rows.at(cleanRow);
    QString otherTerm;
    QString otherBilling;
    for (const pc::AvailabilityTerm &t : row.replacement.terms) {
        if (t.billingCycle != row.effectiveBilling() &&
            (otherTerm.isEmpty() || t.billingCycle == QLatin1String("annual"))) {
            otherTerm = t.duration;
            otherBilling = t.billingCycle;
        }
    }
    ASSERT_FALSE(otherTerm.isEmpty()) << "the sandbox's replacement offers one term only";
    {
        const Status chosen =
            c->setChoice(cleanRow, row.replacement.id, otherTerm, otherBilling, planned + 3);
        ASSERT_TRUE(chosen.ok()) << chosen.error().message.toStdString();
        EXPECT_EQ(c->batchPlan().rows.at(cleanRow).effectiveBilling(), otherBilling);
        EXPECT_EQ(c->batchPlan().rows.at(cleanRow).effectiveSeats(), planned + 3);
    }
    EXPECT_FALSE(c->setChoice(cleanRow, QStringLiteral("no-such-product"), {}, {}, planned).ok());
    EXPECT_TRUE(c->confirmationText().contains(c->totalsSummary()));
    EXPECT_TRUE(c->totalsSummary().contains(QStringLiteral("for 2 customer")))
        << c->totalsSummary().toStdString();

    ASSERT_TRUE(c->start()) << c->errorText().toStdString();
    EXPECT_FALSE(c->setExcluded(cleanRow, true).ok()) << "the plan changed while it runs";
    ASSERT_TRUE(waitStage(*c, Stage::WaitingToSuspend)) << c->statusText().toStdString();

    // The clean customer waits at "verified"; the one with a problem user stopped before suspend; the
    // excluded one was not touched.
    EXPECT_EQ(c->verifiedSubscriptions(), 1);
    EXPECT_EQ(statusOf(clean, cleanSub), sandbox::SubscriptionStatus::Active);
    EXPECT_EQ(statusOf(excluded, excludedSub), sandbox::SubscriptionStatus::Active);
    EXPECT_TRUE(store().orders(excluded).isEmpty());
    ASSERT_EQ(store().orders(clean).size(), 1);
    const sandbox::OrderRecord *order = store().orders(clean).first();
    ASSERT_EQ(order->lineItems.size(), 1);
    EXPECT_EQ(order->lineItems.first().quantity, planned + 3) << "the changed seats were not bought";
    EXPECT_EQ(order->billingCycle, otherBilling) << "the changed billing was not bought";
    const batch::BatchResult before = c->result();
    EXPECT_EQ(before.verified, 1);
    EXPECT_EQ(before.unfinished, 1);
    EXPECT_FALSE(QFile::exists(storePath()) && !batch::BatchStore(storePath()).load().value()->isResumable())
        << "the kept batch does not offer the suspend";

    ASSERT_TRUE(c->suspendVerified()) << c->errorText().toStdString();
    ASSERT_TRUE(waitStage(*c, Stage::Finished)) << c->statusText().toStdString();
    EXPECT_EQ(statusOf(clean, cleanSub), sandbox::SubscriptionStatus::Suspended);
    EXPECT_EQ(statusOf(problem, problemSub), sandbox::SubscriptionStatus::Active)
        << "suspended although a user still holds the old licence";
    EXPECT_EQ(statusOf(excluded, excludedSub), sandbox::SubscriptionStatus::Active);
    EXPECT_EQ(store().orders(clean).size(), 1) << "bought twice";
    EXPECT_FALSE(c->suspendVerified());

    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("batch.csv"));
    const QString html = out.filePath(QStringLiteral("batch.html"));
    ASSERT_TRUE(c->saveCsv(csv).ok());
    ASSERT_TRUE(c->saveHtml(html, QStringLiteral("Contoso Partner")).ok());
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csvFile.readAll());
    EXPECT_TRUE(csvText.contains(QStringLiteral("Batch Clean Ltd")));
    EXPECT_TRUE(csvText.contains(QStringLiteral("Batch Problem Ltd")));
    QFile htmlFile(html);
    ASSERT_TRUE(htmlFile.open(QIODevice::ReadOnly));
    const QString htmlText = QString::fromUtf8(htmlFile.readAll());
    EXPECT_TRUE(htmlText.contains(QStringLiteral("Contoso Partner")));
    EXPECT_TRUE(htmlText.contains(QStringLiteral("batch-test")));
}

TEST_F(BatchControllerTest, PausesResumesAndCancelsBetweenSteps)
{
    startController(64);
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(addCustomer(QStringLiteral("Batch Pause %1 Ltd").arg(i), 2));
    auto c = newBatchController();
    ASSERT_TRUE(c->plan(ids));
    ASSERT_TRUE(waitStage(*c, Stage::Planned));
    ASSERT_TRUE(c->start()) << c->errorText().toStdString();
    EXPECT_TRUE(c->isRunning());
    EXPECT_FALSE(c->resume()) << "resumed while running";
    c->pause();
    ASSERT_TRUE(waitStage(*c, Stage::Paused)) << c->statusText().toStdString();
    EXPECT_FALSE(c->isBusy());
    // Paused: nothing runs and the kept batch says paused (the next start offers it).
    for (const batch::CustomerProgress &p : c->customers())
        EXPECT_NE(p.state, batch::CustomerState::Running) << p.customerName.toStdString();
    auto kept = BatchController::pendingBatch(storePath());
    ASSERT_TRUE(kept.ok());
    ASSERT_TRUE(kept.value().has_value());
    EXPECT_EQ(kept.value()->state, batch::StoredBatch::State::Paused);
    EXPECT_EQ(kept.value()->customerIds, ids);

    ASSERT_TRUE(c->resume());
    c->cancel();
    ASSERT_TRUE(waitStage(*c, Stage::Finished)) << c->statusText().toStdString();
    const batch::BatchResult r = c->result();
    EXPECT_TRUE(r.wasCancelled);
    EXPECT_TRUE(c->statusText().startsWith(QStringLiteral("Cancelled")));
    // Cancel stops before the next write: no order is placed once the batch ended.
    int orders = 0;
    for (const QString &id : ids)
        orders += int(store().orders(id).size());
    QTest::qWait(300); // a write sent after the end would show up here (nothing to await: it must not come)
    int after = 0;
    for (const QString &id : ids)
        after += int(store().orders(id).size());
    EXPECT_EQ(after, orders);
    auto cancelled = batch::BatchStore(storePath()).load();
    ASSERT_TRUE(cancelled.ok());
    EXPECT_FALSE(cancelled.value()->isResumable());
}

TEST_F(BatchControllerTest, ResumesAKeptBatchWithItsOverrides)
{
    startController(64);
    const QString a = addCustomer(QStringLiteral("Batch Resume A Ltd"), 1);
    const QString b = addCustomer(QStringLiteral("Batch Resume B Ltd"), 1);
    {
        auto first = newBatchController();
        ASSERT_TRUE(first->plan({a, b}));
        ASSERT_TRUE(waitStage(*first, Stage::Planned));
        ASSERT_TRUE(first->setExcluded(rowOf(*first, b), true).ok());
        ASSERT_TRUE(first->start());
        first->pause();
        ASSERT_TRUE(waitStage(*first, Stage::Paused));
    } // the window closed while paused
    auto kept = BatchController::pendingBatch(storePath());
    ASSERT_TRUE(kept.ok() && kept.value().has_value());

    auto c = newBatchController();
    ASSERT_TRUE(c->resumeStored(*kept.value()));
    EXPECT_TRUE(c->isResuming());
    ASSERT_TRUE(waitStage(*c, Stage::WaitingToSuspend)) << c->statusText().toStdString();
    EXPECT_TRUE(c->batchPlan().rows.at(rowOf(*c, b)).override.excluded) << "the exclusion was lost";
    EXPECT_EQ(store().orders(a).size(), 1);
    EXPECT_TRUE(store().orders(b).isEmpty());
    EXPECT_EQ(c->verifiedSubscriptions(), 1);
}

TEST_F(BatchControllerTest, AKeptBatchWithNothingLeftToRunIsClosed)
{
    startController(64);
    const QString a = addCustomer(QStringLiteral("Batch Nothing Left Ltd"), 1);
    QString key;
    {
        auto planner = newBatchController();
        ASSERT_TRUE(planner->plan({a}));
        ASSERT_TRUE(waitStage(*planner, Stage::Planned));
        ASSERT_EQ(planner->batchPlan().rows.size(), 1);
        key = planner->batchPlan().rows.first().key();
    }
    batch::StoredBatch stored;
    stored.id = QStringLiteral("kept-batch");
    stored.createdAt = stored.confirmedAt = stored.updatedAt = clock().now();
    stored.operatorName = QStringLiteral("batch-test");
    stored.customerIds = {a};
    batch::BatchOverride excluded;
    excluded.excluded = true;
    stored.overrides.insert(key, excluded);
    stored.state = batch::StoredBatch::State::Paused;
    ASSERT_TRUE(batch::BatchStore(storePath()).save(stored).ok());
    ASSERT_TRUE(BatchController::pendingBatch(storePath()).value().has_value());

    auto c = newBatchController();
    QSignalSpy told(c.get(), &BatchController::errorOccurred);
    ASSERT_TRUE(c->resumeStored(stored));
    ASSERT_TRUE(waitStage(*c, Stage::Finished));
    EXPECT_EQ(told.count(), 1);
    EXPECT_TRUE(store().orders(a).isEmpty());
    auto after = BatchController::pendingBatch(storePath());
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after.value().has_value()) << "a batch with nothing left is offered again at every start";
}

TEST_F(BatchControllerTest, ABlockedRowSaysWhyAndIsNotRun)
{
    startController(64);
    const QString clean = addCustomer(QStringLiteral("Batch Fine Ltd"), 1);
    const QString blocked = addCustomer(QStringLiteral("Batch Nowhere Ltd"), 1, 0, QStringLiteral("AQ"));
    auto c = newBatchController();
    ASSERT_TRUE(c->plan({clean, blocked}));
    ASSERT_TRUE(waitStage(*c, Stage::Planned));
    const int row = rowOf(*c, blocked);
    ASSERT_GE(row, 0);
    const batch::BatchRow &r = c->batchPlan().rows.at(row);
    EXPECT_TRUE(r.isBlocked());
    EXPECT_FALSE(gui::BatchTexts::checks(r).isEmpty());
    EXPECT_TRUE(gui::BatchTexts::checks(r).startsWith(QStringLiteral("Blocked: ")))
        << gui::BatchTexts::checks(r).toStdString();
    EXPECT_FALSE(c->setSeats(row, 5).ok());
    EXPECT_EQ(c->customersToRun(), 1);
    EXPECT_EQ(c->batchPlan().blockedRows(), 1);
}

TEST_F(BatchControllerTest, LargeBatchesAskForTheNumberOfCustomers)
{
    startController(64);
    QStringList ids;
    for (int i = 0; i < BatchController::kTypedConfirmationAbove + 1; ++i)
        ids.append(addCustomer(QStringLiteral("Batch Many %1 Ltd").arg(i), 1));
    auto c = newBatchController();
    ASSERT_TRUE(c->plan(ids));
    ASSERT_TRUE(waitStage(*c, Stage::Planned));
    EXPECT_EQ(c->customersToRun(), 11);
    EXPECT_TRUE(c->needsTypedConfirmation());
    EXPECT_TRUE(c->isConfirmationText(QStringLiteral(" 11 ")));
    EXPECT_FALSE(c->isConfirmationText(QStringLiteral("10")));
    EXPECT_FALSE(c->isConfirmationText(QStringLiteral("yes")));
    ASSERT_TRUE(c->setExcluded(0, true).ok());
    EXPECT_FALSE(c->needsTypedConfirmation()) << "10 customers are confirmed without typing";
    EXPECT_EQ(c->totalsLines().size(), 1);
}

} // namespace
} // namespace om::test
