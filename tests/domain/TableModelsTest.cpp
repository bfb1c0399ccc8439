#include "DomainFixtures.h"
#include "common/Clock.h"
#include "domain/AffectedSubscriptionModel.h"
#include "domain/CustomerTableModel.h"
#include "domain/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>
#include <limits>
#include <memory>

using namespace om;
using namespace om::domain;
using om::domain::test::builtInCatalogue;

namespace {

// The model and its tester live and die together, as the tester must watch every change.
template<typename Model>
struct Tested
{
    template<typename... Args>
    explicit Tested(Args &&...args)
        : model(std::forward<Args>(args)...)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
    {}
    Model model;
    QAbstractItemModelTester tester;
};

QString text(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

int alignment(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column), Qt::TextAlignmentRole).toInt();
}

} // namespace

class CustomerTableModelTest : public ::testing::Test
{
protected:
    test::DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)}; // M/d/yy, 1,234
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    Tested<CustomerTableModel> t{builtInCatalogue(), clock};
};

TEST_F(CustomerTableModelTest, SummarisesEachCustomer)
{
    CustomerTableModel &model = t.model;
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), CustomerTableModel::ColumnCount);
    model.setSnapshot(test::sampleSnapshot());
    ASSERT_EQ(model.rowCount(), 4);

    const int contoso = model.rowOfCustomer(QStringLiteral("c-0001"));
    ASSERT_GE(contoso, 0);
    EXPECT_EQ(text(model, contoso, CustomerTableModel::CustomerColumn), QStringLiteral("Contoso Ltd"));
    EXPECT_EQ(text(model, contoso, CustomerTableModel::DomainColumn),
              QStringLiteral("contoso.onmicrosoft.com"));
    EXPECT_EQ(text(model, contoso, CustomerTableModel::MarketColumn), QStringLiteral("GB"));
    EXPECT_EQ(text(model, contoso, CustomerTableModel::RetiredOffersColumn), QStringLiteral("2"));
    EXPECT_EQ(text(model, contoso, CustomerTableModel::LicencesColumn), QStringLiteral("15"));
    // s-0003 (ended 2026-11-24) is already suspended: the earliest OPEN term ends 2026-12-31.
    EXPECT_EQ(text(model, contoso, CustomerTableModel::EarliestEndColumn), QStringLiteral("12/31/2026"));
    EXPECT_EQ(text(model, contoso, CustomerTableModel::DaysLeftColumn), QStringLiteral("34"));
    EXPECT_EQ(text(model, contoso, CustomerTableModel::StateColumn), QStringLiteral("Not started"));
    EXPECT_EQ(model.data(model.index(contoso, 0), CustomerTableModel::StateRole).toInt(),
              int(MigrationState::NotStarted));
    EXPECT_EQ(model.data(model.index(contoso, 0), CustomerTableModel::UrgencyRole).toInt(),
              int(Urgency::Later));
    EXPECT_EQ(text(model, contoso, 0, CustomerTableModel::CustomerIdRole), QStringLiteral("c-0001"));
    EXPECT_TRUE(text(model, contoso, 0, Qt::ToolTipRole).contains(QLatin1String("c-0001")));

    EXPECT_EQ(alignment(model, contoso, CustomerTableModel::LicencesColumn) & Qt::AlignHorizontal_Mask,
              int(Qt::AlignRight));
    EXPECT_EQ(alignment(model, contoso, CustomerTableModel::DaysLeftColumn) & Qt::AlignHorizontal_Mask,
              int(Qt::AlignRight));
    EXPECT_EQ(alignment(model, contoso, CustomerTableModel::CustomerColumn) & Qt::AlignHorizontal_Mask,
              int(Qt::AlignLeft));

    // Raw sort values: numbers as numbers, dates as day numbers, names case-folded.
    EXPECT_EQ(
        model.data(model.index(contoso, CustomerTableModel::LicencesColumn), CustomerTableModel::SortRole),
        QVariant(15));
    EXPECT_EQ(
        model.data(model.index(contoso, CustomerTableModel::EarliestEndColumn), CustomerTableModel::SortRole)
            .toLongLong(),
        QDate(2026, 12, 31).toJulianDay());
    EXPECT_EQ(text(model, contoso, CustomerTableModel::CustomerColumn, CustomerTableModel::SortRole),
              QStringLiteral("Contoso Ltd"));

    const int fabrikam = model.rowOfCustomer(QStringLiteral("c-0004"));
    EXPECT_EQ(text(model, fabrikam, CustomerTableModel::RetiredOffersColumn), QStringLiteral("0"));
    EXPECT_EQ(text(model, fabrikam, CustomerTableModel::DaysLeftColumn), QString());
    EXPECT_EQ(model.data(model.index(fabrikam, 0), CustomerTableModel::UrgencyRole).toInt(),
              int(Urgency::Unknown));

    EXPECT_EQ(model.headerData(CustomerTableModel::LicencesColumn, Qt::Horizontal).toString(),
              QStringLiteral("Licences"));
    EXPECT_EQ(model.headerData(CustomerTableModel::DaysLeftColumn, Qt::Horizontal).toString(),
              QStringLiteral("Days left"));
}

