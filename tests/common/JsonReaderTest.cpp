#include "common/JsonReader.h"

#include <gtest/gtest.h>

using om::JsonReader;

namespace {

QJsonObject parse(const char *text)
{
    auto r = JsonReader::parseObject(QByteArray(text), QStringLiteral("test"));
    EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
    return r.ok() ? r.value() : QJsonObject();
}

} // namespace

TEST(JsonReader, ReadsKeysCaseInsensitively)
{
    JsonReader r(parse(R"({"AutoRenewEnabled": true, "Quantity": 12, "offerName": "X"})"),
                 QStringLiteral("GET /x"));
    EXPECT_TRUE(r.boolean(u"autoRenewEnabled"));
    EXPECT_EQ(r.integer(u"quantity"), 12);
    EXPECT_EQ(r.string(u"OFFERNAME"), QStringLiteral("X"));
    EXPECT_TRUE(r.ok());
}

TEST(JsonReader, MissingRequiredFieldNamesFieldAndRequest)
{
    JsonReader r(parse(R"({"id": "a"})"), QStringLiteral("GET /v1/customers"));
    r.string(u"id");
    r.integer(u"quantity");
    r.string(u"status"); // a second problem does not overwrite the first
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, om::Error::Kind::Parse);
    EXPECT_EQ(r.error().toString(), QStringLiteral("GET /v1/customers: field quantity: missing"));
}

TEST(JsonReader, MistypedFieldIsAnErrorNotAZero)
{
    JsonReader r(parse(R"({"quantity": "twelve", "autoRenewEnabled": "yes"})"), QStringLiteral("ctx"));
    EXPECT_EQ(r.integer(u"quantity", JsonReader::Required, -1), -1);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("quantity")));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("whole number")));
}

TEST(JsonReader, IntegerAcceptsNumericStringsAndRejectsFractions)
{
    JsonReader ok(parse(R"({"expires_in": "3600"})"), QStringLiteral("ctx"));
    EXPECT_EQ(ok.integer(u"expires_in"), 3600);
    EXPECT_TRUE(ok.ok());
    JsonReader bad(parse(R"({"quantity": 1.5})"), QStringLiteral("ctx"));
    bad.integer(u"quantity");
    EXPECT_FALSE(bad.ok());
}

TEST(JsonReader, OptionalAbsentFieldsAreNotErrors)
{
    JsonReader r(parse(R"({"a": null})"), QStringLiteral("ctx"));
    EXPECT_EQ(r.string(u"a", JsonReader::Optional), QString());
    EXPECT_FALSE(r.dateTime(u"b", JsonReader::Optional).isValid());
    EXPECT_TRUE(r.ok());
}

TEST(JsonReader, DatesParseWithSevenFractionalDigitsAsUtc)
{
    JsonReader r(parse(R"({"d": "2019-01-14T16:57:15.0966728Z", "e": "2019-03-01T00:00:00Z", "f": "soon"})"),
                 QStringLiteral("ctx"));
    const QDateTime d = r.dateTime(u"d");
    EXPECT_EQ(d.date(), QDate(2019, 1, 14));
    EXPECT_EQ(d.timeSpec(), Qt::UTC);
    EXPECT_EQ(r.dateTime(u"e"), QDateTime(QDate(2019, 3, 1), QTime(0, 0), Qt::UTC));
    EXPECT_TRUE(r.ok());
    r.dateTime(u"f");
    EXPECT_FALSE(r.ok());
}

TEST(JsonReader, NestedPathsAppearInErrors)
{
    JsonReader r(parse(R"({"items": [{"id": "1"}, {"idx": "2"}]})"), QStringLiteral("GET /v1/customers"));
    const QJsonArray items = r.array(u"items");
    for (int i = 0; i < items.size(); ++i) {
        JsonReader item = r.element(items, i, u"items");
        item.string(u"id");
        r.merge(item);
    }
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, QStringLiteral("field items[1].id: missing"));
}

TEST(JsonReader, MalformedAndNonObjectDocumentsAreParseErrors)
{
    auto truncated =
        JsonReader::parseObject(QByteArray(R"({"items": [)"), QStringLiteral("GET /v1/customers"));
    ASSERT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.error().kind, om::Error::Kind::Parse);
    EXPECT_TRUE(truncated.error().toString().startsWith(QStringLiteral("GET /v1/customers: malformed JSON")));
    auto array = JsonReader::parseObject(QByteArray("[1,2]"), QStringLiteral("ctx"));
    EXPECT_FALSE(array.ok());
}
