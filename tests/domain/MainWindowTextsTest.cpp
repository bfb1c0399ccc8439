// What the main window's tables say: one date format with four-digit years, what is next for a migration
// (with the journal's user counts), the offer's segment, and customers streaming in during a scan.
#include "DomainFixtures.h"
#include "common/Clock.h"
#include "domain/CustomerFilterProxyModel.h"
#include "domain/CustomerTableModel.h"
#include "domain/DisplayDate.h"
#include "domain/MigrationStatus.h"
#include "domain/RetiredOffer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace om;
using namespace om::domain;
using om::domain::test::builtInCatalogue;

TEST(DisplayDate, FourDigitYearsInTheLocalesOwnOrder)
{
    const QDate date(2027, 2, 26);
    EXPECT_EQ(displayDate(date, QLocale(QLocale::English, QLocale::UnitedStates)),
              QStringLiteral("2/26/2027"));
    EXPECT_EQ(displayDate(date, QLocale(QLocale::Italian, QLocale::Italy)), QStringLiteral("26/02/2027"));
    EXPECT_EQ(displayDate(date, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("26.02.2027"));
    EXPECT_EQ(displayDate(date, QLocale(QLocale::English, QLocale::UnitedKingdom)),
              QStringLiteral("26/02/2027"));
    EXPECT_EQ(displayDate(QDate(), QLocale(QLocale::Italian)), QString());
    // Whatever the locale's short pattern, the year has four digits and the pattern is otherwise kept.
    for (const QLocale &locale : {QLocale(QLocale::Japanese), QLocale(QLocale::French, QLocale::France),
                                  QLocale(QLocale::Dutch), QLocale(QLocale::Chinese)}) {
        const QString text = displayDate(date, locale);
        EXPECT_TRUE(text.contains(QLatin1String("2027")))
            << locale.name().toStdString() << text.toStdString();
        EXPECT_FALSE(shortDateFormat(locale).contains(QLatin1String("yyyyy")));
    }
    const QDateTime at(QDate(2026, 12, 1), QTime(14, 5));
    EXPECT_TRUE(displayDateTime(at, QLocale(QLocale::Italian, QLocale::Italy))
                    .startsWith(QLatin1String("01/12/2026 ")));
}

TEST(MigrationStatus, SaysWhatIsNextWithTheJournalsCounts)
{
    MigrationProgress stopped;
    stopped.state = MigrationState::Failed;
    stopped.usersTotal = 21;
    stopped.usersMoved = 20;
    const MigrationStatus status = migrationStatus(MigrationState::Failed, &stopped);
    EXPECT_EQ(status.step, NextStep::NeedsAttention);
    EXPECT_EQ(status.usersLeft(), 1);
    EXPECT_EQ(migrationStatusText(status), QStringLiteral("Needs attention: 1 user(s)"));

    MigrationProgress failedPurchase; // stopped before any user: no count to give
    failedPurchase.state = MigrationState::Failed;
    EXPECT_EQ(migrationStatusText(migrationStatus(MigrationState::Failed, &failedPurchase)),
              QStringLiteral("Needs attention"));

    EXPECT_EQ(migrationStatusText(migrationStatus(MigrationState::NotStarted, nullptr)),
              QStringLiteral("Not started"));
    EXPECT_EQ(migrationStatusText(migrationStatus(MigrationState::Purchasing, nullptr)),
              QStringLiteral("Buying the replacement"));
    EXPECT_EQ(migrationStatusText(migrationStatus(MigrationState::Purchased, nullptr)),
              QStringLiteral("Bought, moving users"));
    EXPECT_EQ(migrationStatusText(migrationStatus(MigrationState::Reassigned, nullptr)),
              QStringLiteral("Ready to suspend"));
    EXPECT_EQ(migrationStatusText(migrationStatus(MigrationState::Suspended, &stopped)),
              QStringLiteral("Done"));
    EXPECT_FALSE(migrationStatus(MigrationState::Suspended, nullptr).needsAction());

    // Every journal state belongs to exactly one step, and the step's filter holds it.
    for (int s = 0; s < migrationStateCount; ++s) {
        const auto state = MigrationState(s);
        EXPECT_TRUE(statesOf(nextStepOf(state)).contains(state)) << s;
    }
}

TEST(MigrationStatus, ACustomerShowsItsMostPressingSubscription)
{
    MigrationStatus customer{NextStep::Done};
    combineStatus(customer, MigrationStatus{NextStep::Done});
    EXPECT_EQ(customer.step, NextStep::Done);
    combineStatus(customer, MigrationStatus{NextStep::ReadyToSuspend, 4, 4});
    combineStatus(customer, MigrationStatus{NextStep::MovingUsers, 10, 3});
    combineStatus(customer, MigrationStatus{NextStep::MovingUsers, 5, 5});
    EXPECT_EQ(customer, (MigrationStatus{NextStep::MovingUsers, 15, 8}));
    EXPECT_EQ(migrationStatusText(customer), QStringLiteral("Bought, moving users: 8 of 15 moved"));
    combineStatus(customer, MigrationStatus{NextStep::NeedsAttention, 21, 20});
    combineStatus(customer, MigrationStatus{NextStep::NotStarted});
    EXPECT_EQ(customer.step, NextStep::NeedsAttention);
    EXPECT_EQ(customer.usersLeft(), 1);
}

TEST(RetiredOfferSegment, ComesFromTheCatalogueEntry)
{
    QStringList seen;
    for (const RetiredOffer &offer : builtInCatalogue().entries()) {
        const QString segment = segmentDisplayName(offer);
        ASSERT_FALSE(segment.isEmpty()) << offer.name.toStdString();
        seen.append(segment);
        if (offer.segment == MarketSegment::Students) {
            EXPECT_TRUE(segment.startsWith(QLatin1String("Students"))) << segment.toStdString();
        }
        if (offer.kind == OfferKind::AddOn) {
            EXPECT_TRUE(segment.endsWith(QLatin1String("Add-on"))) << segment.toStdString();
        }
        if (offer.variant == OfferVariant::FromSaForCrmBasic) {
            EXPECT_TRUE(segment.endsWith(QLatin1String("From SA"))) << segment.toStdString();
        }
    }
    for (const char *expected : {"Commercial", "Faculty", "Students", "Government", "From SA", "Add-on",
                                 "Government · From SA", "Students · Add-on"})
        EXPECT_TRUE(seen.contains(QString::fromUtf8(expected))) << expected;
}

class StreamingCustomersTest : public ::testing::Test
{
protected:
    test::DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    CustomerTableModel model{builtInCatalogue(), clock};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(StreamingCustomersTest, CustomersArriveOneByOneAndReplaceTheirOldRow)
{
    const ScanSnapshot sample = test::sampleSnapshot();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (const CustomerRecord &customer : sample.customers)
        model.upsertCustomer(customer);
    EXPECT_EQ(inserted.count(), sample.customers.size());
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(model.rowCount(), int(sample.customers.size()));
    const int contoso = model.rowOfCustomer(QStringLiteral("c-0001"));
    ASSERT_GE(contoso, 0);
    EXPECT_EQ(model.rowData(contoso).affectedCount, 2);

    // The same customer read again (a later scan): its row changes in place, no new row.
    CustomerRecord again = sample.customers.at(0);
    again.companyName = QStringLiteral("Contoso Renamed");
    again.subscriptions.removeLast(); // one retired subscription fewer
    model.upsertCustomer(again);
    EXPECT_EQ(inserted.count(), sample.customers.size());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), contoso);
    EXPECT_EQ(model.index(contoso, CustomerTableModel::CustomerColumn).data().toString(),
              QStringLiteral("Contoso Renamed"));
    EXPECT_EQ(model.rowData(contoso).affectedCount, 1);

    // Progress still finds the customer by its subscriptions after the replacement.
    MigrationProgress failed;
    failed.state = MigrationState::Failed;
    failed.usersTotal = 2;
    const QString retiredId = [&] {
        for (const SubscriptionRecord &s : again.subscriptions) {
            if (builtInCatalogue().match(s))
                return s.id;
        }
        return QString();
    }();
    ASSERT_FALSE(retiredId.isEmpty());
    model.updateProgress(retiredId, failed);
    EXPECT_EQ(model.index(contoso, CustomerTableModel::StateColumn).data().toString(),
              QStringLiteral("Needs attention: 2 user(s)"));
}

