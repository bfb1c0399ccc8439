#include "tests/reliability/FaultRun.h"

#include "engine/PurchaseCancellation.h"
#include "sandbox/store/SandboxCatalogue.h"
#include "sandbox/store/SandboxStore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

namespace om::test {

namespace {

const QString kSalesCrmol =
    QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)");
const QString kSalesFromSa =
    QStringLiteral("Dynamics 365 for Sales Enterprise Edition From SA for CRM Basic (Qualified Offer)");
const QString kSalesAddOn =
    QStringLiteral("Dynamics 365 for Sales Enterprise Edition Add-On for CRM Basic (Qualified Offer)");

// Builds one customer of our own in the store; the sandbox serves it like any demo customer.
class CustomerBuilder
{
public:
    CustomerBuilder(sandbox::SandboxStore &store, const QString &name)
        : m_store(store)
    {
        sandbox::CustomerRecord c;
        c.companyName = name;
        c.domain = QStringLiteral("reliability%1.onmicrosoft.com").arg(store.customerCount());
        c.country = QStringLiteral("IT");
        m_id = store.addCustomer(c);
        m_domain = c.domain;
    }

    QString id() const { return m_id; }
    QStringList holders() const { return m_holders; }

    // A retired subscription of `offerName` with `quantity` seats, and `users` new users holding its licence.
    QString add(const QString &offerName, int quantity, int users, const QString &parent = {})
    {
        sandbox::SubscriptionRecord s;
        s.customerId = m_id;
        s.offerId = sandbox::sandboxOfferId(offerName);
        s.quantity = quantity;
        s.autoRenewEnabled = false;
        s.commitmentEndDate = m_store.clock().now().addDays(30);
        s.parentSubscriptionId = parent;
        const QString id = m_store.addSubscription(s);
        const QString sku = m_store.catalogue().offer(s.offerId)->skuId;
        for (int i = 0; i < users; ++i) {
            sandbox::UserRecord u;
            u.customerId = m_id;
            u.displayName = QStringLiteral("User %1").arg(m_holders.size() + 1);
            u.userPrincipalName = QStringLiteral("user%1@%2").arg(m_holders.size() + 1).arg(m_domain);
            u.usageLocation = QStringLiteral("IT");
            const QString user = m_store.addUser(u);
            m_store.grantLicence(m_id, user, {sku, {}});
            m_holders.append(user);
        }
        return id;
    }

private:
    sandbox::SandboxStore &m_store;
    QString m_id;
    QString m_domain;
    QStringList m_holders;
};

// The kind of write a request is, for "lose the first answer of each kind"; empty for reads.
QString writeKind(const sandbox::SandboxRequest &r, const QList<journal::MigrationRecord> &migrations)
{
    const auto ends = [&r](const char *suffix) {
        return r.path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
    };
    if (r.method == "POST") {
        if (ends("/carts"))
            return QStringLiteral("cart");
        if (ends("/checkout"))
            return QStringLiteral("checkout");
        if (ends("/upgrades"))
            return QStringLiteral("upgrade");
        if (ends("/licenseupdates"))
            return QStringLiteral("licence update");
    }
    if (r.method != "PATCH")
        return {};
    for (const journal::MigrationRecord &m : migrations) {
        if (!m.newSubscriptionId.isEmpty() && r.path.endsWith(m.newSubscriptionId, Qt::CaseInsensitive))
            return QStringLiteral("cancel");
    }
    return QStringLiteral("suspend");
}

} // namespace

engine::EngineResult awaitEngine(engine::MigrationEngine &engine, const std::function<bool()> &start)
{
    engine::EngineResult result;
    result.summary = QStringLiteral("timed out");
    bool finished = false;
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &engine::MigrationEngine::finished, &loop, [&](const engine::EngineResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!start())
        return result;
    guard.start(60000);
    if (!finished)
        loop.exec();
    QObject::disconnect(&engine, &engine::MigrationEngine::finished, &loop, nullptr);
    return result;
}

