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

// What every step borrows. Nothing here is owned: all must outlive the engine.
struct EngineContext
{
    pc::PartnerCenterClient *client = nullptr;
    journal::Journal *journal = nullptr;
    const Clock *clock = nullptr;
    EngineConfig config;
};

} // namespace om::engine
