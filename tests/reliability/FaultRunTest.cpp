// In-process fault runs, one per seed: the engine migrates one demo customer against a SandboxHost
// (manual clock) that injects 5xx, dropped connections, truncated and malformed bodies and slow
// answers (FaultSpec, seeded), throttles with 429 storms (Retry-After), lets access tokens expire
// mid-migration, keeps the new subscription pending for a while, and has "another admin" PATCH the
// old subscription between the engine's read and its suspend PATCH (stale etag). When the engine
// gives up, it is run again with the same journal, as an operator would, until done (bounded).
// InvariantMonitor checks the sandbox after every request. The client sends one request at a time,
// so a seed always draws the same faults for the same requests.

#include "domain/OfferCatalogue.h"
#include "engine/MigrationEngine.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"
#include "sandbox/store/SandboxStore.h"
#include "tests/reliability/InvariantMonitor.h"
#include "tests/reliability/ReliabilitySupport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>
#include <memory>

using namespace om;
using namespace om::test;

namespace {

constexpr int kMaxAttempts = 12;
constexpr int kTokenLifetimeSecs = 600;

engine::EngineResult await(engine::MigrationEngine &engine, const std::function<bool()> &start)
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

struct Scenario
{
    sandbox::FaultSpec faults;
    int ratePerMinute = 60;        // Retry-After 1 s once the bucket is empty
    int stormLength = 2;           // 429s in a row before "a minute passes" (the clock jumps 60 s)
    bool storms = true;            // use up the bucket after the cart and after the first licence update
    bool licenceStorm = true;      // (the second one)
    qint64 provisioningMs = 40000; // pending this long; each poll of it moves the clock 10 s
    bool expireTokens = true;      // after the second licence update: every token expires
    bool etagConflict = true;      // someone else PATCHes the old subscription before our suspend
    bool problemUser = false;      // one holder has no usage location: the new licence is refused
};

class FaultRun
{
public:
    FaultRun(quint32 seed, const Scenario &scenario)
        : m_seed(seed)
        , m_scenario(scenario)
    {}

    // Sets up the sandbox, the journal and the client; picks the customer. Empty text when fine.
    QString setUp()
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
        auto catalogue = domain::OfferCatalogue::loadBuiltIn();
        if (!catalogue)
            return catalogue.error().toString();
        m_catalogue = catalogue.value();
        m_customer = pickCleanCustomer(m_host->store(), m_catalogue, 4);
        if (!m_customer.isValid())
            m_customer = pickCleanCustomer(m_host->store(), m_catalogue, 2);
        if (!m_customer.isValid())
            return QStringLiteral("no suitable demo customer for seed %1").arg(m_seed);
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
        InvariantMonitor::Target target;
        target.customerId = m_customer.customerId;
        target.oldSubscriptionId = m_customer.oldSubscriptionId;
        target.oldSku = m_customer.oldSku;
        target.plannedUsers = m_customer.holders;
        if (m_scenario.problemUser) {
            m_problemUser = target.plannedUsers.takeLast();
            target.problemUsers.append(m_problemUser);
            setUsageLocation(QString());
        }
        m_monitor = std::make_unique<InvariantMonitor>(*m_host, target, [this]() { return m_journal.get(); });
        // The engine may give up with a write unanswered (kept pending on purpose); only the end
        // must have none.
        m_monitor->allowPendingWrites(true);
        QObject::connect(&m_host->server(), &sandbox::SandboxServer::requestServed, m_monitor.get(),
                         [this](const QByteArray &method, const QString &path, int status,
                                const QByteArray &) { onServed(method, path, status); });
        return {};
    }

    // Runs the engine (plan + runAll) until the migration is done or kMaxAttempts runs gave up.
    bool migrate(int maxAttempts = kMaxAttempts)
    {
        engine::EngineConfig config;
        config.pollInitialMs = 5;
        config.pollMaxMs = 20;
        config.provisioningTimeoutMs = 20000;
        config.inFlightRetryMs = 10;
        for (m_attempts = 1; m_attempts <= maxAttempts; ++m_attempts) {
            engine::MigrationEngine engine(*m_client, *m_journal, m_catalogue, m_clock, config);
            engine::MigrationRequest request;
            request.customerId = m_customer.customerId;
            const engine::EngineResult planned = await(engine, [&]() { return engine.plan(request); });
            if (planned.ok) {
                const engine::EngineResult ran = await(engine, [&]() { return engine.runAll(); });
                m_lastSummary = ran.summary;
            } else {
                m_lastSummary = planned.summary;
            }
            m_monitor->checkJournalMatchesSandbox(QStringLiteral("after attempt %1").arg(m_attempts));
            const auto m = m_monitor->migration();
            if (m && m->state == journal::JournalState::Suspended)
                return true;
        }
        return false;
    }

