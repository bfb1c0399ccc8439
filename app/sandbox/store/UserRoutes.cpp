// PATCH /v1/customers/{c}/users/{u}: "Update user accounts for a customer" (App+User only). The sandbox
// models the one field the app changes, usageLocation; the other documented fields of the body are
// accepted and ignored. Answers 200 with the user as updated, as the documented example does.

#include "common/JsonReader.h"
#include "sandbox/store/RouteParts.h"
#include "sandbox/store/RouteSupport.h"
#include "sandbox/store/SandboxJson.h"
#include "sandbox/store/SandboxStore.h"

namespace om::sandbox {

namespace {

SandboxReply updateUser(SandboxStore &store, const SandboxRequest &request, const RouteArgs &args)
{
    if (auto denied = routes::requireUserContext(request))
        return *denied;
    const auto body = routes::parseBody(request);
    if (!body)
        return body.error().toReply();
    const QJsonValue location = om::jsonValueCi(body.value(), u"usageLocation");
    if (!location.isString())
        return SandboxReply::error(
            400, codes::InvalidInput,
            QStringLiteral("The sandbox can change usageLocation only; the body has none."));
    const auto updated = store.updateUsageLocation(args.at(0), args.at(1), location.toString());
    if (!updated)
        return updated.error().toReply();
    return SandboxReply::json(200, json::user(updated.value()));
}

} // namespace

void registerUserRoutes(SandboxRouter &router, SandboxStore &store)
{
    router.add("PATCH", QStringLiteral("/v1/customers/{}/users/{}"),
               [&store](const SandboxRequest &r, const RouteArgs &a) { return updateUser(store, r, a); });
}

} // namespace om::sandbox
