// GET /v1/profiles/organization: the partner's own organization profile ("Get an organization profile",
// developer/get-an-organization-profile.md; OrganizationProfile in profile-resources.md). App+User only, as
// documented: an app-only token gets 403/900329 like the other user-context resources.

#include "sandbox/store/RouteParts.h"
#include "sandbox/store/RouteSupport.h"
#include "sandbox/store/SandboxStore.h"

namespace om::sandbox {

namespace {

SandboxReply organizationProfile(const SandboxStore &store, const SandboxRequest &request)
{
    if (auto refused = routes::requireUserContext(request))
        return *refused;
    const StoreOptions &o = store.options();
    return SandboxReply::json(
        200,
        QJsonObject{
            {QStringLiteral("id"), store.partnerTenantId()},
            {QStringLiteral("companyName"), o.partnerCompanyName},
            {QStringLiteral("defaultAddress"),
             QJsonObject{{QStringLiteral("country"), QStringLiteral("US")},
                         {QStringLiteral("city"), QStringLiteral("Redmond")},
                         {QStringLiteral("state"), QStringLiteral("WA")},
                         {QStringLiteral("addressLine1"), QStringLiteral("1 Sandbox Way")},
                         {QStringLiteral("postalCode"), QStringLiteral("98052")}}},
            {QStringLiteral("tenantId"), store.partnerTenantId()},
            {QStringLiteral("domain"), o.partnerDomain},
            {QStringLiteral("email"), QString(QStringLiteral("admin@") + o.partnerDomain)},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("culture"), QStringLiteral("en-US")},
            {QStringLiteral("profileType"), QStringLiteral("OrganizationProfile")},
            {QStringLiteral("links"),
             QJsonObject{{QStringLiteral("self"), json::link(QStringLiteral("/profiles/organization"))}}},
            {QStringLiteral("attributes"), json::attributes(QStringLiteral("OrganizationProfile"))},
        });
}

} // namespace

void registerProfileRoutes(SandboxRouter &router, SandboxStore &store)
{
    router.add(
        "GET", QStringLiteral("/v1/profiles/organization"),
        [&store](const SandboxRequest &r, const RouteArgs &) { return organizationProfile(store, r); });
}

} // namespace om::sandbox
