#pragma once

// Internal: the route files registerResourceRoutes() is made of.

namespace om::sandbox {

class SandboxRouter;
class SandboxStore;

void registerCustomerRoutes(SandboxRouter &router, SandboxStore &store);
void registerSubscriptionRoutes(SandboxRouter &router, SandboxStore &store);
void registerCommerceRoutes(SandboxRouter &router, SandboxStore &store);
void registerLicenceRoutes(SandboxRouter &router, SandboxStore &store);
void registerUserRoutes(SandboxRouter &router, SandboxStore &store);
void registerCatalogRoutes(SandboxRouter &router, SandboxStore &store);
void registerProfileRoutes(SandboxRouter &router, SandboxStore &store);

} // namespace om::sandbox