const char *shapeName(CustomerShape shape)
{
    switch (shape) {
    case CustomerShape::Demo:
        return "Demo";
    case CustomerShape::AddOn:
        return "AddOn";
    case CustomerShape::Upgrade:
        return "Upgrade";
    case CustomerShape::SharedSku:
        return "SharedSku";
    case CustomerShape::TwoRetired:
        return "TwoRetired";
    case CustomerShape::Purchase:
        return "Purchase";
    case CustomerShape::Unused:
        return "Unused";
    }
    return "?";
}

FaultRun::FaultRun(quint32 seed, const Scenario &scenario)
    : m_seed(seed)
    , m_scenario(scenario)
{}

FaultRun::~FaultRun() = default;

QString FaultRun::setUp()
{
    sandbox::SandboxOptions o;
    o.seed = m_seed;
    o.customerCount = 64;
    o.provisioningDelayMs = m_scenario.provisioningMs;
    o.accessTokenLifetimeSecs = kTokenLifetimeSecs;
    o.ratePerMinute = m_scenario.ratePerMinute;
    o.faults = m_scenario.faults; // on from the first request
    m_host = std::make_unique<sandbox::SandboxHost>(o, sandbox::SandboxHost::ClockMode::Manual);
    if (const Status started = m_host->start(); !started)
        return started.error().toString();
    m_host->server().setLostAnswers(m_scenario.lostAnswers, m_seed);
    auto catalogue = domain::OfferCatalogue::loadBuiltIn();
    if (!catalogue)
        return catalogue.error().toString();
    m_catalogue = catalogue.value();
    if (m_scenario.shape == CustomerShape::Demo) {
        m_customer = pickCleanCustomer(m_host->store(), m_catalogue, 4);
        if (!m_customer.isValid())
            m_customer = pickCleanCustomer(m_host->store(), m_catalogue, 2);
        if (!m_customer.isValid())
            return QStringLiteral("no suitable demo customer for seed %1").arg(m_seed);
        m_retired = {m_customer.oldSubscriptionId};
    } else if (const QString built = buildCustomer(); !built.isEmpty()) {
        return built;
    }
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    m_journal = std::make_unique<journal::Journal>(m_clock);
    if (const Status opened = m_journal->open(m_dir.filePath(QStringLiteral("journal.sqlite"))); !opened)
        return opened.error().toString();
    m_tokens = std::make_unique<MintingTokenProvider>(*m_host);
    pc::ClientConfig config;
    config.baseUrl = m_host->baseUrl();
    config.requestTimeoutMs = 5000;
    config.maxConcurrentRequests = 1;
    config.requestsPerMinute = 100000;
    config.retry.baseDelayMs = 5;
    config.retry.maxDelayMs = 40;
    m_client = std::make_unique<pc::PartnerCenterClient>(&m_network, m_tokens.get(), m_clock, config);
    // A built customer has several retired subscriptions: the monitor checks all of them customer-wide.
    InvariantMonitor::Target target;
    target.customerId = m_customer.customerId;
    if (m_scenario.shape == CustomerShape::Demo) {
        target.oldSubscriptionId = m_customer.oldSubscriptionId;
        target.oldSku = m_customer.oldSku;
        target.plannedUsers = m_customer.holders;
    }
    if (m_scenario.problemUser) {
        m_problemUser = target.plannedUsers.takeLast();
        target.problemUsers.append(m_problemUser);
        setUsageLocation(QString());
    }
    m_monitor = std::make_unique<InvariantMonitor>(*m_host, target, [this]() { return m_journal.get(); });
    // The engine may give up with a write unanswered (kept pending on purpose); only the end
    // must have none.
    m_monitor->allowPendingWrites(true);
    QObject::connect(&m_host->server(), &sandbox::SandboxServer::requestArrived, m_monitor.get(),
                     [this](const sandbox::SandboxRequest &r) { onArrived(r); });
    QObject::connect(&m_host->server(), &sandbox::SandboxServer::requestServed, m_monitor.get(),
                     [this](const QByteArray &method, const QString &path, int status, const QByteArray &) {
                         onServed(method, path, status);
                     });
    return {};
}

