// The GUI-free weekly bucketing behind the expiry chart.
#include "ui/ExpiryBuckets.h"

#include "domain/OfferCatalogue.h"

#include <gtest/gtest.h>

namespace om::test {
namespace {

class ExpiryBucketsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Result<domain::OfferCatalogue> loaded = domain::OfferCatalogue::loadBuiltIn();
        ASSERT_TRUE(loaded.ok());
        m_catalogue = loaded.take();
        m_customer.id = QStringLiteral("c1");
    }

    // Adds a retired-offer subscription (or another offer when retired == false).
    void add(const QString &id, const QDate &end, int quantity, bool retired = true,
             const QString &status = QStringLiteral("active"))
    {
        domain::SubscriptionRecord s;
        s.id = id;
        s.offerName = retired ? m_catalogue.entries().first().name : QStringLiteral("Microsoft 365 E3");
        s.status = status;
        s.quantity = quantity;
        s.commitmentEndDate = end;
        m_customer.subscriptions.append(s);
    }

    gui::ExpiryBuckets bucket(const domain::MigrationProgressMap &progress = {},
                              Qt::DayOfWeek firstDay = Qt::Monday) const
    {
        domain::ScanSnapshot snapshot;
        snapshot.customers = {m_customer};
        return gui::bucketExpirationsByWeek(snapshot, m_catalogue, progress, m_today, 16, firstDay);
    }

    domain::OfferCatalogue m_catalogue;
    domain::CustomerRecord m_customer;
    const QDate m_today{2026, 11, 27}; // a Friday; its ISO week starts on Monday 23 November
};

TEST_F(ExpiryBucketsTest, WeeksStartOnTheGivenDay)
{
    EXPECT_EQ(gui::startOfWeek(QDate(2026, 11, 27)), QDate(2026, 11, 23));
    EXPECT_EQ(gui::startOfWeek(QDate(2026, 11, 23)), QDate(2026, 11, 23));
    EXPECT_EQ(gui::startOfWeek(QDate(2026, 11, 29)), QDate(2026, 11, 23)); // Sunday ends the ISO week
    EXPECT_EQ(gui::startOfWeek(QDate(2026, 11, 29), Qt::Sunday), QDate(2026, 11, 29));
    EXPECT_EQ(gui::startOfWeek(QDate(2026, 11, 27), Qt::Sunday), QDate(2026, 11, 22));
}

TEST_F(ExpiryBucketsTest, SixteenConsecutiveWeeksFromTheCurrentOne)
{
    const gui::ExpiryBuckets b = bucket();
    ASSERT_EQ(b.weeks.size(), 16);
    EXPECT_EQ(b.weeks.first().weekStart, QDate(2026, 11, 23));
    EXPECT_EQ(b.weeks.last().weekStart, QDate(2026, 11, 23).addDays(qint64(15) * 7));
    EXPECT_EQ(b.totalSubscriptions(), 0);
    EXPECT_EQ(b.maxLicences(), 0);
}

TEST_F(ExpiryBucketsTest, EndDatesLandInTheirWeek)
{
    add(QStringLiteral("monday"), QDate(2026, 11, 23), 3); // week 0, first day
    add(QStringLiteral("sunday"), QDate(2026, 11, 29), 4); // week 0, last day
    add(QStringLiteral("next"), QDate(2026, 11, 30), 5);   // week 1
    add(QStringLiteral("last"), QDate(2027, 3, 14), 6);    // week 15, its Sunday
    add(QStringLiteral("later"), QDate(2027, 3, 15), 7);   // after the 16 weeks
    add(QStringLiteral("ended"), QDate(2026, 11, 22), 8);  // before the current week
    add(QStringLiteral("unknown"), QDate(), 9);            // no end date

    const gui::ExpiryBuckets b = bucket();
    EXPECT_EQ(b.weeks.at(0).subscriptions, 2);
    EXPECT_EQ(b.weeks.at(0).licences, 7);
    EXPECT_EQ(b.weeks.at(1).subscriptions, 1);
    EXPECT_EQ(b.weeks.at(1).licences, 5);
    EXPECT_EQ(b.weeks.at(15).licences, 6);
    EXPECT_EQ(b.laterSubscriptions, 1);
    EXPECT_EQ(b.laterLicences, 7);
    EXPECT_EQ(b.overdueSubscriptions, 1);
    EXPECT_EQ(b.overdueLicences, 8);
    EXPECT_EQ(b.unknownSubscriptions, 1);
    EXPECT_EQ(b.totalSubscriptions(), 4);
    EXPECT_EQ(b.totalLicences(), 18);
    EXPECT_EQ(b.maxLicences(), 7);
    EXPECT_EQ(b.maxSubscriptions(), 2);
}

