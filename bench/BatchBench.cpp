#include "bench/BatchBench.h"

#include "batch/BatchPlanner.h"
#include "batch/BatchRunner.h"
#include "bench/BenchSupport.h"
#include "bench/EngineRig.h"
#include "domain/OfferCatalogue.h"
#include "journal/Journal.h"
#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/PartnerCenterClient.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxCatalogue.h"
#include "sandbox/store/SandboxStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QTemporaryDir>

#include <cmath>
#include <optional>

namespace om::bench {

namespace {

const QString kFromSa =
    QStringLiteral("Dynamics 365 for Sales Enterprise Edition From SA for CRM Basic (Qualified Offer)");

// The fewest requests the documented flow needs, counted from the flow and the customers' shape, never from
// what the engine sent: the per-customer flow of bench/MigrationBench.cpp (docs/partner-center-api.md),
// except the three catalogue reads (products of the market, skus of the replacement, availabilities of its
// SKU), which a batch needs once per market, not once per customer.
//   per user:     GET the user's licences while planning (no batch read exists), POST licenseupdates  2
//   plan:         GET customer, subscriptions, the old subscription's provisioningstatus and upgrades,
//                 subscribedskus, users (one call per page)                                   5 + pages
//   buy:          POST cart, POST checkout, order/subscription look-up, GET the new subscription,
//                 its provisioningstatus, subscribedskus (its seats)                                6
//   verify:       GET subscribedskus (the old SKU unused)                                           1
//   suspend:      GET the old subscription, subscribedskus right before, subscriptions (add-ons),
//                 PATCH                                                                             4
//   per market:   GET products, skus, availabilities                                                3
int minimumPerCustomer(int users, int userPageSize)
{
    const int userPages = std::max(1, (users + userPageSize - 1) / userPageSize);
    return 2 * users + (5 + userPages) + 6 + 1 + 4;
}
constexpr int kMinimumPerMarket = 3;

QString addCustomer(sandbox::SandboxStore &store, int index, int users)
{
    sandbox::CustomerRecord customer;
    customer.companyName = QStringLiteral("Batch Bench %1").arg(index, 3, 10, QLatin1Char('0'));
    customer.domain = QStringLiteral("batchbench%1.onmicrosoft.com").arg(index);
    customer.country = QStringLiteral("IT");
    const QString customerId = store.addCustomer(customer);
    sandbox::SubscriptionRecord s;
    s.customerId = customerId;
    s.offerId = sandbox::sandboxOfferId(kFromSa);
    s.quantity = users;
    s.commitmentEndDate = store.clock().now().addDays(30);
    store.addSubscription(s);
    const QString sku = store.catalogue().offer(s.offerId)->skuId;
    for (int i = 0; i < users; ++i) {
        sandbox::UserRecord u;
        u.customerId = customerId;
        u.userPrincipalName = QStringLiteral("user%1@%2").arg(i).arg(customer.domain);
        u.displayName = QStringLiteral("User %1").arg(i);
        u.usageLocation = QStringLiteral("IT");
        const QString userId = store.addUser(u);
        store.grantLicence(customerId, userId, {sku, {}});
    }
    return customerId;
}

// "GET /v1/customers/{id}/users/{id}/licenses": the kind of a request, ids and query left out.
QString requestKind(const QByteArray &method, const QString &path)
{
    QStringList parts = path.section(QLatin1Char('?'), 0, 0).split(QLatin1Char('/'));
    for (QString &p : parts) {
        if (p.size() >= 8 && std::any_of(p.cbegin(), p.cend(), [](QChar c) { return c.isDigit(); }))
            p = QStringLiteral("{id}");
    }
    return QString::fromLatin1(method) + QLatin1Char(' ') + parts.join(QLatin1Char('/'));
}

} // namespace

int benchBatch(const BatchBenchOptions &o)
{
    const int speedup = std::max(1, o.speedup);
    const int rate = o.ratePerMinute * speedup;
    sandbox::SandboxOptions options;
    options.latencyMs = o.latencyMs / speedup;
    options.ratePerMinute = rate;
    options.customerCount = 1;
    options.provisioningDelayMs = 0; // the bound is about requests; a provisioning wait is not ours to pace
    sandbox::SandboxHost host(options);
    if (Status started = host.start(); !started.ok()) {
        printInfo(QStringLiteral("sandbox FAILED: %1").arg(started.error().toString()));
        return 1;
    }
    QStringList ids;
    QSet<QString> markets;
    int minimum = 0;
    for (int i = 0; i < o.customers; ++i) {
        ids.append(addCustomer(host.store(), i, o.usersPerCustomer));
        minimum += minimumPerCustomer(o.usersPerCustomer, host.store().options().defaultUserPageSize);
        markets.insert(QStringLiteral("IT"));
    }
    minimum += kMinimumPerMarket * int(markets.size());

    // What the requests were, by kind (a diagnostic for whoever cuts the engine's requests).
    QHash<QString, int> kinds;
    QObject kindsContext; // declared after `kinds`: gone (and disconnected) first
    QObject::connect(&host.server(), &sandbox::SandboxServer::requestServed, &kindsContext,
                     [&kinds](const QByteArray &method, const QString &path, int, const QByteArray &) {
                         if (path.startsWith(QLatin1String("/v1/")))
                             ++kinds[requestKind(method, path)];
                     });

    EngineRig rig(host, o.concurrency, rate);
    if (!rig.ok())
        return 1;
    engine::EngineConfig engineConfig;
    engineConfig.userConcurrency = o.concurrency;
    engineConfig.pollInitialMs = 200 / speedup;

    QElapsedTimer timer;
    timer.start();
    batch::BatchPlannerOptions plannerOptions;
    plannerOptions.customerConcurrency = o.concurrency;
    plannerOptions.engine = engineConfig;
    batch::BatchPlanner planner(rig.client(), rig.journal(), rig.catalogue(), host.clock(), plannerOptions);
    {
        QEventLoop loop;
        QObject::connect(&planner, &batch::BatchPlanner::finished, &loop, &QEventLoop::quit);
        if (planner.start(ids))
            loop.exec();
    }
    const double planMs = elapsedMs(timer);
    const int planRequests = rig.network().requests();
    batch::BatchRunOptions runOptions;
    runOptions.customerConcurrency = o.concurrency;
    runOptions.stopBeforeSuspend = false;
    runOptions.engine = engineConfig;
    batch::BatchRunner runner(rig.client(), rig.journal(), rig.catalogue(), host.clock(), runOptions);
    std::optional<batch::BatchResult> result;
    {
        QEventLoop loop;
        QObject::connect(&runner, &batch::BatchRunner::finished, &loop, [&](const batch::BatchResult &r) {
            result = r;
            loop.quit();
        });
        if (!runner.start(planner.plan()))
            printInfo(QStringLiteral("batch refused: %1").arg(runner.errorText()));
        else if (!result)
            loop.exec();
    }
    const double wallMs = elapsedMs(timer);
    int misses = 0;
    if (!result || result->done != o.customers) {
        printInfo(QStringLiteral("batch FAILED: %1 of %2 customers done")
                      .arg(result ? result->done : 0)
                      .arg(o.customers));
        ++misses;
    }
    const double boundMs = double(minimum) * 60000.0 / rate;
    printInfo(QStringLiteral("batch: %1 customers x %2 users at %3 requests/min%4")
                  .arg(o.customers)
                  .arg(o.usersPerCustomer)
                  .arg(o.ratePerMinute)
                  .arg(speedup == 1
                           ? QString()
                           : QStringLiteral(", run %1x faster (sandbox and client at %2/min, latency "
                                            "%3 ms): times below are at that rate, the ratio is the "
                                            "same at %4/min")
                                 .arg(speedup)
                                 .arg(rate)
                                 .arg(options.latencyMs)
                                 .arg(o.ratePerMinute)));
    printInfo(QStringLiteral(
                  "batch: %1 requests made (%2 planning, %3 x 429), minimum %4 (the documented flow: 2 x "
                  "users + 17 per customer, 3 per market); %5 per customer made, %6 needed")
                  .arg(rig.network().requests())
                  .arg(planRequests)
                  .arg(rig.network().throttled())
                  .arg(minimum)
                  .arg(double(rig.network().requests()) / o.customers, 0, 'f', 1)
                  .arg(minimumPerCustomer(o.usersPerCustomer, host.store().options().defaultUserPageSize)));
    printInfo(
        QStringLiteral("batch: wall %1 s (planning %2 s); bound %3 minimum requests / %4 per min = %5 s, "
                       "1.2 x bound = %6 s; at the real rate the bound is %7 min")
            .arg(wallMs / 1000.0, 0, 'f', 1)
            .arg(planMs / 1000.0, 0, 'f', 1)
            .arg(minimum)
            .arg(rate)
            .arg(boundMs / 1000.0, 0, 'f', 1)
            .arg(1.2 * boundMs / 1000.0, 0, 'f', 1)
            .arg(double(minimum) / o.ratePerMinute, 0, 'f', 1));
    printInfo(
        QStringLiteral("batch: requests made / minimum needed = %1 x (the figure below grades the wall time "
                       "against the minimum, not against the requests made)")
            .arg(double(rig.network().requests()) / minimum, 0, 'f', 2));
    QList<QPair<int, QString>> byCount;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        byCount.append({it.value(), it.key()});
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[count, kind] : std::as_const(byCount))
        printInfo(QStringLiteral("  diagnostic: %1 per customer  %2")
                      .arg(double(count) / o.customers, 6, 'f', 2)
                      .arg(kind));
    misses +=
        !printFigure({QStringLiteral("batch of %1 customers x %2 users: wall time / minimum-request bound")
                          .arg(o.customers)
                          .arg(o.usersPerCustomer),
                      wallMs / boundMs, QStringLiteral("x"), QStringLiteral("<"), 1.2});
    return misses;
}

} // namespace om::bench