TEST_F(CustomerTableModelTest, StateFollowsProgress)
{
    CustomerTableModel &model = t.model;
    model.setSnapshot(test::sampleSnapshot());
    const int contoso = model.rowOfCustomer(QStringLiteral("c-0001"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    MigrationProgress reassigning;
    reassigning.state = MigrationState::Reassigning;
    reassigning.usersTotal = 21;
    reassigning.usersMoved = 3;
    model.updateProgress(QStringLiteral("s-0002"), reassigning);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), contoso);
    EXPECT_EQ(text(model, contoso, CustomerTableModel::StateColumn),
              QStringLiteral("Bought, moving users: 3 of 21 moved"));
    EXPECT_EQ(model.data(model.index(contoso, 0), CustomerTableModel::NextStepRole).toInt(),
              int(NextStep::MovingUsers));

    // The journal's "failed" for a run that moved 20 of 21 users says what is next, with the real count.
    MigrationProgress stopped;
    stopped.state = MigrationState::Failed;
    stopped.usersTotal = 21;
    stopped.usersMoved = 20;
    stopped.lastError = QStringLiteral("User u21 has no usage location.");
    model.updateProgress(QStringLiteral("s-0002"), stopped);
    EXPECT_EQ(text(model, contoso, CustomerTableModel::StateColumn),
              QStringLiteral("Needs attention: 1 user(s)"));
    EXPECT_TRUE(text(model, contoso, CustomerTableModel::StateColumn, Qt::ToolTipRole)
                    .startsWith(QLatin1String("User u21 has no usage location.")));

    MigrationProgress moved;
    moved.state = MigrationState::Reassigned;
    moved.usersTotal = moved.usersMoved = 21;
    model.updateProgress(QStringLiteral("s-0002"), moved);
    EXPECT_EQ(text(model, contoso, CustomerTableModel::StateColumn), QStringLiteral("Ready to suspend"));
    EXPECT_EQ(model.data(model.index(contoso, 0), CustomerTableModel::UrgencyRole).toInt(),
              int(Urgency::Later));

    MigrationProgress done;
    done.state = MigrationState::Suspended;
    model.updateProgress(QStringLiteral("s-0002"), done);
    EXPECT_EQ(model.data(model.index(contoso, 0), CustomerTableModel::StateRole).toInt(),
              int(MigrationState::Suspended));
    EXPECT_EQ(text(model, contoso, CustomerTableModel::StateColumn), QStringLiteral("Done"));
    // Every retired subscription is suspended now: the earliest end falls back to all of them, but a done
    // customer has no deadline: no days left, never urgent, sorted after every open customer.
    EXPECT_EQ(text(model, contoso, CustomerTableModel::EarliestEndColumn), QStringLiteral("11/24/2026"));
    EXPECT_EQ(text(model, contoso, CustomerTableModel::DaysLeftColumn), QString());
    EXPECT_EQ(model.data(model.index(contoso, 0), CustomerTableModel::UrgencyRole).toInt(),
              int(Urgency::Unknown));
    EXPECT_EQ(
        model.data(model.index(contoso, CustomerTableModel::DaysLeftColumn), CustomerTableModel::SortRole)
            .toInt(),
        std::numeric_limits<int>::max());
    EXPECT_TRUE(text(model, contoso, CustomerTableModel::DaysLeftColumn, Qt::ToolTipRole)
                    .contains(QLatin1String("Nothing left to do")));

    MigrationProgressMap map = test::sampleProgress();
    model.setProgress(map);
    const int adatum = model.rowOfCustomer(QStringLiteral("c-0002"));
    EXPECT_EQ(model.data(model.index(adatum, 0), CustomerTableModel::StateRole).toInt(),
              int(MigrationState::Failed));
    EXPECT_TRUE(text(model, adatum, CustomerTableModel::StateColumn, Qt::ToolTipRole)
                    .startsWith(QLatin1String("=HYPERLINK(\"http://x\")\n")));
    EXPECT_TRUE(
        text(model, adatum, CustomerTableModel::StateColumn).startsWith(QLatin1String("Needs attention")));
    EXPECT_EQ(model.data(model.index(contoso, 0), CustomerTableModel::StateRole).toInt(),
              int(MigrationState::NotStarted)); // the new map forgot s-0002's progress

    model.updateProgress(QStringLiteral("unknown-subscription"), done); // ignored, no crash
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(CustomerTableModelTest, RefreshDaysLeftAfterMidnight)
{
    CustomerTableModel &model = t.model;
    model.setSnapshot(test::sampleSnapshot());
    const int contoso = model.rowOfCustomer(QStringLiteral("c-0001"));
    clock.advanceSecs(qint64(24) * 3600);
    EXPECT_EQ(text(model, contoso, CustomerTableModel::DaysLeftColumn), QStringLiteral("34"));
    model.refreshDaysLeft();
    EXPECT_EQ(text(model, contoso, CustomerTableModel::DaysLeftColumn), QStringLiteral("33"));
}

class AffectedSubscriptionModelTest : public ::testing::Test
{
protected:
    test::DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)}; // M/d/yy, 1,234
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    Tested<AffectedSubscriptionModel> t{builtInCatalogue(), clock};
};

