#include "StoreTestSupport.h"
#include "sandbox/store/DemoTenant.h"

#include <gtest/gtest.h>

using namespace om::sandbox;
using om::sandbox::testing::bodyOf;
using om::sandbox::testing::RouterFixture;

TEST(CustomerRoutes, PagesThroughEveryCustomerWithContinuationTokens)
{
    RouterFixture f;
    populateDemoTenant(f.store, 3, 23);
    QStringList seen;
    QString uri = QStringLiteral("/v1/customers?size=5");
    QHash<QByteArray, QByteArray> headers;
    int pages = 0;
    while (true) {
        const SandboxReply reply = f.get(uri, headers);
        ASSERT_EQ(reply.status, 200) << reply.body.constData();
        const QJsonObject body = bodyOf(reply);
        const QJsonArray items = body.value(QStringLiteral("items")).toArray();
        EXPECT_EQ(body.value(QStringLiteral("totalCount")).toInt(), items.size());
        EXPECT_EQ(body.value(QStringLiteral("attributes"))
                      .toObject()
                      .value(QStringLiteral("objectType"))
                      .toString(),
                  QStringLiteral("Collection"));
        for (const auto &item : items)
            seen.append(item.toObject().value(QStringLiteral("id")).toString());
        ++pages;
        const QJsonObject next =
            body.value(QStringLiteral("links")).toObject().value(QStringLiteral("next")).toObject();
        if (next.isEmpty())
            break;
        EXPECT_EQ(next.value(QStringLiteral("uri")).toString(),
                  QStringLiteral("/v1/customers?size=5&seekOperation=Next"));
        const QJsonObject header = next.value(QStringLiteral("headers")).toArray().at(0).toObject();
        EXPECT_EQ(header.value(QStringLiteral("key")).toString(), QStringLiteral("MS-ContinuationToken"));
        EXPECT_EQ(header.value(QStringLiteral("value")).toString(),
                  body.value(QStringLiteral("continuationToken")).toString());
        uri = next.value(QStringLiteral("uri")).toString();
        headers = {{"ms-continuationtoken", header.value(QStringLiteral("value")).toString().toLatin1()}};
        ASSERT_LT(pages, 10);
    }
    EXPECT_EQ(pages, 5);
    EXPECT_EQ(seen.size(), 23);
    EXPECT_EQ(QSet<QString>(seen.cbegin(), seen.cend()).size(), 23);
}
