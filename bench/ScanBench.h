#pragma once

#include <QString>

namespace om::bench {

struct ScanBenchOptions
{
    int customers = 2000;
    int latencyMs = 100;
    int ratePerMinute = 500;
    int concurrency = 4; // ClientConfig::maxConcurrentRequests and ScanOptions::maxConcurrentCustomers
    int pageSize = 500;
    bool sequential = true; // also run the one-request-at-a-time comparison
};

// One scan of a fresh in-process sandbox over real HTTP on 127.0.0.1, timed with a wall clock.
struct ScanRun
{
    bool ok = false;
    QString error;
    double wallMs = 0;
    int requests = 0; // HTTP attempts, retries included
    int throttled = 0;
    int throttledMoreThanOnce = 0;
    int customers = 0;
    int subscriptions = 0;
};

// serverRate / clientRate: requests per minute (0 on the server = unlimited).
ScanRun runScan(int customers, int latencyMs, int serverRate, int clientRate, int concurrency, int pageSize);

// Runs the rate-limited, unlimited and sequential scans and prints their figures. Returns the MISS count.
int benchScan(const ScanBenchOptions &options);

} // namespace om::bench
