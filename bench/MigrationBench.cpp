#include "bench/MigrationBench.h"

#include "bench/BenchSupport.h"
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

    QTemporaryDir dir;
    journal::Journal journal(host.clock());
    if (Status opened = journal.open(dir.filePath(QStringLiteral("journal.sqlite"))); !opened.ok()) {
        printInfo(QStringLiteral("journal FAILED: %1").arg(opened.error().toString()));
        return 1;
    }
    Result<domain::OfferCatalogue> catalogue = domain::OfferCatalogue::loadBuiltIn();
    if (!catalogue.ok()) {
        printInfo(QStringLiteral("catalogue FAILED: %1").arg(catalogue.error().toString()));
        return 1;
    }
    CountingNetworkManager network;
    pc::StaticTokenProvider tokens(host.issueAccessToken());
    pc::ClientConfig config;
    config.baseUrl = host.baseUrl();
    config.maxConcurrentRequests = o.concurrency;
    config.requestsPerMinute = o.ratePerMinute;
    pc::PartnerCenterClient client(&network, &tokens, host.clock(), config);
    engine::EngineConfig engineConfig;
    engineConfig.userConcurrency = o.concurrency;
    engineConfig.pollInitialMs = 200;
    engine::MigrationEngine engine(client, journal, catalogue.value(), host.clock(), engineConfig);

    QElapsedTimer timer;
    timer.start();
    engine::MigrationRequest request;
    request.customerId = customerId;
    const engine::EngineResult planned = await(engine, [&]() { return engine.plan(request); });
    engine::EngineResult done = planned;
    if (planned.ok)
        done = await(engine, [&]() { return engine.runAll(); });
    const double wallMs = elapsedMs(timer);
    int misses = 0;
    if (!done.ok) {
        printInfo(QStringLiteral("migration FAILED: %1").arg(done.summary));
        ++misses;
    }
    const double boundMs = double(network.requests()) * 60000.0 / o.ratePerMinute;
    printInfo(QStringLiteral("migration: %1 users, %2 moved, %3 failed, %4 requests (%5 x 429), %6 s; "
                             "bound %7 requests / %8 per min = %9 s")
                  .arg(o.users)
                  .arg(done.usersMoved)
                  .arg(done.usersFailed)
                  .arg(network.requests())
                  .arg(network.throttled())
                  .arg(wallMs / 1000.0, 0, 'f', 1)
                  .arg(network.requests())
                  .arg(o.ratePerMinute)
                  .arg(boundMs / 1000.0, 0, 'f', 1));
    misses +=
        !printFigure({QStringLiteral("Migration of %1 users: wall time / rate-limit bound").arg(o.users),
                      wallMs / boundMs, QStringLiteral("x"), QStringLiteral("<"), 1.2});
    return misses;
}

} // namespace om::bench
