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
// with the engine (plan + runAll) over real HTTP, and compares its requests and wall time with the minimum
// the documented flow needs (counted from the flow, not from the engine: MigrationBench.cpp) at the rate
// limit. Prints "migration: users=N requests=R minimum=M wall/bound=X". Returns the MISS count.
int benchMigration(const MigrationBenchOptions &options);

} // namespace om::bench
