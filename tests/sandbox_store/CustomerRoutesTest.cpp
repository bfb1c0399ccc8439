#include "StoreTestSupport.h"
#include "sandbox/store/DemoTenant.h"

#include <QUrl>

#include <gtest/gtest.h>

using namespace om::sandbox;
using om::sandbox::testing::bodyOf;
using om::sandbox::testing::object;
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

namespace {

QString tokenOf(const SandboxReply &reply)
{
    return bodyOf(reply).value(QStringLiteral("continuationToken")).toString();
}

int codeOf(const SandboxReply &reply)
{
    return bodyOf(reply).value(QStringLiteral("code")).toInt();
}

} // namespace

TEST(CustomerRoutes, ContinuationTokenIsBoundToItsQuery)
{
    RouterFixture f;
    populateDemoTenant(f.store, 5, 12);
    const QString token = tokenOf(f.get(QStringLiteral("/v1/customers?size=4")));
    ASSERT_FALSE(token.isEmpty());
    const QHash<QByteArray, QByteArray> header{{"ms-continuationtoken", token.toLatin1()}};

    EXPECT_EQ(f.get(QStringLiteral("/v1/customers?size=4&seekOperation=Next"), header).status, 200);
    const SandboxReply otherSize = f.get(QStringLiteral("/v1/customers?size=5&seekOperation=Next"), header);
    EXPECT_EQ(otherSize.status, 400);
    EXPECT_EQ(codeOf(otherSize), 800002);
    const QString users =
        QStringLiteral("/v1/customers/%1/users?size=4&seekOperation=Next").arg(f.store.customerAt(0)->id);
    EXPECT_EQ(f.get(users, header).status, 400);
    EXPECT_EQ(f.get(QStringLiteral("/v1/customers?size=4&seekOperation=Next"),
                    {{"ms-continuationtoken", "garbage!!"}})
                  .status,
              400);
    EXPECT_EQ(f.get(QStringLiteral("/v1/customers?size=4&seekOperation=Next"),
                    {{"ms-continuationtoken", "b21zZWVrMXw0fA"}})
                  .status,
              400);
    EXPECT_EQ(f.get(QStringLiteral("/v1/customers?size=4&seekOperation=Next")).status, 400); // header missing
}

TEST(CustomerRoutes, DefaultPageSizeIs500AndSizeIsClamped)
{
    RouterFixture f;
    populateDemoTenant(f.store, 2, 501);
    const QJsonObject first = bodyOf(f.get(QStringLiteral("/v1/customers")));
    EXPECT_EQ(first.value(QStringLiteral("items")).toArray().size(), 500);
    EXPECT_EQ(object(object(first, "links"), "next").value(QStringLiteral("uri")).toString(),
              QStringLiteral("/v1/customers?size=500&seekOperation=Next"));
    EXPECT_EQ(bodyOf(f.get(QStringLiteral("/v1/customers?size=9999")))
                  .value(QStringLiteral("items"))
                  .toArray()
                  .size(),
              500);
    EXPECT_EQ(f.get(QStringLiteral("/v1/customers?size=zero")).status, 400);
}

TEST(CustomerRoutes, CustomerByIdCarriesBillingProfileAndDelegatedAccess)
{
    RouterFixture f;
    CustomerRecord c;
    c.companyName = QStringLiteral("Müller Maschinenbau GmbH");
    c.country = QStringLiteral("de");
    c.city = QStringLiteral("Stuttgart");
    const QString id = f.store.addCustomer(c);

    const SandboxReply reply = f.get(QStringLiteral("/v1/customers/") + id.toUpper());
    ASSERT_EQ(reply.status, 200);
    const QJsonObject body = bodyOf(reply);
    EXPECT_EQ(body.value(QStringLiteral("id")).toString(), id);
    EXPECT_TRUE(body.value(QStringLiteral("allowDelegatedAccess")).toBool());
    EXPECT_EQ(
        object(object(body, "billingProfile"), "defaultAddress").value(QStringLiteral("country")).toString(),
        QStringLiteral("DE"));
    EXPECT_EQ(object(body, "companyProfile").value(QStringLiteral("companyName")).toString(), c.companyName);
    EXPECT_EQ(object(body, "attributes").value(QStringLiteral("objectType")).toString(),
              QStringLiteral("Customer"));
    EXPECT_EQ(
        object(object(body, "billingProfile"), "attributes").value(QStringLiteral("objectType")).toString(),
        QStringLiteral("CustomerBillingProfile"));

    const QJsonObject listed = bodyOf(f.get(QStringLiteral("/v1/customers")))
                                   .value(QStringLiteral("items"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    EXPECT_FALSE(listed.contains(QStringLiteral("billingProfile")));
    EXPECT_FALSE(listed.contains(QStringLiteral("allowDelegatedAccess")));

    const SandboxReply missing = f.get(QStringLiteral("/v1/customers/4a3c2d1e-0000-4000-8000-000000000000"));
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(codeOf(missing), 60003);
}

TEST(CustomerRoutes, FilterByCompanyNamePrefix)
{
    RouterFixture f;
    for (const char *name : {"Rossi Costruzioni S.r.l.", "Rossi Impianti S.p.A.", "Bianchi Vini S.r.l."}) {
        CustomerRecord c;
        c.companyName = QString::fromLatin1(name);
        c.country = QStringLiteral("IT");
        f.store.addCustomer(c);
    }
    const QString filter = QString::fromLatin1(QUrl::toPercentEncoding(
        QStringLiteral(R"({"Field":"CompanyName","Value":"rossi","Operator":"starts_with"})")));
    const QJsonObject body = bodyOf(f.get(QStringLiteral("/v1/customers?size=10&filter=") + filter));
    EXPECT_EQ(body.value(QStringLiteral("totalCount")).toInt(), 2);
}
