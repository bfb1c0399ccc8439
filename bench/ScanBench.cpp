#include "bench/ScanBench.h"

#include "bench/BenchSupport.h"
#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/ClientConfig.h"
#include "partnercenter/PartnerCenterClient.h"
#include "partnercenter/ScanService.h"
#include "sandbox/SandboxHost.h"

#include <QElapsedTimer>
#include <QEventLoop>

namespace om::bench {

ScanRun runScan(int customers, int latencyMs, int serverRate, int clientRate, int concurrency, int pageSize)
{
    ScanRun run;
    sandbox::SandboxOptions options;
    options.latencyMs = latencyMs;
    options.ratePerMinute = serverRate;
    options.customerCount = customers;
    sandbox::SandboxHost host(options);
    const Status started = host.start();
    if (!started.ok()) {
        run.error = started.error().toString();
        return run;
    }
    const QString token = host.issueAccessToken();

    CountingNetworkManager network;
    pc::StaticTokenProvider tokens(token);
    pc::ClientConfig config;
    config.baseUrl = host.baseUrl();
    config.maxConcurrentRequests = concurrency;
    config.requestsPerMinute = clientRate;
    pc::PartnerCenterClient client(&network, &tokens, host.clock(), config);
    pc::ScanOptions scanOptions;
    scanOptions.customerPageSize = pageSize;
    scanOptions.maxConcurrentCustomers = concurrency;
    pc::ScanService scan(&client, host.clock(), scanOptions);

    QEventLoop loop;
    QObject::connect(&scan, &pc::ScanService::finished, &loop,
                     [&](const Result<domain::ScanSnapshot> &result) {
                         if (result.ok()) {
                             run.ok = true;
                             run.customers = int(result.value().customers.size());
                             for (const domain::CustomerRecord &c : result.value().customers)
                                 run.subscriptions += int(c.subscriptions.size());
                         } else {
                             run.error = result.error().toString();
                         }
                         loop.quit();
                     });
    QElapsedTimer timer;
    timer.start();
    scan.start();
    if (scan.isRunning())
        loop.exec();
    run.wallMs = elapsedMs(timer);
    run.requests = network.requests();
    run.throttled = network.throttled();
    run.throttledMoreThanOnce = network.throttledMoreThanOnce();
    return run;
}

namespace {

int minimumRequests(int customers, int pageSize)
{
    return (customers + pageSize - 1) / pageSize + customers; // customer pages + one list per customer
}

void describe(const QString &label, const ScanRun &run)
{
    printInfo(QStringLiteral("%1: %2 customers, %3 subscriptions, %4 requests, %5 s, %6 x 429")
                  .arg(label)
                  .arg(run.customers)
                  .arg(run.subscriptions)
                  .arg(run.requests)
                  .arg(run.wallMs / 1000.0, 0, 'f', 1)
                  .arg(run.throttled));
}

} // namespace

int benchScan(const ScanBenchOptions &o)
{
    int misses = 0;
    const int minimum = minimumRequests(o.customers, o.pageSize);
    printInfo(QStringLiteral("scan size: %1 customers, latency %2 ms, concurrency %3, page size %4")
                  .arg(o.customers)
                  .arg(o.latencyMs)
                  .arg(o.concurrency)
                  .arg(o.pageSize));

    // 1. Rate-limited: the sandbox allows ratePerMinute; the client paces itself at the same budget.
    const ScanRun limited =
        runScan(o.customers, o.latencyMs, o.ratePerMinute, o.ratePerMinute, o.concurrency, o.pageSize);
    if (!limited.ok) {
        printInfo(QStringLiteral("rate-limited scan FAILED: %1").arg(limited.error));
        ++misses;
    }
    describe(QStringLiteral("rate-limited scan"), limited);
    const double rateBoundMs = double(minimum) * 60000.0 / o.ratePerMinute;
    printInfo(QStringLiteral("rate-limit bound: %1 requests / %2 per min = %3 s")
                  .arg(minimum)
                  .arg(o.ratePerMinute)
                  .arg(rateBoundMs / 1000.0, 0, 'f', 1));
    misses += !printFigure({QStringLiteral("Scan wall time / rate-limit bound"), limited.wallMs / rateBoundMs,
                            QStringLiteral("x"), QStringLiteral("<="), 1.15});
    misses += !printFigure({QStringLiteral("Scan 429s answered by more than one retry"),
                            double(limited.throttledMoreThanOnce), QStringLiteral("requests"),
                            QStringLiteral("<="), 0});
    misses += !printFigure({QStringLiteral("Scan requests made (minimum %1)").arg(minimum),
                            double(limited.requests), QStringLiteral("requests"), QStringLiteral("<="),
                            double(minimum)});

    // 2. No rate limit anywhere: only latency and concurrency bound the scan.
    const int unlimitedRate = 1000000;
    const ScanRun unlimited = runScan(o.customers, o.latencyMs, 0, unlimitedRate, o.concurrency, o.pageSize);
    if (!unlimited.ok) {
        printInfo(QStringLiteral("unlimited scan FAILED: %1").arg(unlimited.error));
        ++misses;
    }
    describe(QStringLiteral("unlimited scan"), unlimited);
    const double latencyBoundMs = double(o.latencyMs) * minimum / o.concurrency;
    printInfo(QStringLiteral("latency bound: %1 ms x %2 requests / %3 = %4 s")
                  .arg(o.latencyMs)
                  .arg(minimum)
                  .arg(o.concurrency)
                  .arg(latencyBoundMs / 1000.0, 0, 'f', 1));
    misses +=
        !printFigure({QStringLiteral("Scan wall time (no rate limit) / latency bound"),
                      unlimited.wallMs / latencyBoundMs, QStringLiteral("x"), QStringLiteral("<="), 1.3});

    // 3. For comparison: the same scan one request at a time, like a simple script.
    if (o.sequential) {
        const ScanRun sequential = runScan(o.customers, o.latencyMs, 0, unlimitedRate, 1, o.pageSize);
        if (!sequential.ok)
            printInfo(QStringLiteral("sequential scan FAILED: %1").arg(sequential.error));
        describe(QStringLiteral("sequential scan (concurrency 1, no rate limit)"), sequential);
        printInfo(QStringLiteral("concurrent scan is %1x faster than one request at a time")
                      .arg(sequential.wallMs / std::max(1.0, unlimited.wallMs), 0, 'f', 2));
    }
    return misses;
}

} // namespace om::bench
