// What the wizard tells a person: engine and Partner Center errors become one sentence saying what happened
// and what to do (never the engine's log wording), and each user who did not move gets a next step.
#include "ui/wizard/WizardTexts.h"

#include "ui/wizard/WizardUserModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace om::test {
namespace {

using gui::WizardTexts;
using gui::WizardUser;
using gui::WizardUserModel;

TEST(WizardTextsTest, EngineWordingNeverReachesThePerson)
{
    const Error verify =
        Error::make(Error::Kind::Validation,
                    QStringLiteral("migration #1 is failed: verify runs after every user was moved"),
                    QStringLiteral("verify (subscription abc)"));
    const QString text = WizardTexts::explain(verify);
    EXPECT_FALSE(text.contains(QStringLiteral("migration #"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Retry failed users"))) << text.toStdString();

    const Error suspend =
        Error::make(Error::Kind::Validation,
                    QStringLiteral("suspend refused: 2 users still hold the old licence (migration "
                                   "#3 is reassigning); move and verify them first"),
                    QStringLiteral("suspend"));
    EXPECT_TRUE(
        WizardTexts::explain(suspend).startsWith(QStringLiteral("The old subscription was not suspended")));
    const Error excluded =
        Error::make(Error::Kind::Validation,
                    QStringLiteral("suspend refused: user u1 is excluded from this migration and "
                                   "still holds the old licence"),
                    QStringLiteral("suspend"));
    EXPECT_TRUE(WizardTexts::explain(excluded).contains(QStringLiteral("left out")));

    EXPECT_EQ(WizardTexts::explainRefusal(QStringLiteral("busy: wait for the current step to finish")),
              QStringLiteral("A step is still running; wait for it to finish."));
    Error network = Error::make(Error::Kind::Network, QStringLiteral("connection refused"));
    EXPECT_TRUE(WizardTexts::explain(network).contains(QStringLiteral("try again")));
    // The journal's lease refusal is already a sentence for a person: kept as it is.
    const Error lease =
        Error::make(Error::Kind::Conflict,
                    QStringLiteral("Customer c is being migrated by anna (process 7 on pc) since "
                                   "today. Wait for it to finish."),
                    QStringLiteral("migration lease"));
    EXPECT_EQ(WizardTexts::explain(lease), lease.message);
    EXPECT_EQ(WizardTexts::term(QStringLiteral("p1y"), QStringLiteral("Monthly")),
              QStringLiteral("1 year, billed monthly"));
}

TEST(WizardTextsTest, EachUserWhoDidNotMoveGetsANextStep)
{
    WizardUser u;
    u.userId = QStringLiteral("u1");
    u.userPrincipalName = QStringLiteral("u1@example.com");
    u.usageLocation = QStringLiteral("IT");
    u.result = WizardUser::Result::Moved;
    EXPECT_TRUE(WizardUserModel::nextStep(u).isEmpty());
    u.result = WizardUser::Result::Failed;
    u.error = QStringLiteral("We are sorry, it looks like you have run out of licenses.");
    EXPECT_TRUE(WizardUserModel::nextStep(u).contains(QStringLiteral("no free licence")));
    u.usageLocation.clear();
    u.error = QStringLiteral("License assignment cannot be done for user with invalid usage location.");
    EXPECT_TRUE(WizardUserModel::nextStep(u).contains(QStringLiteral("Set usage location")));
    u.excluded = true;
    u.result = WizardUser::Result::Excluded;
    EXPECT_TRUE(WizardUserModel::nextStep(u).contains(QStringLiteral("cannot be suspended")));
}

TEST(WizardUserModelTest, TicksAskTheOwnerAndLockedRowsCannotChange)
{
    WizardUserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    WizardUser free;
    free.subscriptionId = QStringLiteral("S1");
    free.userId = QStringLiteral("A");
    free.userPrincipalName = QStringLiteral("a@example.com");
    WizardUser moved = free;
    moved.userId = QStringLiteral("B");
    moved.result = WizardUser::Result::Moved;
    moved.locked = true;
    model.setUsers({free, moved});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf(QStringLiteral("b")), 1);
    QSignalSpy asked(&model, &WizardUserModel::exclusionRequested);
    const QModelIndex a = model.index(0, WizardUserModel::MoveColumn);
    const QModelIndex b = model.index(1, WizardUserModel::MoveColumn);
    EXPECT_EQ(a.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    EXPECT_TRUE(model.setData(a, Qt::Unchecked, Qt::CheckStateRole));
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.first().at(1).toString(), QStringLiteral("A"));
    EXPECT_TRUE(asked.first().at(2).toBool());
    EXPECT_EQ(a.data(Qt::CheckStateRole).toInt(), int(Qt::Checked)) << "the model changed the row itself";
    EXPECT_FALSE(model.flags(b) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.setData(b, Qt::Unchecked, Qt::CheckStateRole));
    model.setExclusionEditable(false);
    EXPECT_FALSE(model.flags(a) & Qt::ItemIsUserCheckable);
    EXPECT_EQ(model.headerData(WizardUserModel::NextStepColumn, Qt::Horizontal).toString(),
              QStringLiteral("What to do next"));
    EXPECT_EQ(asked.count(), 1);
}

} // namespace
} // namespace om::test
