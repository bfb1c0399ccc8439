#pragma once

// The rules that decide which subscriptions matter and how urgent they are.

#include "common/Clock.h"
#include "domain/MigrationState.h"

#include <QDate>
#include <QString>

#include <climits>

namespace om::domain {

class OfferCatalogue;
struct SubscriptionRecord;
struct MigrationProgress;

// Affected: the subscription's offer is in the retired-offer catalogue.
bool isAffected(const SubscriptionRecord &subscription, const OfferCatalogue &catalogue);

// Expiring: it will not renew (autoRenewEnabled == false).
bool isExpiring(const SubscriptionRecord &subscription);

// Days from the clock's UTC date to the commitment end date. The end date is INCLUSIVE (the last day
// of service): 0 on the end date itself, 1 the day before, -1 the day after (negative when past).
// Returns noDaysLeft when the end date is invalid/unknown.
constexpr int noDaysLeft = INT_MIN;
int daysLeft(const QDate &commitmentEndDate, const Clock &clock);
int daysLeft(const QDate &commitmentEndDate, const QDate &today);

// Colour hint for a days-left value (the view picks the colours).
enum class Urgency
{
    Unknown,  // no end date
    Past,     // days left < 0: term already ended
    Critical, // 0..criticalDays
    Soon,     // ..soonDays
    Later,    // more
};
constexpr int criticalDays = 7;
constexpr int soonDays = 30;
Urgency urgencyForDaysLeft(int days);
// The word that says an urgency without colour, translated: "ended", "urgent", "soon"; empty for Later and
// Unknown. Views add it to the days left ("3 · urgent"), also for screen readers.
QString urgencyWord(Urgency urgency);
// The days left as a sentence a screen reader says, with the urgency's word: "3 days left, urgent",
// "ended 2 days ago"; `urgency` may differ from the days' own (Unknown for a subscription already done).
QString daysLeftSpoken(int days, Urgency urgency);

// The state a view shows: the journal's state when it has one beyond not_started; otherwise
// `suspended` when the scan found the subscription suspended, else `not_started`.
MigrationState effectiveState(const SubscriptionRecord &subscription, const MigrationProgress *progress);

} // namespace om::domain
