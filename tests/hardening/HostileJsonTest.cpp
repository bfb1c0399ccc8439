// Hostile server JSON at the parser level: every field of real-looking resources replaced by wrong
// types, nulls, arrays, huge numbers, NaN-ish strings, NUL and control characters; deep nesting and
// duplicate keys. Each parse either succeeds or fails as Parse naming the request; nothing crashes.
#include "common/JsonReader.h"
#include "partnercenter/ApiError.h"
#include "partnercenter/Parsers.h"

#include <QJsonDocument>

#include <climits>
#include <functional>
#include <gtest/gtest.h>

using namespace om;
using namespace om::pc;

namespace {

const QString kCtx = QStringLiteral("GET /v1/hostile");

QJsonObject obj(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text));
    EXPECT_TRUE(doc.isObject()) << text;
    return doc.object();
}

const char *kSubscription = R"J({
    "id": "af2e9968-f998-4629-923f-b7132f073bcd", "offerId": "2F9567CE-0979-4624-BA1B-1C016A229AFF",
    "offerName": "Dynamics 365 Basic (Qualified Offer)", "friendlyName": "QO", "quantity": 12,
    "unitType": "Licenses", "creationDate": "2018-03-02T10:15:44.113Z", "commitmentEndDate": "2019-03-01T00:00:00Z",
    "status": "Active", "autoRenewEnabled": false, "orderId": "F9935B0C",
    "links": { "offer": { "uri": "/offers/2F95?country=gb", "method": "GET", "headers": [] } },
    "attributes": { "etag": "eyJ2IjozfQ==", "objectType": "Subscription" } })J";
const char *kCustomer =
    R"J({ "id": "c1", "companyProfile": { "companyName": "Contoso", "domain": "contoso.example" },
    "relationshipToPartner": "reseller", "attributes": { "objectType": "Customer" } })J";
const char *kUser = R"J({ "id": "u1", "userPrincipalName": "ann@contoso.example", "displayName": "Ann",
    "firstName": "Ann", "lastName": "Lee", "usageLocation": "GB", "state": "active" })J";
const char *kOrder = R"J({ "id": "o1", "referenceCustomerId": "c1", "status": "completed",
    "creationDate": "2026-11-01T00:00:00Z",
    "lineItems": [ { "lineItemNumber": 0, "offerId": "OFFER", "subscriptionId": "s1", "quantity": 3 } ] })J";
const char *kSubscribedSku = R"J({ "availableUnits": 3, "activeUnits": 10, "consumedUnits": 7,
    "productSku": { "id": "sku1", "name": "Sales", "skuPartNumber": "DYN365" }, "servicePlans": [] })J";
const char *kUpgrade = R"J({ "targetOffer": { "id": "T" }, "upgradeType": "upgrade_only", "isEligible": true,
    "quantity": 3, "upgradeErrors": [ { "code": 1, "description": "d", "reason": "r" } ] })J";

using Parse = std::function<std::optional<Error>(const QJsonObject &)>;

template<typename T>
Parse wrap(Result<T> (*parse)(const QJsonObject &, const QString &))
{
    return [parse](const QJsonObject &o) -> std::optional<Error> {
        Result<T> r = parse(o, kCtx);
        if (r.ok())
            return std::nullopt;
        return r.error();
    };
}

QList<QJsonValue> hostileValues()
{
    return {QJsonValue(QJsonValue::Null),
            QJsonValue(QJsonArray{1, 2}),
            QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}),
            QJsonValue(1e300),
            QJsonValue(-1e300),
            QJsonValue(9.2e18),
            QJsonValue(0.5),
            QJsonValue(-0.0),
            QJsonValue(true),
            QJsonValue(QStringLiteral("NaN")),
            QJsonValue(QStringLiteral("Infinity")),
            QJsonValue(QStringLiteral("-1e999")),
            QJsonValue(QStringLiteral("99999999999999999999999")),
            QJsonValue(QString()),
            QJsonValue(QString::fromUtf16(u"a\0b\r\nc\u202Ed\u200B", 9)),
            QJsonValue(QString(100000, QLatin1Char('x')))};
}

// Replaces `key` in `o` (and one level down in objects) with `value`.
QList<QJsonObject> mutations(const QJsonObject &o, const QJsonValue &value)
{
    QList<QJsonObject> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        QJsonObject m = o;
        m.insert(it.key(), value);
        out << m;
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in) {
                QJsonObject innerCopy = inner;
                innerCopy.insert(in.key(), value);
                QJsonObject m2 = o;
                m2.insert(it.key(), innerCopy);
                out << m2;
            }
        }
    }
    return out;
}

} // namespace

