#include "sandbox/store/SandboxJson.h"

namespace om::sandbox::json {

namespace {
QString segmentQualification(Segment segment)
{
    switch (segment) {
    case Segment::Faculty:
    case Segment::Students:
        return QStringLiteral("Academic");
    case Segment::Government:
        return QStringLiteral("Government");
    case Segment::Commercial:
        break;
    }
    return {};
}
} // namespace

QString isoDate(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const QDateTime utc = dt.toUTC();
    if (utc.time() == QTime(0, 0))
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
    // Real responses carry 7 fractional digits; the sandbox pads milliseconds.
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("0000Z");
}

QJsonObject link(const QString &uri, const QString &method, const QList<QPair<QString, QString>> &headers)
{
    QJsonArray hs;
    for (const auto &h : headers)
        hs.append(QJsonObject{{QStringLiteral("key"), h.first}, {QStringLiteral("value"), h.second}});
    return {
        {QStringLiteral("uri"), uri}, {QStringLiteral("method"), method}, {QStringLiteral("headers"), hs}};
}

QJsonObject attributes(const QString &objectType, const QString &etag)
{
    QJsonObject a{{QStringLiteral("objectType"), objectType}};
    if (!etag.isEmpty())
        a.insert(QStringLiteral("etag"), etag);
    return a;
}

QJsonObject collection(const QJsonArray &items, const QJsonObject &links)
{
    QJsonObject c{{QStringLiteral("totalCount"), int(items.size())},
                  {QStringLiteral("items"), items},
                  {QStringLiteral("attributes"), attributes(QStringLiteral("Collection"))}};
    if (!links.isEmpty())
        c.insert(QStringLiteral("links"), links);
    return c;
}

QJsonObject customer(const CustomerRecord &c, bool detailed)
{
    const QString self = QStringLiteral("/customers/") + c.id;
    QJsonObject profile{
        {QStringLiteral("tenantId"), c.id},
        {QStringLiteral("domain"), c.domain},
        {QStringLiteral("companyName"), c.companyName},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"), link(self + QStringLiteral("/profiles/company"))}}},
        {QStringLiteral("attributes"), attributes(QStringLiteral("CustomerCompanyProfile"))}};
    QJsonObject out{{QStringLiteral("id"), c.id},
                    {QStringLiteral("commerceId"), c.commerceId},
                    {QStringLiteral("companyProfile"), profile},
                    {QStringLiteral("relationshipToPartner"), c.relationshipToPartner},
                    {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), link(self)}}},
                    {QStringLiteral("attributes"), attributes(QStringLiteral("Customer"))}};
    if (!detailed)
        return out;
    const QJsonObject address{{QStringLiteral("country"), c.country},
                              {QStringLiteral("region"), QString()},
                              {QStringLiteral("city"), c.city},
                              {QStringLiteral("state"), QString()},
                              {QStringLiteral("addressLine1"), c.addressLine1},
                              {QStringLiteral("postalCode"), c.postalCode},
                              {QStringLiteral("firstName"), c.contactFirstName},
                              {QStringLiteral("lastName"), c.contactLastName},
                              {QStringLiteral("phoneNumber"), QString()}};
    const QString billingEtag = QString::fromLatin1(QByteArray(c.id.toLatin1() + ":billing:1").toBase64());
    out.insert(
        QStringLiteral("billingProfile"),
        QJsonObject{{QStringLiteral("id"), c.commerceId},
                    {QStringLiteral("firstName"), c.contactFirstName},
                    {QStringLiteral("lastName"), c.contactLastName},
                    {QStringLiteral("email"), c.contactEmail},
                    {QStringLiteral("culture"), c.culture},
                    {QStringLiteral("language"), c.language},
                    {QStringLiteral("companyName"), c.companyName},
                    {QStringLiteral("defaultAddress"), address},
                    {QStringLiteral("links"),
                     QJsonObject{{QStringLiteral("self"), link(self + QStringLiteral("/profiles/billing"))}}},
                    {QStringLiteral("attributes"),
                     attributes(QStringLiteral("CustomerBillingProfile"), billingEtag)}});
    out.insert(QStringLiteral("allowDelegatedAccess"), c.allowDelegatedAccess);
    out.insert(QStringLiteral("customDomains"), QJsonArray{c.domain});
    return out;
}

