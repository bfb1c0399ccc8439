#include "sandbox/store/SandboxRoutes.h"

#include "sandbox/store/RouteParts.h"

namespace om::sandbox {

void registerResourceRoutes(SandboxRouter &router, SandboxStore &store)
{
    registerCustomerRoutes(router, store);
    registerSubscriptionRoutes(router, store);
    registerCommerceRoutes(router, store);
    registerLicenceRoutes(router, store);
    registerUserRoutes(router, store);
    registerCatalogRoutes(router, store);
    registerProfileRoutes(router, store);
}

} // namespace om::sandbox
