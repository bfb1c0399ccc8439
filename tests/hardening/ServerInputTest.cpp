// Hostile server answers over real HTTP on 127.0.0.1: huge, truncated and malformed bodies, absurd
// Retry-After values, redirects and next links that point elsewhere, injected link headers.
// The bearer token must only ever reach the configured host (a second "trap" server counts visits).
#include "partnercenter/TransportPolicy.h"
#include "tests/hardening/ClientHarness.h"
#include "tests/hardening/RawHttpServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace om;
using namespace om::pc;
using namespace om::test;

namespace {

QUrl baseOf(const RawHttpServer &server)
{
    return ClientConfig::sandboxBaseUrl(server.port());
}

RawResponse okJson()
{
    return RawHttpServer::json(R"({"id":"x"})");
}

QByteArray pageWithNext(const QJsonObject &next)
{
    QJsonObject page{{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}}}},
                     {QStringLiteral("links"), QJsonObject{{QStringLiteral("next"), next}}}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

QJsonObject link(const QString &uri, const QString &method = QStringLiteral("GET"),
                 const QJsonArray &headers = {})
{
    return {{QStringLiteral("uri"), uri},
            {QStringLiteral("method"), method},
            {QStringLiteral("headers"), headers}};
}

QJsonObject header(const QString &key, const QString &value)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
}

} // namespace

TEST(ServerInput, StreamedHugeBodyIsAbortedAtTheCapAndNotRetried)
{
    // 100 MB without Content-Length, produced lazily as the client reads it.
    RawHttpServer server([](const RawRequest &) {
        RawResponse r;
        r.bytes = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n";
        r.streamBytes = 100LL * 1024 * 1024;
        return r;
    });
    ASSERT_TRUE(server.listen());
    ClientHarness h(baseOf(server));
    ASSERT_EQ(h.client->config().maxResponseBytes, defaultMaxResponseBytes);
    int attempts = 0;
    const Result<ApiReply> r = h.run(ApiRequest::get(QStringLiteral("/v1/customers")), &attempts);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Parse) << text(r.error());
    EXPECT_TRUE(r.error().message.contains(u"larger than 32.0 MB")) << text(r.error());
    EXPECT_EQ(r.error().context, QStringLiteral("GET /v1/customers"));
    EXPECT_EQ(attempts, 1);
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_LT(server.streamedBytes(), 100LL * 1024 * 1024); // the client stopped reading
}

