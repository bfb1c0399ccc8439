#include "ui/ExpiryBuckets.h"

#include "domain/OfferMatcher.h"
#include "domain/ProgressLookup.h"
#include "domain/SubscriptionRules.h"

#include <algorithm>

namespace om::gui {

int ExpiryBuckets::maxSubscriptions() const
{
    int m = 0;
    for (const WeekBucket &w : weeks)
        m = std::max(m, w.subscriptions);
    return m;
}

int ExpiryBuckets::maxLicences() const
{
    int m = 0;
    for (const WeekBucket &w : weeks)
        m = std::max(m, w.licences);
    return m;
}

int ExpiryBuckets::totalSubscriptions() const
{
    int n = 0;
    for (const WeekBucket &w : weeks)
        n += w.subscriptions;
    return n;
}

int ExpiryBuckets::totalLicences() const
{
    int n = 0;
    for (const WeekBucket &w : weeks)
        n += w.licences;
    return n;
}

domain::Urgency urgencyOfWeek(const ExpiryBuckets &buckets, int week)
{
    if (week < 0 || week >= buckets.weeks.size() || !buckets.today.isValid())
        return domain::Urgency::Unknown;
    const QDate start = std::max(buckets.weeks.at(week).weekStart, buckets.today);
    return domain::urgencyForDaysLeft(int(buckets.today.daysTo(start)));
}

QDate startOfWeek(const QDate &date, Qt::DayOfWeek firstDayOfWeek)
{
    const int back = (date.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
    return date.addDays(-back);
}

ExpiryBuckets bucketExpirationsByWeek(const domain::ScanSnapshot &snapshot,
                                      const domain::OfferCatalogue &catalogue,
                                      const domain::MigrationProgressMap &progress, const QDate &today,
                                      int weekCount, Qt::DayOfWeek firstDayOfWeek)
{
    ExpiryBuckets result;
    result.today = today;
    const QDate first = startOfWeek(today, firstDayOfWeek);
    weekCount = std::max(weekCount, 1);
    result.weeks.reserve(weekCount);
    for (int i = 0; i < weekCount; ++i)
        result.weeks.append(WeekBucket{first.addDays(qint64(7) * i), 0, 0});

    domain::OfferMatcher matcher(catalogue); // shared offer texts matched once (100,000 at start)
    const domain::ProgressLookup lookup(progress);
    for (const domain::CustomerRecord &customer : snapshot.customers) {
        for (const domain::SubscriptionRecord &subscription : customer.subscriptions) {
            if (!matcher.match(subscription) || subscription.status == u"deleted")
                continue;
            const domain::MigrationProgress *p = lookup.find(subscription.id);
            if (domain::effectiveState(subscription, p) == domain::MigrationState::Suspended)
                continue;
            const QDate end = subscription.commitmentEndDate;
            if (!end.isValid()) {
                ++result.unknownSubscriptions;
                continue;
            }
            const qint64 days = first.daysTo(end);
            if (days < 0) {
                ++result.overdueSubscriptions;
                result.overdueLicences += subscription.quantity;
                continue;
            }
            const qint64 week = days / 7;
            if (week >= weekCount) {
                ++result.laterSubscriptions;
                result.laterLicences += subscription.quantity;
                continue;
            }
            WeekBucket &bucket = result.weeks[int(week)];
            ++bucket.subscriptions;
            bucket.licences += subscription.quantity;
        }
    }
    return result;
}

} // namespace om::gui
