#include "domain/SubscriptionRules.h"

#include "DomainFixtures.h"
#include "common/Clock.h"
#include "domain/AffectedSubscription.h"
#include "domain/MigrationProgress.h"
#include "domain/MigrationState.h"

#include <gtest/gtest.h>

using namespace om;
using namespace om::domain;
using om::domain::test::builtInCatalogue;

namespace {

QDateTime utc(int y, int m, int d, int h = 9, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

} // namespace

TEST(DaysLeft, EndDateIsInclusive)
{
    ManualClock clock(utc(2026, 11, 27));
    EXPECT_EQ(daysLeft(QDate(2026, 11, 27), clock), 0); // last day of service
    EXPECT_EQ(daysLeft(QDate(2026, 11, 28), clock), 1);
    EXPECT_EQ(daysLeft(QDate(2026, 12, 31), clock), 34);
    EXPECT_EQ(daysLeft(QDate(2026, 11, 26), clock), -1);
    EXPECT_EQ(daysLeft(QDate(2025, 11, 27), clock), -365);
}

TEST(DaysLeft, UsesTheUtcDateOfTheClock)
{
    ManualClock clock(utc(2026, 11, 27, 23, 59, 59));
    EXPECT_EQ(daysLeft(QDate(2026, 11, 28), clock), 1);
    clock.advanceSecs(1); // midnight UTC
    EXPECT_EQ(daysLeft(QDate(2026, 11, 28), clock), 0);
}

TEST(DaysLeft, LeapYears)
{
    ManualClock clock(utc(2028, 2, 28));
    EXPECT_EQ(daysLeft(QDate(2028, 2, 29), clock), 1);
    EXPECT_EQ(daysLeft(QDate(2028, 3, 1), clock), 2);
    clock.set(utc(2027, 2, 28));
    EXPECT_EQ(daysLeft(QDate(2027, 3, 1), clock), 1);
    EXPECT_EQ(daysLeft(QDate(2028, 2, 28), clock), 365);
    EXPECT_EQ(daysLeft(QDate(2028, 3, 1), clock), 367); // through 2028-02-29
    clock.set(utc(2024, 3, 1));
    EXPECT_EQ(daysLeft(QDate(2024, 2, 28), clock), -2); // back over 2024-02-29
    clock.set(utc(2100, 2, 28));                        // 2100 is not a leap year
    EXPECT_EQ(daysLeft(QDate(2100, 3, 1), clock), 1);
}

TEST(DaysLeft, UnknownEndDate)
{
    ManualClock clock;
    EXPECT_EQ(daysLeft(QDate(), clock), noDaysLeft);
    EXPECT_EQ(urgencyForDaysLeft(noDaysLeft), Urgency::Unknown);
}

TEST(DaysLeft, Urgency)
{
    EXPECT_EQ(urgencyForDaysLeft(-1), Urgency::Past);
    EXPECT_EQ(urgencyForDaysLeft(0), Urgency::Critical);
    EXPECT_EQ(urgencyForDaysLeft(criticalDays), Urgency::Critical);
    EXPECT_EQ(urgencyForDaysLeft(criticalDays + 1), Urgency::Soon);
    EXPECT_EQ(urgencyForDaysLeft(soonDays), Urgency::Soon);
    EXPECT_EQ(urgencyForDaysLeft(soonDays + 1), Urgency::Later);
}

TEST(MigrationStateText, TokensRoundTrip)
{
    const std::pair<MigrationState, const char *> expected[] = {
        {MigrationState::NotStarted, "not_started"}, {MigrationState::Purchasing, "purchasing"},
        {MigrationState::Purchased, "purchased"},    {MigrationState::Reassigning, "reassigning"},
        {MigrationState::Reassigned, "reassigned"},  {MigrationState::Suspended, "suspended"},
        {MigrationState::Failed, "failed"},
    };
    ASSERT_EQ(std::size(expected), size_t(migrationStateCount));
    for (const auto &[state, token] : expected) {
        EXPECT_EQ(migrationStateToken(state), QLatin1String(token));
        EXPECT_EQ(migrationStateFromToken(QString::fromLatin1(token)), state);
        EXPECT_FALSE(migrationStateDisplayName(state).isEmpty());
    }
    EXPECT_EQ(migrationStateFromToken(u"Suspended"), std::nullopt);
    EXPECT_EQ(migrationStateFromToken(u"not started"), std::nullopt);
    EXPECT_EQ(migrationStateFromToken(u""), std::nullopt);
}

TEST(MigrationStateText, StateSet)
{
    MigrationStateSet set{MigrationState::Failed, MigrationState::NotStarted};
    EXPECT_TRUE(set.contains(MigrationState::Failed));
    EXPECT_TRUE(set.contains(MigrationState::NotStarted));
    EXPECT_FALSE(set.contains(MigrationState::Suspended));
    set.remove(MigrationState::Failed);
    EXPECT_FALSE(set.contains(MigrationState::Failed));
    EXPECT_TRUE(MigrationStateSet().isEmpty());
}

TEST(SubscriptionRules, AffectedAndExpiring)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    SubscriptionRecord s = test::subscription(
        QStringLiteral("s"),
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)"), 1,
        QStringLiteral("active"), false, QDate(2026, 12, 1));
    EXPECT_TRUE(isAffected(s, catalogue));
    EXPECT_TRUE(isExpiring(s));
    s.autoRenewEnabled = true;
    EXPECT_FALSE(isExpiring(s));
    s.offerName = QStringLiteral("Dynamics 365 for Sales Enterprise Edition");
    EXPECT_FALSE(isAffected(s, catalogue));
}

