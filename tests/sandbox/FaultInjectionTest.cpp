// Fault injection: the spec parser, and each fault as QNetworkAccessManager sees it.
#include "TransportFixture.h"
#include "sandbox/FaultInjector.h"

#include <QElapsedTimer>

#include <algorithm>

namespace om::test {
namespace {

using om::sandbox::FaultInjector;
using om::sandbox::FaultSpec;

TEST(FaultSpecTest, ParsesEveryKind)
{
    const auto spec =
        FaultSpec::parse(QStringLiteral("5xx=0.2,drop=0.05,truncate=0.02,malformed=0.02,slow=0.05:3000"));
    ASSERT_TRUE(spec.ok()) << spec.error().toString().toStdString();
    EXPECT_DOUBLE_EQ(spec->serverError, 0.2);
    EXPECT_DOUBLE_EQ(spec->drop, 0.05);
    EXPECT_DOUBLE_EQ(spec->truncate, 0.02);
    EXPECT_DOUBLE_EQ(spec->malformed, 0.02);
    EXPECT_DOUBLE_EQ(spec->slow, 0.05);
    EXPECT_EQ(spec->slowDelayMs, 3000);
    EXPECT_EQ(spec->toString(),
              QStringLiteral("5xx=0.2,drop=0.05,truncate=0.02,malformed=0.02,slow=0.05:3000"));
}

TEST(FaultSpecTest, EmptyAndNoneMeanNoFaults)
{
    EXPECT_FALSE(FaultSpec::parse(QString())->any());
    EXPECT_FALSE(FaultSpec::parse(QStringLiteral("none"))->any());
}

TEST(FaultSpecTest, RejectsBadSpecs)
{
    for (const char *bad :
         {"boom=0.1", "5xx", "5xx=2", "drop=-0.1", "drop=abc", "5xx=0.6,drop=0.6", "slow=0.1:x"}) {
        const auto spec = FaultSpec::parse(QString::fromLatin1(bad));
        EXPECT_FALSE(spec.ok()) << bad;
        if (!spec.ok()) {
            EXPECT_EQ(spec.error().kind, Error::Kind::Validation);
        }
    }
}

TEST(FaultInjectorTest, SameSeedSameSequenceOtherSeedOther)
{
    FaultSpec spec;
    spec.serverError = 0.25;
    spec.drop = 0.25;
    spec.truncate = 0.25;
    FaultInjector a(spec, 7), b(spec, 7), c(spec, 8);
    QList<FaultInjector::Fault> sa, sb, sc;
    for (int i = 0; i < 64; ++i) {
        sa << a.next();
        sb << b.next();
        sc << c.next();
    }
    EXPECT_EQ(sa, sb);
    EXPECT_NE(sa, sc);
    EXPECT_TRUE(sa.contains(FaultInjector::Fault::None));
    EXPECT_TRUE(sa.contains(FaultInjector::Fault::Drop));
}

class FaultInjectionTest : public TransportFixture
{
protected:
    void startWithFaults(const char *spec, quint32 seed = 1)
    {
        om::sandbox::SandboxOptions options;
        options.faults = FaultSpec::parse(QString::fromLatin1(spec)).value();
        options.seed = seed;
        startServer(options);
    }
    // What a client sees for one GET: the status, "net" for no HTTP answer, "json!" for a bad body.
    QString outcome()
    {
        const HttpResult r = send("GET", QStringLiteral("/v1/ping"));
        if (r.status == 0)
            return QStringLiteral("net");
        if (r.error != QNetworkReply::NoError && r.status == 200)
            return QStringLiteral("cut");
        if (r.status == 200 && !r.jsonOk)
            return QStringLiteral("json!");
        return QString::number(r.status);
    }
};

TEST_F(FaultInjectionTest, SameSeedGivesTheSameFaultsOverHttp)
{
    // The server's n-th request draws the n-th fault of the seed's sequence. Compared on the server's
    // side: after a dropped connection Qt may send the GET again by itself (timing-dependent, e.g. under
    // ASan), which adds a request and shifts what the client sees, not the sequence itself.
    constexpr int kRequests = 24;
    struct Run
    {
        QStringList served; // the fault of each request, in arrival order ("none" for a clean answer)
        QStringList seen;   // what the client saw
    };
    const auto run = [this](quint32 seed) {
        startWithFaults("5xx=0.2,drop=0.15,truncate=0.15,malformed=0.15", seed);
        Run r;
        QObject::connect(m_server.get(), &om::sandbox::SandboxServer::requestServed, m_server.get(),
                         [&r](const QByteArray &, const QString &, int status, const QByteArray &fault) {
                             r.served
                                 << (fault.isEmpty() ? QStringLiteral("none") : QString::fromLatin1(fault)) +
                                        QLatin1Char('/') + QString::number(status);
                         });
        for (int i = 0; i < kRequests; ++i)
            r.seen << outcome();
        return r;
    };
    const Run first = run(42);
    const Run second = run(42);
    ASSERT_GE(first.served.size(), kRequests);
    ASSERT_GE(second.served.size(), kRequests);
    EXPECT_EQ(first.served.mid(0, kRequests), second.served.mid(0, kRequests));
    EXPECT_TRUE(first.seen.contains(QStringLiteral("200")));
    EXPECT_TRUE(std::any_of(first.seen.cbegin(), first.seen.cend(),
                            [](const QString &o) { return o != QStringLiteral("200"); }));
    const Run other = run(43);
    ASSERT_GE(other.served.size(), kRequests);
    EXPECT_NE(other.served.mid(0, kRequests), first.served.mid(0, kRequests));
}

TEST_F(FaultInjectionTest, DroppedConnectionIsANetworkErrorAfterTheEffect)
{
    startWithFaults("drop=1");
    const HeaderList id{{"MS-RequestId", "d0000000-0000-4000-8000-000000000001"}};
    const HttpResult r = send("POST", QStringLiteral("/v1/counters/c"), "{}", id);
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.error, QNetworkReply::NoError);
    EXPECT_FALSE(r.timedOut);
    EXPECT_GE(counterValue(QStringLiteral("c")), 1); // the route ran before the connection was dropped
    EXPECT_GE(m_server->counters().drops, 1);

