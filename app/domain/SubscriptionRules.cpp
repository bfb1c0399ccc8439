#include "domain/SubscriptionRules.h"

#include "domain/MigrationProgress.h"
#include "domain/OfferCatalogue.h"
#include "domain/ScanData.h"

namespace om::domain {

bool isAffected(const SubscriptionRecord &subscription, const OfferCatalogue &catalogue)
{
    return catalogue.match(subscription) != nullptr;
}

bool isExpiring(const SubscriptionRecord &subscription)
{
    return !subscription.autoRenewEnabled;
}

int daysLeft(const QDate &commitmentEndDate, const QDate &today)
{
    if (!commitmentEndDate.isValid() || !today.isValid())
        return noDaysLeft;
    return int(today.daysTo(commitmentEndDate));
}

int daysLeft(const QDate &commitmentEndDate, const Clock &clock)
{
    return daysLeft(commitmentEndDate, clock.today());
}

Urgency urgencyForDaysLeft(int days)
{
    if (days == noDaysLeft)
        return Urgency::Unknown;
    if (days < 0)
        return Urgency::Past;
    if (days <= criticalDays)
        return Urgency::Critical;
    if (days <= soonDays)
        return Urgency::Soon;
    return Urgency::Later;
}

MigrationState effectiveState(const SubscriptionRecord &subscription, const MigrationProgress *progress)
{
    if (progress && progress->state != MigrationState::NotStarted)
        return progress->state;
    if (subscription.status.compare(QLatin1String("suspended"), Qt::CaseInsensitive) == 0)
        return MigrationState::Suspended;
    return MigrationState::NotStarted;
}

} // namespace om::domain