TEST_F(ExpiryBucketsTest, OnlyRetiredSubscriptionsStillToMigrateCount)
{
    add(QStringLiteral("other-offer"), QDate(2026, 12, 1), 10, false);
    add(QStringLiteral("found-suspended"), QDate(2026, 12, 1), 20, true, QStringLiteral("suspended"));
    add(QStringLiteral("deleted"), QDate(2026, 12, 1), 30, true, QStringLiteral("deleted"));
    add(QStringLiteral("we-suspended"), QDate(2026, 12, 1), 40);
    add(QStringLiteral("half-way"), QDate(2026, 12, 1), 50);

    domain::MigrationProgressMap progress;
    progress[QStringLiteral("we-suspended")].state = domain::MigrationState::Suspended;
    progress[QStringLiteral("half-way")].state = domain::MigrationState::Reassigning;

    const gui::ExpiryBuckets b = bucket(progress);
    EXPECT_EQ(b.weeks.at(1).subscriptions, 1);
    EXPECT_EQ(b.weeks.at(1).licences, 50); // only the one still being migrated
    EXPECT_EQ(b.totalSubscriptions(), 1);
}

TEST_F(ExpiryBucketsTest, SundayFirstWeeksShiftTheBoundary)
{
    add(QStringLiteral("sunday"), QDate(2026, 11, 29), 4);   // starts week 1 when weeks start on Sunday
    add(QStringLiteral("saturday"), QDate(2026, 11, 28), 2); // still week 0
    const gui::ExpiryBuckets b = bucket({}, Qt::Sunday);
    EXPECT_EQ(b.weeks.first().weekStart, QDate(2026, 11, 22));
    EXPECT_EQ(b.weeks.at(0).licences, 2);
    EXPECT_EQ(b.weeks.at(1).licences, 4);
}

// The chart colours a week as the tables colour its most pressing day: a term "30 · soon" in the table sits
// in a "soon" week, one in 3 days in an "urgent" week.
TEST_F(ExpiryBucketsTest, WeekUrgencyMatchesTheTables)
{
    const gui::ExpiryBuckets b = bucket();
    EXPECT_EQ(b.today, m_today);
    EXPECT_EQ(gui::urgencyOfWeek(b, 0), domain::Urgency::Critical); // the current week: today
    EXPECT_EQ(gui::urgencyOfWeek(b, 1), domain::Urgency::Critical); // starts Monday 30 November, 3 days
    EXPECT_EQ(gui::urgencyOfWeek(b, 2), domain::Urgency::Soon);     // 7 December, 10 days
    const QDate soonEnd = m_today.addDays(domain::soonDays);        // "30 · soon" in the table
    const int soonWeek = int(gui::startOfWeek(m_today).daysTo(gui::startOfWeek(soonEnd)) / 7);
    EXPECT_EQ(gui::urgencyOfWeek(b, soonWeek), domain::Urgency::Soon);
    EXPECT_EQ(gui::urgencyOfWeek(b, soonWeek + 1), domain::Urgency::Later);
    EXPECT_EQ(gui::urgencyOfWeek(b, 16), domain::Urgency::Unknown); // no such week
}

} // namespace
} // namespace om::test