namespace {
// links.offer of a legacy subscription; links.product/sku/availability of an NCE one.
QJsonObject subscriptionLinks(const SandboxStore &store, const SubscriptionRecord &s)
{
    QJsonObject links{{QStringLiteral("self"),
                       link(QStringLiteral("/customers/%1/subscriptions/%2").arg(s.customerId, s.id))}};
    if (s.isNce()) {
        const QStringList parts = s.offerId.split(QLatin1Char(':'));
        const QString product = QStringLiteral("/products/") + parts.value(0);
        const QString sku = product + QStringLiteral("/skus/") + parts.value(1);
        const QString availability = sku + QStringLiteral("/availabilities/") + parts.value(2);
        const QString country = QStringLiteral("?country=") + s.market;
        links.insert(QStringLiteral("product"), link(product + country));
        links.insert(QStringLiteral("sku"), link(sku + country));
        links.insert(QStringLiteral("availability"), link(availability + country));
        return links;
    }
    const CustomerRecord *customer = store.customer(s.customerId);
    const bool withoutCountry = customer && customer->offerLinksWithoutCountry;
    links.insert(QStringLiteral("offer"),
                 link(withoutCountry ? QStringLiteral("/offers/%1").arg(s.offerId)
                                     : QStringLiteral("/offers/%1?country=%2").arg(s.offerId, s.market)));
    return links;
}

// The NCE-only fields: productType, cancellationAllowedUntilDate and, while seats can still be
// returned, refundableQuantity (after the window the sandbox omits it; NOT CONFIRMED what the
// service sends then).
void addNceFields(const SandboxStore &store, const SubscriptionRecord &s, QJsonObject &out)
{
    out.insert(QStringLiteral("productType"),
               QJsonObject{{QStringLiteral("id"), QStringLiteral("OnlineServicesNCE")},
                           {QStringLiteral("displayName"), QStringLiteral("OnlineServicesNCE")}});
    out.insert(QStringLiteral("cancellationAllowedUntilDate"), isoDate(s.cancellationAllowedUntil));
    const SubscriptionStatus status = store.effectiveStatus(s);
    if (status != SubscriptionStatus::Deleted && store.clock().now() < s.cancellationAllowedUntil) {
        const QJsonObject detail{
            {QStringLiteral("quantity"), s.quantity},
            {QStringLiteral("allowedUntilDateTime"), isoDate(s.cancellationAllowedUntil)}};
        out.insert(QStringLiteral("refundableQuantity"),
                   QJsonObject{{QStringLiteral("totalQuantity"), s.quantity},
                               {QStringLiteral("details"), QJsonArray{detail}}});
    }
    if (const NceSkuRecord *sku = store.catalogue().nceSkuOf(s.offerId))
        out.insert(QStringLiteral("isTrial"), sku->isTrial);
}
} // namespace

QJsonObject subscription(const SandboxStore &store, const SubscriptionRecord &s)
{
    const SubscriptionStatus status = store.effectiveStatus(s);
    QJsonObject links = subscriptionLinks(store, s);
    if (!s.parentSubscriptionId.isEmpty())
        links.insert(
            QStringLiteral("parentSubscription"),
            link(QStringLiteral("/customers/%1/subscriptions/%2").arg(s.customerId, s.parentSubscriptionId)));
    QJsonArray actions;
    if (status == SubscriptionStatus::Active || status == SubscriptionStatus::Suspended)
        actions = {QStringLiteral("edit")};
    QJsonObject out{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("offerId"), s.offerId},
        {QStringLiteral("offerName"), s.offerName},
        {QStringLiteral("friendlyName"), s.friendlyName},
        {QStringLiteral("quantity"), s.quantity},
        {QStringLiteral("unitType"), QStringLiteral("Licenses")},
        {QStringLiteral("creationDate"), isoDate(s.creationDate)},
        {QStringLiteral("effectiveStartDate"), isoDate(s.effectiveStartDate)},
        {QStringLiteral("commitmentEndDate"), isoDate(s.commitmentEndDate)},
        {QStringLiteral("status"), subscriptionStatusName(status)},
        {QStringLiteral("autoRenewEnabled"), s.autoRenewEnabled},
        {QStringLiteral("billingType"), QStringLiteral("license")},
        {QStringLiteral("billingCycle"), s.billingCycle},
        {QStringLiteral("termDuration"), s.termDuration},
        {QStringLiteral("isTrial"), false},
        {QStringLiteral("isMicrosoftProduct"), true},
        {QStringLiteral("hasPurchasableAddons"), false},
        {QStringLiteral("contractType"), QStringLiteral("subscription")},
        {QStringLiteral("partnerId"), QString()},
        {QStringLiteral("orderId"), s.orderId},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("links"), links},
        {QStringLiteral("attributes"), attributes(QStringLiteral("Subscription"), store.etag(s))}};
    if (!s.parentSubscriptionId.isEmpty())
        out.insert(QStringLiteral("parentSubscriptionId"), s.parentSubscriptionId);
    if (status == SubscriptionStatus::Suspended)
        out.insert(QStringLiteral("suspensionReasons"), QJsonArray{QStringLiteral("PartnerInitiated")});
    if (s.isNce())
        addNceFields(store, s, out);
    return out;
}

