// Headers, throttling, idempotency, latency and binding of the sandbox transport, over real HTTP.
#include "TransportFixture.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTcpSocket>

namespace om::test {
namespace {

using TransportTest = TransportFixture;

TEST_F(TransportTest, EchoesCorrelationAndRequestIds)
{
    const HttpResult r = send("GET", QStringLiteral("/v1/ping"), {},
                              {{"MS-CorrelationId", "6b9c1f1e-0000-4000-8000-00000000c0de"},
                               {"MS-RequestId", "1e1c2d3a-0000-4000-8000-0000000000aa"}});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.header("ms-correlationid"), QByteArray("6b9c1f1e-0000-4000-8000-00000000c0de"));
    EXPECT_EQ(r.header("ms-requestid"), QByteArray("1e1c2d3a-0000-4000-8000-0000000000aa"));
    EXPECT_TRUE(r.header("content-type").startsWith("application/json"));
    EXPECT_TRUE(r.object().value(u"pong").toBool());
}

TEST_F(TransportTest, GeneratesIdsWhenAbsentEvenOnErrors)
{
    const HttpResult a = send("GET", QStringLiteral("/v1/ping"));
    const HttpResult b = send("GET", QStringLiteral("/v1/ping"), {}, {{"Authorization", {}}});
    EXPECT_EQ(b.status, 401);
    for (const HttpResult *r : {&a, &b}) {
        EXPECT_EQ(r->header("ms-requestid").size(), 36);
        EXPECT_EQ(r->header("ms-correlationid").size(), 36);
    }
    EXPECT_NE(a.header("ms-requestid"), b.header("ms-requestid"));
}

TEST_F(TransportTest, UnknownPathIs404AndWrongMethod405)
{
    EXPECT_EQ(send("GET", QStringLiteral("/v1/nothing/here")).status, 404);
    EXPECT_EQ(send("DELETE", QStringLiteral("/v1/ping")).status, 405);
    EXPECT_EQ(send("GET", QStringLiteral("/favicon.ico")).status, 404);
}

TEST_F(TransportTest, ListensOnLoopbackOnly)
{
    EXPECT_EQ(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(m_server->port(), 0);
    om::sandbox::SandboxServer other(m_clock, m_router, partnerTenant());
    const Status any = other.start(0, QHostAddress(QHostAddress::Any));
    EXPECT_FALSE(any.ok());
    EXPECT_EQ(any.error().kind, Error::Kind::Validation);
    EXPECT_FALSE(other.start(0, QHostAddress(QStringLiteral("0.0.0.0"))).ok());
    EXPECT_FALSE(other.isListening());
}

TEST_F(TransportTest, PortInUseIsAnError)
{
    om::sandbox::SandboxServer other(m_clock, m_router, partnerTenant());
    const Status clash = other.start(m_server->port());
    EXPECT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().kind, Error::Kind::Network);
}

TEST_F(TransportTest, RateLimitAnswers429WithRetryAfterUntilTimePasses)
{
    om::sandbox::SandboxOptions options;
    options.ratePerMinute = 3;
    startServer(options);
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(send("GET", QStringLiteral("/v1/ping")).status, 200) << i;
    const HttpResult limited = send("GET", QStringLiteral("/v1/ping"));
    ASSERT_EQ(limited.status, 429);
    EXPECT_EQ(limited.header("retry-after"), QByteArray("20")); // 3 per minute: one token every 20 s
    EXPECT_EQ(limited.object().value(u"statusCode").toInt(), 429);
    EXPECT_EQ(limited.object().value(u"message").toString(),
              QStringLiteral("Rate limit is exceeded. Try again in 20 seconds."));
    EXPECT_EQ(m_server->counters().throttled, 1);

    m_clock.advanceSecs(19);
    EXPECT_EQ(send("GET", QStringLiteral("/v1/ping")).status, 429);
    m_clock.advanceSecs(1);
    EXPECT_EQ(send("GET", QStringLiteral("/v1/ping")).status, 200);
}

TEST_F(TransportTest, IdempotentReplayHasOneEffectAndTheSameBody)
{
    const HeaderList id{{"MS-RequestId", "9f0b7c1e-1111-4000-8000-000000000001"},
                        {"MS-CorrelationId", "c0000000-0000-4000-8000-000000000001"}};
    const HttpResult first = send("POST", QStringLiteral("/v1/counters/orders"), "{}", id);
    ASSERT_EQ(first.status, 201) << first.describe().toStdString();
    const HeaderList again{{"MS-RequestId", "9f0b7c1e-1111-4000-8000-000000000001"},
                           {"MS-CorrelationId", "c0000000-0000-4000-8000-000000000002"}};
    const HttpResult second = send("POST", QStringLiteral("/v1/counters/orders"), "{}", again);
    EXPECT_EQ(second.status, 201);
    EXPECT_EQ(second.body, first.body);
    EXPECT_EQ(second.header("ms-correlationid"), QByteArray("c0000000-0000-4000-8000-000000000002"));
    EXPECT_EQ(counterValue(QStringLiteral("orders")), 1);
    EXPECT_EQ(m_server->counters().replays, 1);

    const HttpResult fresh = send("POST", QStringLiteral("/v1/counters/orders"), "{}",
                                  {{"MS-RequestId", "9f0b7c1e-1111-4000-8000-000000000002"}});
    EXPECT_EQ(fresh.object().value(u"value").toInt(), 2);
    EXPECT_EQ(counterValue(QStringLiteral("orders")), 2);
}

TEST_F(TransportTest, WithoutRequestIdEveryPostIsNew)
{
    send("POST", QStringLiteral("/v1/counters/x"), "{}");
    send("POST", QStringLiteral("/v1/counters/x"), "{}");
    EXPECT_EQ(counterValue(QStringLiteral("x")), 2);
}

TEST_F(TransportTest, SameRequestIdWithADifferentBodyIs400)
{
    const HeaderList id{{"MS-RequestId", "9f0b7c1e-1111-4000-8000-000000000003"}};
    ASSERT_EQ(send("POST", QStringLiteral("/v1/counters/y"), "{\"a\":1}", id).status, 201);
    const HttpResult r = send("POST", QStringLiteral("/v1/counters/y"), "{\"a\":2}", id);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.object().value(u"code").toInt(), 800002);
    EXPECT_EQ(counterValue(QStringLiteral("y")), 1);
}

