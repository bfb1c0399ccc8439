// The wizard's widget-free controller against the in-process sandbox: steps refused out of order, and
// the suspension refused while a user (without usage location) still holds the retired licence.
#include "domain/MigrationState.h"
#include "tests/gui/MigrationWizardFixture.h"
#include "ui/wizard/WizardUserModel.h"

#include <QFile>
#include <QSignalSpy>

namespace om::test {
namespace {

using Page = gui::MigrationWizardController::Page;

class MigrationWizardControllerTest : public MigrationWizardFixture
{
protected:
    // A wizard controller for `cid`, started and idle (its plan read).
    std::unique_ptr<gui::MigrationWizardController> planned(const QString &cid)
    {
        auto c = newWizardController(cid);
        EXPECT_TRUE(c->start());
        EXPECT_TRUE(waitIdle(*c));
        return c;
    }
};

// What the verify page reads on every refresh (MigrationWizardVerifyPage::refresh() and isComplete()).
int verifyPageRefresh(const gui::MigrationWizardController &c)
{
    int seen = c.isBusy() ? 1 : 0;
    seen += int(c.checks().size());
    seen += c.canVerify() + c.hasFailedUsers() + c.canRetryFailedUsers() + c.canSuspend();
    seen += c.stage() == Page::Summary ? 1 : 0;
    seen += int(c.suspendBlockedReason().size());
    return seen;
}

TEST_F(MigrationWizardControllerTest, RefusesStepsOutOfOrder)
{
    startController(24);
    const QString cid = cleanDemoCustomer();
    ASSERT_FALSE(cid.isEmpty());
    auto c = newWizardController(cid);
    QSignalSpy planned(c.get(), &gui::MigrationWizardController::planChanged);
    QSignalSpy busy(c.get(), &gui::MigrationWizardController::busyChanged);
    QSignalSpy errors(c.get(), &gui::MigrationWizardController::errorChanged);

    EXPECT_FALSE(c->canPurchase());
    EXPECT_FALSE(c->purchase()) << "no plan yet";
    EXPECT_FALSE(c->errorText().isEmpty());
    EXPECT_EQ(errors.count(), 1);

    ASSERT_TRUE(c->start());
    EXPECT_TRUE(c->isBusy());
    EXPECT_FALSE(c->purchase()) << "busy planning";
    ASSERT_TRUE(planned.wait(60000));
    ASSERT_TRUE(waitIdle(*c));
    EXPECT_GE(busy.count(), 2);
    EXPECT_EQ(c->stage(), Page::Review);
    const int before = store().subscriptionCount();

    EXPECT_FALSE(c->reassign());
    EXPECT_FALSE(c->retryFailedUsers());
    EXPECT_FALSE(c->verify());
    EXPECT_FALSE(c->canSuspend());
    EXPECT_FALSE(c->suspend());
    EXPECT_FALSE(c->suspendBlockedReason().isEmpty());
    EXPECT_FALSE(c->isBusy());
    EXPECT_EQ(store().subscriptionCount(), before) << "a refused step changed the sandbox";

    ASSERT_TRUE(c->canPurchase()) << c->purchaseBlockedReason().toStdString();
    ASSERT_TRUE(c->purchase());
    ASSERT_TRUE(waitIdle(*c));
    EXPECT_TRUE(c->errorText().isEmpty()) << c->errorText().toStdString();
    EXPECT_EQ(c->stage(), Page::Reassign);
    EXPECT_EQ(store().subscriptionCount(), before + 1);
    EXPECT_FALSE(c->canPurchase());
    EXPECT_FALSE(c->purchase()) << "a second order";
    EXPECT_FALSE(c->setChoice(c->plan().subscriptions.first().oldSubscription.id,
                              {c->plan().subscriptions.first().target.id, {}, {}, 99}))
        << "changed after buying";
    EXPECT_FALSE(c->suspend());
    EXPECT_EQ(store().subscriptionCount(), before + 1);
}

TEST_F(MigrationWizardControllerTest, SuspendStaysDisabledWhileAUserHoldsTheOldLicence)
{
    startController(24);
    const QString cid = cleanDemoCustomer();
    ASSERT_FALSE(cid.isEmpty());
    const QString oldSku = oldSkuOf(cid);
    const QString oldSubscriptionId = retiredActive(cid).first()->id;
    // A user Partner Center cannot license: no usage location.
    sandbox::UserRecord nowhere;
    nowhere.customerId = cid;
    nowhere.userPrincipalName = QStringLiteral("nowhere@%1").arg(store().customer(cid)->domain);
    nowhere.displayName = QStringLiteral("Nowhere User");
    const QString nowhereId = store().addUser(nowhere);
    store().grantLicence(cid, nowhereId, {oldSku, {}});

    auto c = newWizardController(cid);
    QSignalSpy states(c.get(), &gui::MigrationWizardController::stateChanged);
    ASSERT_TRUE(c->start());
    ASSERT_TRUE(waitIdle(*c));
    ASSERT_TRUE(c->hasPlan()) << c->errorText().toStdString();
    ASSERT_TRUE(c->purchase()) << c->errorText().toStdString();
    ASSERT_TRUE(waitIdle(*c));
    ASSERT_TRUE(c->reassign()) << c->errorText().toStdString();
    ASSERT_TRUE(waitIdle(*c));
    EXPECT_TRUE(c->reassignRan());
    EXPECT_TRUE(c->hasFailedUsers());
    EXPECT_TRUE(c->canRetryFailedUsers());
    EXPECT_FALSE(c->canSuspend());
    EXPECT_TRUE(c->suspendBlockedReason().contains(nowhere.userPrincipalName))
        << c->suspendBlockedReason().toStdString();

    if (c->canVerify()) {
        ASSERT_TRUE(c->verify());
        ASSERT_TRUE(waitIdle(*c));
    }
    EXPECT_FALSE(c->canSuspend());
    EXPECT_FALSE(c->suspend());
    EXPECT_TRUE(c->errorText().contains(nowhere.userPrincipalName)) << c->errorText().toStdString();
    bool checkFails = false;
    for (const auto &check : c->checks())
        checkFails = checkFails || !check.passed;
    EXPECT_TRUE(checkFails);
    EXPECT_GE(states.count(), 3);
    EXPECT_TRUE(store().userHasSku(cid, nowhereId, oldSku));
    const sandbox::SubscriptionRecord *old = store().subscription(cid, oldSubscriptionId);
    ASSERT_NE(old, nullptr);
    EXPECT_EQ(store().effectiveStatus(*old), sandbox::SubscriptionStatus::Active);
}

TEST_F(MigrationWizardControllerTest, ExportsOnlyThisCustomersReport)
{
    startController(24);
    const QString cid = cleanDemoCustomer();
    ASSERT_FALSE(cid.isEmpty());
    auto c = newWizardController(cid);
    const QString path = tempDir().filePath(QStringLiteral("customer.csv"));
    EXPECT_FALSE(c->exportReport(path, controller().snapshot()).ok()) << "no scan yet";
    scanAndWait();
    const Status written = c->exportReport(path, controller().snapshot());
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2); // header + this customer's retired subscription(s)
    for (const QString &line : lines.mid(1))
        EXPECT_TRUE(line.contains(cid, Qt::CaseInsensitive)) << line.toStdString();
}

TEST_F(MigrationWizardControllerTest, CancelsTheBoughtReplacementAndPlansAgain)
{
    startController(24);
    const QString cid = cleanDemoCustomer();
    ASSERT_FALSE(cid.isEmpty());
    auto c = newWizardController(cid);
    QSignalSpy planned(c.get(), &gui::MigrationWizardController::planChanged);
    ASSERT_TRUE(c->start());
    ASSERT_TRUE(planned.wait(60000));
    ASSERT_TRUE(waitIdle(*c));
    EXPECT_FALSE(c->canCancelPurchase()) << "nothing bought yet";
    ASSERT_TRUE(c->purchase());
    ASSERT_TRUE(waitIdle(*c));
    ASSERT_EQ(c->stage(), Page::Reassign) << c->errorText().toStdString();
    const QString oldId = c->plan().subscriptions.first().oldSubscription.id;
    const auto rec = journal().findMigration(cid, oldId);
    ASSERT_TRUE(rec.ok() && rec.value());
    const QString newId = rec.value()->newSubscriptionId;

    ASSERT_TRUE(c->canCancelPurchase());
    QSignalSpy inspected(c.get(), &gui::MigrationWizardController::purchasesInspected);
    ASSERT_TRUE(c->inspectPurchases());
    ASSERT_TRUE(inspected.count() == 1 || inspected.wait(30000));
    ASSERT_EQ(c->purchases().size(), 1);
    const engine::CancellablePurchase p = c->purchases().first();
    EXPECT_EQ(p.newSubscriptionId, newId);
    ASSERT_TRUE(p.refusal.isEmpty()) << p.refusal.toStdString();

    QSignalSpy cancelled(c.get(), &gui::MigrationWizardController::purchaseCancelled);
    ASSERT_TRUE(c->cancelPurchase(p.migrationId));
    ASSERT_TRUE(cancelled.count() == 1 || cancelled.wait(30000));
    EXPECT_TRUE(cancelled.first().first().toBool()) << c->errorText().toStdString();
    ASSERT_TRUE(planned.wait(60000)); // planned again after the cancel
    ASSERT_TRUE(waitIdle(*c));
    EXPECT_EQ(store().effectiveStatus(*store().subscription(cid, newId)),
              sandbox::SubscriptionStatus::Deleted);
    EXPECT_EQ(c->stage(), Page::Review) << "the subscription can be migrated again";
    EXPECT_TRUE(c->canPurchase()) << c->purchaseBlockedReason().toStdString();
}

// Issue 18.2: the getters read a snapshot of the journal, refreshed only after the journal signals a change
// of this customer. Before, one verify page refresh cost about 19 queries, every time.
TEST_F(MigrationWizardControllerTest, AVerifyPageRefreshAsksTheJournalOnlyAfterItChanged)
{
    startController(24);
    const QString cid = cleanDemoCustomer();
    ASSERT_FALSE(cid.isEmpty());
    auto c = planned(cid);
    ASSERT_TRUE(c->purchase()) << c->errorText().toStdString();
    ASSERT_TRUE(waitIdle(*c));
    ASSERT_TRUE(c->reassign()) << c->errorText().toStdString();
    ASSERT_TRUE(waitIdle(*c));
    ASSERT_TRUE(c->canVerify()) << c->errorText().toStdString();
    verifyPageRefresh(*c); // reads the snapshot if the last step left it stale

    const qint64 settled = journal().statementCount();
    for (int i = 0; i < 5; ++i)
        verifyPageRefresh(*c);
    EXPECT_EQ(journal().statementCount(), settled) << "a refresh with nothing changed asked the journal";

    // Another customer's change costs this wizard nothing.
    journal::MigrationPlan foreign;
    foreign.customerId = QStringLiteral("someone-else");
    foreign.oldSubscriptionId = QStringLiteral("sub-of-someone-else");
    ASSERT_TRUE(journal().createMigration(foreign).ok());
    qint64 before = journal().statementCount();
    verifyPageRefresh(*c);
    EXPECT_EQ(journal().statementCount(), before);

    // A change of this customer: the next refresh reads the snapshot again, in two queries, then none.
    const auto rec = journal().findMigration(cid, c->plan().subscriptions.first().oldSubscription.id);
    ASSERT_TRUE(rec.ok() && rec.value().has_value());
    ASSERT_TRUE(journal().appendEvent(rec.value()->id, QStringLiteral("note"), QStringLiteral("x")).ok());
    before = journal().statementCount();
    verifyPageRefresh(*c);
    EXPECT_EQ(journal().statementCount(), before + 2);
    verifyPageRefresh(*c);
    EXPECT_EQ(journal().statementCount(), before + 2);
}

TEST_F(MigrationWizardControllerTest, TheSnapshotFollowsTheEngineAndOtherWritesThroughTheJournal)
{
    startController(24);
    const QString cid = cleanDemoCustomer();
    ASSERT_FALSE(cid.isEmpty());
    auto c = planned(cid);
    ASSERT_EQ(c->stage(), Page::Review); // read while nothing was journalled
    ASSERT_TRUE(c->purchase()) << c->errorText().toStdString();
    ASSERT_TRUE(waitIdle(*c));
    EXPECT_EQ(c->stage(), Page::Reassign) << "the engine's purchase";
    EXPECT_TRUE(c->checks().first().passed) << "the replacement bought";

    ASSERT_TRUE(c->reassign()) << c->errorText().toStdString();
    ASSERT_TRUE(waitIdle(*c));
    const QString oldId = c->plan().subscriptions.first().oldSubscription.id;
    const auto rec = journal().findMigration(cid, oldId);
    ASSERT_TRUE(rec.ok() && rec.value().has_value());
    const auto moves = journal().userMoves(rec.value()->id);
    ASSERT_TRUE(moves.ok());
    ASSERT_FALSE(moves->isEmpty());
    for (const journal::UserMove &m : moves.value()) {
        const int row = c->users()->rowOf(m.userId);
        ASSERT_GE(row, 0) << m.userId.toStdString();
        EXPECT_EQ(m.state, journal::UserMoveState::Moved);
        EXPECT_EQ(c->users()->user(row).result, gui::WizardUser::Result::Moved) << m.upn.toStdString();
    }
    EXPECT_EQ(c->usersMoved(), moves->size());

    // A write through the same journal that is not the wizard's own (as `offer-migrator` in this process
    // would make): the getters see it without being told.
    const QString failed = domain::migrationStateDisplayName(domain::MigrationState::Failed);
    EXPECT_FALSE(c->summaryText().contains(failed)) << c->summaryText().toStdString();
    journal::MigrationUpdate stop;
    stop.lastError = QStringLiteral("stopped by hand");
    ASSERT_TRUE(journal().transition(rec.value()->id, journal::JournalState::Failed, stop).ok());
    EXPECT_TRUE(c->summaryText().contains(failed)) << c->summaryText().toStdString();
}

// The main window's tables follow what is written through the journal it was given (its change signal).
TEST_F(MigrationWizardControllerTest, TheMainWindowsProgressFollowsTheJournalsChanges)
{
    startController(24);
    const QString cid = cleanDemoCustomer();
    ASSERT_FALSE(cid.isEmpty());
    const QString oldId = retiredActive(cid).first()->id;
    controller().setJournal(&journal());
    QSignalSpy changed(&controller(), &gui::AppController::progressChanged);
    journal::MigrationPlan plan;
    plan.customerId = cid;
    plan.oldSubscriptionId = oldId;
    const auto created = journal().createMigration(plan);
    ASSERT_TRUE(created.ok());
    ASSERT_TRUE(journal().transition(created->id, journal::JournalState::Purchasing).ok());
    ASSERT_TRUE(changed.wait(5000)) << "no refresh after a journal write";
    EXPECT_EQ(controller().progress().value(oldId).state, domain::MigrationState::Purchasing);
    controller().setJournal(nullptr);
}

} // namespace
} // namespace om::test