    // The sandbox has no route to edit a user: the store is changed directly (as an admin would in
    // the customer's tenant).
    void setUsageLocation(const QString &location)
    {
        const_cast<sandbox::UserRecord *>(m_host->store().user(m_customer.customerId, m_problemUser))
            ->usageLocation = location;
    }
    QString problemUser() const { return m_problemUser; }

    InvariantMonitor &monitor() { return *m_monitor; }
    sandbox::SandboxHost &host() { return *m_host; }
    journal::Journal &journal() { return *m_journal; }
    const domain::OfferCatalogue &catalogue() const { return m_catalogue; }
    const PickedCustomer &customer() const { return m_customer; }
    int attempts() const { return m_attempts; }
    int etagConflicts() const { return m_etagConflicts; }
    int tokenExpiries() const { return m_tokenExpiries; }
    int storms() const { return m_storms; }
    QString lastSummary() const { return m_lastSummary; }

private:
    void onServed(const QByteArray &method, const QString &path, int status)
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
        const auto m = m_monitor->migration();
        if (!m)
            return;
        // Slow provisioning: the engine's polls of the new subscription move time on.
        if (method == "GET" && !m->newSubscriptionId.isEmpty() &&
            path.compare(subscriptions + m->newSubscriptionId, Qt::CaseInsensitive) == 0)
            clock.advanceSecs(10);
        // 429 storms at chosen moments: the cart was created; the first licence moved.
        const bool cart = method == "POST" && status < 300 && path.endsWith(QLatin1String("/carts"));
        const bool licence =
            method == "POST" && status < 300 && path.endsWith(QLatin1String("/licenseupdates"));
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
        if (m_scenario.etagConflict && m_etagConflicts == 0 && method == "GET" && status == 200 &&
            (m->state == journal::JournalState::Verified || m->state == journal::JournalState::Suspending) &&
            path.compare(subscriptions + m_customer.oldSubscriptionId, Qt::CaseInsensitive) == 0) {
            sandbox::SandboxStore::SubscriptionPatch patch;
            patch.friendlyName = QStringLiteral("Renamed by another admin");
            const auto patched =
                m_host->store().patchSubscription(m_customer.customerId, m_customer.oldSubscriptionId, patch);
            if (patched.ok())
                ++m_etagConflicts;
        }
    }

    quint32 m_seed;
    Scenario m_scenario;
    SystemClock m_clock; // the engine's and the client's: real time (pacing, polls)
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    domain::OfferCatalogue m_catalogue;
    PickedCustomer m_customer;
    QString m_problemUser;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<MintingTokenProvider> m_tokens;
    std::unique_ptr<pc::PartnerCenterClient> m_client;
    std::unique_ptr<InvariantMonitor> m_monitor; // declared after the host: disconnected first
    int m_attempts = 0;
    int m_throttledInRow = 0;
    int m_licenceUpdates = 0;
    bool m_cartStorm = false;
    int m_storms = 0;
    int m_etagConflicts = 0;
    int m_tokenExpiries = 0;
    QString m_lastSummary;
};

// Adds the run to the totals and fails the test on any violation.
void account(FaultRun &run, int extraFaults)
{
    ReliabilityTotals &t = reliabilityTotals();
    ++t.runs;
    t.faults += injectedFaults(run.host().server().counters()) + extraFaults;
    t.violations += int(run.monitor().violations().size());
    for (const QString &v : run.monitor().violations())
        ADD_FAILURE() << "invariant violated: " << v.toStdString();
}

class FaultRunTest : public ::testing::TestWithParam<int>
{
};