QJsonObject offer(const SandboxStore &store, const OfferRecord &o, const QString &country)
{
    const MarketInfo *market = store.catalogue().market(country);
    const QString locale = market ? market->locale : QStringLiteral("en-US");
    const SkuRecord *sku = store.catalogue().sku(o.skuId);
    const QString self = QStringLiteral("/offers/%1?country=%2").arg(o.id, country.toUpper());
    QJsonArray resellee;
    if (!segmentQualification(o.segment).isEmpty())
        resellee.append(segmentQualification(o.segment));
    bool hasAddOns = false;
    for (const OfferRecord *other : store.catalogue().allOffers())
        hasAddOns = hasAddOns || other->prerequisiteOffers.contains(o.id, Qt::CaseInsensitive);
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("name"), o.name},
            {QStringLiteral("description"), o.description},
            {QStringLiteral("minimumQuantity"), o.minimumQuantity},
            {QStringLiteral("maximumQuantity"), o.maximumQuantity},
            {QStringLiteral("rank"), o.rank},
            {QStringLiteral("uri"), self},
            {QStringLiteral("locale"), locale},
            {QStringLiteral("country"), country.toUpper()},
            {QStringLiteral("category"),
             QJsonObject{{QStringLiteral("id"), o.categoryId},
                         {QStringLiteral("name"), o.categoryName},
                         {QStringLiteral("rank"), 20},
                         {QStringLiteral("locale"), locale},
                         {QStringLiteral("country"), country.toUpper()},
                         {QStringLiteral("attributes"), attributes(QStringLiteral("OfferCategory"))}}},
            {QStringLiteral("prerequisiteOffers"), QJsonArray::fromStringList(o.prerequisiteOffers)},
            {QStringLiteral("isAddOn"), o.isAddOn},
            {QStringLiteral("hasAddOns"), hasAddOns},
            {QStringLiteral("isAvailableForPurchase"), o.isAvailableForPurchase},
            {QStringLiteral("billing"), QStringLiteral("license")},
            {QStringLiteral("supportedBillingCycles"),
             QJsonArray{QStringLiteral("monthly"), QStringLiteral("annual")}},
            {QStringLiteral("isAutoRenewable"), o.isAutoRenewable},
            {QStringLiteral("upgradeTargetOffers"), QJsonArray::fromStringList(o.upgradeTargetOffers)},
            {QStringLiteral("conversionTargetOffers"), QJsonArray()},
            {QStringLiteral("reselleeQualifications"), resellee},
            {QStringLiteral("resellerQualifications"), resellee},
            {QStringLiteral("limitUnitOfMeasure"), QStringLiteral("None")},
            {QStringLiteral("limit"), 0},
            {QStringLiteral("isTrial"), false},
            {QStringLiteral("product"), QJsonObject{{QStringLiteral("id"), o.skuId},
                                                    {QStringLiteral("name"), sku ? sku->name : o.name},
                                                    {QStringLiteral("unit"), QStringLiteral("Licenses")}}},
            {QStringLiteral("unitType"), QStringLiteral("Licenses")},
            {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), link(self)}}},
            {QStringLiteral("attributes"), attributes(QStringLiteral("Offer"))}};
}

