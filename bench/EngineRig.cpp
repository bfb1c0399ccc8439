#include "bench/EngineRig.h"

#include "sandbox/SandboxHost.h"

namespace om::bench {

namespace {

pc::ClientConfig clientConfig(const sandbox::SandboxHost &host, int concurrency, int ratePerMinute)
{
    pc::ClientConfig config;
    config.baseUrl = host.baseUrl();
    config.maxConcurrentRequests = concurrency;
    config.requestsPerMinute = ratePerMinute;
    return config;
}

} // namespace

EngineRig::EngineRig(sandbox::SandboxHost &host, int concurrency, int ratePerMinute)
    : m_journal(host.clock())
    , m_tokens(host.issueAccessToken())
    , m_client(&m_network, &m_tokens, host.clock(), clientConfig(host, concurrency, ratePerMinute))
{
    if (Status opened = m_journal.open(m_dir.filePath(QStringLiteral("journal.sqlite"))); !opened.ok()) {
        printInfo(QStringLiteral("journal FAILED: %1").arg(opened.error().toString()));
        return;
    }
    Result<domain::OfferCatalogue> catalogue = domain::OfferCatalogue::loadBuiltIn();
    if (!catalogue.ok()) {
        printInfo(QStringLiteral("catalogue FAILED: %1").arg(catalogue.error().toString()));
        return;
    }
    m_catalogue = catalogue.take();
    m_ok = true;
}

} // namespace om::bench