TEST_F(TransportTest, ReplayWindowEnds)
{
    const HeaderList id{{"MS-RequestId", "9f0b7c1e-1111-4000-8000-000000000004"}};
    send("POST", QStringLiteral("/v1/counters/z"), "{}", id);
    m_clock.advanceSecs(qint64{25} * 3600);
    m_http->setBearerToken(m_server->issueAccessToken());
    send("POST", QStringLiteral("/v1/counters/z"), "{}", id);
    EXPECT_EQ(counterValue(QStringLiteral("z")), 2);
}

TEST_F(TransportTest, InFlightDuplicateIs409)
{
    om::sandbox::SandboxOptions options;
    options.latencyMs = 400;
    startServer(options);
    const HeaderList id{{"MS-RequestId", "9f0b7c1e-1111-4000-8000-000000000005"}};
    QNetworkReply *first = m_http->sendAsync("POST", QStringLiteral("/v1/counters/w"), "{}", id);
    // The second request is sent on another connection while the first is still held by the latency.
    QNetworkReply *second = m_http->sendAsync("POST", QStringLiteral("/v1/counters/w"), "{}", id);
    const HttpResult a = SandboxHttpClient::wait(first);
    const HttpResult b = SandboxHttpClient::wait(second);
    EXPECT_EQ(a.status, 201) << a.describe().toStdString();
    EXPECT_EQ(b.status, 409) << b.describe().toStdString();
    EXPECT_EQ(b.object().value(u"code").toInt(), 800060);
    EXPECT_EQ(counterValue(QStringLiteral("w")), 1);
    EXPECT_EQ(m_server->counters().inFlightConflicts, 1);
    // Once the first has finished, a repeat is a replay.
    const HttpResult c = send("POST", QStringLiteral("/v1/counters/w"), "{}", id);
    EXPECT_EQ(c.status, 201);
    EXPECT_EQ(c.body, a.body);
}

TEST_F(TransportTest, LatencyDelaysEveryReply)
{
    om::sandbox::SandboxOptions options;
    options.latencyMs = 300;
    startServer(options);
    QElapsedTimer timer;
    timer.start();
    const HttpResult r = send("GET", QStringLiteral("/v1/ping"));
    EXPECT_EQ(r.status, 200);
    EXPECT_GE(timer.elapsed(), 300); // a lower bound only: never flaky on a slow machine
}

TEST_F(TransportTest, LatencyAlsoDelaysTransportAnswers)
{
    om::sandbox::SandboxOptions options;
    options.latencyMs = 200;
    startServer(options);
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(send("GET", QStringLiteral("/v1/ping"), {}, {{"Authorization", {}}}).status, 401);
    EXPECT_GE(timer.elapsed(), 200);
}

TEST_F(TransportTest, CountersCountRequests)
{
    send("GET", QStringLiteral("/v1/ping"));
    send("GET", QStringLiteral("/v1/ping"), {}, {{"Authorization", {}}});
    const auto c = m_server->counters();
    EXPECT_EQ(c.requests, 2);
    EXPECT_EQ(c.unauthorized, 1);
    EXPECT_EQ(c.faults(), 0);
    EXPECT_TRUE(c.toString().contains(QLatin1String("requests=2")));
}

} // namespace
} // namespace om::test
