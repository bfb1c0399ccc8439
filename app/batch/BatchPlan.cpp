#include "batch/BatchPlan.h"

#include "engine/EngineUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace om::batch {

using engine::sameId;

namespace {

// The texts of this file, for lupdate and QCoreApplication::translate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(om::batch::BatchPlan)
};

QString productKeyOf(const engine::Replacement &r, bool upgrade)
{
    if (upgrade || r.productId.isEmpty())
        return r.id.toUpper();
    return (r.productId + QLatin1Char(':') + r.skuId).toUpper();
}

BatchCheck check(CheckKind kind, bool blocking, const QString &text)
{
    BatchCheck c;
    c.kind = kind;
    c.blocking = blocking;
    c.text = text;
    return c;
}

BatchRow rowOf(const BatchCustomer &customer, const engine::SubscriptionPlan &p)
{
    BatchRow row;
    row.customerId = customer.customerId;
    row.customerName = p.customerName.isEmpty() ? customer.customerName : p.customerName;
    row.market = p.market;
    row.oldSubscriptionId = p.oldSubscription.id;
    row.oldOfferName = p.retiredOfferName.isEmpty() ? p.oldSubscription.offerName : p.retiredOfferName;
    row.oldQuantity = p.oldSubscription.quantity;
    row.isAddOn = !p.oldSubscription.parentSubscriptionId.isEmpty();
    row.replacement = p.target;
    row.alternatives = p.alternatives;
    row.upgradePath = p.useUpgrade;
    row.plannedSeats = p.quantity;
    row.minimumSeats = p.target.minimumQuantity;
    row.availableNewUnits = p.availableNewUnits;
    row.usersToMove = p.usersToMove(); // the operator's excluded users stay behind
    row.migrationId = p.migrationId;
    row.journalState = p.journalState;

    QSet<QString> problemUsers;
    QStringList problemTexts;
    QStringList blockingTexts;
    for (const engine::PlanIssue &issue : p.issues) {
        if (!issue.userId.isEmpty() && issue.severity != engine::IssueSeverity::Info) {
            problemUsers.insert(issue.userId.toLower());
            problemTexts.append(issue.text);
        } else if (issue.userId.isEmpty() && issue.severity == engine::IssueSeverity::Blocking) {
            blockingTexts.append(issue.text);
        }
    }
    row.problemUsers = int(problemUsers.size());
    if (!customer.leaseHolder.isEmpty())
        row.checks.append(
            check(CheckKind::InProgressElsewhere, true,
                  Tr::tr("another runner migrates this customer now: %1").arg(customer.leaseHolder)));
    if (row.journalState == journal::JournalState::Suspended)
        row.checks.append(check(CheckKind::AlreadyDone, false, Tr::tr("already migrated")));
    else if (row.journalState != journal::JournalState::NotStarted)
        row.checks.append(check(CheckKind::AlreadyStarted, false,
                                Tr::tr("started before (%1): the run resumes it")
                                    .arg(journal::journalStateToken(row.journalState))));
    if (!blockingTexts.isEmpty()) {
        const bool noReplacement = !p.useUpgrade && !p.target.isValid();
        row.checks.append(check(noReplacement ? CheckKind::NoReplacement : CheckKind::PlanBlocked, true,
                                blockingTexts.join(QStringLiteral("; "))));
    }
    if (row.problemUsers > 0)
        row.checks.append(
            check(CheckKind::ProblemUsers, false,
                  Tr::tr("%n user(s) cannot be moved as they are; the subscription stops before "
                         "suspend: ",
                         nullptr, row.problemUsers) +
                      problemTexts.join(QStringLiteral("; "))));
    if (row.isAddOn)
        row.checks.append(
            check(CheckKind::AddOn, false,
                  Tr::tr("add-on of %1: migrated before its base, which is suspended only after it")
                      .arg(p.oldSubscription.parentSubscriptionId)));
    if (row.upgradePath)
        row.checks.append(
            check(CheckKind::UpgradePath, false,
                  Tr::tr("upgrade with licence transfer to %1 (cannot be undone)").arg(p.target.name)));
    return row;
}

} // namespace