TEST(HostileJson, EveryFieldMistypedGivesParseErrorsOrValuesNeverACrash)
{
    const QList<std::pair<const char *, Parse>> cases = {
        {kSubscription, wrap(&parseSubscription)},   {kCustomer, wrap(&parseCustomer)},
        {kUser, wrap(&parseCustomerUser)},           {kOrder, wrap(&parseOrder)},
        {kSubscribedSku, wrap(&parseSubscribedSku)}, {kUpgrade, wrap(&parseUpgrade)},
    };
    int parsed = 0;
    int refused = 0;
    for (const auto &[text, parse] : cases) {
        const QJsonObject valid = obj(text);
        ASSERT_FALSE(parse(valid).has_value()) << text << parse(valid)->toString().toStdString();
        for (const QJsonValue &value : hostileValues()) {
            for (const QJsonObject &m : mutations(valid, value)) {
                const std::optional<Error> e = parse(m);
                if (!e) {
                    ++parsed;
                    continue;
                }
                ++refused;
                EXPECT_EQ(e->kind, Error::Kind::Parse) << e->toString().toStdString();
                EXPECT_TRUE(e->context.startsWith(kCtx)) << e->toString().toStdString();
                EXPECT_FALSE(e->message.isEmpty());
            }
        }
        // Arrays or scalars where the resource object is expected.
        for (const char *items : {R"({"items":[1]})", R"({"items":[null]})", R"({"items":[[{}]]})"}) {
            const Result<QList<Subscription>> r =
                parseItems<Subscription>(obj(items).value(u"items").toArray(), kCtx, &parseSubscription);
            ASSERT_FALSE(r.ok());
            EXPECT_TRUE(r.error().context.contains(u"items[0]")) << r.error().toString().toStdString();
        }
    }
    EXPECT_GT(refused, 100); // the sweep really hit required fields
    EXPECT_GT(parsed, 0);    // and optional ones
}

TEST(HostileJson, HugeNumbersAreRangeErrorsNotGarbage)
{
    // Before the fix, 1e300 was converted to qint64 (undefined behaviour; INT64_MIN on x86).
    QJsonObject sub = obj(kSubscription);
    sub.insert(QStringLiteral("quantity"), 1e300);
    Result<Subscription> s = parseSubscription(sub, kCtx);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(u"quantity")) << s.error().toString().toStdString();

    sub.insert(QStringLiteral("quantity"), 3.0e9); // a whole number, but not an int
    s = parseSubscription(sub, kCtx);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(u"out of range")) << s.error().toString().toStdString();

    QJsonObject upgrade = obj(kUpgrade);
    upgrade.insert(
        QStringLiteral("upgradeErrors"),
        QJsonArray{QJsonObject{{QStringLiteral("code"), 1e300}, {QStringLiteral("description"), 1}}});
    const Result<Upgrade> u = parseUpgrade(upgrade, kCtx);
    ASSERT_FALSE(u.ok()); // was accepted with code "-9223372036854775808"
    EXPECT_TRUE(u.error().message.contains(u"code")) << u.error().toString().toStdString();

    const Error e = errorFromResponse(400, R"({"code": 1e300, "description": "bad"})", kCtx);
    EXPECT_TRUE(e.serviceCode.isEmpty()) << e.serviceCode.toStdString();
    EXPECT_EQ(e.message, QStringLiteral("bad"));
    const Error e2 = errorFromResponse(400, R"({"code": 60012.0, "description": "x"})", kCtx);
    EXPECT_EQ(e2.serviceCode, QStringLiteral("60012"));
}

TEST(HostileJson, DeepNestingAndHugeDocumentsAreParseErrors)
{
    const QByteArray deep = QByteArray(200000, '[') + QByteArray(200000, ']');
    const Result<QJsonObject> r = JsonReader::parseObject(deep, kCtx);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Parse);
    EXPECT_EQ(r.error().context, kCtx);

    QByteArray deepObject;
    for (int i = 0; i < 5000; ++i)
        deepObject += "{\"a\":";
    deepObject += "1" + QByteArray(5000, '}');
    EXPECT_FALSE(JsonReader::parseObject(deepObject, kCtx).ok());

    // An error body nested too deep still gives a message, not a crash.
    const Error e = errorFromResponse(500, deep, kCtx);
    EXPECT_FALSE(e.message.isEmpty());
    EXPECT_EQ(e.httpStatus, 500);
}

TEST(HostileJson, DuplicateAndCaseVariantKeysAreReadDeterministically)
{
    const QByteArray text = R"({"id":"first","id":"second","ID":"third","companyProfile":{"companyName":"A"},
        "companyProfile":{"companyName":"B"}})";
    const Result<QJsonObject> doc = JsonReader::parseObject(text, kCtx);
    ASSERT_TRUE(doc.ok());
    const Result<Customer> a = parseCustomer(doc.value(), kCtx);
    const Result<Customer> b = parseCustomer(JsonReader::parseObject(text, kCtx).value(), kCtx);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->id, b->id);
    EXPECT_EQ(a->companyName, b->companyName);
    EXPECT_FALSE(a->id.isEmpty());
}

TEST(HostileHeaders, RetryAfterIsClampedNeverOverflows)
{
    const QDateTime now(QDate(2026, 11, 27), QTime(9, 0, 0), Qt::UTC);
    EXPECT_EQ(parseRetryAfter("-5", now), -1);
    EXPECT_EQ(parseRetryAfter("-99999999999999999999", now), -1);
    EXPECT_EQ(parseRetryAfter("99999999999999999999999999", now), INT_MAX);
    EXPECT_EQ(parseRetryAfter("2147483648", now), INT_MAX);
    EXPECT_EQ(parseRetryAfter("1.5", now), -1);
    EXPECT_EQ(parseRetryAfter("0x10", now), -1);
    EXPECT_EQ(parseRetryAfter("12abc", now), -1);
    EXPECT_EQ(parseRetryAfter(QByteArray("1\0"
                                         "0",
                                         3),
                              now),
              -1);
    EXPECT_EQ(parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now), INT_MAX); // was truncated to int
    EXPECT_EQ(parseRetryAfter("Thu, 01 Jan 1970 00:00:00 GMT", now), 0);       // in the past: now
    EXPECT_EQ(parseRetryAfter("Fri, 27 Nov 2026 09:00:30 GMT", now), 30);
    EXPECT_EQ(parseRetryAfter(QByteArray(100000, '9'), now), INT_MAX);
}
