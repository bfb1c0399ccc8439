// The new-commerce catalogue routes: products -> SKUs -> availabilities per market and segment.
#include "StoreTestSupport.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace om::sandbox;
using namespace om::sandbox::testing;

namespace {

QJsonArray itemsOf(const SandboxReply &reply)
{
    return bodyOf(reply).value(QStringLiteral("items")).toArray();
}

QSet<QString> idsOf(const SandboxReply &reply)
{
    QSet<QString> ids;
    for (const auto &item : itemsOf(reply))
        ids.insert(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QString products(const QString &country, const QString &segment = {})
{
    QString uri = QStringLiteral("/v1/products?country=%1&targetView=OnlineServices").arg(country);
    if (!segment.isEmpty())
        uri += QStringLiteral("&targetSegment=") + segment;
    return uri;
}

QString availabilities(const QString &product, const QString &sku, const QString &query)
{
    return QStringLiteral("/v1/products/%1/skus/%2/availabilities?%3").arg(product, sku, query);
}

void expectError(const SandboxReply &reply, int status, int code, const char *what)
{
    EXPECT_EQ(reply.status, status) << what << ' ' << reply.body.constData();
    EXPECT_EQ(bodyOf(reply).value(QStringLiteral("code")).toInt(), code) << what;
    EXPECT_EQ(bodyOf(reply).value(QStringLiteral("source")).toString(), QStringLiteral("PartnerFD")) << what;
}

const QSet<QString> kDynamicsPublicSector{nce::SalesProfessionalProduct,
                                          nce::CustomerServiceEnterpriseProduct, nce::TeamMembersProduct};

TEST(CatalogRoutes, ProductsPerMarketAndSegment)
{
    RouterFixture f;
    const SandboxReply all = f.get(products(QStringLiteral("it")));
    ASSERT_EQ(all.status, 200) << all.body.constData();
    EXPECT_EQ(object(bodyOf(all), "attributes").value(QStringLiteral("objectType")).toString(),
              QStringLiteral("Collection"));
    EXPECT_EQ(bodyOf(all).value(QStringLiteral("totalCount")).toInt(), 6);
    EXPECT_EQ(idsOf(all),
              (QSet<QString>{nce::SalesProfessionalProduct, nce::SalesEnterpriseProduct,
                             nce::CustomerServiceEnterpriseProduct, nce::CustomerServiceProfessionalProduct,
                             nce::TeamMembersProduct, nce::BusinessBasicProduct}));
    for (const auto &item : itemsOf(all)) {
        const QJsonObject product = item.toObject();
        const QString id = product.value(QStringLiteral("id")).toString();
        EXPECT_EQ(object(product, "productType").value(QStringLiteral("id")).toString(),
                  QStringLiteral("OnlineServicesNCE"));
        EXPECT_EQ(object(product, "productType").value(QStringLiteral("displayName")).toString(),
                  QStringLiteral("OnlineServicesNCE"));
        EXPECT_EQ(object(product, "attributes").value(QStringLiteral("objectType")).toString(),
                  QStringLiteral("Product"));
        EXPECT_EQ(object(object(product, "links"), "skus").value(QStringLiteral("uri")).toString(),
                  QStringLiteral("/products/%1/skus?country=IT").arg(id));
        // Whether new commerce sells the Customer Engagement Plan is NOT CONFIRMED: not listed.
        EXPECT_FALSE(product.value(QStringLiteral("title")).toString().contains(QLatin1String("Engagement")));
    }
    EXPECT_EQ(idsOf(f.get(products(QStringLiteral("IT"), QStringLiteral("education")))),
              kDynamicsPublicSector);
    EXPECT_TRUE(idsOf(f.get(products(QStringLiteral("IT"), QStringLiteral("government")))).isEmpty());
    EXPECT_EQ(idsOf(f.get(products(QStringLiteral("US"), QStringLiteral("Government")))),
              kDynamicsPublicSector);
    const SandboxReply nonprofit = f.get(products(QStringLiteral("US"), QStringLiteral("nonprofit")));
    EXPECT_EQ(nonprofit.status, 200);
    EXPECT_TRUE(itemsOf(nonprofit).isEmpty());
    EXPECT_EQ(f.get(products(QStringLiteral("US"), QStringLiteral("retail"))).status, 400);
    // App-only tokens may read the catalogue.
    EXPECT_EQ(f.get(products(QStringLiteral("DE")), {}, true).status, 200);
}

TEST(CatalogRoutes, ProductsNeedCountryAndTargetView)
{
    RouterFixture f;
    const SandboxReply noCountry = f.get(QStringLiteral("/v1/products?targetView=OnlineServices"));
    expectError(noCountry, 400, 800002, "no country");
    EXPECT_TRUE(
        bodyOf(noCountry).value(QStringLiteral("description")).toString().contains(QLatin1String("country")));
    const SandboxReply noView = f.get(QStringLiteral("/v1/products?country=IT"));
    expectError(noView, 400, 800002, "no targetView");
    EXPECT_TRUE(
        bodyOf(noView).value(QStringLiteral("description")).toString().contains(QLatin1String("targetView")));
    expectError(f.get(QStringLiteral("/v1/products?country=XX&targetView=OnlineServices")), 400, 800002,
                "unknown market");
    const SandboxReply azure = f.get(QStringLiteral("/v1/products?country=IT&targetView=Azure"));
    EXPECT_EQ(azure.status, 200);
    EXPECT_TRUE(itemsOf(azure).isEmpty());

    const QString p = nce::SalesProfessionalProduct;
    for (const QString &uri :
         {QStringLiteral("/v1/products/%1").arg(p), QStringLiteral("/v1/products/%1/skus").arg(p),
          QStringLiteral("/v1/products/%1/skus/0001").arg(p),
          QStringLiteral("/v1/products/%1/skus/0001/availabilities").arg(p),
          QStringLiteral("/v1/products/%1/skus/0001/availabilities/%2")
              .arg(p, nce::SalesProfessionalCommercial)})
        expectError(f.get(uri), 400, 800002, qPrintable(uri));
}

TEST(CatalogRoutes, SkusCarryLimitsTrialFlagAndProvisioningId)
{
    RouterFixture f;
    const QString skusUri =
        QStringLiteral("/v1/products/%1/skus?country=GB").arg(nce::SalesProfessionalProduct);
    const SandboxReply all = f.get(skusUri);
    ASSERT_EQ(all.status, 200);
    EXPECT_EQ(idsOf(all), (QSet<QString>{nce::MainSku, nce::SalesProfessionalTrialSku}));
    for (const auto &item : itemsOf(all)) {
        const QJsonObject sku = item.toObject();
        const bool trial = sku.value(QStringLiteral("id")).toString() == nce::SalesProfessionalTrialSku;
        EXPECT_EQ(sku.value(QStringLiteral("isTrial")).toBool(), trial);
        EXPECT_EQ(sku.value(QStringLiteral("title")).toString(),
                  trial ? QStringLiteral("Dynamics 365 Sales Professional Trial")
                        : QStringLiteral("Dynamics 365 Sales Professional"));
        EXPECT_EQ(object(sku, "dynamicAttributes").value(QStringLiteral("provisioningId")).toString(),
                  skus::SalesProfessional);
        EXPECT_EQ(object(sku, "attributes").value(QStringLiteral("objectType")).toString(),
                  QStringLiteral("Sku"));
    }
    // The trial has only a commercial availability.
    EXPECT_EQ(idsOf(f.get(skusUri + QStringLiteral("&targetSegment=education"))),
              QSet<QString>{nce::MainSku});

    const QJsonObject pro = bodyOf(
        f.get(QStringLiteral("/v1/products/%1/skus/0001?country=GB").arg(nce::SalesProfessionalProduct)));
    EXPECT_EQ(pro.value(QStringLiteral("productId")).toString(), nce::SalesProfessionalProduct);
    EXPECT_EQ(pro.value(QStringLiteral("minimumQuantity")).toInt(), 1);
    EXPECT_EQ(pro.value(QStringLiteral("maximumQuantity")).toInt(), 10000);
    EXPECT_TRUE(pro.value(QStringLiteral("supportedBillingCycles"))
                    .toArray()
                    .contains(QJsonValue(QStringLiteral("triennial"))));
    EXPECT_TRUE(pro.value(QStringLiteral("provisioningVariables")).toArray().isEmpty());
    const QJsonObject dynamic = object(pro, "dynamicAttributes");
    EXPECT_FALSE(dynamic.value(QStringLiteral("isAddon")).toBool());
    EXPECT_TRUE(dynamic.value(QStringLiteral("prerequisiteSkus")).toArray().isEmpty());
    EXPECT_EQ(object(object(pro, "links"), "availabilities").value(QStringLiteral("uri")).toString(),
              QStringLiteral("/products/%1/skus/0001/availabilities?country=GB")
                  .arg(nce::SalesProfessionalProduct));

    const QJsonObject basic = bodyOf(
        f.get(QStringLiteral("/v1/products/cfq7ttc0lh18/skus/0001?country=US"))); // ids case-insensitive
    EXPECT_EQ(basic.value(QStringLiteral("maximumQuantity")).toInt(), 300);
    EXPECT_EQ(object(basic, "dynamicAttributes").value(QStringLiteral("provisioningId")).toString(),
              QStringLiteral("3b555118-da6a-4418-894f-7df1e2096870"));
    const QJsonObject servicePro = bodyOf(f.get(
        QStringLiteral("/v1/products/%1/skus/0001?country=FR").arg(nce::CustomerServiceProfessionalProduct)));
    EXPECT_EQ(object(servicePro, "dynamicAttributes").value(QStringLiteral("provisioningId")).toString(),
              QStringLiteral("1439b6e2-5d59-4873-8c59-d60e2a196e92"));
    // Its (fictitious) plan conflicts with the other Dynamics plans.
    const SkuRecord *aad = f.store.catalogue().sku(skus::CustomerServicePro);
    ASSERT_NE(aad, nullptr);
    EXPECT_EQ(f.store.catalogue().conflictGroupOf(aad->servicePlans.at(0).id),
              f.store.catalogue().conflictGroupOf(QStringLiteral("2da8e897-7791-486b-b08f-cc63c8129df7")));
    EXPECT_LT(f.store.catalogue().conflictGroupOf(
                  f.store.catalogue().sku(skus::BusinessBasic)->servicePlans.at(0).id),
              0);
}

TEST(CatalogRoutes, AvailabilitiesPerMarketAndSegment)
{
    RouterFixture f;
    const QString p = nce::SalesProfessionalProduct;
    const auto segments = [&](const QString &query) {
        QSet<QString> out;
        for (const auto &item : itemsOf(f.get(availabilities(p, nce::MainSku, query))))
            out.insert(item.toObject().value(QStringLiteral("segment")).toString());
        return out;
    };
    EXPECT_EQ(segments(QStringLiteral("country=US")),
              (QSet<QString>{QStringLiteral("commercial"), QStringLiteral("education"),
                             QStringLiteral("government")}));
    EXPECT_EQ(segments(QStringLiteral("country=IT")),
              (QSet<QString>{QStringLiteral("commercial"), QStringLiteral("education")}));
    EXPECT_EQ(segments(QStringLiteral("country=IT&targetSegment=commercial")),
              QSet<QString>{QStringLiteral("commercial")});

    const QJsonArray commercial = itemsOf(
        f.get(availabilities(p, nce::MainSku, QStringLiteral("country=IT&targetSegment=commercial"))));
    ASSERT_EQ(commercial.size(), 1);
    const QJsonObject a = commercial.at(0).toObject();
    EXPECT_EQ(a.value(QStringLiteral("id")).toString(), nce::SalesProfessionalCommercial);
    EXPECT_EQ(a.value(QStringLiteral("catalogItemId")).toString(), salesProItem());
    EXPECT_EQ(a.value(QStringLiteral("country")).toString(), QStringLiteral("IT"));
    EXPECT_TRUE(a.value(QStringLiteral("isPurchasable")).toBool());
    EXPECT_EQ(object(a, "defaultCurrency").value(QStringLiteral("code")).toString(), QStringLiteral("EUR"));
    EXPECT_EQ(object(a, "defaultCurrency").value(QStringLiteral("symbol")).toString(),
              QString(QChar(0x20AC)));
    EXPECT_EQ(object(a, "attributes").value(QStringLiteral("objectType")).toString(),
              QStringLiteral("Availability"));
    QSet<QString> pairs;
    for (const auto &value : a.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject term = value.toObject();
        EXPECT_EQ(term.value(QStringLiteral("id")).toString().size(), 12);
        pairs.insert(term.value(QStringLiteral("duration")).toString() + QLatin1Char('/') +
                     term.value(QStringLiteral("billingCycle")).toString());
        const QJsonObject refund = term.value(QStringLiteral("cancellationPolicies"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("refundOptions"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        EXPECT_EQ(refund.value(QStringLiteral("type")).toString(), QStringLiteral("Full"));
        EXPECT_EQ(refund.value(QStringLiteral("expiresAfter")).toString(), QStringLiteral("P1D"));
    }
    EXPECT_EQ(pairs, (QSet<QString>{QStringLiteral("P1M/Monthly"), QStringLiteral("P1Y/Monthly"),
                                    QStringLiteral("P1Y/Annual"), QStringLiteral("P3Y/Monthly"),
                                    QStringLiteral("P3Y/Triennial")}));

    // Team Members has no three-year term; currency follows the market.
    const QJsonObject members =
        bodyOf(f.get(QStringLiteral("/v1/products/%1/skus/0001/availabilities/%2?country=GB")
                         .arg(nce::TeamMembersProduct, nce::TeamMembersCommercial)));
    EXPECT_EQ(members.value(QStringLiteral("terms")).toArray().size(), 3);
    EXPECT_EQ(object(members, "defaultCurrency").value(QStringLiteral("code")).toString(),
              QStringLiteral("GBP"));
    const QJsonObject us =
        bodyOf(f.get(QStringLiteral("/v1/products/%1/skus/0001/availabilities/%2?country=US")
                         .arg(p, nce::SalesProfessionalGovernment)));
    EXPECT_EQ(us.value(QStringLiteral("segment")).toString(), QStringLiteral("government"));
    EXPECT_EQ(object(us, "defaultCurrency").value(QStringLiteral("code")).toString(), QStringLiteral("USD"));
}

TEST(CatalogRoutes, UnknownIdsAnswer404WithTheirCodes)
{
    RouterFixture f;
    const QString p = nce::SalesProfessionalProduct;
    for (const QString &uri :
         {QStringLiteral("/v1/products/CFQ7TTC0NONE?country=IT"),
          QStringLiteral("/v1/products/CFQ7TTC0NONE/skus?country=IT"),
          QStringLiteral("/v1/products/CFQ7TTC0NONE/skus/0001?country=IT"),
          QStringLiteral("/v1/products/CFQ7TTC0NONE/skus/0001/availabilities?country=IT")})
        expectError(f.get(uri), 404, 400013, qPrintable(uri));
    expectError(f.get(QStringLiteral("/v1/products/%1/skus/0099?country=IT").arg(p)), 404, 400018, "sku");
    expectError(f.get(QStringLiteral("/v1/products/%1/skus/0099/availabilities?country=IT").arg(p)), 404,
                400018, "sku availabilities");
    expectError(
        f.get(QStringLiteral("/v1/products/%1/skus/0001/availabilities/CFQ7TTC0NONE?country=IT").arg(p)), 404,
        400019, "availability");
    // The government availability is sold in the US only.
    expectError(f.get(QStringLiteral("/v1/products/%1/skus/0001/availabilities/%2?country=IT")
                          .arg(p, nce::SalesProfessionalGovernment)),
                404, 400019, "availability of another market");
    // An availability id of another SKU is not found under this one.
    expectError(f.get(QStringLiteral("/v1/products/%1/skus/0001/availabilities/%2?country=IT")
                          .arg(p, nce::TeamMembersCommercial)),
                404, 400019, "availability of another SKU");
}

TEST(CatalogRoutes, RotatedAvailabilityIdsMakeOldOnesStale)
{
    RouterFixture f;
    const QString p = nce::SalesProfessionalProduct;
    const QString old = QStringLiteral("/v1/products/%1/skus/0001/availabilities/%2?country=IT")
                            .arg(p, nce::SalesProfessionalCommercial);
    ASSERT_EQ(f.get(old).status, 200);
    f.store.catalogue().rotateAvailabilityIds();
    expectError(f.get(old), 404, 400019, "stale availability");
    EXPECT_EQ(f.store.catalogue().nceAvailability(salesProItem()), nullptr);
    // The SKU is still found from the stale catalogItemId (productId:skuId).
    ASSERT_NE(f.store.catalogue().nceSkuOf(salesProItem()), nullptr);
    EXPECT_EQ(f.store.catalogue().nceSkuOf(salesProItem())->provisioningId, skus::SalesProfessional);

    const QJsonArray fresh = itemsOf(
        f.get(availabilities(p, nce::MainSku, QStringLiteral("country=IT&targetSegment=commercial"))));
    ASSERT_EQ(fresh.size(), 1);
    const QString id = fresh.at(0).toObject().value(QStringLiteral("id")).toString();
    EXPECT_NE(id, nce::SalesProfessionalCommercial);
    EXPECT_TRUE(id.startsWith(QLatin1String("CFQ7TTC0")));
    EXPECT_EQ(id.size(), 12);
    EXPECT_EQ(fresh.at(0).toObject().value(QStringLiteral("catalogItemId")).toString(),
              nce::catalogItemId(p, nce::MainSku, id));
    EXPECT_EQ(
        f.get(QStringLiteral("/v1/products/%1/skus/0001/availabilities/%2?country=IT").arg(p, id)).status,
        200);
    // A second rotation reissues them again.
    f.store.catalogue().rotateAvailabilityIds();
    EXPECT_EQ(
        f.get(QStringLiteral("/v1/products/%1/skus/0001/availabilities/%2?country=IT").arg(p, id)).status,
        404);
}

} // namespace
