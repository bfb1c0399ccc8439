#pragma once

#include "common/Clock.h"
#include "engine/EngineTypes.h"

namespace om::pc {
class PartnerCenterClient;
}
namespace om::journal {
class Journal;
}

namespace om::engine {

class CatalogueCache;

// What every step borrows. Nothing here is owned: all must outlive the engine.
struct EngineContext
{
    pc::PartnerCenterClient *client = nullptr;
    journal::Journal *journal = nullptr;
    const Clock *clock = nullptr;
    EngineConfig config;
    // The market catalogue shared by a batch's plans; null: each plan reads its own.
    CatalogueCache *catalogueCache = nullptr;
};

} // namespace om::engine
