#pragma once

namespace om::bench {

struct BatchBenchOptions
{
    int customers = 200;
    int usersPerCustomer = 20;
    int ratePerMinute = 500; // the real Partner Center pace the bound is stated at
    // The sandbox and the client run `speedup` times faster (rate x speedup, latency / speedup) so the run
    // takes minutes instead of tens of minutes; the bound is computed at the same scaled rate, so the
    // ratio wall / bound is the one at the real rate. 1: the real rate.
    int speedup = 10;
    int latencyMs = 100; // at the real rate
    int concurrency = 4; // client slots; customers planned and run at once (batch default)
};

// Issue 16: a batch of `customers` customers, each with one retired "From SA" subscription held by
// `usersPerCustomer` users, planned (BatchPlanner) and run to suspended (BatchRunner) against the
// in-process sandbox limited to ratePerMinute. Prints the requests made next to the minimum the migration
// needs, counted from the documented flow and the customers' shape, NOT from the engine (minimumPerCustomer
// in BatchBench.cpp), and the wall time against 1.2 x minimum / rate. Returns the MISS count.
int benchBatch(const BatchBenchOptions &options);

} // namespace om::bench
