// The migration wizard driven with the mouse against the in-process sandbox: a full migration of a
// demo customer, and a wizard closed after the purchase and reopened (it resumes, buys nothing twice).
#include "ui/wizard/MigrationWizard.h"

#include "tests/gui/MigrationWizardFixture.h"
#include "ui/wizard/MigrationWizardPurchasePage.h"
#include "ui/wizard/MigrationWizardReplacementPage.h"
#include "ui/wizard/MigrationWizardReviewPage.h"
#include "ui/wizard/MigrationWizardVerifyPage.h"
#include "ui/wizard/WizardUserModel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTableWidget>

namespace om::test {
namespace {

using gui::MigrationWizard;

class MigrationWizardTest : public MigrationWizardFixture
{
protected:
    static void clickNext(MigrationWizard &wizard)
    {
        QAbstractButton *next =
            wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
        ASSERT_TRUE(next->isVisible() && next->isEnabled())
            << "page " << wizard.currentId() << " visible " << next->isVisible() << " enabled "
            << next->isEnabled() << " next " << wizard.nextId() << " complete "
            << wizard.currentPage()->isComplete();
        QTest::mouseClick(next, Qt::LeftButton);
    }

    static void placeOrder(MigrationWizard &wizard)
    {
        ASSERT_EQ(wizard.currentId(), MigrationWizard::PurchasePage);
        auto *page = qobject_cast<gui::MigrationWizardPurchasePage *>(wizard.currentPage());
        ASSERT_NE(page, nullptr);
        EXPECT_FALSE(page->orderButton()->isEnabled()) << "ordering must need the confirmation";
        EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
        QStyleOptionButton box;
        box.initFrom(page->confirmBox());
        const QRect indicator = page->confirmBox()->style()->subElementRect(QStyle::SE_CheckBoxIndicator,
                                                                            &box, page->confirmBox());
        QTest::mouseClick(page->confirmBox(), Qt::LeftButton, {}, indicator.center());
        ASSERT_TRUE(page->confirmBox()->isChecked());
        ASSERT_TRUE(page->orderButton()->isEnabled());
        QTest::mouseClick(page->orderButton(), Qt::LeftButton);
        EXPECT_TRUE(wizard.controller()->isBusy());
        ASSERT_TRUE(waitPageComplete(wizard)) << wizard.controller()->errorText().toStdString();
    }

    // From the reassign page to the end: licences, checks, confirmed suspension, summary.
    void finishFromReassign(MigrationWizard &wizard, int *confirmations)
    {
        ASSERT_EQ(wizard.currentId(), MigrationWizard::ReassignPage);
        EXPECT_FALSE(wizard.button(QWizard::BackButton)->isVisible() &&
                     wizard.button(QWizard::BackButton)->isEnabled())
            << "Back must not lead before the purchase";
        ASSERT_TRUE(waitPageComplete(wizard)) << wizard.controller()->errorText().toStdString();
        EXPECT_FALSE(wizard.controller()->hasFailedUsers());
        clickNext(wizard);
        ASSERT_EQ(wizard.currentId(), MigrationWizard::VerifyPage);
        auto *verify = qobject_cast<gui::MigrationWizardVerifyPage *>(wizard.currentPage());
        ASSERT_NE(verify, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([verify]() { return verify->suspendButton()->isEnabled(); }, 60000))
            << verify->reasonLabel()->text().toStdString();
        EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()) << "Next before the suspension";
        // The first question is answered "No": nothing happens.
        QTest::mouseClick(verify->suspendButton(), Qt::LeftButton);
        EXPECT_EQ(*confirmations, 1);
        EXPECT_FALSE(wizard.controller()->isBusy());
        EXPECT_EQ(wizard.controller()->stage(), gui::MigrationWizardController::Page::Verify);
        QTest::mouseClick(verify->suspendButton(), Qt::LeftButton);
        EXPECT_EQ(*confirmations, 2);
        ASSERT_TRUE(waitPageComplete(wizard)) << wizard.controller()->errorText().toStdString();
        clickNext(wizard);
        ASSERT_EQ(wizard.currentId(), MigrationWizard::SummaryPage);
        EXPECT_TRUE(wizard.controller()->deprovisionDate().isValid());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        EXPECT_FALSE(wizard.isVisible());
    }