QString FaultRun::buildCustomer()
{
    // Partner Center's clock and ours agree (the engine ties an unclear upgrade to a subscription created
    // since its migration started, within 15 minutes of skew); the demo tenant keeps its fixed date.
    m_host->manualClock()->set(QDateTime::currentDateTimeUtc());
    sandbox::SandboxStore &store = m_host->store();
    CustomerBuilder b(
        store,
        QStringLiteral("Reliability %1 %2").arg(QLatin1String(shapeName(m_scenario.shape))).arg(m_seed));
    switch (m_scenario.shape) {
    case CustomerShape::AddOn: {
        const QString base = b.add(kSalesCrmol, 4, 3);
        m_retired = {base, b.add(kSalesAddOn, 2, 2, base)};
        m_hasAddOn = true;
        break;
    }
    case CustomerShape::Upgrade:
        m_retired = {b.add(kSalesCrmol, 4, 3)};
        m_hasUpgradePath = true;
        break;
    case CustomerShape::SharedSku: {
        const QString first = b.add(kSalesFromSa, 3, 5);
        m_retired = {first, b.add(kSalesFromSa, 3, 0)};
        m_sharesSku = true;
        break;
    }
    case CustomerShape::TwoRetired:
        m_retired = {b.add(kSalesCrmol, 4, 3), b.add(kSalesFromSa, 3, 2)};
        m_hasUpgradePath = true;
        break;
    case CustomerShape::Purchase:
        m_retired = {b.add(kSalesFromSa, 4, 3)};
        break;
    case CustomerShape::Unused:
        m_retired = {b.add(kSalesFromSa, 2, 0)};
        break;
    case CustomerShape::Demo:
        return QStringLiteral("a demo customer is picked, not built");
    }
    m_customer.customerId = b.id();
    m_customer.oldSubscriptionId = m_retired.constFirst();
    m_customer.oldSku = store.skuOf(*store.subscription(b.id(), m_retired.constFirst()));
    m_customer.holders = b.holders();
    m_excluded = m_customer.holders.mid(0, m_scenario.excludedHolders);
    return {};
}

engine::MigrationRequest FaultRun::request() const
{
    engine::MigrationRequest r;
    r.customerId = m_customer.customerId;
    if (!m_excluded.isEmpty())
        r.excludedUsers.insert(m_customer.oldSubscriptionId, m_excluded);
    if (m_scenario.confirmSuspendOnly)
        r.suspendOnly = m_retired;
    return r;
}

QList<journal::MigrationRecord> FaultRun::migrations()
{
    if (!m_journal)
        return {};
    const auto all = m_journal->migrations(m_customer.customerId);
    return all ? all.value() : QList<journal::MigrationRecord>();
}

bool FaultRun::allSuspended()
{
    return allIn(journal::JournalState::Suspended);
}

bool FaultRun::allIn(journal::JournalState state)
{
    for (const QString &id : std::as_const(m_retired)) {
        const auto m = m_journal->findMigration(m_customer.customerId, id);
        if (!m || !m.value() || m.value()->state != state)
            return false;
    }
    return true;
}

engine::EngineConfig FaultRun::engineConfig() const
{
    engine::EngineConfig config;
    config.pollInitialMs = 5;
    config.pollMaxMs = 20;
    config.provisioningTimeoutMs = 20000;
    config.inFlightRetryMs = 10;
    return config;
}

bool FaultRun::migrate(int maxAttempts)
{
    for (m_attempts = 1; m_attempts <= maxAttempts; ++m_attempts) {
        engine::MigrationEngine engine(*m_client, *m_journal, m_catalogue, m_clock, engineConfig());
        const engine::MigrationRequest wanted = request();
        const engine::EngineResult planned = awaitEngine(engine, [&]() { return engine.plan(wanted); });
        if (planned.ok) {
            const engine::EngineResult ran = awaitEngine(engine, [&]() { return engine.runAll(); });
            m_lastSummary = ran.summary;
        } else {
            m_lastSummary = planned.summary;
        }
        m_monitor->checkJournalMatchesSandbox(QStringLiteral("after attempt %1").arg(m_attempts));
        // Excluded users keep the old licence: the suspend is refused on purpose, verified is the end.
        if (m_excluded.isEmpty() ? allSuspended() : allIn(journal::JournalState::Verified))
            return true;
    }
    return false;
}

