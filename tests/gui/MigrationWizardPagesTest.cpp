// Issue 17, the wizard's pages against the in-process sandbox: a user without a usage location fixed from the
// licence page (country chosen, confirmed, then moved), and a subscription nobody holds suspended without a
// replacement from the replacement page (confirmed; the purchase page is skipped).
#include "tests/gui/MigrationWizardFixture.h"
#include "ui/wizard/MigrationWizardReassignPage.h"
#include "ui/wizard/MigrationWizardReplacementPage.h"
#include "ui/wizard/MigrationWizardVerifyPage.h"
#include "ui/wizard/WizardUserModel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace om::test {
namespace {

using gui::MigrationWizard;

class MigrationWizardPagesTest : public MigrationWizardFixture
{
protected:
    std::unique_ptr<MigrationWizard> open(gui::MigrationWizardController &c, QStringList *asked, bool answer)
    {
        auto wizard = std::make_unique<MigrationWizard>(&c, &controller().snapshot());
        wizard->setConfirm([asked, answer](QWidget *, const QString &title, const QString &text) {
            asked->append(title + QLatin1Char('\n') + text);
            return answer;
        });
        wizard->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
        return wizard;
    }
};

TEST_F(MigrationWizardPagesTest, AUserWithoutUsageLocationIsFixedFromTheLicencePage)
{
    startController(24);
    const QStringList offers = plainRetiredOffers();
    ASSERT_FALSE(offers.isEmpty());
    const QString cid = addCustomer(QStringLiteral("Pagina Fix Srl"));
    addRetired(cid, offers.first(), 2);
    addHolder(cid, offers.first(), QStringLiteral("anna"));
    const QString nowhere = addHolder(cid, offers.first(), QStringLiteral("nowhere"), QString());
    { // bought in an earlier session: the wizard opens at the licence step
        auto c = newWizardController(cid);
        ASSERT_TRUE(c->start());
        ASSERT_TRUE(waitIdle(*c));
        ASSERT_TRUE(c->purchase()) << c->purchaseBlockedReason().toStdString();
        ASSERT_TRUE(waitIdle(*c));
    }
    auto c = newWizardController(cid);
    QStringList asked;
    auto wizard = open(*c, &asked, true);
    QStringList chosen;
    wizard->setChooseLocation([&chosen](QWidget *, const QString &user, const QString &suggested) {
        chosen.append(user + QLatin1Char(' ') + suggested);
        return QStringLiteral("IT");
    });
    ASSERT_TRUE(
        QTest::qWaitFor([&]() { return wizard->currentId() == MigrationWizard::ReassignPage; }, 60000));
    ASSERT_TRUE(waitPageComplete(*wizard)) << c->errorText().toStdString();
    auto *page = qobject_cast<gui::MigrationWizardReassignPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    const int row = c->users()->rowOf(nowhere);
    ASSERT_GE(row, 0);
    ASSERT_EQ(c->users()->user(row).result, gui::WizardUser::Result::Failed);
    // The reason has its own column, not only a tool tip.
    EXPECT_FALSE(page->table()->isColumnHidden(gui::WizardUserModel::NextStepColumn));
    const QString next =
        c->users()->index(row, gui::WizardUserModel::NextStepColumn).data(Qt::DisplayRole).toString();
    EXPECT_TRUE(next.contains(QStringLiteral("usage location"))) << next.toStdString();

    EXPECT_FALSE(page->fixButton()->isEnabled()) << "enabled with no user selected";
    page->table()->selectRow(row);
    ASSERT_TRUE(page->fixButton()->isVisible());
    ASSERT_TRUE(page->fixButton()->isEnabled());
    QTest::mouseClick(page->fixButton(), Qt::LeftButton);
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_TRUE(chosen.first().endsWith(QStringLiteral(" IT"))) << "the customer's market is not suggested";
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.first().contains(store().user(cid, nowhere)->userPrincipalName));
    const QString newSku = c->plan().subscriptions.first().targetSku;
    ASSERT_TRUE(
        QTest::qWaitFor([&]() { return !c->isBusy() && store().userHasSku(cid, nowhere, newSku); }, 60000))
        << c->errorText().toStdString();
    ASSERT_TRUE(waitPageComplete(*wizard));
    EXPECT_EQ(store().user(cid, nowhere)->usageLocation, QStringLiteral("IT"));
    EXPECT_FALSE(c->hasFailedUsers());
    EXPECT_TRUE(page->statusLabel()->text().contains(QStringLiteral("moved to the new licence")))
        << page->statusLabel()->text().toStdString();
}