TEST_F(AffectedSubscriptionModelTest, OneRowPerRetiredSubscription)
{
    AffectedSubscriptionModel &model = t.model;
    model.setSnapshot(test::sampleSnapshot());
    model.setProgress(test::sampleProgress());
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.columnCount(), AffectedSubscriptionModel::ColumnCount);

    const int r = model.rowOfSubscription(QStringLiteral("s-0003"));
    ASSERT_GE(r, 0);
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::CustomerColumn), QStringLiteral("Contoso Ltd"));
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::OfferColumn),
              QStringLiteral("Dynamics 365 Customer Engagement Plan Enterprise Edition Add-On for CRM Basic "
                             "(Qualified Offer) for Students"));
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::QuantityColumn), QStringLiteral("3"));
    // Partner Center's status as a word, never the service's lower-case value; sorted by that value.
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::StatusColumn), QStringLiteral("Suspended"));
    const int open = model.rowOfSubscription(QStringLiteral("s-0002"));
    EXPECT_EQ(text(model, open, AffectedSubscriptionModel::StatusColumn), QStringLiteral("Active"));
    EXPECT_EQ(text(model, open, AffectedSubscriptionModel::StatusColumn, AffectedSubscriptionModel::SortRole),
              QStringLiteral("active"));
    // What tells the offers apart, from the catalogue entry (not from the name): a badge and a tip.
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::OfferColumn, AffectedSubscriptionModel::SegmentRole),
              QStringLiteral("Students · Add-on"));
    EXPECT_TRUE(text(model, r, AffectedSubscriptionModel::OfferColumn, Qt::ToolTipRole)
                    .startsWith(text(model, r, AffectedSubscriptionModel::OfferColumn)));
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::AutoRenewColumn), QStringLiteral("No"));
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::EndDateColumn), QStringLiteral("11/24/2026"));
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::DaysLeftColumn), QStringLiteral("-3"));
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::ReplacementColumn),
              QStringLiteral("Dynamics 365 Customer Engagement Plan for Students"));
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::StateColumn), QStringLiteral("Done"));
    // Suspended: nothing left to do, so its ended term is not coloured as urgent.
    EXPECT_EQ(model.data(model.index(r, 0), AffectedSubscriptionModel::UrgencyRole).toInt(),
              int(Urgency::Unknown));
    EXPECT_EQ(text(model, r, 0, AffectedSubscriptionModel::SubscriptionIdRole), QStringLiteral("s-0003"));
    EXPECT_EQ(text(model, r, 0, AffectedSubscriptionModel::CustomerIdRole), QStringLiteral("c-0001"));
    EXPECT_EQ(model.data(model.index(r, AffectedSubscriptionModel::QuantityColumn),
                         AffectedSubscriptionModel::SortRole),
              QVariant(3));
    EXPECT_EQ(alignment(model, r, AffectedSubscriptionModel::QuantityColumn) & Qt::AlignHorizontal_Mask,
              int(Qt::AlignRight));
    EXPECT_TRUE(text(model, r, AffectedSubscriptionModel::StateColumn, Qt::ToolTipRole)
                    .contains(QLatin1String("3 of 3")));

    const int failed = model.rowOfSubscription(QStringLiteral("s-0100"));
    EXPECT_TRUE(text(model, failed, AffectedSubscriptionModel::StateColumn)
                    .startsWith(QLatin1String("Needs attention")));
    EXPECT_EQ(text(model, failed, AffectedSubscriptionModel::StateColumn, Qt::ToolTipRole),
              QStringLiteral("=HYPERLINK(\"http://x\")"));
    EXPECT_EQ(text(model, failed, AffectedSubscriptionModel::EndDateColumn), QString());
    EXPECT_EQ(text(model, failed, AffectedSubscriptionModel::AutoRenewColumn), QStringLiteral("Yes"));
    EXPECT_TRUE(text(model, failed, AffectedSubscriptionModel::ReplacementColumn, Qt::ToolTipRole)
                    .contains(QLatin1String("Dynamics 365 Team Members")));
    EXPECT_EQ(model.headerData(AffectedSubscriptionModel::ReplacementColumn, Qt::Horizontal).toString(),
              QStringLiteral("Replacement"));
}