    // The client retries with the same MS-RequestId once the network is back: replayed, not run again.
    m_server->setFaults({}, 1);
    const HttpResult retry = send("POST", QStringLiteral("/v1/counters/c"), "{}", id);
    EXPECT_EQ(retry.status, 201);
    EXPECT_EQ(retry.object().value(u"value").toInt(), 1);
    EXPECT_EQ(counterValue(QStringLiteral("c")), 1);
}

TEST_F(FaultInjectionTest, ServerErrorHasNoEffectAndARetryRuns)
{
    startWithFaults("5xx=1");
    const HeaderList id{{"MS-RequestId", "d0000000-0000-4000-8000-000000000002"}};
    const HttpResult r = send("POST", QStringLiteral("/v1/counters/e"), "{}", id);
    EXPECT_TRUE(r.status == 500 || r.status == 502 || r.status == 503 || r.status == 504) << r.status;
    EXPECT_TRUE(r.object().contains(u"code"));
    EXPECT_EQ(counterValue(QStringLiteral("e")), 0);
    m_server->setFaults({}, 1);
    EXPECT_EQ(send("POST", QStringLiteral("/v1/counters/e"), "{}", id).status, 201);
    EXPECT_EQ(counterValue(QStringLiteral("e")), 1);
}

TEST_F(FaultInjectionTest, TruncatedBodyIsAnError)
{
    startWithFaults("truncate=1");
    const HttpResult r = send("GET", QStringLiteral("/v1/ping"));
    EXPECT_NE(r.error, QNetworkReply::NoError);
    EXPECT_FALSE(r.jsonOk);
    EXPECT_EQ(m_server->counters().truncations, 1);
}

TEST_F(FaultInjectionTest, MalformedBodyIsNotJson)
{
    startWithFaults("malformed=1");
    const HttpResult r = send("GET", QStringLiteral("/v1/ping"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.error, QNetworkReply::NoError);
    EXPECT_FALSE(r.body.isEmpty());
    EXPECT_FALSE(r.jsonOk);
}

TEST_F(FaultInjectionTest, SlowAddsDelay)
{
    startWithFaults("slow=1:250");
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(send("GET", QStringLiteral("/v1/ping")).status, 200);
    EXPECT_GE(timer.elapsed(), 250);
    EXPECT_EQ(m_server->counters().slow, 1);
}

TEST_F(FaultInjectionTest, AuthEndpointsAreSparedUnlessAsked)
{
    startWithFaults("drop=1");
    const QByteArray form = "grant_type=client_credentials&client_id=app&client_secret=s";
    const HeaderList headers{{"Authorization", {}}, {"Content-Type", "application/x-www-form-urlencoded"}};
    EXPECT_EQ(send("POST", QStringLiteral("/common/oauth2/v2.0/token"), form, headers).status, 200);

    om::sandbox::SandboxOptions options;
    options.faults.drop = 1;
    options.faultsOnAuth = true;
    startServer(options);
    EXPECT_EQ(send("POST", QStringLiteral("/common/oauth2/v2.0/token"), form, headers).status, 0);
}

} // namespace
} // namespace om::test