TEST_F(MigrationWizardPagesTest, DecliningTheFixChangesNothing)
{
    startController(24);
    const QStringList offers = plainRetiredOffers();
    ASSERT_FALSE(offers.isEmpty());
    const QString cid = addCustomer(QStringLiteral("Pagina No Srl"));
    addRetired(cid, offers.first(), 1);
    const QString nowhere = addHolder(cid, offers.first(), QStringLiteral("nowhere"), QString());
    { // bought in an earlier session
        auto earlier = newWizardController(cid);
        ASSERT_TRUE(earlier->start());
        ASSERT_TRUE(waitIdle(*earlier));
        ASSERT_TRUE(earlier->purchase());
        ASSERT_TRUE(waitIdle(*earlier));
    }
    auto c = newWizardController(cid);
    QStringList asked;
    auto wizard = open(*c, &asked, false); // "No"
    wizard->setChooseLocation(
        [](QWidget *, const QString &, const QString &) { return QStringLiteral("FR"); });
    ASSERT_TRUE(
        QTest::qWaitFor([&]() { return wizard->currentId() == MigrationWizard::ReassignPage; }, 60000));
    ASSERT_TRUE(waitPageComplete(*wizard));
    auto *page = qobject_cast<gui::MigrationWizardReassignPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    page->table()->selectRow(c->users()->rowOf(nowhere));
    ASSERT_TRUE(page->fixButton()->isEnabled());
    QTest::mouseClick(page->fixButton(), Qt::LeftButton);
    EXPECT_EQ(asked.size(), 1);
    EXPECT_FALSE(c->isBusy()) << "sent although the operator said no";
    EXPECT_TRUE(store().user(cid, nowhere)->usageLocation.isEmpty());
    const auto rec = journal().findMigration(cid, c->plan().subscriptions.first().oldSubscription.id);
    ASSERT_TRUE(rec.ok() && rec.value());
    const auto written =
        journal().writes(rec.value()->id); // kept: a range-for over .value() of a temporary dangles
    ASSERT_TRUE(written.ok());
    for (const journal::WriteRequest &w : written.value())
        EXPECT_NE(w.kind, journal::WriteKind::UserUpdate) << "a user update was journalled";
}

TEST_F(MigrationWizardPagesTest, ASubscriptionNobodyHoldsIsSuspendedFromTheReplacementPage)
{
    startController(24);
    const QStringList offers = plainRetiredOffers();
    ASSERT_FALSE(offers.isEmpty());
    const QString cid = addCustomer(QStringLiteral("Pagina Vuota Srl"));
    const QString oldId = addRetired(cid, offers.first(), 3);
    const int before = store().subscriptionCount();
    auto c = newWizardController(cid);
    QStringList asked;
    auto wizard = open(*c, &asked, true);
    ASSERT_TRUE(waitPageComplete(*wizard)) << c->errorText().toStdString();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), MigrationWizard::ReplacementPage);
    auto *page = qobject_cast<gui::MigrationWizardReplacementPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !c->isBusy(); }, 60000));
    ASSERT_TRUE(page->suspendOnlyBox()->isVisible());
    ASSERT_TRUE(page->suspendOnlyBox()->isEnabled());
    page->suspendOnlyBox()->setFocus();
    QTest::keyClick(page->suspendOnlyBox(), Qt::Key_Space); // with the keyboard
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.first().contains(oldId));
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() { return !c->isBusy() && c->stage() == gui::MigrationWizardController::Page::Verify; }, 60000))
        << c->errorText().toStdString();
    ASSERT_TRUE(waitPageComplete(*wizard));
    EXPECT_EQ(wizard->nextId(), MigrationWizard::VerifyPage) << "the purchase page is not skipped";
    wizard->next();
    auto *verify = qobject_cast<gui::MigrationWizardVerifyPage *>(wizard->currentPage());
    ASSERT_NE(verify, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([verify]() { return verify->suspendButton()->isEnabled(); }, 60000))
        << verify->reasonLabel()->text().toStdString();
    QTest::mouseClick(verify->suspendButton(), Qt::LeftButton);
    ASSERT_EQ(asked.size(), 2);
    ASSERT_TRUE(waitPageComplete(*wizard)) << c->errorText().toStdString();
    EXPECT_EQ(store().effectiveStatus(*store().subscription(cid, oldId)),
              sandbox::SubscriptionStatus::Suspended);
    EXPECT_EQ(store().subscriptionCount(), before) << "a replacement was bought";
}

} // namespace
} // namespace om::test
