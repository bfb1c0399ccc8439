// GET .../subscriptions[?order_id=], GET|PATCH .../subscriptions/{s}, GET .../provisioningstatus,
// GET|POST .../subscriptions/{s}/upgrades.

#include "common/JsonReader.h"
#include "sandbox/store/RouteParts.h"
#include "sandbox/store/RouteSupport.h"
#include "sandbox/store/SandboxJson.h"
#include "sandbox/store/SandboxStore.h"

namespace om::sandbox {

namespace {

SandboxReply listSubscriptions(const SandboxStore &store, const SandboxRequest &request,
                               const QString &customerId)
{
    if (auto error = store.checkCustomer(customerId))
        return error->toReply();
    const QString orderId = request.queryValueCi(QStringLiteral("order_id"));
    QJsonArray items;
    for (const SubscriptionRecord *s : store.subscriptions(customerId)) {
        if (orderId.isEmpty() || s->orderId.compare(orderId, Qt::CaseInsensitive) == 0)
            items.append(json::subscription(store, *s));
    }
    // Not paged (docs/partner-center-api.md "Subscriptions").
    return SandboxReply::json(200, json::collection(items));
}

SandboxReply getSubscription(const SandboxStore &store, const RouteArgs &args)
{
    if (auto error = store.checkCustomer(args.at(0)))
        return error->toReply();
    const SubscriptionRecord *s = store.subscription(args.at(0), args.at(1));
    if (!s)
        return SandboxStore::subscriptionNotFound(args.at(1)).toReply();
    return SandboxReply::json(200, json::subscription(store, *s));
}

SandboxReply patchSubscription(SandboxStore &store, const SandboxRequest &request, const RouteArgs &args)
{
    if (auto error = store.checkCustomer(args.at(0)))
        return error->toReply();
    const SubscriptionRecord *current = store.subscription(args.at(0), args.at(1));
    if (!current)
        return SandboxStore::subscriptionNotFound(args.at(1)).toReply();
    const auto body = routes::parseBody(request);
    if (!body)
        return body.error().toReply();
    om::JsonReader reader(body.value(), QStringLiteral("PATCH subscription"));
    SandboxStore::SubscriptionPatch patch;
    if (reader.has(u"status"))
        patch.status = reader.string(u"status");
    if (reader.has(u"quantity"))
        patch.quantity = int(reader.integer(u"quantity"));
    if (reader.has(u"friendlyName"))
        patch.friendlyName = reader.string(u"friendlyName");
    // Documented hazard: an omitted autoRenewEnabled resets it to false.
    patch.autoRenewEnabled = reader.boolean(u"autoRenewEnabled", om::JsonReader::Optional, false);
    const QJsonObject attributes = reader.object(u"attributes", om::JsonReader::Optional);
    if (!reader.ok())
        return SandboxReply::error(400, codes::InvalidInput, reader.error().message);
    const QString headerEtag = routes::ifMatch(request);
    const QString bodyEtag = om::jsonValueCi(attributes, u"etag").toString();
    // Both may be sent; each one sent must be current.
    if (!headerEtag.isEmpty() && !bodyEtag.isEmpty() && headerEtag != bodyEtag)
        return SandboxReply::error(400, codes::StaleEtag, QStringLiteral("Etag is no longer valid."));
    patch.etag = headerEtag.isEmpty() ? bodyEtag : headerEtag;
    const auto updated = store.patchSubscription(args.at(0), args.at(1), patch);
    if (!updated)
        return updated.error().toReply();
    return SandboxReply::json(200, json::subscription(store, updated.value()));
}

SandboxReply provisioningStatus(const SandboxStore &store, const SandboxRequest &request,
                                const RouteArgs &args)
{
    if (auto denied = routes::requireUserContext(request))
        return *denied;
    if (auto error = store.checkCustomer(args.at(0)))
        return error->toReply();
    const SubscriptionRecord *s = store.subscription(args.at(0), args.at(1));
    if (!s)
        return SandboxStore::subscriptionNotFound(args.at(1)).toReply();
    const QString sku = store.skuOf(*s);
    // "pending" while provisioning and for provisioningDelayMs after a licence change on its SKU.
    const bool pending = store.effectiveStatus(*s) == SubscriptionStatus::Pending ||
                         store.licenceChangePending(args.at(0), sku);
    const QJsonObject body{
        {QStringLiteral("skuId"), sku.toUpper()}, // upper-case as in the documented example
        {QStringLiteral("status"), pending ? QStringLiteral("pending") : QStringLiteral("success")},
        {QStringLiteral("quantity"), s->quantity},
        {QStringLiteral("endDate"), json::isoDate(s->commitmentEndDate)},
        {QStringLiteral("attributes"), json::attributes(QStringLiteral("SubscriptionProvisioningStatus"))}};
    return SandboxReply::json(200, body);
}

SandboxReply listUpgrades(const SandboxStore &store, const RouteArgs &args)
{
    const auto options = store.upgradeOptions(args.at(0), args.at(1));
    if (!options)
        return options.error().toReply();
    const QString market = store.subscription(args.at(0), args.at(1))->market;
    QJsonArray items;
    for (const UpgradeOption &option : options.value())
        items.append(json::upgrade(store, option, market));
    return SandboxReply::json(200, json::collection(items));
}

SandboxReply postUpgrade(SandboxStore &store, const SandboxRequest &request, const RouteArgs &args)
{
    const auto body = routes::parseBody(request);
    if (!body)
        return body.error().toReply();
    const QJsonObject target = om::jsonValueCi(body.value(), u"targetOffer").toObject();
    const QString targetId = om::jsonValueCi(target, u"id").toString();
    const QJsonValue typeValue = om::jsonValueCi(body.value(), u"upgradeType");
    const QString typeText = typeValue.isDouble() ? QString::number(typeValue.toInt()) : typeValue.toString();
    const auto type = typeText.isEmpty() ? std::optional<UpgradeType>(UpgradeType::UpgradeWithLicenseTransfer)
                                         : parseUpgradeType(typeText);
    if (targetId.isEmpty() || !type)
        return SandboxReply::error(
            400, codes::InvalidInput,
            QStringLiteral("The upgrade needs targetOffer.id and a valid upgradeType."));
    const int quantity = om::jsonValueCi(body.value(), u"quantity").toInt(0);
    const auto outcome =
        store.upgrade(args.at(0), args.at(1), targetId, *type, quantity, request.auth.appOnly);
    if (!outcome)
        return outcome.error().toReply();
    return SandboxReply::json(200, json::upgradeResult(outcome.value()));
}

} // namespace

void registerSubscriptionRoutes(SandboxRouter &router, SandboxStore &store)
{
    const QString base = QStringLiteral("/v1/customers/{}/subscriptions");
    router.add("GET", base, [&store](const SandboxRequest &r, const RouteArgs &a) {
        return listSubscriptions(store, r, a.at(0));
    });
    router.add("GET", base + QStringLiteral("/{}"),
               [&store](const SandboxRequest &, const RouteArgs &a) { return getSubscription(store, a); });
    router.add("PATCH", base + QStringLiteral("/{}"), [&store](const SandboxRequest &r, const RouteArgs &a) {
        return patchSubscription(store, r, a);
    });
    router.add(
        "GET", base + QStringLiteral("/{}/provisioningstatus"),
        [&store](const SandboxRequest &r, const RouteArgs &a) { return provisioningStatus(store, r, a); });
    router.add("GET", base + QStringLiteral("/{}/upgrades"),
               [&store](const SandboxRequest &, const RouteArgs &a) { return listUpgrades(store, a); });
    router.add("POST", base + QStringLiteral("/{}/upgrades"),
               [&store](const SandboxRequest &r, const RouteArgs &a) { return postUpgrade(store, r, a); });
}

} // namespace om::sandbox