    // The sandbox after a finished migration of `customerId`.
    void expectMigrated(const QString &customerId, const engine::SubscriptionPlan &plan, int targetsBefore,
                        const QStringList &users)
    {
        EXPECT_EQ(store().countSubscriptions(customerId, plan.target.id), targetsBefore + 1);
        for (const QString &u : users) {
            EXPECT_TRUE(store().userHasSku(customerId, u, plan.targetSku)) << u.toStdString();
            EXPECT_FALSE(store().userHasSku(customerId, u, plan.oldSku)) << u.toStdString();
        }
        const sandbox::SubscriptionRecord *old = store().subscription(customerId, plan.oldSubscription.id);
        ASSERT_NE(old, nullptr);
        EXPECT_EQ(store().effectiveStatus(*old), sandbox::SubscriptionStatus::Suspended);
    }

    std::unique_ptr<MigrationWizard> newWizard(gui::MigrationWizardController &c, int *confirmations)
    {
        auto wizard = std::make_unique<MigrationWizard>(&c, &controller().snapshot());
        wizard->setConfirm([confirmations](QWidget *, const QString &, const QString &) {
            return ++*confirmations > 1; // "No" first, then "Yes"
        });
        wizard->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
        return wizard;
    }
};

TEST_F(MigrationWizardTest, MigratesADemoCustomerWithTheMouse)
{
    startController(64);
    const QString cid = cleanDemoCustomer();
    ASSERT_FALSE(cid.isEmpty()) << "the demo tenant has no clean customer";
    const QStringList users = holders(cid, oldSkuOf(cid));

    auto c = newWizardController(cid);
    int confirmations = 0;
    auto wizard = newWizard(*c, &confirmations);
    EXPECT_EQ(wizard->currentId(), MigrationWizard::ReviewPage);
    ASSERT_TRUE(waitPageComplete(*wizard)) << c->errorText().toStdString();
    ASSERT_EQ(c->plan().subscriptions.size(), 1);
    const engine::SubscriptionPlan plan = c->plan().subscriptions.first();
    const int before = store().countSubscriptions(cid, plan.target.id);
    EXPECT_EQ(c->users()->rowCount(), users.size());

    clickNext(*wizard);
    ASSERT_EQ(wizard->currentId(), MigrationWizard::ReplacementPage);
    ASSERT_TRUE(waitPageComplete(*wizard)) << c->purchaseBlockedReason().toStdString();
    clickNext(*wizard);
    placeOrder(*wizard);
    EXPECT_EQ(store().countSubscriptions(cid, plan.target.id), before + 1);
    clickNext(*wizard);
    finishFromReassign(*wizard, &confirmations);
    expectMigrated(cid, plan, before, users);
}

// Issue 17: every page says its step; the replacement is changed with the keyboard alone and planned again
// without an "Update plan" click; Next waits for that plan.
TEST_F(MigrationWizardTest, StepIndicatorAndChangesAppliedAsTheyAreMade)
{
    startController(64);
    const QString cid = cleanDemoCustomer(3);
    ASSERT_FALSE(cid.isEmpty()) << "the demo tenant has too few clean customers";
    auto c = newWizardController(cid);
    c->setReplanDelay(50);
    int confirmations = 0;
    auto wizard = newWizard(*c, &confirmations);
    ASSERT_TRUE(waitPageComplete(*wizard)) << c->errorText().toStdString();
    EXPECT_EQ(wizard->stepText(), QStringLiteral("Step 1 of 6"));
    EXPECT_TRUE(wizard->currentPage()->title().startsWith(QStringLiteral("Step 1 of 6: ")))
        << wizard->currentPage()->title().toStdString();
    // A user left out with the keyboard (Space on the Move tick), and taken back the same way.
    auto *review = qobject_cast<gui::MigrationWizardReviewPage *>(wizard->currentPage());
    ASSERT_NE(review, nullptr);
    QTableView *users = review->usersView();
    ASSERT_GT(users->model()->rowCount(), 0);
    const QString userId = users->model()->index(0, 0).data(gui::WizardUserModel::UserIdRole).toString();
    const QString subId =
        users->model()->index(0, 0).data(gui::WizardUserModel::SubscriptionIdRole).toString();
    users->setFocus();
    users->setCurrentIndex(users->model()->index(0, gui::WizardUserModel::MoveColumn));
    QTest::keyClick(users, Qt::Key_Space);
    EXPECT_TRUE(c->isExcluded(subId, userId)) << "Space did not untick the user";
    EXPECT_FALSE(review->isComplete()) << "Next before the exclusion was planned";
    QTest::keyClick(users, Qt::Key_Space);
    EXPECT_FALSE(c->isExcluded(subId, userId));
    ASSERT_TRUE(waitPageComplete(*wizard)) << c->errorText().toStdString();
    clickNext(*wizard);
    ASSERT_EQ(wizard->currentId(), MigrationWizard::ReplacementPage);
    EXPECT_TRUE(wizard->currentPage()->title().startsWith(QStringLiteral("Step 2 of 6: ")));
    ASSERT_TRUE(waitPageComplete(*wizard)) << c->purchaseBlockedReason().toStdString();
    auto *page = qobject_cast<gui::MigrationWizardReplacementPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    for (QPushButton *b : page->findChildren<QPushButton *>())
        EXPECT_NE(b->text(), QStringLiteral("Update plan")) << "an extra click to apply a change";
    // Every control without a visible label has an accessible name.
    EXPECT_FALSE(page->subscriptionTable()->accessibleName().isEmpty());
    EXPECT_FALSE(page->quantityBox()->accessibleName().isEmpty());

    const QString sub = c->plan().subscriptions.first().oldSubscription.id;
    const int before = c->plan().subscriptions.first().quantity;
    page->quantityBox()->setFocus();
    QTest::keyClick(page->quantityBox(), Qt::Key_Up);
    EXPECT_EQ(c->choice(sub).quantity, before + 1);
    EXPECT_TRUE(c->planPending() || c->isBusy());
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled()) << "Next before the change was planned";
    ASSERT_TRUE(waitPageComplete(*wizard)) << c->purchaseBlockedReason().toStdString();
    EXPECT_EQ(c->plan().subscriptions.first().quantity, before + 1);
    EXPECT_EQ(page->quantityBox()->value(), before + 1);
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
    clickNext(*wizard);
    EXPECT_TRUE(wizard->currentPage()->title().startsWith(QStringLiteral("Step 3 of 6: ")));
}

