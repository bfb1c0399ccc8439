#pragma once

namespace om::sandbox {

class SandboxRouter;
class SandboxStore;

// Registers every Partner Center resource route (the paths in docs/partner-center-api.md, "Customers" to
// "Licences") on the router. The handlers keep a reference to the store: the store must outlive the router.
// Requests reaching the handlers are already authenticated (request.auth says app-only vs app+user).
void registerResourceRoutes(SandboxRouter &router, SandboxStore &store);

} // namespace om::sandbox
