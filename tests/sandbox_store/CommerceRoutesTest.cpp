#include "StoreTestSupport.h"

#include <gtest/gtest.h>

using namespace om::sandbox;
using namespace om::sandbox::testing;

namespace {

QJsonArray itemsOf(const SandboxReply &reply)
{
    return bodyOf(reply).value(QStringLiteral("items")).toArray();
}

QJsonObject orderBody(const QString &offer, int quantity)
{
    return {{QStringLiteral("billingCycle"), QStringLiteral("monthly")},
            {QStringLiteral("lineItems"), QJsonArray{QJsonObject{{QStringLiteral("lineItemNumber"), 0},
                                                                 {QStringLiteral("offerId"), offer},
                                                                 {QStringLiteral("quantity"), quantity}}}}};
}

TEST(OfferRoutes, EveryMarketListsTheRetiredOffersAndTheirReplacements)
{
    RouterFixture f;
    for (const QString &country : {QStringLiteral("US"), QStringLiteral("IT")}) {
        const SandboxReply reply = f.get(QStringLiteral("/v1/offers?country=") + country);
        ASSERT_EQ(reply.status, 200);
        int retired = 0;
        QSet<QString> replacements;
        for (const auto &value : itemsOf(reply)) {
            const QJsonObject offer = value.toObject();
            EXPECT_EQ(object(offer, "attributes").value(QStringLiteral("objectType")).toString(),
                      QStringLiteral("Offer"));
            const QString name = offer.value(QStringLiteral("name")).toString();
            // Legacy licence offers are sold in new commerce only since 2022
            // (docs/partner-center-api.md "Legacy offers").
            EXPECT_FALSE(offer.value(QStringLiteral("isAvailableForPurchase")).toBool()) << qPrintable(name);
            if (name.contains(QLatin1String("Basic (Qualified Offer)"))) {
                ++retired;
                // A retired offer provisions its own (fictitious) SKU, never a replacement's.
                EXPECT_TRUE(object(offer, "product")
                                .value(QStringLiteral("id"))
                                .toString()
                                .startsWith(QLatin1String("fa7e")));
            } else {
                replacements.insert(name);
            }
        }
        // 24 retired names; the 6 "(Government Pricing)" ones are sold in the US only.
        EXPECT_EQ(retired, country == QLatin1String("US") ? 24 : 18) << qPrintable(country);
        for (const char *name :
             {"Dynamics 365 for Sales Professional", "Dynamics 365 for Customer Service Enterprise Edition",
              "Dynamics 365 Customer Engagement Plan Enterprise Edition",
              "Dynamics 365 for Team Members Enterprise Edition",
              "Dynamics 365 for Sales Professional for Faculty",
              "Dynamics 365 for Sales Professional for Students",
              "Dynamics 365 for Sales Enterprise Edition CRMOL Basic"})
            EXPECT_TRUE(replacements.contains(QString::fromLatin1(name))) << name;
        EXPECT_EQ(
            replacements.contains(QStringLiteral("Dynamics 365 for Sales Professional (Government Pricing)")),
            country == QLatin1String("US"));
    }
}

TEST(OfferRoutes, OffersPageByOffsetAndSize)
{
    RouterFixture f;
    const int total = int(itemsOf(f.get(QStringLiteral("/v1/offers?country=DE"))).size());
    QSet<QString> ids;
    QString uri = QStringLiteral("/v1/offers?country=DE&offset=0&size=10");
    int pages = 0;
    while (!uri.isEmpty() && pages < 20) {
        const QJsonObject body = bodyOf(f.get(uri));
        for (const auto &item : body.value(QStringLiteral("items")).toArray())
            ids.insert(item.toObject().value(QStringLiteral("id")).toString());
        uri = object(object(body, "links"), "next").value(QStringLiteral("uri")).toString();
        ++pages;
    }
    EXPECT_EQ(ids.size(), total);
    EXPECT_EQ(pages, (total + 9) / 10);
}

TEST(OfferRoutes, OneOfferByIdAndMarket)
{
    RouterFixture f;
    const QJsonObject offer =
        bodyOf(f.get(QStringLiteral("/v1/offers/%1?country=gb").arg(offerId(kSalesPro).toLower())));
    EXPECT_EQ(offer.value(QStringLiteral("name")).toString(), QString::fromLatin1(kSalesPro));
    EXPECT_EQ(object(offer, "product").value(QStringLiteral("id")).toString(), skus::SalesProfessional);
    EXPECT_EQ(offer.value(QStringLiteral("country")).toString(), QStringLiteral("GB"));
    EXPECT_EQ(offer.value(QStringLiteral("minimumQuantity")).toInt(), 1);
    EXPECT_GT(offer.value(QStringLiteral("maximumQuantity")).toInt(), 1);
    const QJsonObject retired =
        bodyOf(f.get(QStringLiteral("/v1/offers/%1?country=GB").arg(offerId(kSalesQo))));
    EXPECT_EQ(retired.value(QStringLiteral("upgradeTargetOffers")).toArray().at(0).toString(),
              offerId(kSalesPro));

    EXPECT_EQ(f.get(QStringLiteral("/v1/offers/%1").arg(offerId(kSalesPro))).status, 400); // no country
    const QString government =
        sandboxOfferId(QStringLiteral("Dynamics 365 for Sales Professional (Government Pricing)"));
    EXPECT_EQ(f.get(QStringLiteral("/v1/offers/%1?country=IT").arg(government)).status, 404);
}

class OrderRoutes : public ::testing::Test
{
protected:
    void SetUp() override { customer = addCustomer(f.store); }
    QString base() const { return QStringLiteral("/v1/customers/%1").arg(customer); }