TEST_F(MigrationWizardTest, ReopenedAfterThePurchaseResumesAtReassign)
{
    startController(64);
    const QString cid = cleanDemoCustomer(1);
    ASSERT_FALSE(cid.isEmpty()) << "the demo tenant has too few clean customers";
    const QStringList users = holders(cid, oldSkuOf(cid));
    engine::SubscriptionPlan plan;
    int before = 0;
    {
        auto c = newWizardController(cid);
        int confirmations = 0;
        auto wizard = newWizard(*c, &confirmations);
        ASSERT_TRUE(waitPageComplete(*wizard)) << c->errorText().toStdString();
        plan = c->plan().subscriptions.first();
        before = store().countSubscriptions(cid, plan.target.id);
        clickNext(*wizard);
        ASSERT_TRUE(waitPageComplete(*wizard));
        clickNext(*wizard);
        placeOrder(*wizard);
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton); // closed mid-way
        EXPECT_FALSE(wizard->isVisible());
        EXPECT_EQ(confirmations, 0);
    }
    auto c = newWizardController(cid);
    int confirmations = 0;
    auto wizard = newWizard(*c, &confirmations);
    ASSERT_TRUE(
        QTest::qWaitFor([&wizard]() { return wizard->currentId() == MigrationWizard::ReassignPage; }, 60000))
        << "stayed on page " << wizard->currentId();
    EXPECT_EQ(c->resumePage(), gui::MigrationWizardController::Page::Reassign);
    finishFromReassign(*wizard, &confirmations);
    expectMigrated(cid, plan, before, users);
    EXPECT_EQ(store().countSubscriptions(cid, plan.target.id), before + 1) << "bought twice";
}