TEST(UrgencyWords, ScreenReadersHearWhatTheColourSays)
{
    EXPECT_EQ(urgencyWord(Urgency::Critical), QStringLiteral("urgent"));
    EXPECT_EQ(urgencyWord(Urgency::Later), QString());
    EXPECT_EQ(daysLeftSpoken(3, Urgency::Critical), QStringLiteral("3 day(s) left, urgent"));
    EXPECT_EQ(daysLeftSpoken(90, Urgency::Later), QStringLiteral("90 day(s) left"));
    EXPECT_EQ(daysLeftSpoken(-2, Urgency::Past), QStringLiteral("ended 2 day(s) ago"));
    EXPECT_EQ(daysLeftSpoken(noDaysLeft, Urgency::Unknown), QString());

    test::DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    CustomerTableModel model{builtInCatalogue(), clock};
    model.setSnapshot(test::sampleSnapshot());
    const int contoso = model.rowOfCustomer(QStringLiteral("c-0001"));
    EXPECT_EQ(
        model.index(contoso, CustomerTableModel::DaysLeftColumn).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("34 day(s) left"));
}

// Sorting by the state column orders by what is next: the customers that need attention first, done last.
TEST(CustomerStateSort, NeedsAttentionFirstDoneLast)
{
    test::DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    CustomerTableModel model{builtInCatalogue(), clock};
    model.setSnapshot(test::sampleSnapshot(), test::sampleProgress());
    CustomerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
    proxy.sort(CustomerTableModel::StateColumn, Qt::AscendingOrder);
    ASSERT_GE(proxy.rowCount(), 3);
    EXPECT_EQ(proxy.index(0, 0).data(CustomerTableModel::CustomerIdRole).toString(),
              QStringLiteral("c-0002"));
    EXPECT_TRUE(
        proxy.index(0, CustomerTableModel::StateColumn).data().toString().startsWith(u"Needs attention"));
    for (int row = 1; row < proxy.rowCount(); ++row)
        EXPECT_LE(proxy.index(row - 1, 0).data(CustomerTableModel::NextStepRole).toInt(),
                  proxy.index(row, 0).data(CustomerTableModel::NextStepRole).toInt())
            << row;
}
