// GET .../users/{u}/licenses, POST .../users/{u}/licenseupdates, GET .../subscribedskus.
// All App+User only (docs/partner-center-api.md "Authentication").

#include "common/JsonReader.h"
#include "sandbox/store/RouteParts.h"
#include "sandbox/store/RouteSupport.h"
#include "sandbox/store/SandboxJson.h"
#include "sandbox/store/SandboxStore.h"

namespace om::sandbox {

namespace {

SandboxReply userNotFound(const QString &userId)
{
    return SandboxReply::error(404, codes::UserNotFound,
                               QStringLiteral("User object Id %1 is not found.").arg(userId));
}

SandboxReply listLicences(const SandboxStore &store, const SandboxRequest &request, const RouteArgs &args)
{
    if (auto denied = routes::requireUserContext(request))
        return *denied;
    if (auto error = store.checkCustomer(args.at(0)))
        return error->toReply();
    const UserRecord *u = store.user(args.at(0), args.at(1));
    if (!u)
        return userNotFound(args.at(1));
    // Only licence group 1 exists in the sandbox; a request for Group2 alone answers an empty list.
    const QString groups = request.query.toString(QUrl::FullyDecoded).toLower();
    const bool group1 =
        !groups.contains(QLatin1String("licensegroupids")) || groups.contains(QLatin1String("group1"));
    QJsonArray items;
    if (group1) {
        for (const LicenceAssignment &l : u->licences) {
            if (const SkuRecord *sku = store.catalogue().sku(l.skuId))
                items.append(json::licence(*sku, l));
        }
    }
    return SandboxReply::json(200, json::collection(items));
}

SandboxReply updateLicences(SandboxStore &store, const SandboxRequest &request, const RouteArgs &args)
{
    if (request.auth.appOnly) // checked before anything else, as the service does
        return SandboxReply::error(
            400, codes::AppOnlyLicence,
            QStringLiteral("Partner token is not allowed in license management calls. Use an "
                           "App+User token."));
    if (auto error = store.checkCustomer(args.at(0)))
        return error->toReply();
    if (!store.user(args.at(0), args.at(1)))
        return userNotFound(args.at(1));
    const auto body = routes::parseBody(request);
    if (!body)
        return body.error().toReply();
    LicenceUpdateRequest update;
    const QJsonArray assign = om::jsonValueCi(body.value(), u"licensesToAssign").toArray();
    for (const auto &value : assign) {
        const QJsonObject item = value.toObject();
        LicenceAssignment a;
        a.skuId = om::jsonValueCi(item, u"skuId").toString();
        for (const auto &plan : om::jsonValueCi(item, u"excludedPlans").toArray())
            a.excludedPlans.append(plan.toString().toLower());
        if (a.skuId.isEmpty())
            return SandboxReply::error(400, codes::InvalidInput,
                                       QStringLiteral("Every item of licensesToAssign needs a skuId."));
        update.licensesToAssign.append(a);
    }
    for (const auto &value : om::jsonValueCi(body.value(), u"licensesToRemove").toArray()) {
        if (!value.isString() || value.toString().isEmpty())
            return SandboxReply::error(400, codes::InvalidInput,
                                       QStringLiteral("licensesToRemove must be a list of SKU ids."));
        update.licensesToRemove.append(value.toString());
    }
    const auto result = store.updateLicences(args.at(0), args.at(1), update, request.auth.appOnly);
    if (!result)
        return result.error().toReply();
    QJsonArray assigned;
    for (const LicenceAssignment &a : result->licensesToAssign) {
        QJsonObject item{{QStringLiteral("skuId"), a.skuId}};
        if (!a.excludedPlans.isEmpty())
            item.insert(QStringLiteral("excludedPlans"), QJsonArray::fromStringList(a.excludedPlans));
        assigned.append(item);
    }
    return SandboxReply::json(
        201, QJsonObject{{QStringLiteral("licensesToAssign"), assigned},
                         {QStringLiteral("licenseWarnings"), QJsonArray()},
                         {QStringLiteral("attributes"), json::attributes(QStringLiteral("LicenseUpdate"))}});
}

SandboxReply subscribedSkus(const SandboxStore &store, const SandboxRequest &request,
                            const QString &customerId)
{
    if (auto denied = routes::requireUserContext(request))
        return *denied;
    if (auto error = store.checkCustomer(customerId))
        return error->toReply();
    QJsonArray items;
    for (const SubscribedSkuView &view : store.subscribedSkus(customerId))
        items.append(json::subscribedSku(view));
    return SandboxReply::json(200, json::collection(items));
}

} // namespace

void registerLicenceRoutes(SandboxRouter &router, SandboxStore &store)
{
    router.add("GET", QStringLiteral("/v1/customers/{}/users/{}/licenses"),
               [&store](const SandboxRequest &r, const RouteArgs &a) { return listLicences(store, r, a); });
    router.add("POST", QStringLiteral("/v1/customers/{}/users/{}/licenseupdates"),
               [&store](const SandboxRequest &r, const RouteArgs &a) { return updateLicences(store, r, a); });
    router.add(
        "GET", QStringLiteral("/v1/customers/{}/subscribedskus"),
        [&store](const SandboxRequest &r, const RouteArgs &a) { return subscribedSkus(store, r, a.at(0)); });
}

} // namespace om::sandbox