TEST_P(FaultRunTest, MigratesUnderFaultsWithoutLossDoublePurchaseOrEarlySuspend)
{
    Scenario scenario;
    scenario.faults.serverError = 0.20;
    scenario.faults.drop = 0.05;
    scenario.faults.truncate = 0.05;
    scenario.faults.malformed = 0.02;
    scenario.faults.slow = 0.03;
    scenario.faults.slowDelayMs = 30;
    FaultRun run(quint32(GetParam()), scenario);
    const QString setUp = run.setUp();
    ASSERT_TRUE(setUp.isEmpty()) << setUp.toStdString();

    const bool done = run.migrate();
    run.host().server().setFaults({}, 0); // the checks below read without faults
    run.monitor().checkFinal(true);
    const sandbox::SandboxCounters counters = run.host().server().counters();
    std::printf(
        "seed %d: %d attempt(s), %s, 429 storms %d, etag conflicts %d, token expiries %d, %d observations\n",
        GetParam(), run.attempts(), qPrintable(counters.toString()), run.storms(), run.etagConflicts(),
        run.tokenExpiries(), run.monitor().observations());
    account(run, run.etagConflicts());
    ASSERT_TRUE(done) << "not done after " << kMaxAttempts << " runs: " << run.lastSummary().toStdString();
    const QStringList report =
        checkReportRow(run.host().store(), run.catalogue(), run.journal(), run.customer().customerId,
                       run.customer().oldSubscriptionId, int(run.customer().holders.size()));
    EXPECT_TRUE(report.isEmpty()) << report.join(QLatin1Char('\n')).toStdString();
    reliabilityTotals().violations += int(report.size());
    // The faults really happened (a suite that injects nothing proves nothing).
    EXPECT_GT(counters.serverErrors, 0);
    EXPECT_GT(counters.throttled, 0);
    EXPECT_GT(counters.unauthorized, 0);
    EXPECT_EQ(run.etagConflicts(), 1);
}

INSTANTIATE_TEST_SUITE_P(Seeds, FaultRunTest, ::testing::Range(1, 7));

// A user the new licence is refused for (no usage location) under the same faults: whatever the
// engine retries, the old subscription stays active and the user keeps the old licence; once an
// admin fixes the user, the same journal resumes to completion.
TEST(FaultRunProblemUserTest, ProblemUserKeepsOldLicenceAndOldSubscriptionStaysActive)
{
    Scenario scenario;
    scenario.faults.serverError = 0.20;
    scenario.faults.drop = 0.05;
    scenario.faults.truncate = 0.05;
    scenario.problemUser = true;
    scenario.etagConflict = false;
    FaultRun run(2, scenario);
    const QString setUp = run.setUp();
    ASSERT_TRUE(setUp.isEmpty()) << setUp.toStdString();

    EXPECT_FALSE(run.migrate(3)) << "migrated although a user cannot get the new licence";
    run.monitor().checkJournalMatchesSandbox(QStringLiteral("with the problem user"));
    const sandbox::SandboxStore &store = run.host().store();
    const PickedCustomer &c = run.customer();
    EXPECT_TRUE(store.userHasSku(c.customerId, run.problemUser(), c.oldSku));
    const sandbox::SubscriptionRecord *old = store.subscription(c.customerId, c.oldSubscriptionId);
    ASSERT_NE(old, nullptr);
    EXPECT_EQ(store.effectiveStatus(*old), sandbox::SubscriptionStatus::Active);

    run.setUsageLocation(QStringLiteral("IT"));
    run.monitor().promoteProblemUser(run.problemUser());
    const bool done = run.migrate();
    run.host().server().setFaults({}, 0);
    run.monitor().checkFinal(true);
    account(run, 0);
    ASSERT_TRUE(done) << run.lastSummary().toStdString();
    const QStringList report = checkReportRow(run.host().store(), run.catalogue(), run.journal(),
                                              c.customerId, c.oldSubscriptionId, int(c.holders.size()));
    EXPECT_TRUE(report.isEmpty()) << report.join(QLatin1Char('\n')).toStdString();
    reliabilityTotals().violations += int(report.size());
}

} // namespace

// Regression: a checkout throttled until the client gives up (429: not processed) must not leave the
// migration stuck on "no order was placed, check the order history" for ever; the next run buys once.
TEST(FaultRunThrottledCheckoutTest, CheckoutThrottledPastTheRetriesIsBoughtOnceOnTheNextRun)
{
    Scenario scenario;
    scenario.stormLength = 5; // as many 429s in a row as the client makes attempts (1 + 4 retries)
    scenario.licenceStorm = false;
    scenario.expireTokens = false;
    scenario.etagConflict = false;
    FaultRun run(3, scenario);
    const QString setUp = run.setUp();
    ASSERT_TRUE(setUp.isEmpty()) << setUp.toStdString();
    const bool done = run.migrate(4);
    run.monitor().checkFinal(true);
    account(run, 0);
    EXPECT_GE(run.host().server().counters().throttled, 5);
    ASSERT_TRUE(done) << run.lastSummary().toStdString();
}
