#pragma once

namespace om::bench {

struct MigrationBenchOptions
{
    int users = 300;
    int latencyMs = 100;
    int ratePerMinute = 500;
    int concurrency = 4; // client slots and EngineConfig::userConcurrency
};

// Adds a customer with one retired subscription held by `users` users to a fresh sandbox, migrates it
// with the engine (plan + runAll) over real HTTP, and compares the wall time with the rate-limit bound.
// Returns the MISS count.
int benchMigration(const MigrationBenchOptions &options);

} // namespace om::bench