    RouterFixture f;
    QString customer;
};

TEST_F(OrderRoutes, CheckoutOrderIsPendingThenCompleted)
{
    const NcePurchase bought = buyNce(f, customer, salesProItem(), 7);
    ASSERT_FALSE(bought.orderId.isEmpty());
    const QJsonObject created = bought.checkout.value(QStringLiteral("orders")).toArray().at(0).toObject();
    EXPECT_EQ(created.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    EXPECT_EQ(created.value(QStringLiteral("currencyCode")).toString(), QStringLiteral("EUR"));
    const QString orderId = bought.orderId;

    const QJsonArray byOrder = itemsOf(f.get(base() + QStringLiteral("/subscriptions?order_id=") + orderId));
    ASSERT_EQ(byOrder.size(), 1);
    EXPECT_EQ(byOrder.at(0).toObject().value(QStringLiteral("quantity")).toInt(), 7);
    EXPECT_EQ(byOrder.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    EXPECT_EQ(itemsOf(f.get(base() + QStringLiteral("/orders/%1/provisioningstatus").arg(orderId)))
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("prefulfillmentpending"));

    f.clock.advanceMSecs(f.store.options().provisioningDelayMs);
    EXPECT_EQ(bodyOf(f.get(base() + QStringLiteral("/orders/") + orderId))
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("completed"));
    EXPECT_EQ(itemsOf(f.get(base() + QStringLiteral("/orders"))).size(), 1);
    EXPECT_EQ(f.get(base() + QStringLiteral("/orders/nope")).status, 404);
}

TEST_F(OrderRoutes, LegacyOffersCannotBeOrdered)
{
    // Retired offers and their legacy replacements alike: 403/2091
    // (docs/partner-center-api.md "Legacy offers").
    for (const char *name : {kSalesQo, kSalesPro, kOfficeE3}) {
        const SandboxReply reply =
            f.call("POST", base() + QStringLiteral("/orders"), orderBody(offerId(name), 5));
        EXPECT_EQ(reply.status, 403) << name;
        EXPECT_EQ(bodyOf(reply).value(QStringLiteral("code")).toInt(), 2091) << name;
    }
    EXPECT_EQ(f.store.countSubscriptions(customer), 0);
}

TEST_F(OrderRoutes, QuantityOutsideTheSkuLimitsIsRejected)
{
    // A SKU with a minimum above 1 (the default catalogue has none).
    const QString product = QStringLiteral("CFQ7TTC0ZZ01");
    f.store.catalogue().addNceProduct({product, QStringLiteral("Limited"), {}});
    NceSkuRecord sku;
    sku.productId = product;
    sku.id = nce::MainSku;
    sku.title = QStringLiteral("Limited");
    sku.minimumQuantity = 5;
    sku.maximumQuantity = 10;
    sku.provisioningId = skus::SalesProfessional;
    f.store.catalogue().addNceSku(sku);
    NceAvailabilityRecord availability;
    availability.productId = product;
    availability.skuId = nce::MainSku;
    availability.id = QStringLiteral("CFQ7TTC0ZZA1");
    availability.terms = {{{}, QStringLiteral("P1Y"), QStringLiteral("monthly"), {}}};
    f.store.catalogue().addNceAvailability(availability);
    const QString item = availability.catalogItemId();

    const QString carts = base() + QStringLiteral("/carts");
    for (int quantity : {4, 11}) {
        const SandboxReply reply = f.call("POST", carts, cartOf({nceLine(3, item, quantity)}));
        EXPECT_EQ(reply.status, 400) << quantity;
        EXPECT_EQ(bodyOf(reply).value(QStringLiteral("code")).toInt(), 900275) << quantity;
        EXPECT_EQ(
            bodyOf(reply).value(QStringLiteral("description")).toString(),
            QStringLiteral("The requested quantity for line item 3 is not within the allowed quantity"));
    }
    EXPECT_EQ(f.store.cartCount(customer), 0);
    // Business Basic caps at 300 (documented).
    EXPECT_EQ(f.call("POST", carts, cartOf({nceLine(0, businessBasicItem(), 301)})).status, 400);
    EXPECT_EQ(f.call("POST", carts, cartOf({nceLine(0, businessBasicItem(), 300)})).status, 201);
    EXPECT_EQ(f.call("POST", carts, cartOf({nceLine(0, item, 5)})).status, 201);
    EXPECT_EQ(f.store.cartCount(customer), 2);
}

TEST_F(OrderRoutes, CartIsCreatedUpdatedAndCheckedOutOnce)
{
    const SandboxReply created =
        f.call("POST", base() + QStringLiteral("/carts"), cartOf({nceLine(0, salesProItem(), 3)}));
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const QString cartId = bodyOf(created).value(QStringLiteral("id")).toString();
    EXPECT_EQ(bodyOf(created).value(QStringLiteral("status")).toString(), QStringLiteral("Active"));
    const QString cartPath = base() + QStringLiteral("/carts/") + cartId;

    ASSERT_EQ(f.call("PUT", cartPath, cartOf({nceLine(0, salesProItem(), 12)})).status, 200);
    EXPECT_EQ(bodyOf(f.get(cartPath))
                  .value(QStringLiteral("lineItems"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("quantity"))
                  .toInt(),
              12);
    // A PUT with a request error leaves the stored cart as it was.
    EXPECT_EQ(f.call("PUT", cartPath, cartOf({nceLine(0, salesProItem(), 12, QStringLiteral("P2Y"))})).status,
              400);
    EXPECT_EQ(bodyOf(f.get(cartPath))
                  .value(QStringLiteral("lineItems"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("termDuration"))
                  .toString(),
              QStringLiteral("P1Y"));

    const SandboxReply checkout = f.call("POST", cartPath + QStringLiteral("/checkout"));
    ASSERT_EQ(checkout.status, 201) << checkout.body.constData();
    const QJsonObject result = bodyOf(checkout);
    EXPECT_EQ(object(result, "attributes").value(QStringLiteral("objectType")).toString(),
              QStringLiteral("CartCheckoutResult"));
    ASSERT_EQ(result.value(QStringLiteral("orders")).toArray().size(), 1);
    EXPECT_TRUE(result.value(QStringLiteral("orderErrors")).toArray().isEmpty());
    EXPECT_EQ(f.store.countSubscriptions(customer, salesProItem()), 1);
    EXPECT_EQ(bodyOf(f.get(cartPath)).value(QStringLiteral("status")).toString(), QStringLiteral("Ordered"));

    const SandboxReply again = f.call("POST", cartPath + QStringLiteral("/checkout"));
    EXPECT_EQ(again.status, 400);
    EXPECT_EQ(bodyOf(again).value(QStringLiteral("code")).toInt(), 800065);
    EXPECT_EQ(f.store.countSubscriptions(customer, salesProItem()), 1);
}

TEST_F(OrderRoutes, GroupWhoseItemBecameInvalidBeforeCheckoutIsAnOrderError)
{
    const SandboxReply created = f.call("POST", base() + QStringLiteral("/carts"),
                                        cartOf({nceLine(0, salesProItem(), 2, QStringLiteral("P1Y"),
                                                        QStringLiteral("monthly"), QStringLiteral("0")),
                                                nceLine(1, teamMembersItem(), 2, QStringLiteral("P1M"),
                                                        QStringLiteral("monthly"), QStringLiteral("1"))}));
    ASSERT_EQ(created.status, 201) << created.body.constData();
    for (const auto &line : bodyOf(created).value(QStringLiteral("lineItems")).toArray())
        EXPECT_FALSE(line.toObject().contains(QStringLiteral("error")));
    // Between cart and checkout Team Members stops being purchasable.
    NceAvailabilityRecord withdrawn = *f.store.catalogue().nceAvailability(teamMembersItem());
    withdrawn.isPurchasable = false;
    f.store.catalogue().addNceAvailability(withdrawn);

    const QString cartPath =
        base() + QStringLiteral("/carts/") + bodyOf(created).value(QStringLiteral("id")).toString();
    const SandboxReply checkout = f.call("POST", cartPath + QStringLiteral("/checkout"));
    ASSERT_EQ(checkout.status, 201) << checkout.body.constData();
    const QJsonObject result = bodyOf(checkout);
    EXPECT_EQ(result.value(QStringLiteral("orders")).toArray().size(), 1);
    const QJsonArray errors = result.value(QStringLiteral("orderErrors")).toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).toObject().value(QStringLiteral("orderGroupId")).toString(), QStringLiteral("1"));
    EXPECT_EQ(errors.at(0).toObject().value(QStringLiteral("code")).toInt(), 10001);
    EXPECT_EQ(f.store.countSubscriptions(customer), 1);
    EXPECT_EQ(f.store.countSubscriptions(customer, salesProItem()), 1);
}

TEST_F(OrderRoutes, MalformedCartIsRejected)
{
    const QJsonObject noLines{{QStringLiteral("lineItems"), QJsonArray()}};
    EXPECT_EQ(f.call("POST", base() + QStringLiteral("/carts"), noLines).status, 400);
    EXPECT_EQ(f.call("POST", base() + QStringLiteral("/carts/unknown/checkout")).status, 404);
}

} // namespace