bool FaultRun::purchaseOnly(int maxAttempts)
{
    for (m_attempts = 1; m_attempts <= maxAttempts; ++m_attempts) {
        engine::MigrationEngine engine(*m_client, *m_journal, m_catalogue, m_clock, engineConfig());
        engine::MigrationRequest request;
        request.customerId = m_customer.customerId;
        const engine::EngineResult planned = awaitEngine(engine, [&]() { return engine.plan(request); });
        if (planned.ok) {
            const engine::EngineResult ran = awaitEngine(engine, [&]() { return engine.purchase(); });
            m_lastSummary = ran.summary;
        } else {
            m_lastSummary = planned.summary;
        }
        m_monitor->checkJournalMatchesSandbox(QStringLiteral("after purchase attempt %1").arg(m_attempts));
        const auto m = m_journal->findMigration(m_customer.customerId, m_customer.oldSubscriptionId);
        if (m && m.value() && m.value()->state == journal::JournalState::Reassigning)
            return true;
    }
    return false;
}

bool FaultRun::cancelPurchase(int maxAttempts)
{
    // The cancellation window is on Partner Center's clock: the sandbox's.
    const engine::EngineContext context{m_client.get(), m_journal.get(), &m_host->clock(), engineConfig()};
    for (m_attempts = 1; m_attempts <= maxAttempts; ++m_attempts) {
        engine::PurchaseCancellation cancellation(context);
        bool finished = false;
        Status outcome = Status();
        cancellation.inspect(m_customer.customerId, m_customer.oldSubscriptionId,
                             [&](const Result<QList<engine::CancellablePurchase>> &found) {
                                 if (!found || found->isEmpty()) {
                                     outcome = found ? Error::make(Error::Kind::NotFound,
                                                                   QStringLiteral("nothing to cancel"))
                                                     : found.error();
                                     finished = true;
                                     return;
                                 }
                                 cancellation.cancel(found->constFirst(), [&](const Status &s) {
                                     outcome = s;
                                     finished = true;
                                 });
                             });
        if (!waitUntil([&]() { return finished; }, 60000))
            outcome = Error::make(Error::Kind::Timeout, QStringLiteral("the cancel did not finish"));
        m_lastSummary = outcome ? QStringLiteral("cancelled") : outcome.error().toString();
        m_monitor->checkJournalMatchesSandbox(QStringLiteral("after cancel attempt %1").arg(m_attempts));
        const auto all = migrations();
        if (!all.isEmpty() && all.constLast().state == journal::JournalState::Cancelled)
            return true;
    }
    return false;
}

QStringList FaultRun::lostKinds() const
{
    QStringList kinds = m_lostKinds.keys();
    kinds.sort();
    return kinds;
}

void FaultRun::setUsageLocation(const QString &location)
{
    const_cast<sandbox::UserRecord *>(m_host->store().user(m_customer.customerId, m_problemUser))
        ->usageLocation = location;
}

// "Processed, then lost", on purpose: the first write of each kind runs, then its answer is replaced by
// a 5xx or the connection is dropped (which one alternates with the seed), for every attempt the client
// makes with its MS-RequestId during this run of the engine, so the engine itself is left without an
// answer (a 5xx recorded as failed, or a write left pending). The next run gets the real answer, or a
// replay of it. A send stopped before it runs (401, 429, an injected 5xx) keeps it armed for the retry.
void FaultRun::onArrived(const sandbox::SandboxRequest &request)
{
    if (!m_scenario.loseFirstAnswers ||
        !request.path.startsWith(QStringLiteral("/v1/customers/") + m_customer.customerId,
                                 Qt::CaseInsensitive))
        return;
    const QByteArray requestId = request.header("ms-requestid");
    const QString kind = writeKind(request, migrations());
    if (!kind.isEmpty() && !m_lostKinds.contains(kind) && !requestId.isEmpty()) {
        const int status = (m_seed + quint32(m_lostKinds.size())) % 2 ? 0 : 503;
        m_lostKinds.insert(kind, {requestId, m_attempts, status});
    }
    for (const LostWrite &lost : std::as_const(m_lostKinds)) {
        if (lost.requestId == requestId && lost.attempt == m_attempts)
            return m_host->server().failAfterRunning(request.method, request.path, lost.status, 1);
    }
    m_host->server().failAfterRunning({}, {}, 0, 0); // any other request: nothing armed
}

