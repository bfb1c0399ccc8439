#pragma once

#include "domain/MigrationProgress.h"
#include "domain/ScanData.h"
#include "domain/SubscriptionRules.h"

#include <QDate>
#include <QList>

namespace om::domain {
class OfferCatalogue;
}

namespace om::gui {

// Retired-offer subscriptions still to migrate, counted by the week their term ends. GUI-free: the
// chart widget only paints what this computes.
struct WeekBucket
{
    QDate weekStart; // first day of the week
    int subscriptions = 0;
    int licences = 0; // sum of quantities
};

struct ExpiryBuckets
{
    QDate today;                  // the day the buckets were counted for
    QList<WeekBucket> weeks;      // weeks[0] is the week containing `today` (the current week)
    int overdueSubscriptions = 0; // term ended before the current week
    int overdueLicences = 0;
    int laterSubscriptions = 0; // term ends after the last week
    int laterLicences = 0;
    int unknownSubscriptions = 0; // no end date

    int maxSubscriptions() const;
    int maxLicences() const;
    int totalSubscriptions() const; // in `weeks` only
    int totalLicences() const;
};

// Counts every affected subscription of the snapshot (offer in the catalogue) that is still to migrate:
// not suspended (by us or as found by the scan, see om::domain::effectiveState) and not deleted.
// Weeks start on `firstDayOfWeek`; the end date is the term's last day (inclusive).
ExpiryBuckets bucketExpirationsByWeek(const domain::ScanSnapshot &snapshot,
                                      const domain::OfferCatalogue &catalogue,
                                      const domain::MigrationProgressMap &progress, const QDate &today,
                                      int weekCount = 16, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

// How urgent a week's terms are, as the tables say it: the urgency of its first day still ahead (today for
// the current week), so a week holding a term "30 · soon" in the table is a "soon" week in the chart.
domain::Urgency urgencyOfWeek(const ExpiryBuckets &buckets, int week);

// The first day of the week containing `date`.
QDate startOfWeek(const QDate &date, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

} // namespace om::gui