QString checkKindToken(CheckKind kind)
{
    switch (kind) {
    case CheckKind::ProblemUsers:
        return QStringLiteral("problem_users");
    case CheckKind::AddOn:
        return QStringLiteral("add_on");
    case CheckKind::NoReplacement:
        return QStringLiteral("no_replacement");
    case CheckKind::InProgressElsewhere:
        return QStringLiteral("in_progress_elsewhere");
    case CheckKind::AlreadyDone:
        return QStringLiteral("already_done");
    case CheckKind::AlreadyStarted:
        return QStringLiteral("already_started");
    case CheckKind::UpgradePath:
        return QStringLiteral("upgrade_path");
    case CheckKind::PlanBlocked:
        return QStringLiteral("plan_blocked");
    case CheckKind::PlanFailed:
        return QStringLiteral("plan_failed");
    }
    return {};
}

bool BatchOverride::isEmpty() const
{
    return !excluded && !changesPlan() && billingCycle.isEmpty();
}

QJsonObject BatchOverride::toJson() const
{
    QJsonObject o;
    if (!replacementId.isEmpty())
        o.insert(QStringLiteral("replacementId"), replacementId);
    if (!termDuration.isEmpty())
        o.insert(QStringLiteral("termDuration"), termDuration);
    if (!billingCycle.isEmpty())
        o.insert(QStringLiteral("billingCycle"), billingCycle);
    if (seats > 0)
        o.insert(QStringLiteral("seats"), seats);
    if (excluded)
        o.insert(QStringLiteral("excluded"), true);
    return o;
}

BatchOverride BatchOverride::fromJson(const QJsonObject &o)
{
    BatchOverride b;
    b.replacementId = o.value(QStringLiteral("replacementId")).toString();
    b.termDuration = o.value(QStringLiteral("termDuration")).toString();
    b.billingCycle = o.value(QStringLiteral("billingCycle")).toString();
    b.seats = std::max(0, o.value(QStringLiteral("seats")).toInt());
    b.excluded = o.value(QStringLiteral("excluded")).toBool();
    return b;
}

QString BatchRow::key() const
{
    return (customerId + QLatin1Char('/') + oldSubscriptionId).toLower();
}

bool BatchRow::isBlocked() const
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const BatchCheck &c) { return c.blocking; });
}

bool BatchRow::hasCheck(CheckKind kind) const
{
    return std::any_of(checks.cbegin(), checks.cend(),
                       [kind](const BatchCheck &c) { return c.kind == kind; });
}

engine::Replacement BatchRow::effectiveReplacement() const
{
    if (override.replacementId.isEmpty() || sameId(override.replacementId, replacement.id))
        return replacement;
    for (const engine::Replacement &r : alternatives) {
        if (sameId(r.id, override.replacementId))
            return r;
    }
    return replacement;
}

QString BatchRow::effectiveTerm() const
{
    return override.termDuration.isEmpty() ? effectiveReplacement().termDuration : override.termDuration;
}

QString BatchRow::effectiveBilling() const
{
    return override.billingCycle.isEmpty() ? effectiveReplacement().billingCycle : override.billingCycle;
}

int BatchRow::effectiveSeats() const
{
    return override.seats > 0 ? override.seats : plannedSeats;
}

void BatchPlan::addCustomer(const BatchCustomer &customer)
{
    customers.append(customer);
    if (!plannedAt.isValid() || customer.plannedAt > plannedAt)
        plannedAt = customer.plannedAt;
    if (!customer.planError.isEmpty()) {
        BatchRow row;
        row.customerId = customer.customerId;
        row.customerName = customer.customerName;
        row.checks.append(check(CheckKind::PlanFailed, true, customer.planError));
        rows.append(row);
        return;
    }
    for (const engine::SubscriptionPlan &p : customer.planSet.subscriptions)
        rows.append(rowOf(customer, p));
}

int BatchPlan::indexOf(const QString &customerId, const QString &oldSubscriptionId) const
{
    for (int i = 0; i < rows.size(); ++i) {
        const BatchRow &r = rows.at(i);
        const bool sameSubscription = oldSubscriptionId.isEmpty()
                                          ? r.oldSubscriptionId.isEmpty()
                                          : sameId(r.oldSubscriptionId, oldSubscriptionId);
        if (sameId(r.customerId, customerId) && sameSubscription) // empty: a customer that failed to plan
            return i;
    }
    return -1;
}