TEST_F(AffectedSubscriptionModelTest, UpdateProgressChangesOneRow)
{
    AffectedSubscriptionModel &model = t.model;
    model.setSnapshot(test::sampleSnapshot());
    const int r = model.rowOfSubscription(QStringLiteral("s-0002"));
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::ReplacementColumn),
              QStringLiteral("Dynamics 365 Sales Professional"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    MigrationProgress p;
    p.state = MigrationState::Purchased;
    p.replacementOfferName = QStringLiteral("Dynamics 365 Team Members");
    model.updateProgress(QStringLiteral("s-0002"), p);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), r);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), r);
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::ReplacementColumn),
              QStringLiteral("Dynamics 365 Team Members"));
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::StateColumn), QStringLiteral("Bought, moving users"));
    ASSERT_NE(model.progressFor(QStringLiteral("s-0002")), nullptr);
    EXPECT_EQ(model.progressFor(QStringLiteral("s-0001")), nullptr);
}

TEST_F(AffectedSubscriptionModelTest, SnapshotCopyIsIndependentOfTheCaller)
{
    AffectedSubscriptionModel &model = t.model;
    ScanSnapshot snapshot = test::sampleSnapshot();
    model.setSnapshot(snapshot);
    snapshot.customers[0].companyName = QStringLiteral("Changed by the caller");
    snapshot.customers.clear();
    const int r = model.rowOfSubscription(QStringLiteral("s-0002"));
    EXPECT_EQ(text(model, r, AffectedSubscriptionModel::CustomerColumn), QStringLiteral("Contoso Ltd"));
}

