#include "common/JsonReader.h"
#include "partnercenter/ApiError.h"
#include "partnercenter/Links.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace om;
using namespace om::pc;

namespace {

const QString kCtx = QStringLiteral("GET /v1/customers");

QJsonObject obj(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

TEST(Links, V1PrefixedLinkIsTakenAsIs)
{
    Result<LinkTarget> t = resolveLink(QStringLiteral("/v1/customers?size=2&seekOperation=Next"), kCtx);
    ASSERT_TRUE(t.ok()) << t.error().toString().toStdString();
    EXPECT_EQ(t->path, QStringLiteral("/v1/customers"));
    EXPECT_EQ(t->query.queryItemValue(QStringLiteral("seekOperation")), QStringLiteral("Next"));
    EXPECT_EQ(t->query.queryItemValue(QStringLiteral("size")), QStringLiteral("2"));
}

TEST(Links, UnprefixedLinkGetsV1)
{
    Result<LinkTarget> t = resolveLink(QStringLiteral("/customers/c1/subscriptions/s1"), kCtx);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->path, QStringLiteral("/v1/customers/c1/subscriptions/s1"));
    Result<LinkTarget> noSlash = resolveLink(QStringLiteral("offers?country=GB&offset=2&size=2"), kCtx);
    ASSERT_TRUE(noSlash.ok());
    EXPECT_EQ(noSlash->path, QStringLiteral("/v1/offers"));
    EXPECT_EQ(noSlash->query.queryItemValue(QStringLiteral("offset")), QStringLiteral("2"));
    // "/v1x/..." is not the version segment.
    EXPECT_EQ(resolveLink(QStringLiteral("/v1x/a"), kCtx)->path, QStringLiteral("/v1/v1x/a"));
}

TEST(Links, AbsoluteLinkIsRefused)
{
    Result<LinkTarget> t = resolveLink(QStringLiteral("https://evil.example/v1/customers"), kCtx);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().kind, Error::Kind::Parse);
    EXPECT_FALSE(resolveLink(QString(), kCtx).ok());
}

TEST(Links, ParsesNextLinkWithContinuationHeader)
{
    const QJsonObject page =
        obj(R"({"items":[],"links":{"next":{"uri":"/v1/customers?size=2&seekOperation=Next",
        "method":"GET","headers":[{"key":"MS-ContinuationToken","value":"abc=="}]}}})");
    Result<Link> next = parseLink(page, u"next", kCtx);
    ASSERT_TRUE(next.ok()) << next.error().toString().toStdString();
    ASSERT_EQ(next->headers.size(), 1);
    EXPECT_EQ(next->headers.at(0).first, QByteArray("MS-ContinuationToken"));
    EXPECT_EQ(next->headers.at(0).second, QByteArray("abc=="));

    Result<Link> none = parseLink(obj(R"({"items":[],"links":{"self":{"uri":"/x"}}})"), u"next", kCtx);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->uri.isEmpty());

    Result<Link> bad =
        parseLink(obj(R"({"links":{"next":{"uri":"/x","headers":[{"key":"k"}]}}})"), u"next", kCtx);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("links.next.headers[0].value")))
        << bad.error().message.toStdString();
}

TEST(ApiError, CodeAsNumberOrString)
{
    const Error n = errorFromResponse(
        400,
        R"({"code":60012,"description":"Out of licences.","data":["LicenseQuotaExceededException"],"source":"PartnerFD"})",
        kCtx);
    EXPECT_EQ(n.serviceCode, QStringLiteral("60012"));
    EXPECT_EQ(n.httpStatus, 400);
    EXPECT_EQ(n.kind, Error::Kind::Http);
    EXPECT_TRUE(n.message.contains(QStringLiteral("Out of licences.")));
    EXPECT_TRUE(n.message.contains(QStringLiteral("LicenseQuotaExceededException")));
    EXPECT_EQ(n.context, kCtx);

    const Error s =
        errorFromResponse(404, R"({"code":"20003","description":"Subscription with id x not found"})", kCtx);
    EXPECT_EQ(s.serviceCode, QStringLiteral("20003"));
    EXPECT_EQ(s.kind, Error::Kind::NotFound);
}

TEST(ApiError, KindsByStatusAndCode)
{
    EXPECT_EQ(errorFromResponse(401, {}, kCtx).kind, Error::Kind::Auth);
    EXPECT_EQ(errorFromResponse(403, R"({"code":20002})", kCtx).kind, Error::Kind::Auth);
    EXPECT_EQ(errorFromResponse(409, {}, kCtx).kind, Error::Kind::Conflict);
    EXPECT_EQ(errorFromResponse(412, {}, kCtx).kind, Error::Kind::Conflict);
    EXPECT_EQ(errorFromResponse(400, R"({"code":2055,"description":"Etag is no longer valid"})", kCtx).kind,
              Error::Kind::Conflict);
    EXPECT_EQ(errorFromResponse(503, "<html>oops</html>", kCtx).kind, Error::Kind::Http);
    EXPECT_FALSE(errorFromResponse(503, "<html>oops</html>", kCtx).message.isEmpty());
}

TEST(ApiError, ApimThrottleBody)
{
    const Error e = errorFromResponse(
        429, R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."})", kCtx);
    EXPECT_EQ(e.kind, Error::Kind::Throttled);
    EXPECT_TRUE(e.message.contains(QStringLiteral("Try again in 57 seconds")));
}

TEST(ApiError, MalformedOrTruncatedBodyStillGivesAMessage)
{
    const Error e = errorFromResponse(400, R"({"code":800002,"descrip)", kCtx);
    EXPECT_EQ(e.kind, Error::Kind::Http);
    EXPECT_FALSE(e.message.isEmpty());
    EXPECT_TRUE(e.serviceCode.isEmpty());
}

TEST(ApiError, RetryAfter)
{
    const QDateTime now(QDate(2026, 11, 27), QTime(9, 0, 0), Qt::UTC);
    EXPECT_EQ(parseRetryAfter("57", now), 57);
    EXPECT_EQ(parseRetryAfter(" 0 ", now), 0);
    EXPECT_EQ(parseRetryAfter("", now), -1);
    EXPECT_EQ(parseRetryAfter("soon", now), -1);
    EXPECT_EQ(parseRetryAfter("Fri, 27 Nov 2026 09:00:30 GMT", now), 30);
}

TEST(JsonDocuments, TruncatedAndNonObjectBodiesAreParseErrors)
{
    for (const char *text : {R"({"items":[{"id":"a"})", "", "[1,2]", "null"}) {
        Result<QJsonObject> r = JsonReader::parseObject(QByteArray(text), kCtx);
        ASSERT_FALSE(r.ok()) << text;
        EXPECT_EQ(r.error().kind, Error::Kind::Parse);
        EXPECT_EQ(r.error().context, kCtx);
    }
}