Status BatchPlan::setOverride(const QString &customerId, const QString &oldSubscriptionId,
                              const BatchOverride &override)
{
    const int index = indexOf(customerId, oldSubscriptionId);
    const auto refuse = [&](const QString &why) {
        return Error::make(Error::Kind::Validation, why,
                           QStringLiteral("override of %1/%2").arg(customerId, oldSubscriptionId));
    };
    if (index < 0)
        return refuse(Tr::tr("no such row in the batch"));
    BatchRow candidate = rows.at(index);
    candidate.override = override;
    if (override.changesPlan() || !override.billingCycle.isEmpty()) {
        if (candidate.isBlocked())
            return refuse(Tr::tr("the row is blocked; it can only be excluded"));
        if (candidate.journalState != journal::JournalState::NotStarted)
            return refuse(
                Tr::tr("the migration has started; the journal's plan is kept (it can only be excluded)"));
        if (!override.replacementId.isEmpty() && !sameId(override.replacementId, candidate.replacement.id) &&
            std::none_of(candidate.alternatives.cbegin(), candidate.alternatives.cend(),
                         [&](const engine::Replacement &r) { return sameId(r.id, override.replacementId); }))
            return refuse(
                Tr::tr("%1 is not a replacement sold for this subscription").arg(override.replacementId));
        const engine::Replacement item = candidate.effectiveReplacement();
        const bool termChanged = !override.termDuration.isEmpty() || !override.billingCycle.isEmpty() ||
                                 !sameId(item.id, candidate.replacement.id);
        if (termChanged) {
            if (candidate.upgradePath || item.isLegacyOffer)
                return refuse(Tr::tr("an upgrade keeps its term; choose a new-commerce replacement instead"));
            const QString term = override.termDuration.isEmpty() ? item.termDuration : override.termDuration;
            const QString billing =
                override.billingCycle.isEmpty() ? item.billingCycle : override.billingCycle;
            if (!item.offers(term, billing))
                return refuse(Tr::tr("%1 is not offered as %2")
                                  .arg(item.name, engine::Replacement::termText(term, billing)));
        }
        if (override.seats > 0) {
            const int minimum = std::max(1, item.minimumQuantity);
            if (override.seats < minimum)
                return refuse(Tr::tr("%n seat(s) is below the product's minimum", nullptr, override.seats));
            if (item.maximumQuantity > 0 && override.seats > item.maximumQuantity)
                return refuse(Tr::tr("%n seat(s) is above the product's maximum", nullptr, override.seats));
            if (override.seats + candidate.availableNewUnits < candidate.usersToMove)
                return refuse(
                    Tr::tr("not enough seats for the %n user(s) to move", nullptr, candidate.usersToMove));
        }
    }
    rows[index] = candidate;
    return {};
}

QList<BatchTotal> BatchPlan::totals() const
{
    QList<BatchTotal> out;
    QHash<QString, QSet<QString>> customersOf;
    for (const BatchRow &row : rows) {
        if (!row.isIncluded() || row.journalState != journal::JournalState::NotStarted)
            continue; // a started migration bought (or is buying) already: nothing more to buy
        const engine::Replacement item = row.effectiveReplacement();
        const QString key = productKeyOf(item, row.upgradePath);
        auto it =
            std::find_if(out.begin(), out.end(), [&](const BatchTotal &t) { return t.productKey == key; });
        if (it == out.end()) {
            BatchTotal t;
            t.productKey = key;
            t.name = item.name;
            t.upgrade = row.upgradePath;
            out.append(t);
            it = out.end() - 1;
        }
        it->seats += row.effectiveSeats();
        ++it->subscriptions;
        customersOf[key].insert(row.customerId.toLower());
        it->customers = int(customersOf.value(key).size());
    }
    std::sort(out.begin(), out.end(), [](const BatchTotal &a, const BatchTotal &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.productKey < b.productKey;
    });
    return out;
}

int BatchPlan::includedRows() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const BatchRow &r) { return r.isIncluded(); }));
}

