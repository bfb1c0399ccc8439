// SandboxStore: licence pools (subscribed SKUs) and per-user licence updates.

#include "sandbox/store/SandboxStore.h"

#include <QSet>

namespace om::sandbox {

QStringList SandboxStore::userSkuIds(const QString &customerId, const QString &userId) const
{
    QStringList out;
    if (const UserRecord *u = user(customerId, userId)) {
        for (const LicenceAssignment &l : u->licences)
            out.append(l.skuId);
    }
    return out;
}

bool SandboxStore::userHasSku(const QString &customerId, const QString &userId, const QString &skuId) const
{
    return userSkuIds(customerId, userId).contains(skuId.toLower());
}

int SandboxStore::consumedUnits(const QString &customerId, const QString &skuId) const
{
    const CustomerState *cs = state(customerId);
    return cs ? cs->consumed.value(skuId.toLower()) : 0;
}

int SandboxStore::activeUnits(const QString &customerId, const QString &skuId) const
{
    int units = 0;
    const QString sku = skuId.toLower();
    for (const SubscriptionRecord *s : subscriptions(customerId)) {
        if (skuOf(*s) == sku && effectiveStatus(*s) == SubscriptionStatus::Active)
            units += s->quantity;
    }
    return units;
}

int SandboxStore::availableUnits(const QString &customerId, const QString &skuId) const
{
    return std::max(0, activeUnits(customerId, skuId) - consumedUnits(customerId, skuId));
}

QList<SubscribedSkuView> SandboxStore::subscribedSkus(const QString &customerId) const
{
    QList<SubscribedSkuView> out;
    const CustomerState *cs = state(customerId);
    if (!cs)
        return out;
    QHash<QString, int> index; // skuId -> position in out
    const auto line = [&](const QString &skuId) -> SubscribedSkuView * {
        const auto it = index.constFind(skuId);
        if (it != index.constEnd())
            return &out[*it];
        const SkuRecord *sku = m_catalogue.sku(skuId);
        if (!sku)
            return nullptr;
        index.insert(skuId, int(out.size()));
        SubscribedSkuView view;
        view.sku = *sku;
        out.append(view);
        return &out.last();
    };
    for (const QString &id : cs->subscriptionOrder) {
        const SubscriptionRecord &s = *cs->subscriptions.constFind(id);
        const SubscriptionStatus status = effectiveStatus(s);
        if (status == SubscriptionStatus::Deleted)
            continue;
        SubscribedSkuView *view = line(skuOf(s));
        if (!view)
            continue;
        // Simulator default (NOT CONFIRMED, docs/partner-center-api.md "Not confirmed"): suspended seats move
        // from active to suspended; pending seats count nowhere until provisioned.
        if (status == SubscriptionStatus::Active)
            view->activeUnits += s.quantity;
        else if (status == SubscriptionStatus::Suspended)
            view->suspendedUnits += s.quantity;
    }
    QStringList assignedOnly;
    for (auto it = cs->consumed.constBegin(); it != cs->consumed.constEnd(); ++it) {
        if (it.value() > 0 && !index.contains(it.key()))
            assignedOnly.append(it.key());
    }
    assignedOnly.sort();
    for (const QString &skuId : assignedOnly)
        line(skuId);
    for (SubscribedSkuView &view : out)
        view.consumedUnits = cs->consumed.value(view.sku.id);
    return out;
}

bool SandboxStore::licenceChangePending(const QString &customerId, const QString &skuId) const
{
    const CustomerState *cs = state(customerId);
    if (!cs)
        return false;
    const QDateTime changed = cs->licenceChangedAt.value(skuId.toLower());
    return changed.isValid() && m_clock.now() < changed.addMSecs(m_options.provisioningDelayMs);
}

StoreResult<LicenceUpdateRequest> SandboxStore::updateLicences(const QString &customerId,
                                                               const QString &userIdOrUpn,
                                                               const LicenceUpdateRequest &update,
                                                               bool appOnly)
{
    if (appOnly)
        return StoreError{
            400,
            codes::AppOnlyLicence,
            QStringLiteral("Partner token is not allowed in license management calls. Use an App+User "
                           "token."),
            {}};
    if (auto error = checkCustomer(customerId))
        return *error;
    const UserRecord *found = user(customerId, userIdOrUpn);
    if (!found)
        return StoreError{
            404, codes::UserNotFound, QStringLiteral("User object Id %1 is not found.").arg(userIdOrUpn), {}};
    if (update.licensesToAssign.isEmpty() && update.licensesToRemove.isEmpty())
        return StoreError{400,
                          codes::InvalidInput,
                          QStringLiteral("The licence update neither assigns nor removes a licence."),
                          {}};
    CustomerState *cs = state(customerId);
    UserRecord &u = cs->users[found->id];
    LicenceUpdateRequest normalised;
    for (const LicenceAssignment &a : update.licensesToAssign)
        normalised.licensesToAssign.append({a.skuId.toLower(), a.excludedPlans});
    for (const QString &r : update.licensesToRemove)
        normalised.licensesToRemove.append(r.toLower());
    // All or nothing: every check runs before anything changes (atomicity NOT CONFIRMED for the real
    // service; AAD's assignLicense is atomic).
    if (auto error = checkLicenceChange(*cs, u, normalised))
        return *error;
    applyLicenceChange(*cs, u, normalised);
    return normalised;
}

std::optional<StoreError> SandboxStore::checkLicenceChange(const CustomerState &cs, const UserRecord &u,
                                                           const LicenceUpdateRequest &update) const
{
    QHash<QString, QStringList> held;
    for (const LicenceAssignment &l : u.licences)
        held.insert(l.skuId, l.excludedPlans);

    QSet<QString> removing;
    for (const QString &sku : update.licensesToRemove) {
        if (!held.contains(sku))
            return StoreError{
                400,
                codes::LicenceNotAssigned,
                QStringLiteral("User %1 does not have a licence for SKU %2.").arg(u.userPrincipalName, sku),
                {}};
        removing.insert(sku);
    }
    QSet<QString> assigning;
    for (const LicenceAssignment &a : update.licensesToAssign) {
        if (assigning.contains(a.skuId) || removing.contains(a.skuId))
            return StoreError{
                400,
                codes::InvalidInput,
                QStringLiteral("SKU %1 appears more than once in the licence update.").arg(a.skuId),
                {}};
        assigning.insert(a.skuId);
    }
    if (!assigning.isEmpty() && u.usageLocation.trimmed().isEmpty())
        // The text is documented (docs/partner-center-api.md "Licences"); the code is NOT CONFIRMED (our
        // choice).
        return StoreError{
            400,
            codes::InvalidUsageLocation,
            QStringLiteral("License assignment cannot be done for user with invalid usage location."),
            {}};

    for (const LicenceAssignment &a : update.licensesToAssign) {
        const SkuRecord *sku = m_catalogue.sku(a.skuId);
        bool anySubscription = false;
        int active = 0;
        for (const QString &id : cs.subscriptionOrder) {
            const SubscriptionRecord &s = *cs.subscriptions.constFind(id);
            const SubscriptionStatus status = effectiveStatus(s);
            if (skuOf(s) != a.skuId || status == SubscriptionStatus::Deleted)
                continue;
            anySubscription = true;
            if (status == SubscriptionStatus::Active)
                active += s.quantity;
        }
        if (!sku || !anySubscription)
            return StoreError{
                400,
                codes::UnknownSku,
                QStringLiteral("The SKU %1 is not available to this customer: the tenant has no "
                               "subscription for it.")
                    .arg(a.skuId),
                {}};
        if (active == 0)
            return StoreError{
                400,
                codes::SkuNotActive,
                QStringLiteral("Licences of %1 (%2) cannot be assigned: every subscription for it is "
                               "suspended or still provisioning.")
                    .arg(sku->name, a.skuId),
                {}};
        for (const QString &planId : a.excludedPlans) {
            const bool known = std::any_of(
                sku->servicePlans.cbegin(), sku->servicePlans.cend(),
                [&](const ServicePlanRecord &p) { return p.id.compare(planId, Qt::CaseInsensitive) == 0; });
            if (!known)
                return StoreError{
                    400,
                    codes::InvalidInput,
                    QStringLiteral("Service plan %1 is not part of SKU %2.").arg(planId, a.skuId),
                    {}};
        }
        if (!held.contains(a.skuId) && cs.consumed.value(a.skuId) + 1 > active)
            return StoreError{
                400,
                codes::NoLicencesLeft,
                QStringLiteral("We are sorry, it looks like you have run out of licenses. Buy more "
                               "licenses, and then try again."),
                {QStringLiteral("LicenseQuotaExceededException : Subscription with Account %1 and SKU "
                                "%2 does not have any available licenses left.")
                     .arg(cs.record.id, a.skuId)}};
    }

    // Service plans enabled after the change, per conflict group.
    struct Enabled
    {
        QString planId;
        QString planName;
        QString skuId;
        bool fromAssigned;
    };
    QHash<int, QList<Enabled>> byGroup;
    const auto collect = [&](const QString &skuId, const QStringList &excluded, bool fromAssigned) {
        const SkuRecord *sku = m_catalogue.sku(skuId);
        if (!sku)
            return;
        for (const ServicePlanRecord &p : sku->servicePlans) {
            const int group = m_catalogue.conflictGroupOf(p.id);
            if (group < 0 || excluded.contains(p.id, Qt::CaseInsensitive))
                continue;
            byGroup[group].append({p.id.toLower(), p.serviceName, skuId, fromAssigned});
        }
    };
    for (auto it = held.constBegin(); it != held.constEnd(); ++it) {
        if (!removing.contains(it.key()) && !assigning.contains(it.key()))
            collect(it.key(), it.value(), false);
    }
    for (const LicenceAssignment &a : update.licensesToAssign)
        collect(a.skuId, a.excludedPlans, true);
    for (auto it = byGroup.constBegin(); it != byGroup.constEnd(); ++it) {
        const QList<Enabled> &plans = it.value();
        for (const Enabled &newPlan : plans) {
            if (!newPlan.fromAssigned)
                continue;
            for (const Enabled &other : plans) {
                if (other.planId == newPlan.planId || other.skuId == newPlan.skuId)
                    continue;
                // Code NOT CONFIRMED (AAD calls it MutuallyExclusiveViolation): our choice.
                return StoreError{
                    400,
                    codes::ConflictingServicePlans,
                    QStringLiteral(
                        "The service plan %1 of SKU %2 cannot be assigned together with %3 of SKU %4. "
                        "Remove SKU %4 in the same request or exclude one of the plans.")
                        .arg(newPlan.planName, newPlan.skuId, other.planName, other.skuId),
                    {QStringLiteral("MutuallyExclusiveViolation : %1, %2")
                         .arg(newPlan.planId, other.planId)}};
            }
        }
    }
    return std::nullopt;
}

void SandboxStore::applyLicenceChange(CustomerState &cs, UserRecord &u, const LicenceUpdateRequest &update)
{
    const QDateTime now = m_clock.now();
    for (const QString &sku : update.licensesToRemove) {
        for (int i = 0; i < u.licences.size(); ++i) {
            if (u.licences.at(i).skuId == sku) {
                u.licences.removeAt(i);
                --cs.consumed[sku];
                break;
            }
        }
        cs.licenceChangedAt.insert(sku, now);
    }
    for (const LicenceAssignment &a : update.licensesToAssign) {
        bool updated = false;
        for (LicenceAssignment &held : u.licences) {
            if (held.skuId == a.skuId) {
                held.excludedPlans = a.excludedPlans; // re-assigning only changes the excluded plans
                updated = true;
            }
        }
        if (!updated) {
            u.licences.append(a);
            ++cs.consumed[a.skuId];
        }
        cs.licenceChangedAt.insert(a.skuId, now);
    }
}

} // namespace om::sandbox