TEST(ServerInput, AnnouncedHugeBodyIsRefusedBeforeItIsRead)
{
    RawHttpServer server([](const RawRequest &) {
        RawResponse r;
        r.bytes = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n";
        r.streamBytes = 100LL * 1024 * 1024;
        return r;
    });
    ASSERT_TRUE(server.listen());
    ClientHarness h(baseOf(server));
    const Result<ApiReply> r = h.run(ApiRequest::get(QStringLiteral("/v1/customers")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Parse) << text(r.error());
    EXPECT_LT(server.streamedBytes(), defaultMaxResponseBytes); // aborted on the headers
    EXPECT_EQ(server.requests().size(), 1);
}

TEST(ServerInput, ConfiguredCapAppliesToErrorBodiesToo)
{
    const QByteArray big = "{\"a\":\"" + QByteArray(qsizetype{3} * 1024 * 1024, 'x') + "\"}";
    const QByteArray small = "{\"a\":\"" + QByteArray(qsizetype{512} * 1024, 'x') + "\"}";
    RawHttpServer server([&](const RawRequest &req) {
        if (req.target.endsWith("/small"))
            return RawHttpServer::json(small);
        return RawHttpServer::json(big, req.target.endsWith("/error") ? 400 : 200);
    });
    ASSERT_TRUE(server.listen());
    ClientHarness h(baseOf(server), [](ClientConfig &c) { c.maxResponseBytes = qint64{1024} * 1024; });
    const Result<ApiReply> ok = h.run(ApiRequest::get(QStringLiteral("/v1/small")));
    ASSERT_TRUE(ok.ok()) << text(ok.error());
    EXPECT_EQ(ok->body.size(), small.size());
    for (const char *path : {"/v1/big", "/v1/error"}) {
        const Result<ApiReply> r = h.run(ApiRequest::get(QString::fromLatin1(path)));
        ASSERT_FALSE(r.ok()) << path;
        EXPECT_TRUE(r.error().message.contains(u"larger than 1.0 MB")) << text(r.error());
    }
}

TEST(ServerInput, TruncatedMalformedAndDeepBodiesFailClearlyWithTheSameRequestId)
{
    RawHttpServer server([](const RawRequest &req) {
        if (req.target.endsWith("/truncated")) {
            RawResponse r;
            r.bytes = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "5000\r\n\r\n{\"items\":[";
            return r;
        }
        if (req.target.endsWith("/malformed"))
            return RawHttpServer::json("{\"items\": [1,");
        return RawHttpServer::json(QByteArray(100000, '[') + QByteArray(100000, ']'));
    });
    ASSERT_TRUE(server.listen());
    ClientHarness h(baseOf(server));
    struct Case
    {
        const char *path;
        Error::Kind kind;
        const char *says;
    };
    for (const Case &c : {Case{"/v1/truncated", Error::Kind::Network, "could not reach"},
                          Case{"/v1/malformed", Error::Kind::Parse, "malformed JSON"},
                          Case{"/v1/deep", Error::Kind::Parse, "malformed JSON"}}) {
        const qsizetype before = server.requests().size();
        int attempts = 0;
        const Result<ApiReply> r = h.run(ApiRequest::get(QString::fromLatin1(c.path)), &attempts);
        ASSERT_FALSE(r.ok()) << c.path;
        EXPECT_EQ(r.error().kind, c.kind) << text(r.error());
        EXPECT_TRUE(r.error().message.contains(QLatin1String(c.says))) << text(r.error());
        EXPECT_TRUE(r.error().message.contains(u"gave up after 3 attempts")) << text(r.error());
        EXPECT_EQ(attempts, 3);
        // A GET read again is the same logical request.
        const QByteArray id = server.requests().at(before).header("MS-RequestId");
        for (qsizetype i = before; i < server.requests().size(); ++i)
            EXPECT_EQ(server.requests().at(i).header("MS-RequestId"), id);
    }
    // A write whose answer is not JSON is not sent again.
    const qsizetype before = server.requests().size();
    const Result<ApiReply> post =
        h.run(ApiRequest::withBody("POST", QStringLiteral("/v1/malformed"), QJsonObject{}));
    ASSERT_FALSE(post.ok());
    EXPECT_EQ(post.error().kind, Error::Kind::Parse);
    EXPECT_EQ(server.requests().size(), before + 1);
}

TEST(ServerInput, AbsurdRetryAfterValuesAreClamped)
{
    QByteArray retryAfter;
    int calls = 0;
    RawHttpServer server([&](const RawRequest &) {
        ++calls;
        if (calls % 2 == 1)
            return RawHttpServer::json(R"({"statusCode":429,"message":"slow down"})", 429,
                                       "Retry-After: " + retryAfter + "\r\n");
        return okJson();
    });
    ASSERT_TRUE(server.listen());
    ClientHarness h(baseOf(server));

    // Too long to wait: fails at once as Throttled, saying why, instead of overflowing into a short wait.
    for (const QByteArray &value : {QByteArray("99999999999999999999999"), QByteArray("2147483648"),
                                    QByteArray("Fri, 31 Dec 9999 23:59:59 GMT"), QByteArray("301")}) {
        retryAfter = value;
        calls = 0;
        int attempts = 0;
        const Result<ApiReply> r = h.run(ApiRequest::get(QStringLiteral("/v1/customers")), &attempts);
        ASSERT_FALSE(r.ok()) << value.constData();
        EXPECT_EQ(r.error().kind, Error::Kind::Throttled) << text(r.error());
        EXPECT_TRUE(r.error().message.contains(u"more than the 300 s")) << text(r.error());
        EXPECT_EQ(attempts, 1) << value.constData();
    }
    // Unusable (negative, garbage, fractional, past date): the normal back-off, then success.
    for (const QByteArray &value :
         {QByteArray("-5"), QByteArray("soon"), QByteArray("0.5"), QByteArray("\x01\x02"),
          QByteArray("Thu, 01 Jan 1970 00:00:00 GMT"), QByteArray("0")}) {
        retryAfter = value;
        calls = 0;
        int attempts = 0;
        const Result<ApiReply> r = h.run(ApiRequest::get(QStringLiteral("/v1/customers")), &attempts);
        ASSERT_TRUE(r.ok()) << value.constData() << text(r.error());
        EXPECT_EQ(attempts, 2) << value.constData();
    }
}

// Retry-After 0, or a date already past, still waits the client's short minimum (1 s by default): the
// wait itself is measured between the two requests as the server saw them.
TEST(ServerInput, ZeroOrPastRetryAfterWaitsAShortMinimum)
{
    QByteArray retryAfter;
    QList<qint64> arrivals;
    QElapsedTimer clock;
    clock.start();
    RawHttpServer server([&](const RawRequest &) {
        arrivals.append(clock.elapsed());
        if (arrivals.size() % 2 == 1)
            return RawHttpServer::json(R"({"statusCode":429,"message":"slow down"})", 429,
                                       "Retry-After: " + retryAfter + "\r\n");
        return okJson();
    });
    ASSERT_TRUE(server.listen());
    ClientHarness h(baseOf(server));
    ASSERT_EQ(pc::RetryPolicy().minRetryAfterMs, 1000);
    for (const QByteArray &value : {QByteArray("0"), QByteArray("Thu, 01 Jan 1970 00:00:00 GMT")}) {
        retryAfter = value;
        arrivals.clear();
        const Result<ApiReply> r = h.run(ApiRequest::get(QStringLiteral("/v1/customers")));
        ASSERT_TRUE(r.ok()) << value.constData() << text(r.error());
        ASSERT_EQ(arrivals.size(), 2) << value.constData();
        EXPECT_GE(arrivals.at(1) - arrivals.at(0), 1000) << value.constData();
    }
    // A usable value is waited exactly as asked, not shortened to the minimum or the back-off.
    retryAfter = "2";
    arrivals.clear();
    ASSERT_TRUE(h.run(ApiRequest::get(QStringLiteral("/v1/customers"))).ok());
    ASSERT_EQ(arrivals.size(), 2);
    EXPECT_GE(arrivals.at(1) - arrivals.at(0), 2000);
}

TEST(ServerInput, RedirectElsewhereIsNotFollowed)
{
    RawHttpServer trap([](const RawRequest &) { return okJson(); });
    ASSERT_TRUE(trap.listen());
    const QByteArray location = "http://localhost:" + QByteArray::number(trap.port()) + "/v1/customers";
    RawHttpServer server([&](const RawRequest &) {
        RawResponse r;
        r.bytes = "HTTP/1.1 302 Found\r\nLocation: " + location +
                  "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        return r;
    });
    ASSERT_TRUE(server.listen());
    ClientHarness h(baseOf(server));
    const Result<ApiReply> r = h.run(ApiRequest::get(QStringLiteral("/v1/customers")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().httpStatus, 302) << text(r.error());
    EXPECT_EQ(trap.connections(), 0);
}

TEST(ServerInput, HostileNextLinksAreRefusedAndTheTokenStaysHome)
{
    RawHttpServer trap([](const RawRequest &) { return RawHttpServer::json(R"({"items":[]})"); });
    ASSERT_TRUE(trap.listen());
    const QString trapBase = QStringLiteral("127.0.0.1:%1").arg(trap.port());

    struct Case
    {
        const char *name;
        QJsonObject next;
        const char *says;
    };
    const QList<Case> cases = {
        {"absolute", link(QStringLiteral("http://") + trapBase + QStringLiteral("/v1/customers")),
         "not a relative"},
        {"protocol-relative", link(QStringLiteral("//") + trapBase + QStringLiteral("/v1/customers")),
         "not a relative"},
        {"https elsewhere", link(QStringLiteral("https://evil.invalid/v1/customers")), "not a relative"},
        {"delete", link(QStringLiteral("/v1/customers/c1"), QStringLiteral("DELETE")), "only GET"},
        {"patch", link(QStringLiteral("/v1/customers/c1"), QStringLiteral("patch")), "only GET"},
        {"authorization header",
         link(QStringLiteral("/v1/customers?seek=2"), QStringLiteral("GET"),
              QJsonArray{header(QStringLiteral("Authorization"), QStringLiteral("Bearer other"))}),
         "not a header a link may set"},
        {"host header",
         link(QStringLiteral("/v1/customers?seek=2"), QStringLiteral("GET"),
              QJsonArray{header(QStringLiteral("Host"), trapBase)}),
         "not a header a link may set"},
        {"header injection",
         link(QStringLiteral("/v1/customers?seek=2"), QStringLiteral("GET"),
              QJsonArray{header(QStringLiteral("MS-ContinuationToken"), QStringLiteral("a\r\nHost: evil"))}),
         "not a usable header value"},
        {"name injection",
         link(QStringLiteral("/v1/customers?seek=2"), QStringLiteral("GET"),
              QJsonArray{header(QStringLiteral("X: y\r\nZ"), QStringLiteral("a"))}),
         "not a header a link may set"},
        {"huge continuation token",
         link(QStringLiteral("/v1/customers?seek=2"), QStringLiteral("GET"),
              QJsonArray{header(QStringLiteral("MS-ContinuationToken"), QString(100000, QLatin1Char('A')))}),
         "over 16384 characters"},
        {"non-ascii token",
         link(QStringLiteral("/v1/customers?seek=2"), QStringLiteral("GET"),
              QJsonArray{header(QStringLiteral("MS-ContinuationToken"), QStringLiteral("\u00e9t\u00e9"))}),
         "not a usable header value"},
    };
    for (const Case &c : cases) {
        const QByteArray page = pageWithNext(c.next);
        RawHttpServer server([&](const RawRequest &) { return RawHttpServer::json(page); });
        ASSERT_TRUE(server.listen());
        ClientHarness h(baseOf(server));
        const Result<PagedReply> r = h.runPaged(ApiRequest::get(QStringLiteral("/v1/customers")));
        ASSERT_FALSE(r.ok()) << c.name;
        EXPECT_EQ(r.error().kind, Error::Kind::Parse) << c.name << text(r.error());
        EXPECT_TRUE(r.error().message.contains(QLatin1String(c.says))) << c.name << " " << text(r.error());
        EXPECT_EQ(server.requests().size(), 1) << c.name;
    }
    EXPECT_EQ(trap.connections(), 0);
}

TEST(ServerInput, LongContinuationTokenWithinTheLimitIsSentBackExactly)
{
    const QString token = QString(12000, QLatin1Char('Z')) + QStringLiteral("+/=");
    RawHttpServer server([&](const RawRequest &req) {
        if (req.header("MS-ContinuationToken").isEmpty()) {
            return RawHttpServer::json(
                pageWithNext(link(QStringLiteral("/customers?seekOperation=Next"), QStringLiteral("GET"),
                                  QJsonArray{header(QStringLiteral("MS-ContinuationToken"), token)})));
        }
        return RawHttpServer::json(R"({"items":[{"id":2}]})");
    });
    ASSERT_TRUE(server.listen());
    ClientHarness h(baseOf(server));
    const Result<PagedReply> r = h.runPaged(ApiRequest::get(QStringLiteral("/v1/customers")));
    ASSERT_TRUE(r.ok()) << text(r.error());
    EXPECT_EQ(r->items.size(), 2);
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_EQ(server.requests().at(1).target, QByteArray("/v1/customers?seekOperation=Next"));
    EXPECT_EQ(server.requests().at(1).header("MS-ContinuationToken"), token.toLatin1());
    EXPECT_EQ(server.requests().at(1).header("Authorization"), QByteArray("Bearer secret-bearer-token"));
}