QJsonObject order(const SandboxStore &store, const OrderRecord &o, bool withSubscriptions)
{
    const QString base = QStringLiteral("/customers/%1").arg(o.customerId);
    QJsonArray lines;
    for (const OrderLineRecord &l : o.lineItems) {
        QJsonObject line{{QStringLiteral("lineItemNumber"), l.lineItemNumber},
                         {QStringLiteral("offerId"), l.offerId},
                         {QStringLiteral("friendlyName"), l.friendlyName},
                         {QStringLiteral("quantity"), l.quantity},
                         {QStringLiteral("termDuration"), l.termDuration},
                         {QStringLiteral("transactionType"), QStringLiteral("New")}};
        if (withSubscriptions && !l.subscriptionId.isEmpty()) {
            line.insert(QStringLiteral("subscriptionId"), l.subscriptionId);
            line.insert(QStringLiteral("links"),
                        QJsonObject{{QStringLiteral("subscription"),
                                     link(base + QStringLiteral("/subscriptions/") + l.subscriptionId)}});
        }
        lines.append(line);
    }
    const QString self = base + QStringLiteral("/orders/") + o.id;
    const MarketInfo *market = nullptr;
    if (const CustomerRecord *c = store.customer(o.customerId))
        market = store.catalogue().market(c->country);
    QJsonObject out{
        {QStringLiteral("id"), o.id},
        {QStringLiteral("alternateId"), o.id},
        {QStringLiteral("referenceCustomerId"), o.customerId},
        {QStringLiteral("billingCycle"), o.billingCycle},
        {QStringLiteral("currencyCode"), o.currencyCode},
        {QStringLiteral("currencySymbol"), market ? market->currencySymbol : QStringLiteral("$")},
        {QStringLiteral("lineItems"), lines},
        {QStringLiteral("creationDate"), isoDate(o.creationDate)},
        {QStringLiteral("status"), store.orderStatus(o)},
        {QStringLiteral("transactionType"), QStringLiteral("UserPurchase")},
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), link(self)},
                                              {QStringLiteral("provisioningStatus"),
                                               link(self + QStringLiteral("/provisioningstatus"))}}}};
    const QString etag =
        o.fromCart ? QString() : QString::fromLatin1(QByteArray(o.id.toLatin1() + ":1").toBase64());
    out.insert(QStringLiteral("attributes"), attributes(QStringLiteral("Order"), etag));
    return out;
}

QJsonObject cart(const CartRecord &c)
{
    QJsonArray lines;
    for (const CartLineRecord &l : c.lineItems) {
        QJsonObject line{{QStringLiteral("id"), l.id},
                         {QStringLiteral("catalogItemId"), l.catalogItemId},
                         {QStringLiteral("quantity"), l.quantity},
                         {QStringLiteral("billingCycle"), l.billingCycle.toLower()},
                         {QStringLiteral("friendlyName"), l.friendlyName},
                         {QStringLiteral("orderGroup"), l.orderGroup},
                         {QStringLiteral("provisioningContext"), QJsonObject()}};
        if (!l.termDuration.isEmpty())
            line.insert(QStringLiteral("termDuration"), l.termDuration);
        if (l.errorCode)
            line.insert(QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("errorCode"), l.errorName},
                                    {QStringLiteral("errorDescription"), l.errorDescription},
                                    {QStringLiteral("additionalInformation"), QString()}});
        lines.append(line);
    }
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("creationTimestamp"), isoDate(c.creationTimestamp)},
            {QStringLiteral("lastModifiedTimestamp"), isoDate(c.lastModifiedTimestamp)},
            {QStringLiteral("expirationTimestamp"), isoDate(c.expirationTimestamp)},
            {QStringLiteral("lastModifiedUser"), c.lastModifiedUser},
            {QStringLiteral("status"), c.ordered ? QStringLiteral("Ordered") : QStringLiteral("Active")},
            {QStringLiteral("lineItems"), lines},
            {QStringLiteral("links"),
             QJsonObject{{QStringLiteral("self"),
                          link(QStringLiteral("/customers/%1/carts/%2").arg(c.customerId, c.id))}}},
            {QStringLiteral("attributes"), attributes(QStringLiteral("Cart"))}};
}

QJsonObject user(const UserRecord &u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("userPrincipalName"), u.userPrincipalName},
            {QStringLiteral("firstName"), u.firstName},
            {QStringLiteral("lastName"), u.lastName},
            {QStringLiteral("displayName"), u.displayName},
            {QStringLiteral("usageLocation"),
             u.usageLocation.isEmpty() ? QJsonValue() : QJsonValue(u.usageLocation)},
            {QStringLiteral("userDomainType"), QStringLiteral("managed")},
            {QStringLiteral("state"), QStringLiteral("active")},
            {QStringLiteral("links"),
             QJsonObject{{QStringLiteral("self"),
                          link(QStringLiteral("/customers/%1/users/%2").arg(u.customerId, u.id))}}},
            {QStringLiteral("attributes"), attributes(QStringLiteral("CustomerUser"))}};
}

QJsonObject productSku(const SkuRecord &sku)
{
    return {{QStringLiteral("id"), sku.id},
            {QStringLiteral("name"), sku.name},
            {QStringLiteral("skuPartNumber"), sku.partNumber},
            {QStringLiteral("targetType"), QStringLiteral("User")},
            {QStringLiteral("licenseGroupId"), QStringLiteral("group1")},
            {QStringLiteral("attributes"), attributes(QStringLiteral("ProductSku"))}};
}

