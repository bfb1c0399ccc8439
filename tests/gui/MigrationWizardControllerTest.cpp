// The wizard's widget-free controller against the in-process sandbox: steps refused out of order, and
// the suspension refused while a user (without usage location) still holds the retired licence.
#include "tests/gui/MigrationWizardFixture.h"
#include "ui/wizard/WizardUserModel.h"

#include <QFile>
#include <QSignalSpy>

namespace om::test {
namespace {

using Page = gui::MigrationWizardController::Page;

class MigrationWizardControllerTest : public MigrationWizardFixture
{
};

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

} // namespace
} // namespace om::test
