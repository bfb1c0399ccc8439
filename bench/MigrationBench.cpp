#include "bench/MigrationBench.h"

#include "bench/BenchSupport.h"
#include "bench/EngineRig.h"
#include "domain/OfferCatalogue.h"
#include "engine/MigrationEngine.h"
#include "journal/Journal.h"
#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/PartnerCenterClient.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxCatalogue.h"
#include "sandbox/store/SandboxStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <algorithm>

namespace om::bench {

namespace {

// The customer of the bench: one "From SA" retired subscription (no upgrade path, so the engine buys the
// replacement and moves every user's licence) and `users` users holding it.
QString addBigCustomer(sandbox::SandboxStore &store, int users)
{
    sandbox::CustomerRecord customer;
    customer.companyName = QStringLiteral("Bench Big Customer");
    customer.domain = QStringLiteral("benchbig.onmicrosoft.com");
    customer.country = QStringLiteral("IT");
    const QString customerId = store.addCustomer(customer);
    sandbox::SubscriptionRecord s;
    s.customerId = customerId;
    s.offerId = sandbox::sandboxOfferId(
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition From SA for CRM Basic (Qualified Offer)"));
    s.quantity = users;
    s.commitmentEndDate = QDateTime::currentDateTimeUtc().addDays(30);
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

engine::EngineResult await(engine::MigrationEngine &engine, const std::function<bool()> &start)
{
    engine::EngineResult result;
    QEventLoop loop;
    bool done = false;
    QObject::connect(&engine, &engine::MigrationEngine::finished, &loop, [&](const engine::EngineResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!start()) {
        result.summary = engine.errorText();
        return result;
    }
    if (!done)
        loop.exec();
    QObject::disconnect(&engine, &engine::MigrationEngine::finished, &loop, nullptr);
    return result;
}

// The fewest requests the documented flow (docs/partner-center-api.md) needs to migrate one customer with
// one retired subscription on the purchase path, counted from the flow itself, never from what the engine
// sent. Per user: one read of the user's licences while planning (Partner Center has no batch read of
// users' licences: "Licences") and one licenseupdates call that assigns the new SKU and removes the old.
// Per customer: the calls below.
struct MinimumFlow
{
    int planPerCustomer = 0;
    int runPerCustomer = 0;
    int perUser = 2;
    int total(int users) const { return perUser * users + planPerCustomer + runPerCustomer; }
};

MinimumFlow minimumFlow(int users, int userPageSize)
{
    MinimumFlow f;
    const int userPages = std::max(1, (users + userPageSize - 1) / userPageSize);
    f.planPerCustomer = 1            // GET customer (market)
                        + 1          // GET subscriptions
                        + 1          // GET provisioningstatus of the old subscription (its SKU)
                        + 1          // GET upgrades of it (which path)
                        + 1          // GET products of the market
                        + 1          // GET skus of the replacement product
                        + 1          // GET availabilities of its SKU
                        + 1          // GET subscribedskus (free units of the new SKU)
                        + userPages; // GET users, one call per page
    f.runPerCustomer = 1             // POST cart
                       + 1           // POST checkout
                       + 1           // order/subscription look-up
                       + 1           // GET the new subscription (active)
                       + 1           // GET its provisioningstatus (the licence to assign)
                       + 1           // GET subscribedskus (its seats are there)
                       + 1           // verify: GET subscribedskus once (the old SKU unused)
                       + 1           // suspend: GET the old subscription (fresh etag)
                       + 1           // suspend: GET subscribedskus right before (nobody holds it)
                       + 1           // suspend: GET subscriptions (no add-on in use)
                       + 1;          // suspend: PATCH
    return f;
}

} // namespace

int benchMigration(const MigrationBenchOptions &o)
{
    sandbox::SandboxOptions options;
    options.latencyMs = o.latencyMs;
    options.ratePerMinute = o.ratePerMinute;
    options.customerCount = 8;
    options.provisioningDelayMs = 0; // the bound is about requests; a provisioning wait is not ours to pace
    sandbox::SandboxHost host(options);
    if (Status started = host.start(); !started.ok()) {
        printInfo(QStringLiteral("sandbox FAILED: %1").arg(started.error().toString()));
        return 1;
    }
    const QString customerId = addBigCustomer(host.store(), o.users);

    EngineRig rig(host, o.concurrency, o.ratePerMinute);
    if (!rig.ok())
        return 1;
    engine::EngineConfig engineConfig;
    engineConfig.userConcurrency = o.concurrency;
    engineConfig.pollInitialMs = 200;
    engine::MigrationEngine engine(rig.client(), rig.journal(), rig.catalogue(), host.clock(), engineConfig);

    QElapsedTimer timer;
    timer.start();
    engine::MigrationRequest request;
    request.customerId = customerId;
    const engine::EngineResult planned = await(engine, [&]() { return engine.plan(request); });
    const int planRequests = rig.network().requests();
    const int planThrottled = rig.network().throttled();
    rig.network().reset();
    engine::EngineResult done = planned;
    if (planned.ok)
        done = await(engine, [&]() { return engine.runAll(); });
    const double wallMs = elapsedMs(timer);
    const int runRequests = rig.network().requests();
    const int requests = planRequests + runRequests;
    int misses = 0;
    if (!done.ok) {
        printInfo(QStringLiteral("migration FAILED: %1").arg(done.summary));
        ++misses;
    }
    const MinimumFlow flow = minimumFlow(o.users, host.store().options().defaultUserPageSize);
    const int minimum = flow.total(o.users);
    const double boundMs = double(minimum) * 60000.0 / o.ratePerMinute;
    printInfo(QStringLiteral("migration: users=%1 requests=%2 minimum=%3 wall/bound=%4")
                  .arg(o.users)
                  .arg(requests)
                  .arg(minimum)
                  .arg(wallMs / boundMs, 0, 'f', 2));
    printInfo(QStringLiteral("migration detail: %1 moved, %2 failed; plan %3 requests (minimum %4 = %5 users "
                             "+ %6), run %7 (minimum %8 = %5 users + %9); %10 x 429; %11 s, bound %12 "
                             "requests / %13 per min = %14 s")
                  .arg(done.usersMoved)
                  .arg(done.usersFailed)
                  .arg(planRequests)
                  .arg(o.users + flow.planPerCustomer)
                  .arg(o.users)
                  .arg(flow.planPerCustomer)
                  .arg(runRequests)
                  .arg(o.users + flow.runPerCustomer)
                  .arg(flow.runPerCustomer)
                  .arg(planThrottled + rig.network().throttled())
                  .arg(wallMs / 1000.0, 0, 'f', 1)
                  .arg(minimum)
                  .arg(o.ratePerMinute)
                  .arg(boundMs / 1000.0, 0, 'f', 1));
    misses += !printFigure(
        {QStringLiteral("Migration of %1 users: requests after the plan (1.1 per user + 20)").arg(o.users),
         double(runRequests), QStringLiteral("requests"), QStringLiteral("<="), 1.1 * o.users + 20});
    misses +=
        !printFigure({QStringLiteral("Migration of %1 users: requests / documented minimum").arg(o.users),
                      double(requests) / minimum, QStringLiteral("x"), QStringLiteral("<="), 1.1});
    misses += !printFigure(
        {QStringLiteral("Migration of %1 users: wall time / bound (minimum / rate)").arg(o.users),
         wallMs / boundMs, QStringLiteral("x"), QStringLiteral("<"), 1.2});
    return misses;
}

} // namespace om::bench