int BatchPlan::blockedRows() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const BatchRow &r) { return r.isBlocked(); }));
}

int BatchPlan::doneRows() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const BatchRow &r) { return r.isDone(); }));
}

int BatchPlan::usersToMove() const
{
    int n = 0;
    for (const BatchRow &r : rows)
        n += r.isIncluded() ? r.usersToMove : 0;
    return n;
}

int BatchPlan::seatsToBuy() const
{
    int n = 0;
    for (const BatchTotal &t : totals())
        n += t.seats;
    return n;
}

QStringList BatchPlan::includedCustomers() const
{
    QStringList out;
    for (const BatchRow &r : rows) {
        if (r.isIncluded() && !out.contains(r.customerId, Qt::CaseInsensitive))
            out.append(r.customerId);
    }
    return out;
}

bool BatchPlan::hasOverrides(const QString &customerId) const
{
    return std::any_of(rows.cbegin(), rows.cend(), [&](const BatchRow &r) {
        return sameId(r.customerId, customerId) && !r.override.isEmpty();
    });
}

QJsonObject BatchPlan::toJson() const
{
    QJsonArray byReplacement;
    for (const BatchTotal &t : totals()) {
        byReplacement.append(QJsonObject{{QStringLiteral("product"), t.productKey},
                                         {QStringLiteral("name"), t.name},
                                         {QStringLiteral("seats"), t.seats},
                                         {QStringLiteral("subscriptions"), t.subscriptions},
                                         {QStringLiteral("customers"), t.customers},
                                         {QStringLiteral("upgrade"), t.upgrade}});
    }
    QJsonObject totalsObject{{QStringLiteral("customers"), int(customers.size())},
                             {QStringLiteral("customersToRun"), int(includedCustomers().size())},
                             {QStringLiteral("rows"), int(rows.size())},
                             {QStringLiteral("rowsToRun"), includedRows()},
                             {QStringLiteral("blockedRows"), blockedRows()},
                             {QStringLiteral("doneRows"), doneRows()},
                             {QStringLiteral("usersToMove"), usersToMove()},
                             {QStringLiteral("seatsToBuy"), seatsToBuy()},
                             {QStringLiteral("byReplacement"), byReplacement}};
    QJsonArray rowArray;
    for (const BatchRow &r : rows) {
        const engine::Replacement item = r.effectiveReplacement();
        QJsonArray checkArray;
        for (const BatchCheck &c : r.checks)
            checkArray.append(QJsonObject{{QStringLiteral("kind"), checkKindToken(c.kind)},
                                          {QStringLiteral("blocking"), c.blocking},
                                          {QStringLiteral("text"), c.text}});
        QJsonObject o{{QStringLiteral("customerId"), r.customerId},
                      {QStringLiteral("customerName"), r.customerName},
                      {QStringLiteral("market"), r.market},
                      {QStringLiteral("subscriptionId"), r.oldSubscriptionId},
                      {QStringLiteral("offer"), r.oldOfferName},
                      {QStringLiteral("replacementId"), item.id},
                      {QStringLiteral("replacement"), item.name},
                      {QStringLiteral("upgrade"), r.upgradePath},
                      {QStringLiteral("term"), r.effectiveTerm()},
                      {QStringLiteral("billing"), r.effectiveBilling()},
                      {QStringLiteral("seats"), r.effectiveSeats()},
                      {QStringLiteral("usersToMove"), r.usersToMove},
                      {QStringLiteral("problemUsers"), r.problemUsers},
                      {QStringLiteral("included"), r.isIncluded()},
                      {QStringLiteral("blocked"), r.isBlocked()},
                      {QStringLiteral("journalState"), journal::journalStateToken(r.journalState)},
                      {QStringLiteral("checks"), checkArray}};
        if (!r.override.isEmpty())
            o.insert(QStringLiteral("override"), r.override.toJson());
        rowArray.append(o);
    }
    return QJsonObject{{QStringLiteral("plannedAt"), plannedAt.toString(Qt::ISODate)},
                       {QStringLiteral("totals"), totalsObject},
                       {QStringLiteral("rows"), rowArray}};
}

} // namespace om::batch