QJsonObject servicePlan(const ServicePlanRecord &plan, const QString &capabilityStatus)
{
    return {{QStringLiteral("id"), plan.id},
            {QStringLiteral("displayName"), plan.displayName},
            {QStringLiteral("serviceName"), plan.serviceName},
            {QStringLiteral("capabilityStatus"), capabilityStatus},
            {QStringLiteral("targetType"), QStringLiteral("User")},
            {QStringLiteral("attributes"), attributes(QStringLiteral("ServicePlan"))}};
}

QJsonObject licence(const SkuRecord &sku, const LicenceAssignment &assignment)
{
    QJsonArray plans;
    for (const ServicePlanRecord &p : sku.servicePlans) {
        if (!assignment.excludedPlans.contains(p.id, Qt::CaseInsensitive))
            plans.append(servicePlan(p, QStringLiteral("Assigned")));
    }
    return {{QStringLiteral("servicePlans"), plans},
            {QStringLiteral("productSku"), productSku(sku)},
            {QStringLiteral("attributes"), attributes(QStringLiteral("License"))}};
}

QJsonObject subscribedSku(const SubscribedSkuView &view)
{
    QJsonArray plans;
    for (const ServicePlanRecord &p : view.sku.servicePlans)
        plans.append(servicePlan(p, view.capabilityStatus()));
    return {{QStringLiteral("availableUnits"), view.availableUnits()},
            {QStringLiteral("activeUnits"), view.activeUnits},
            {QStringLiteral("consumedUnits"), view.consumedUnits},
            {QStringLiteral("suspendedUnits"), view.suspendedUnits},
            {QStringLiteral("totalUnits"), view.totalUnits()},
            {QStringLiteral("warningUnits"), view.warningUnits},
            {QStringLiteral("productSku"), productSku(view.sku)},
            {QStringLiteral("servicePlans"), plans},
            {QStringLiteral("capabilityStatus"), view.capabilityStatus()},
            {QStringLiteral("attributes"), attributes(QStringLiteral("SubscribedSku"))}};
}

QJsonObject upgrade(const SandboxStore &store, const UpgradeOption &option, const QString &country)
{
    QJsonArray errors;
    for (const QString &code : option.upgradeErrors)
        errors.append(QJsonObject{{QStringLiteral("code"), code},
                                  {QStringLiteral("description"), code},
                                  {QStringLiteral("additionalDetails"), QString()}});
    const OfferRecord *target = store.catalogue().offer(option.targetOfferId);
    return {{QStringLiteral("targetOffer"), target ? offer(store, *target, country) : QJsonObject()},
            {QStringLiteral("upgradeType"), upgradeTypeName(option.upgradeType)},
            {QStringLiteral("isEligible"), option.isEligible},
            {QStringLiteral("quantity"), option.quantity},
            {QStringLiteral("upgradeErrors"), errors},
            {QStringLiteral("attributes"), attributes(QStringLiteral("Upgrade"))}};
}

QJsonObject upgradeResult(const UpgradeOutcome &outcome)
{
    QJsonArray errors;
    for (const QString &code : outcome.upgradeErrors)
        errors.append(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("description"), code}});
    QJsonArray licenceErrors;
    for (const UserLicenceError &e : outcome.licenseErrors) {
        const QJsonObject fault{{QStringLiteral("code"), e.code},
                                {QStringLiteral("description"), e.description},
                                {QStringLiteral("data"), QJsonArray()},
                                {QStringLiteral("source"), QStringLiteral("PartnerFD")}};
        licenceErrors.append(QJsonObject{{QStringLiteral("userObjectId"), e.userId},
                                         {QStringLiteral("name"), e.name},
                                         {QStringLiteral("email"), e.email},
                                         {QStringLiteral("errors"), QJsonArray{fault}}});
    }
    QJsonObject out{{QStringLiteral("sourceSubscriptionId"), outcome.sourceSubscriptionId},
                    {QStringLiteral("upgradeType"), upgradeTypeName(outcome.upgradeType)},
                    {QStringLiteral("upgradeErrors"), errors},
                    {QStringLiteral("licenseErrors"), licenceErrors},
                    {QStringLiteral("attributes"), attributes(QStringLiteral("UpgradeResult"))}};
    if (!outcome.targetSubscriptionId.isEmpty())
        out.insert(QStringLiteral("targetSubscriptionId"), outcome.targetSubscriptionId);
    return out;
}

} // namespace om::sandbox::json
