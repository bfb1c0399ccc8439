#include "domain/SubscriptionRules.h"

#include "domain/MigrationProgress.h"
#include "domain/OfferCatalogue.h"
#include "domain/ScanData.h"

#include <QCoreApplication>

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

QString urgencyWord(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Past:
        return QCoreApplication::translate("om::domain::Urgency", "ended");
    case Urgency::Critical:
        return QCoreApplication::translate("om::domain::Urgency", "urgent");
    case Urgency::Soon:
        return QCoreApplication::translate("om::domain::Urgency", "soon");
    case Urgency::Later:
    case Urgency::Unknown:
        break;
    }
    return {};
}

QString daysLeftSpoken(int days, Urgency urgency)
{
    const char *const context = "om::domain::Urgency";
    if (days == noDaysLeft)
        return {};
    if (days < 0)
        return QCoreApplication::translate(context, "ended %n day(s) ago", nullptr, -days);
    const QString text = QCoreApplication::translate(context, "%n day(s) left", nullptr, days);
    const QString word = urgencyWord(urgency);
    return word.isEmpty() ? text : QCoreApplication::translate(context, "%1, %2").arg(text, word);
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
