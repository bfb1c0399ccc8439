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

QJsonObject cartLine(int id, const QString &offer, int quantity, const QString &group = QStringLiteral("0"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("catalogItemId"), offer},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("billingCycle"), QStringLiteral("Monthly")},
            {QStringLiteral("termDuration"), QStringLiteral("P1Y")},
            {QStringLiteral("orderGroup"), group}};
}

TEST(OfferRoutes, EveryMarketListsTheRetiredOffersAndTheirReplacements)
{
    RouterFixture f;
    for (const QString &country : {QStringLiteral("US"), QStringLiteral("IT")}) {
        const SandboxReply reply = f.get(QStringLiteral("/v1/offers?country=") + country);
        ASSERT_EQ(reply.status, 200);
        int retired = 0;
        QSet<QString> available;
        for (const auto &value : itemsOf(reply)) {
            const QJsonObject offer = value.toObject();
            EXPECT_EQ(object(offer, "attributes").value(QStringLiteral("objectType")).toString(),
                      QStringLiteral("Offer"));
            const QString name = offer.value(QStringLiteral("name")).toString();
            if (name.contains(QLatin1String("Basic (Qualified Offer)"))) {
                ++retired;
                EXPECT_FALSE(offer.value(QStringLiteral("isAvailableForPurchase")).toBool())
                    << qPrintable(name);
                // A retired offer provisions its own (fictitious) SKU, never a replacement's.
                EXPECT_TRUE(object(offer, "product")
                                .value(QStringLiteral("id"))
                                .toString()
                                .startsWith(QLatin1String("fa7e")));
            } else if (offer.value(QStringLiteral("isAvailableForPurchase")).toBool()) {
                available.insert(name);
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
            EXPECT_TRUE(available.contains(QString::fromLatin1(name))) << name;
        EXPECT_EQ(
            available.contains(QStringLiteral("Dynamics 365 for Sales Professional (Government Pricing)")),
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

TEST_F(OrderRoutes, LegacyOrderIsPendingThenCompleted)
{
    const SandboxReply created =
        f.call("POST", base() + QStringLiteral("/orders"), orderBody(offerId(kSalesPro), 7));
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const QString orderId = bodyOf(created).value(QStringLiteral("id")).toString();
    EXPECT_EQ(bodyOf(created).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    EXPECT_EQ(bodyOf(created).value(QStringLiteral("currencyCode")).toString(), QStringLiteral("EUR"));

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

TEST_F(OrderRoutes, RetiredOfferCannotBeBought)
{
    const SandboxReply reply =
        f.call("POST", base() + QStringLiteral("/orders"), orderBody(offerId(kSalesQo), 5));
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(bodyOf(reply).value(QStringLiteral("code")).toInt(), 2091);
    EXPECT_EQ(f.store.countSubscriptions(customer), 0);
}

TEST_F(OrderRoutes, QuantityOutsideTheOfferLimitsIsRejected)
{
    const QString us = addCustomer(f.store, QStringLiteral("US"), QStringLiteral("City of Springfield"));
    const QString government =
        sandboxOfferId(QStringLiteral("Dynamics 365 for Sales Professional (Government Pricing)"));
    const OfferRecord *offer = f.store.catalogue().offer(government);
    ASSERT_EQ(offer->minimumQuantity, 5);
    const QString orders = QStringLiteral("/v1/customers/%1/orders").arg(us);
    const SandboxReply below = f.call("POST", orders, orderBody(government, 4));
    EXPECT_EQ(below.status, 400);
    EXPECT_EQ(bodyOf(below).value(QStringLiteral("code")).toInt(), 800002);
    const SandboxReply above = f.call("POST", orders, orderBody(government, offer->maximumQuantity + 1));
    EXPECT_EQ(above.status, 400);
    EXPECT_EQ(f.store.countSubscriptions(us), 0);
    EXPECT_EQ(f.call("POST", orders, orderBody(government, 5)).status, 201);
    EXPECT_EQ(f.store.countSubscriptions(us, government), 1);
}

TEST_F(OrderRoutes, CartIsCreatedUpdatedAndCheckedOutOnce)
{
    const QJsonObject cart{{QStringLiteral("lineItems"), QJsonArray{cartLine(0, offerId(kSalesPro), 3)}}};
    const SandboxReply created = f.call("POST", base() + QStringLiteral("/carts"), cart);
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const QString cartId = bodyOf(created).value(QStringLiteral("id")).toString();
    EXPECT_EQ(bodyOf(created).value(QStringLiteral("status")).toString(), QStringLiteral("Active"));
    const QString cartPath = base() + QStringLiteral("/carts/") + cartId;

    const QJsonObject bigger{{QStringLiteral("lineItems"), QJsonArray{cartLine(0, offerId(kSalesPro), 12)}}};
    ASSERT_EQ(f.call("PUT", cartPath, bigger).status, 200);
    EXPECT_EQ(bodyOf(f.get(cartPath))
                  .value(QStringLiteral("lineItems"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("quantity"))
                  .toInt(),
              12);

    const SandboxReply checkout = f.call("POST", cartPath + QStringLiteral("/checkout"));
    ASSERT_EQ(checkout.status, 201) << checkout.body.constData();
    const QJsonObject result = bodyOf(checkout);
    EXPECT_EQ(object(result, "attributes").value(QStringLiteral("objectType")).toString(),
              QStringLiteral("CartCheckoutResult"));
    ASSERT_EQ(result.value(QStringLiteral("orders")).toArray().size(), 1);
    EXPECT_TRUE(result.value(QStringLiteral("orderErrors")).toArray().isEmpty());
    EXPECT_EQ(f.store.countSubscriptions(customer, offerId(kSalesPro)), 1);
    EXPECT_EQ(bodyOf(f.get(cartPath)).value(QStringLiteral("status")).toString(), QStringLiteral("Ordered"));

    const SandboxReply again = f.call("POST", cartPath + QStringLiteral("/checkout"));
    EXPECT_EQ(again.status, 400);
    EXPECT_EQ(bodyOf(again).value(QStringLiteral("code")).toInt(), 800065);
    EXPECT_EQ(f.store.countSubscriptions(customer, offerId(kSalesPro)), 1);
}

TEST_F(OrderRoutes, CartLinesThatCannotBeBoughtBecomeOrderErrors)
{
    const OfferRecord *pro = f.store.catalogue().offer(offerId(kSalesPro));
    const QJsonObject cart{
        {QStringLiteral("lineItems"),
         QJsonArray{cartLine(0, offerId(kSalesPro), 2, QStringLiteral("0")),
                    cartLine(1, offerId(kSalesQo), 2, QStringLiteral("1")),
                    cartLine(2, offerId(kSalesPro), pro->maximumQuantity + 1, QStringLiteral("2"))}}};
    const SandboxReply created = f.call("POST", base() + QStringLiteral("/carts"), cart);
    ASSERT_EQ(created.status, 201);
    const QJsonArray lines = bodyOf(created).value(QStringLiteral("lineItems")).toArray();
    EXPECT_FALSE(lines.at(0).toObject().contains(QStringLiteral("error")));
    EXPECT_EQ(object(lines.at(1).toObject(), "error").value(QStringLiteral("errorCode")).toString(),
              QStringLiteral("legacy_offer_not_eligible_for_purchase"));
    const QJsonObject result =
        bodyOf(f.call("POST", QStringLiteral("%1/carts/%2/checkout")
                                  .arg(base(), bodyOf(created).value(QStringLiteral("id")).toString())));
    EXPECT_EQ(result.value(QStringLiteral("orders")).toArray().size(), 1);
    const QJsonArray errors = result.value(QStringLiteral("orderErrors")).toArray();
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(0).toObject().value(QStringLiteral("orderGroupId")).toString(), QStringLiteral("1"));
    EXPECT_EQ(errors.at(0).toObject().value(QStringLiteral("code")).toInt(), 500600);
    EXPECT_EQ(errors.at(1).toObject().value(QStringLiteral("code")).toInt(), 10015);
    EXPECT_EQ(f.store.countSubscriptions(customer), 1);
}

TEST_F(OrderRoutes, MalformedCartIsRejected)
{
    const QJsonObject noLines{{QStringLiteral("lineItems"), QJsonArray()}};
    EXPECT_EQ(f.call("POST", base() + QStringLiteral("/carts"), noLines).status, 400);
    EXPECT_EQ(f.call("POST", base() + QStringLiteral("/carts/unknown/checkout")).status, 404);
}

} // namespace