// Item 8 of issue 15: an upgrade suspends the old subscription on Partner Center's side, so ordering it asks
// the suspend's question; "No" orders nothing, "Yes" upgrades.
TEST_F(MigrationWizardTest, OrderingAnUpgradeAsksLikeASuspend)
{
    startController(64);
    // A customer of our own with a retired offer that has an upgrade path, one user holding it.
    sandbox::CustomerRecord cr;
    cr.companyName = QStringLiteral("Upgrade Wizard Ltd");
    cr.domain = QStringLiteral("upgradewizard.onmicrosoft.com");
    cr.country = QStringLiteral("IT");
    const QString cid = store().addCustomer(cr);
    sandbox::SubscriptionRecord sub;
    sub.customerId = cid;
    sub.offerId = sandbox::sandboxOfferId(
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)"));
    sub.quantity = 2;
    sub.commitmentEndDate = QDateTime::currentDateTimeUtc().addDays(30);
    const QString oldId = store().addSubscription(sub);
    sandbox::UserRecord user;
    user.customerId = cid;
    user.userPrincipalName = QStringLiteral("uma@upgradewizard.onmicrosoft.com");
    user.displayName = QStringLiteral("Uma");
    user.usageLocation = QStringLiteral("IT");
    store().grantLicence(cid, store().addUser(user), {store().catalogue().offer(sub.offerId)->skuId, {}});

    auto c = newWizardController(cid);
    int confirmations = 0;
    QString asked;
    auto wizard = std::make_unique<MigrationWizard>(c.get(), &controller().snapshot());
    wizard->setConfirm([&](QWidget *, const QString &title, const QString &text) {
        asked = title + QLatin1Char('\n') + text;
        return ++confirmations > 1; // "No" first, then "Yes"
    });
    wizard->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
    ASSERT_TRUE(waitPageComplete(*wizard)) << c->errorText().toStdString();
    ASSERT_EQ(c->plan().subscriptions.size(), 1);
    ASSERT_TRUE(c->plan().subscriptions.first().useUpgrade);
    clickNext(*wizard);
    ASSERT_TRUE(waitPageComplete(*wizard)) << c->purchaseBlockedReason().toStdString();
    clickNext(*wizard);
    ASSERT_EQ(wizard->currentId(), MigrationWizard::PurchasePage);
    auto *page = qobject_cast<gui::MigrationWizardPurchasePage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(
        page->findChild<QLabel *>()->text().contains(QStringLiteral("suspends the old subscription")));
    page->confirmBox()->setChecked(true);
    ASSERT_TRUE(page->orderButton()->isEnabled());
    QTest::mouseClick(page->orderButton(), Qt::LeftButton);
    EXPECT_EQ(confirmations, 1);
    EXPECT_TRUE(asked.startsWith(QStringLiteral("Suspend subscription"))) << asked.toStdString();
    EXPECT_FALSE(c->isBusy()) << "ordered although the suspension was declined";
    EXPECT_EQ(store().effectiveStatus(*store().subscription(cid, oldId)),
              sandbox::SubscriptionStatus::Active);
    QTest::mouseClick(page->orderButton(), Qt::LeftButton);
    EXPECT_EQ(confirmations, 2);
    ASSERT_TRUE(waitPageComplete(*wizard)) << c->errorText().toStdString();
    EXPECT_EQ(store().effectiveStatus(*store().subscription(cid, oldId)),
              sandbox::SubscriptionStatus::Suspended);
    EXPECT_TRUE(store().orders(cid).isEmpty()) << "bought through a cart instead of upgrading";
}

TEST_F(MigrationWizardTest, OpensFromTheAppAndRefreshesItsProgressWhenClosed)
{
    startController(64);
    const QString cid = cleanDemoCustomer(2);
    ASSERT_FALSE(cid.isEmpty()) << "the demo tenant has too few clean customers";
    const QString oldId = retiredActive(cid).first()->id;
    const int holderCount = int(holders(cid, oldSkuOf(cid)).size());
    { // bought in an earlier session
        auto c = newWizardController(cid);
        ASSERT_TRUE(c->start());
        ASSERT_TRUE(waitIdle(*c));
        ASSERT_TRUE(c->purchase()) << c->errorText().toStdString();
        ASSERT_TRUE(waitIdle(*c));
    }
    EXPECT_FALSE(controller().progress().contains(oldId));

    QWidget window;
    window.resize(400, 300);
    window.show();
    QPointer<MigrationWizard> wizard = MigrationWizard::open(&controller(), &journal(), cid, &window);
    ASSERT_FALSE(wizard.isNull());
    EXPECT_TRUE(wizard->isVisible());
    ASSERT_TRUE(
        QTest::qWaitFor([&wizard]() { return wizard->currentId() == MigrationWizard::ReassignPage; }, 60000));
    ASSERT_TRUE(waitPageComplete(*wizard)) << wizard->controller()->errorText().toStdString();
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&wizard]() { return wizard.isNull(); }, 10000)) << "not deleted on close";
    ASSERT_TRUE(controller().progress().contains(oldId));
    EXPECT_EQ(controller().progress().value(oldId).usersMoved, holderCount);
}

} // namespace
} // namespace om::test
