#include "engine/EngineTypes.h"

#include "engine/EngineUtil.h"

#include <QTextStream>

#include <algorithm>

namespace om::engine {

bool SubscriptionPlan::hasBlockingIssue() const
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const PlanIssue &i) {
        return i.severity == IssueSeverity::Blocking && i.userId.isEmpty();
    });
}

int SubscriptionPlan::usersToMove() const
{
    return int(std::count_if(users.cbegin(), users.cend(),
                             [](const PlannedUser &u) { return u.holdsOld && !u.holdsNew && !u.excluded; }));
}

int SubscriptionPlan::excludedHolders() const
{
    return int(std::count_if(users.cbegin(), users.cend(),
                             [](const PlannedUser &u) { return u.holdsOld && u.excluded; }));
}

bool MigrationRequest::excludes(const QString &oldSubscriptionId, const QString &userId) const
{
    for (auto it = excludedUsers.cbegin(); it != excludedUsers.cend(); ++it) {
        if (sameId(it.key(), oldSubscriptionId))
            return std::any_of(it.value().cbegin(), it.value().cend(),
                               [&](const QString &id) { return sameId(id, userId); });
    }
    return false;
}

bool MigrationRequest::confirmsSuspendOnly(const QString &oldSubscriptionId) const
{
    return std::any_of(suspendOnly.cbegin(), suspendOnly.cend(),
                       [&](const QString &id) { return sameId(id, oldSubscriptionId); });
}

journal::MigrationPlan SubscriptionPlan::toJournalPlan(const QString &operatorName) const
{
    journal::MigrationPlan p;
    p.customerId = customerId;
    p.customerName = customerName;
    p.oldSubscriptionId = oldSubscription.id;
    p.oldOfferId = oldSubscription.offerId;
    p.oldOfferName = oldSubscription.offerName;
    p.oldSku = oldSku;
    p.targetOfferId = target.id;
    p.targetOfferName = target.name;
    p.targetSku = targetSku;
    p.termDuration = useUpgrade ? QString() : target.termDuration;
    p.billingCycle = useUpgrade ? QString() : target.billingCycle;
    p.plannedQuantity = quantity;
    p.path = suspendOnly  ? journal::MigrationPath::SuspendOnly
             : useUpgrade ? journal::MigrationPath::Upgrade
                          : journal::MigrationPath::Purchase;
    if (suspendOnly) { // nothing is bought: no replacement in the journal
        p.targetOfferId.clear();
        p.targetOfferName.clear();
        p.targetSku.clear();
        p.termDuration.clear();
        p.billingCycle.clear();
        p.plannedQuantity = 0;
    }
    p.operatorName = operatorName;
    return p;
}

bool Replacement::offers(const QString &duration, const QString &billing) const
{
    return std::any_of(terms.cbegin(), terms.cend(), [&](const pc::AvailabilityTerm &t) {
        return t.duration.compare(duration, Qt::CaseInsensitive) == 0 &&
               t.billingCycle.compare(billing, Qt::CaseInsensitive) == 0;
    });
}

QString Replacement::termText(const QString &duration, const QString &billing)
{
    const QString d = duration.toUpper();
    const QString term = d == QLatin1String("P1M")   ? QStringLiteral("monthly term")
                         : d == QLatin1String("P1Y") ? QStringLiteral("1-year term")
                         : d == QLatin1String("P3Y") ? QStringLiteral("3-year term")
                                                     : d;
    return QStringLiteral("%1, %2 billing").arg(term, billing.toLower());
}

namespace {
QString severityText(IssueSeverity s)
{
    switch (s) {
    case IssueSeverity::Info:
        return QStringLiteral("info");
    case IssueSeverity::Warning:
        return QStringLiteral("WARNING");
    case IssueSeverity::Blocking:
        return QStringLiteral("BLOCKING");
    }
    return {};
}
} // namespace

QString MigrationPlanSet::describe() const
{
    QString text;
    QTextStream out(&text);
    out << "Customer " << customerName << " (" << customerId << ")\n";
    for (const PlanIssue &i : issues)
        out << "  [" << severityText(i.severity) << "] " << i.text << '\n';
    for (const SubscriptionPlan &s : subscriptions) {
        out << "\n  Old subscription " << s.oldSubscription.id << ": " << s.oldSubscription.offerName << ", "
            << s.oldSubscription.quantity << " seats, " << s.oldSubscription.status << ", market " << s.market
            << "\n    old SKU " << s.oldSku << "\n";
        if (s.migrationId)
            out << "    journal: migration #" << s.migrationId << " is "
                << journal::journalStateToken(s.journalState) << " (will resume)\n";
        out << "    replacement " << s.target.name << " (" << s.target.id << "), SKU " << s.targetSku << '\n';
        if (!s.useUpgrade && s.target.isValid())
            out << "    " << Replacement::termText(s.target.termDuration, s.target.billingCycle)
                << ", segment " << s.target.segment << "; billed to you, the partner (CSP)\n";
        out << "    quantity " << s.quantity << " (minimum " << s.target.minimumQuantity << ", "
            << s.availableNewUnits << " free units of the new SKU already)\n";
        if (s.suspendOnly)
            out << "    path: suspend only; nobody holds the old licence, nothing is bought\n";
        else if (s.useUpgrade)
            out << "    path: one-step upgrade with licence transfer; Partner Center suspends the old "
                   "subscription as part of the upgrade (fallback if refused: buy, reassign, suspend)\n";
        else
            out << "    path: buy through a cart, reassign each user, suspend the old subscription\n";
        for (const Replacement &a : s.alternatives)
            out << "    other replacement: " << a.name << " (" << a.id << ")\n";
        out << "    users (" << s.users.size() << "):\n";
        for (const PlannedUser &u : s.users)
            out << "      " << u.upn
                << (u.usageLocation.isEmpty() ? QStringLiteral(" [no usage location]") : QString())
                << (u.excluded ? QStringLiteral(" [excluded: keeps the old licence]") : QString()) << '\n';
        if (s.suspendOnlyOffered && !s.suspendOnly)
            out << "    nobody holds the old licence: it can be suspended without buying a replacement\n";
        for (const PlanIssue &i : s.issues)
            out << "    [" << severityText(i.severity) << "] " << i.text << '\n';
    }
    out.flush();
    return text;
}

QString stepName(Step step)
{
    switch (step) {
    case Step::Idle:
        return QStringLiteral("idle");
    case Step::Plan:
        return QStringLiteral("plan");
    case Step::Purchase:
        return QStringLiteral("purchase");
    case Step::Reassign:
        return QStringLiteral("reassign");
    case Step::Verify:
        return QStringLiteral("verify");
    case Step::Suspend:
        return QStringLiteral("suspend");
    case Step::Done:
        return QStringLiteral("done");
    }
    return {};
}

} // namespace om::engine