TEST(SubscriptionRules, EffectiveState)
{
    SubscriptionRecord s;
    s.status = QStringLiteral("active");
    EXPECT_EQ(effectiveState(s, nullptr), MigrationState::NotStarted);
    s.status = QStringLiteral("suspended"); // found suspended by the scan
    EXPECT_EQ(effectiveState(s, nullptr), MigrationState::Suspended);
    MigrationProgress p;
    EXPECT_EQ(effectiveState(s, &p), MigrationState::Suspended); // journal has nothing yet
    p.state = MigrationState::Failed;
    EXPECT_EQ(effectiveState(s, &p), MigrationState::Failed);
    s.status = QStringLiteral("active");
    p.state = MigrationState::Reassigning;
    EXPECT_EQ(effectiveState(s, &p), MigrationState::Reassigning);
}

TEST(SubscriptionRules, CollectAffectedJoinsCustomerSubscriptionAndEntry)
{
    const ScanSnapshot snapshot = test::sampleSnapshot();
    const QList<AffectedSubscription> affected = collectAffected(snapshot, builtInCatalogue());
    ASSERT_EQ(affected.size(), 4); // Fabrikam's look-alike and Contoso's Office 365 are not affected
    EXPECT_EQ(affected.at(0).customer->id, QStringLiteral("c-0001"));
    EXPECT_EQ(affected.at(0).subscription->id, QStringLiteral("s-0003"));
    EXPECT_EQ(affected.at(0).offer->segment, MarketSegment::Students);
    EXPECT_EQ(affected.at(0).offer->kind, OfferKind::AddOn);
    EXPECT_EQ(affected.at(1).subscription->id, QStringLiteral("s-0002"));
    EXPECT_EQ(affected.at(2).subscription->id, QStringLiteral("s-0100"));
    EXPECT_EQ(affected.at(3).subscription->id, QStringLiteral("s-0200"));
    EXPECT_EQ(affected.at(3).offer->family, OfferFamily::CustomerEngagement);

    EXPECT_EQ(affected.at(1).replacementName(nullptr), QStringLiteral("Dynamics 365 Sales Professional"));
    MigrationProgress chosen;
    chosen.replacementOfferName = QStringLiteral("Dynamics 365 Team Members");
    EXPECT_EQ(affected.at(1).replacementName(&chosen), QStringLiteral("Dynamics 365 Team Members"));
}