void FaultRun::onServed(const QByteArray &method, const QString &path, int status)
{
    ManualClock &clock = *m_host->manualClock();
    // 429 storm: a few in a row, then a minute passes and the bucket is full again.
    if (status == 429) {
        if (++m_throttledInRow >= m_scenario.stormLength) {
            clock.advanceSecs(60);
            m_throttledInRow = 0;
        }
        return;
    }
    m_throttledInRow = 0;
    const QString subscriptions =
        QStringLiteral("/v1/customers/") + m_customer.customerId + QStringLiteral("/subscriptions/");
    const QList<journal::MigrationRecord> all = migrations();
    if (all.isEmpty())
        return;
    // Slow provisioning: the engine's polls of a new subscription move time on.
    for (const journal::MigrationRecord &m : all) {
        if (method == "GET" && !m.newSubscriptionId.isEmpty() &&
            path.compare(subscriptions + m.newSubscriptionId, Qt::CaseInsensitive) == 0)
            clock.advanceSecs(10);
    }
    // 429 storms at chosen moments: the cart was created; the first licence moved.
    const bool cart = method == "POST" && status < 300 && path.endsWith(QLatin1String("/carts"));
    const bool licence = method == "POST" && status < 300 && path.endsWith(QLatin1String("/licenseupdates"));
    if (licence)
        ++m_licenceUpdates;
    if (m_scenario.storms &&
        ((cart && !m_cartStorm) || (m_scenario.licenceStorm && licence && m_licenceUpdates == 1))) {
        m_cartStorm = m_cartStorm || cart;
        const QString key = m_host->server().partnerTenantId();
        while (m_host->server().rateLimiter().tryAcquire(key) == 0) {
        }
        ++m_storms;
    }
    // Token expiry mid-migration: after the second licence update answered, every token expires.
    if (m_scenario.expireTokens && licence && m_licenceUpdates == 2) {
        clock.advanceSecs(kTokenLifetimeSecs + 60);
        ++m_tokenExpiries;
    }
    // Someone else edits the old subscription between our read and our suspend PATCH (the suspend step
    // reads it while the migration is still verified, then checks, then marks it suspending).
    const auto m = m_journal->findMigration(m_customer.customerId, m_customer.oldSubscriptionId);
    if (m_scenario.etagConflict && m_etagConflicts == 0 && method == "GET" && status == 200 && m &&
        m.value() &&
        (m.value()->state == journal::JournalState::Verified ||
         m.value()->state == journal::JournalState::Suspending) &&
        path.compare(subscriptions + m_customer.oldSubscriptionId, Qt::CaseInsensitive) == 0) {
        sandbox::SandboxStore::SubscriptionPatch patch;
        patch.friendlyName = QStringLiteral("Renamed by another admin");
        const auto patched =
            m_host->store().patchSubscription(m_customer.customerId, m_customer.oldSubscriptionId, patch);
        if (patched.ok())
            ++m_etagConflicts;
    }
}

void account(FaultRun &run, int extraFaults)
{
    ReliabilityTotals &t = reliabilityTotals();
    const sandbox::SandboxCounters counters = run.host().server().counters();
    ++t.runs;
    t.faults += injectedFaults(counters) + extraFaults;
    t.lostAnswers += counters.lostAnswers;
    t.addOnRuns += run.hasAddOn() ? 1 : 0;
    t.upgradeRuns += run.hasUpgradePath() ? 1 : 0;
    t.sharedSkuRuns += run.sharesSku() ? 1 : 0;
    t.violations += int(run.monitor().violations().size());
    for (const QString &v : run.monitor().violations())
        ADD_FAILURE() << "invariant violated: " << v.toStdString();
}

} // namespace om::test
