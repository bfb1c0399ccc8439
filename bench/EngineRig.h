#pragma once

#include "bench/BenchSupport.h"
#include "domain/OfferCatalogue.h"
#include "journal/Journal.h"
#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QTemporaryDir>

#include <optional>

namespace om::sandbox {
class SandboxHost;
}

namespace om::bench {

// What the engine benches (migration, batch) open the same way against a started sandbox: a journal in a
// scratch folder, the built-in offer catalogue, and a client that counts its requests, paced at
// `ratePerMinute` with `concurrency` requests at once. ok() is false when the journal or the catalogue
// could not be opened; the reason was printed. The host must outlive the rig.
class EngineRig final
{
    Q_DISABLE_COPY_MOVE(EngineRig)

public:
    EngineRig(sandbox::SandboxHost &host, int concurrency, int ratePerMinute);

    bool ok() const { return m_ok; }
    journal::Journal &journal() { return m_journal; }
    const domain::OfferCatalogue &catalogue() const { return *m_catalogue; }
    pc::PartnerCenterClient &client() { return m_client; }
    CountingNetworkManager &network() { return m_network; }

private:
    QTemporaryDir m_dir;
    journal::Journal m_journal;
    std::optional<domain::OfferCatalogue> m_catalogue;
    CountingNetworkManager m_network;
    pc::StaticTokenProvider m_tokens;
    pc::PartnerCenterClient m_client;
    bool m_ok = false;
};

} // namespace om::bench
