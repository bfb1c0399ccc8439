// ScanService against the sandbox's demo tenant over real HTTP.
#include "partnercenter/RequestScheduler.h"
#include "partnercenter/ScanService.h"
#include "sandbox/store/SandboxStore.h"
#include "tests/partnercenter/PcSandboxFixture.h"

#include <QTimer>

using namespace om;
using namespace om::pc;

namespace {

class ScanSandboxTest : public om::test::PcSandboxFixture
{
protected:
    Result<domain::ScanSnapshot> scan(ScanService &service)
    {
        std::optional<Result<domain::ScanSnapshot>> out;
        QObject::connect(&service, &ScanService::finished, receiver(),
                         [&out](const Result<domain::ScanSnapshot> &r) { out = r; });
        service.start();
        EXPECT_TRUE(waitFor([&out] { return out.has_value(); }, 120000));
        return out.value_or(
            Result<domain::ScanSnapshot>(Error::make(Error::Kind::Internal, QStringLiteral("none"))));
    }

    // Every customer of the store, with its market and subscriptions, is in the snapshot in order.
    void expectMatchesStore(const domain::ScanSnapshot &snapshot)
    {
        const sandbox::SandboxStore &store = host().store();
        ASSERT_EQ(snapshot.customers.size(), store.customerCount());
        int subscriptionTotal = 0;
        for (int i = 0; i < snapshot.customers.size(); ++i) {
            const domain::CustomerRecord &c = snapshot.customers.at(i);
            const sandbox::CustomerRecord *expected = store.customerAt(i);
            ASSERT_NE(expected, nullptr);
            EXPECT_EQ(c.id, expected->id);
            EXPECT_EQ(c.companyName, expected->companyName);
            const auto subs = store.subscriptions(c.id);
            EXPECT_EQ(c.subscriptions.size(), subs.size()) << c.companyName.toStdString();
            if (!subs.isEmpty()) {
                EXPECT_EQ(c.market, expected->country) << c.companyName.toStdString();
            }
            for (const domain::SubscriptionRecord &s : c.subscriptions) {
                const auto *stored = store.subscription(c.id, s.id);
                ASSERT_NE(stored, nullptr);
                EXPECT_EQ(s.offerId, stored->offerId);
                EXPECT_EQ(s.quantity, stored->quantity);
                EXPECT_FALSE(s.status.isEmpty());
                EXPECT_FALSE(s.etag.isEmpty());
            }
            subscriptionTotal += static_cast<int>(c.subscriptions.size());
        }
        EXPECT_EQ(subscriptionTotal, store.subscriptionCount());
    }
};

class ThrottledScanTest : public ScanSandboxTest
{
protected:
    sandbox::SandboxOptions sandboxOptions() const override
    {
        sandbox::SandboxOptions o;
        o.ratePerMinute = 60; // a burst of 60 and then Retry-After: 1 until the sandbox clock moves
        o.customerCount = 80;
        return o;
    }
};

class FaultyScanTest : public ScanSandboxTest
{
protected:
    sandbox::SandboxOptions sandboxOptions() const override
    {
        sandbox::SandboxOptions o;
        o.customerCount = 40;
        o.seed = 11;
        o.faults.serverError = 0.1;
        o.faults.drop = 0.05;
        o.faults.truncate = 0.05;
        o.faults.malformed = 0.05;
        o.faults.slow = 0.05;
        o.faults.slowDelayMs = 2000;
        return o;
    }
    om::pc::ClientConfig clientConfig() const override
    {
        om::pc::ClientConfig c = ScanSandboxTest::clientConfig();
        c.requestTimeoutMs = 400; // "slow" answers time out and are retried
        c.retry.maxRetries = 6;
        return c;
    }
};

} // namespace

TEST_F(ScanSandboxTest, ScansTheDemoTenant)
{
    ScanOptions options;
    options.customerPageSize = 25; // several pages
    options.environment = QStringLiteral("sandbox");
    ScanService service(&client(), host().clock(), options);
    QList<QPair<int, int>> progress;
    QObject::connect(&service, &ScanService::progress, receiver(), [&progress](int done, int total) {
        progress.append({done, total});
    });

    const Result<domain::ScanSnapshot> r = scan(service);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    expectMatchesStore(r.value());
    EXPECT_EQ(r->environment, QStringLiteral("sandbox"));
    EXPECT_EQ(r->scannedAt, host().clock().now());
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.first(), qMakePair(0, host().store().customerCount()));
    EXPECT_EQ(progress.last(), qMakePair(host().store().customerCount(), host().store().customerCount()));
    // Minimum requests: the customer pages, one subscription list per customer, and one customer read for
    // each customer whose subscription links carry no country (the market is then the billing country).
    const int pages = (host().store().customerCount() + 24) / 25;
    int withoutCountry = 0;
    for (int i = 0; i < host().store().customerCount(); ++i) {
        const sandbox::CustomerRecord *c = host().store().customerAt(i);
        withoutCountry +=
            c->offerLinksWithoutCountry && !host().store().subscriptions(c->id).isEmpty() ? 1 : 0;
    }
    EXPECT_GT(withoutCountry, 0) << "the demo tenant has customers whose links carry no country";
    EXPECT_EQ(server().counters().requests, pages + host().store().customerCount() + withoutCountry);
}

