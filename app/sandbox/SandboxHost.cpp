#include "sandbox/SandboxHost.h"

#include "sandbox/store/DemoTenant.h"
#include "sandbox/store/SandboxRoutes.h"
#include "sandbox/store/SandboxStore.h"

namespace om::sandbox {

SandboxHost::SandboxHost(const SandboxOptions &options, ClockMode clockMode)
    : m_options(options)
{
    if (clockMode == ClockMode::Manual) {
        auto manual = std::make_unique<ManualClock>();
        m_manualClock = manual.get();
        m_clock = std::move(manual);
    } else {
        m_clock = std::make_unique<SystemClock>();
    }
    StoreOptions storeOptions;
    storeOptions.provisioningDelayMs = options.provisioningDelayMs;
    storeOptions.partnerCompanyName = options.partnerCompanyName;
    const int at = int(options.userPrincipalName.indexOf(QLatin1Char('@')));
    if (at > 0)
        storeOptions.partnerDomain = options.userPrincipalName.mid(at + 1);
    m_store = std::make_unique<SandboxStore>(*m_clock, storeOptions);
    populateDemoTenant(*m_store, options.seed, options.customerCount);
    registerResourceRoutes(m_router, *m_store);
    m_server = std::make_unique<SandboxServer>(*m_clock, m_router, m_store->partnerTenantId(), options);
}

SandboxHost::~SandboxHost() = default;

Status SandboxHost::start(quint16 port)
{
    return m_server->start(port);
}

} // namespace om::sandbox