TEST_F(AffectedSubscriptionModelTest, LargeSnapshot)
{
    AffectedSubscriptionModel &model = t.model;
    model.setSnapshot(test::largeSnapshot(10000, 10)); // 100,000 subscriptions, half retired
    EXPECT_EQ(model.rowCount(), 50000);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

class UserTableModelTest : public ::testing::Test
{
protected:
    Tested<UserTableModel> t;
};

TEST_F(UserTableModelTest, RowsAndUpdates)
{
    UserTableModel &model = t.model;
    UserMigrationRow ann;
    ann.userId = QStringLiteral("u1");
    ann.displayName = QStringLiteral("Ann Lee");
    ann.userPrincipalName = QStringLiteral("ann@contoso.com");
    ann.usageLocation = QStringLiteral("GB");
    ann.oldLicence =
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)");
    ann.newLicence = QStringLiteral("Dynamics 365 for Sales Professional");
    UserMigrationRow bob;
    bob.userId = QStringLiteral("u2");
    bob.userPrincipalName = QStringLiteral("bob@contoso.com");
    model.setUsers({ann, bob});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), UserTableModel::ColumnCount);
    EXPECT_EQ(text(model, 0, UserTableModel::UserColumn), QStringLiteral("Ann Lee"));
    EXPECT_EQ(text(model, 1, UserTableModel::UserColumn),
              QStringLiteral("bob@contoso.com")); // no display name
    EXPECT_EQ(text(model, 0, UserTableModel::UpnColumn), QStringLiteral("ann@contoso.com"));
    EXPECT_EQ(text(model, 0, UserTableModel::UsageLocationColumn), QStringLiteral("GB"));
    EXPECT_EQ(text(model, 0, UserTableModel::NewLicenceColumn),
              QStringLiteral("Dynamics 365 for Sales Professional"));
    EXPECT_EQ(text(model, 0, UserTableModel::ResultColumn), QStringLiteral("Pending"));
    EXPECT_FALSE(text(model, 1, UserTableModel::UsageLocationColumn, Qt::ToolTipRole).isEmpty());
    EXPECT_EQ(model.headerData(UserTableModel::UpnColumn, Qt::Horizontal).toString(), QStringLiteral("UPN"));

    // Which licences a user holds: empty until read, "No licence" when read and none, else the names.
    EXPECT_EQ(text(model, 0, UserTableModel::LicencesColumn), QString());
    {
        QSignalSpy licences(&model, &QAbstractItemModel::dataChanged);
        model.setLicences(QStringLiteral("u1"),
                          {QStringLiteral("Office 365 E3"), QStringLiteral("Power BI Pro")});
        model.setLicences(QStringLiteral("u2"), {});
        model.setLicences(QStringLiteral("nobody"), {QStringLiteral("ignored")});
        ASSERT_EQ(licences.count(), 2);
        EXPECT_EQ(licences.at(0).at(0).toModelIndex().column(), int(UserTableModel::LicencesColumn));
    }
    EXPECT_EQ(text(model, 0, UserTableModel::LicencesColumn), QStringLiteral("Office 365 E3, Power BI Pro"));
    EXPECT_EQ(text(model, 0, UserTableModel::LicencesColumn, Qt::ToolTipRole),
              QStringLiteral("Office 365 E3\nPower BI Pro"));
    EXPECT_EQ(text(model, 1, UserTableModel::LicencesColumn), QStringLiteral("No licence"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    bob.result = UserMigrationRow::Result::Failed;
    bob.detail = QStringLiteral("License assignment cannot be done for user with invalid usage location.");
    model.updateUser(bob);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(text(model, 1, UserTableModel::ResultColumn), QStringLiteral("Failed"));
    EXPECT_EQ(text(model, 1, UserTableModel::ResultColumn, Qt::ToolTipRole), bob.detail);
    EXPECT_EQ(model.data(model.index(1, 0), UserTableModel::ResultRole).toInt(),
              int(UserMigrationRow::Result::Failed));

    UserMigrationRow cy;
    cy.userId = QStringLiteral("u3");
    cy.result = UserMigrationRow::Result::Moved;
    model.updateUser(cy);
    EXPECT_EQ(inserted.count(), 1);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(text(model, 2, UserTableModel::ResultColumn), QStringLiteral("Moved"));
    EXPECT_EQ(text(model, 2, 0, UserTableModel::UserIdRole), QStringLiteral("u3"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

// Dates and numbers follow QLocale's default; the sort keys stay typed (dates as days, numbers as ints).
TEST(TableModelsLocale, ItalianDatesAndNumbers)
{
    test::DefaultLocale italian(QLocale(QLocale::Italian, QLocale::Italy));
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    ScanSnapshot snapshot = test::sampleSnapshot();
    ASSERT_EQ(snapshot.customers[0].subscriptions[2].id, QStringLiteral("s-0002"));
    snapshot.customers[0].subscriptions[2].quantity = 1234; // Contoso's retired one still open

    Tested<CustomerTableModel> customers(builtInCatalogue(), clock);
    customers.model.setSnapshot(snapshot);
    const int contoso = customers.model.rowOfCustomer(QStringLiteral("c-0001"));
    EXPECT_EQ(text(customers.model, contoso, CustomerTableModel::EarliestEndColumn),
              QStringLiteral("31/12/2026")); // four-digit year: QLocale's short format alone gives "31/12/26"
    EXPECT_EQ(customers.model.data(customers.model.index(contoso, CustomerTableModel::EarliestEndColumn),
                                   CustomerTableModel::SortRole),
              QVariant(QDate(2026, 12, 31).toJulianDay()));
    const int licences = customers.model.rowData(contoso).licences;
    ASSERT_GE(licences, 1000);
    EXPECT_EQ(text(customers.model, contoso, CustomerTableModel::LicencesColumn),
              QLocale(QLocale::Italian).toString(licences));
    EXPECT_TRUE(text(customers.model, contoso, CustomerTableModel::LicencesColumn).contains(u'.')); // 1.2xx
    EXPECT_TRUE(text(customers.model, contoso, CustomerTableModel::DaysLeftColumn, Qt::ToolTipRole)
                    .contains(QLatin1String("31/12/2026")));

    Tested<AffectedSubscriptionModel> subscriptions(builtInCatalogue(), clock);
    subscriptions.model.setSnapshot(snapshot);
    const int ended = subscriptions.model.rowOfSubscription(QStringLiteral("s-0003"));
    EXPECT_EQ(text(subscriptions.model, ended, AffectedSubscriptionModel::EndDateColumn),
              QStringLiteral("24/11/2026"));
    EXPECT_EQ(text(subscriptions.model, ended, AffectedSubscriptionModel::DaysLeftColumn),
              QStringLiteral("-3"));
    const int big = subscriptions.model.rowOfSubscription(QStringLiteral("s-0002"));
    ASSERT_GE(big, 0);
    EXPECT_EQ(text(subscriptions.model, big, AffectedSubscriptionModel::QuantityColumn),
              QStringLiteral("1.234"));
    EXPECT_EQ(
        subscriptions.model.data(subscriptions.model.index(big, AffectedSubscriptionModel::QuantityColumn),
                                 AffectedSubscriptionModel::SortRole),
        QVariant(1234));
}