TEST_F(ThrottledScanTest, RecoversFromThrottlingViaRetryAfter)
{
    // The sandbox's rate limiter runs on its manual clock: once it has throttled, let sandbox time pass
    // (a minute every 300 ms) so the client's Retry-After waits end with tokens available again.
    QTimer minutes;
    QObject::connect(&minutes, &QTimer::timeout, receiver(), [this] {
        if (server().counters().throttled > 0)
            clock().advanceSecs(60);
    });
    minutes.start(300);

    ScanService service(&client(), host().clock());
    const Result<domain::ScanSnapshot> r = scan(service);
    minutes.stop();
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_GT(server().counters().throttled, 0);
    expectMatchesStore(r.value());
}

TEST_F(ScanSandboxTest, CustomerFailurePolicy)
{
    sandbox::SandboxOptions small;
    small.customerCount = 4;
    restart(small);
    makeClient(token());
    sandbox::FaultSpec allFail;
    allFail.serverError = 1.0;

    for (const bool failOnCustomerError : {true, false}) {
        server().setFaults({}, 1);
        ScanOptions options;
        options.failOnCustomerError = failOnCustomerError;
        options.maxConcurrentCustomers = 1;
        ScanService service(&client(), host().clock(), options);
        // Once the customers are listed, every subscription list answers 5xx (after the retries).
        QObject::connect(&service, &ScanService::progress, receiver(), [&](int done, int) {
            if (done == 0)
                server().setFaults(allFail, 7);
        });
        QList<CustomerScanError> reported;
        QObject::connect(&service, &ScanService::customerFailed, receiver(),
                         [&reported](const CustomerScanError &e) { reported.append(e); });
        const Result<domain::ScanSnapshot> r = scan(service);
        if (failOnCustomerError) {
            ASSERT_FALSE(r.ok());
            EXPECT_EQ(r.error().kind, Error::Kind::Http);
            EXPECT_TRUE(r.error().message.contains(host().store().customerAt(0)->id))
                << r.error().toString().toStdString();
            EXPECT_TRUE(r.error().context.endsWith(QStringLiteral("/subscriptions")));
        } else {
            ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
            EXPECT_TRUE(r->customers.isEmpty());
            EXPECT_EQ(service.failedCustomers().size(), 4);
            EXPECT_EQ(reported.size(), 4);
        }
    }
}

TEST_F(ScanSandboxTest, CancelStopsTheScan)
{
    ScanService service(&client(), host().clock());
    std::optional<Result<domain::ScanSnapshot>> out;
    QObject::connect(&service, &ScanService::finished, receiver(),
                     [&out](const Result<domain::ScanSnapshot> &r) { out = r; });
    QObject::connect(&service, &ScanService::progress, receiver(), [&service](int done, int) {
        if (done == 2)
            service.cancel();
    });
    service.start();
    ASSERT_TRUE(waitFor([&out] { return out.has_value(); }));
    ASSERT_FALSE(out->ok());
    EXPECT_EQ(out->error().kind, Error::Kind::Cancelled);
    EXPECT_FALSE(service.isRunning());
    // Requests already on the wire may still arrive; nothing new is started after the cancel. Wait until
    // the client has none in flight or queued (a scan that went on would keep it busy to the end).
    const qint64 requestsAtCancel = server().counters().requests;
    ASSERT_TRUE(waitFor(
        [this] { return client().scheduler()->inFlight() == 0 && client().scheduler()->queued() == 0; }));
    EXPECT_LE(server().counters().requests, requestsAtCancel + ScanOptions().maxConcurrentCustomers);
    EXPECT_LT(server().counters().requests, 1 + host().store().customerCount());
}

TEST_F(FaultyScanTest, ScanSurvivesServerErrorsDropsTruncationsAndTimeouts)
{
    ScanService service(&client(), host().clock());
    const Result<domain::ScanSnapshot> r = scan(service);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    const sandbox::SandboxCounters counters = server().counters();
    EXPECT_GT(counters.serverErrors, 0);
    EXPECT_GT(counters.drops + counters.truncations + counters.malformed + counters.slow, 0)
        << counters.toString().toStdString();
    expectMatchesStore(r.value());
}
