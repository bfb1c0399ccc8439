// Buying in new commerce: cart validation, checkout and orders, the NCE subscription and its
// cancellation window; legacy offer ids refused; offer links without country.
#include "StoreTestSupport.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace om::sandbox;
using namespace om::sandbox::testing;

namespace {

class NceCommerce : public ::testing::Test
{
protected:
    void SetUp() override { customer = addCustomer(f.store); }
    QString base() const { return QStringLiteral("/v1/customers/%1").arg(customer); }
    QString subscriptionPath(const QString &id) const
    {
        return base() + QStringLiteral("/subscriptions/") + id;
    }
    QJsonObject subscription(const QString &id) const { return bodyOf(f.get(subscriptionPath(id))); }
    SandboxReply postCart(const QJsonArray &lines)
    {
        return f.call("POST", base() + QStringLiteral("/carts"), cartOf(lines));
    }
    SandboxReply checkout(const QString &cartId)
    {
        return f.call("POST", base() + QStringLiteral("/carts/%1/checkout").arg(cartId));
    }
    SandboxReply patchStatus(const QString &id, const QString &status)
    {
        QJsonObject body = subscription(id); // the whole resource, as documented
        body.insert(QStringLiteral("status"), status);
        return f.call("PATCH", subscriptionPath(id), body);
    }
    // The subscribedskus line of an AAD SKU (empty when absent).
    QJsonObject pool(const QString &skuId) const
    {
        for (const auto &item : bodyOf(f.get(base() + QStringLiteral("/subscribedskus")))
                                    .value(QStringLiteral("items"))
                                    .toArray()) {
            if (object(item.toObject(), "productSku").value(QStringLiteral("id")).toString() == skuId)
                return item.toObject();
        }
        return {};
    }
    static QJsonObject lineError(const SandboxReply &cart, int index)
    {
        return object(bodyOf(cart).value(QStringLiteral("lineItems")).toArray().at(index).toObject(),
                      "error");
    }
    static void expectError(const SandboxReply &reply, int status, int code)
    {
        EXPECT_EQ(reply.status, status) << reply.body.constData();
        EXPECT_EQ(bodyOf(reply).value(QStringLiteral("code")).toInt(), code) << reply.body.constData();
    }

    RouterFixture f;
    QString customer;
};

TEST_F(NceCommerce, LegacyOfferInACartIsALineErrorAndCheckoutIsRefused)
{
    const SandboxReply cart = postCart({
        nceLine(0, offerId(kSalesPro), 3, {}), // legacy replacement: NCE equivalent by AAD SKU
        nceLine(1, offerId(kSalesQo), 3, {}),  // retired: no equivalent
        nceLine(2, QStringLiteral("5A0D0B0E-0000-4000-8000-000000000000"), 3), // unknown GUID
        nceLine(3, salesProItem(), 3),
    });
    ASSERT_EQ(cart.status, 201) << cart.body.constData();
    const QString plain = QStringLiteral("The legacy offer is no longer eligible for purchase.");
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(lineError(cart, i).value(QStringLiteral("errorCode")).toString(),
                  QStringLiteral("legacy_offer_not_eligible_for_purchase"))
            << i;
    EXPECT_EQ(lineError(cart, 0).value(QStringLiteral("errorDescription")).toString(),
              plain +
                  QStringLiteral(
                      " Buy Dynamics 365 Sales Professional (CFQ7TTC0XP01:0001) in new commerce instead."));
    EXPECT_EQ(lineError(cart, 1).value(QStringLiteral("errorDescription")).toString(), plain);
    EXPECT_EQ(lineError(cart, 2).value(QStringLiteral("errorDescription")).toString(), plain);
    EXPECT_TRUE(lineError(cart, 3).isEmpty());

    const QString cartId = bodyOf(cart).value(QStringLiteral("id")).toString();
    expectError(checkout(cartId), 400, 800009);
    EXPECT_EQ(f.store.countSubscriptions(customer), 0);
    EXPECT_TRUE(
        bodyOf(f.get(base() + QStringLiteral("/orders"))).value(QStringLiteral("items")).toArray().isEmpty());
    EXPECT_EQ(
        bodyOf(f.get(base() + QStringLiteral("/carts/") + cartId)).value(QStringLiteral("status")).toString(),
        QStringLiteral("Active"));

    // Replacing the legacy lines (PUT) makes the cart buyable.
    ASSERT_EQ(
        f.call("PUT", base() + QStringLiteral("/carts/") + cartId, cartOf({nceLine(3, salesProItem(), 3)}))
            .status,
        200);
    EXPECT_EQ(checkout(cartId).status, 201);
    EXPECT_EQ(f.store.countSubscriptions(customer, salesProItem()), 1);
}

TEST_F(NceCommerce, TermDurationIsRequiredAndMustBeOffered)
{
    const SandboxReply missing = postCart({nceLine(0, teamMembersItem(), 2, {})});
    expectError(missing, 400, 400039);
    EXPECT_EQ(bodyOf(missing).value(QStringLiteral("description")).toString(),
              QStringLiteral("Availability CFQ7TTC0XA10 referenced by line item 0 does not support term ''"));
    const SandboxReply threeYears =
        postCart({nceLine(0, salesProItem(), 1), nceLine(4, teamMembersItem(), 2, QStringLiteral("P3Y"))});
    expectError(threeYears, 400, 400039);
    EXPECT_EQ(
        bodyOf(threeYears).value(QStringLiteral("description")).toString(),
        QStringLiteral("Availability CFQ7TTC0XA10 referenced by line item 4 does not support term 'P3Y'"));
    EXPECT_EQ(f.store.cartCount(customer), 0); // nothing stored

    EXPECT_EQ(
        postCart({nceLine(0, salesProItem(), 2, QStringLiteral("P3Y"), QStringLiteral("triennial"))}).status,
        201);
    EXPECT_EQ(f.store.cartCount(customer), 1);
}

TEST_F(NceCommerce, BillingCycleMustBeOfferedWithTheTerm)
{
    expectError(postCart({nceLine(0, salesProItem(), 2, QStringLiteral("P1M"), QStringLiteral("annual"))}),
                400, 800002);
    expectError(
        postCart({nceLine(0, teamMembersItem(), 2, QStringLiteral("P1Y"), QStringLiteral("triennial"))}), 400,
        800002);
    EXPECT_EQ(f.store.cartCount(customer), 0);
    const SandboxReply ok = postCart(
        {nceLine(0, salesProItem(), 2, QStringLiteral("p1y"), QStringLiteral("Annual"))}); // any case
    ASSERT_EQ(ok.status, 201) << ok.body.constData();
    const QJsonObject line = bodyOf(ok).value(QStringLiteral("lineItems")).toArray().at(0).toObject();
    EXPECT_EQ(line.value(QStringLiteral("billingCycle")).toString(), QStringLiteral("annual"));
    EXPECT_EQ(line.value(QStringLiteral("termDuration")).toString(), QStringLiteral("P1Y"));
}

TEST_F(NceCommerce, UnknownForeignOrStaleCatalogItemIsALineError)
{
    const QString government =
        nce::catalogItemId(nce::SalesProfessionalProduct, nce::MainSku, nce::SalesProfessionalGovernment);
    const SandboxReply cart = postCart({nceLine(0, QStringLiteral("CFQ7TTC0XP01:0001:CFQ7TTC0NOPE"), 1),
                                        nceLine(1, government, 5), // US only; the customer is Italian
                                        nceLine(2, QStringLiteral("CFQ7TTC0XP01:0001"), 1)});
    ASSERT_EQ(cart.status, 201) << cart.body.constData();
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(lineError(cart, i).value(QStringLiteral("errorCode")).toString(),
                  QStringLiteral("catalog_item_id_is_not_valid"))
            << i;
    expectError(checkout(bodyOf(cart).value(QStringLiteral("id")).toString()), 400, 800009);

    f.store.catalogue().rotateAvailabilityIds();
    const SandboxReply stale = postCart({nceLine(0, salesProItem(), 1)});
    ASSERT_EQ(stale.status, 201);
    EXPECT_EQ(lineError(stale, 0).value(QStringLiteral("errorCode")).toString(),
              QStringLiteral("catalog_item_id_is_not_valid"));
    expectError(checkout(bodyOf(stale).value(QStringLiteral("id")).toString()), 400, 800009);
    EXPECT_EQ(f.store.countSubscriptions(customer), 0);
}

TEST_F(NceCommerce, CheckoutAnswerHasNoSubscriptionIdTheOrderHasIt)
{
    QJsonObject line = nceLine(0, salesProItem(), 12);
    line.insert(QStringLiteral("friendlyName"), QStringLiteral("Sales Pro (replaces QO)"));
    const SandboxReply cart = postCart({line});
    ASSERT_EQ(cart.status, 201);
    const SandboxReply result = checkout(bodyOf(cart).value(QStringLiteral("id")).toString());
    ASSERT_EQ(result.status, 201) << result.body.constData();
    const QJsonObject order = bodyOf(result).value(QStringLiteral("orders")).toArray().at(0).toObject();
    const QString orderId = order.value(QStringLiteral("id")).toString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{12}$")).match(orderId).hasMatch())
        << qPrintable(orderId);
    EXPECT_EQ(order.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    EXPECT_EQ(object(object(order, "links"), "provisioningStatus").value(QStringLiteral("uri")).toString(),
              base().mid(3) + QStringLiteral("/orders/%1/provisioningstatus").arg(orderId));
    const QJsonObject sold = order.value(QStringLiteral("lineItems")).toArray().at(0).toObject();
    EXPECT_EQ(sold.value(QStringLiteral("lineItemNumber")).toInt(-1), 0);
    EXPECT_EQ(sold.value(QStringLiteral("offerId")).toString(), salesProItem());
    EXPECT_EQ(sold.value(QStringLiteral("termDuration")).toString(), QStringLiteral("P1Y"));
    EXPECT_EQ(sold.value(QStringLiteral("transactionType")).toString(), QStringLiteral("New"));
    EXPECT_EQ(sold.value(QStringLiteral("friendlyName")).toString(),
              QStringLiteral("Sales Pro (replaces QO)"));
    EXPECT_EQ(sold.value(QStringLiteral("quantity")).toInt(), 12);
    EXPECT_FALSE(sold.contains(QStringLiteral("subscriptionId")));
    EXPECT_FALSE(sold.contains(QStringLiteral("links")));

    // The order has the subscription at once, while it is still pending.
    const QJsonObject read = bodyOf(f.get(base() + QStringLiteral("/orders/") + orderId));
    EXPECT_EQ(read.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    const QJsonObject readLine = read.value(QStringLiteral("lineItems")).toArray().at(0).toObject();
    const QString subscriptionId = readLine.value(QStringLiteral("subscriptionId")).toString();
    ASSERT_FALSE(subscriptionId.isEmpty());
    EXPECT_EQ(object(object(readLine, "links"), "subscription").value(QStringLiteral("uri")).toString(),
              QStringLiteral("/customers/%1/subscriptions/%2").arg(customer, subscriptionId));
    const QJsonArray listed =
        bodyOf(f.get(base() + QStringLiteral("/orders"))).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.at(0).toObject().value(QStringLiteral("id")).toString(), orderId);
    const QJsonArray byOrder =
        bodyOf(f.get(base() + QStringLiteral("/subscriptions?order_id=") + orderId.toUpper()))
            .value(QStringLiteral("items"))
            .toArray();
    ASSERT_EQ(byOrder.size(), 1);
    EXPECT_EQ(byOrder.at(0).toObject().value(QStringLiteral("id")).toString(), subscriptionId);
    EXPECT_TRUE(bodyOf(f.get(base() + QStringLiteral("/subscriptions?order_id=000000000000")))
                    .value(QStringLiteral("items"))
                    .toArray()
                    .isEmpty());

    f.clock.advanceMSecs(f.store.options().provisioningDelayMs);
    EXPECT_EQ(bodyOf(f.get(base() + QStringLiteral("/orders/") + orderId))
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("completed"));
}

TEST_F(NceCommerce, SubscriptionCarriesTheNewCommerceFields)
{
    const NcePurchase bought =
        buyNce(f, customer, salesProItem(), 5, QStringLiteral("P1Y"), QStringLiteral("annual"));
    ASSERT_FALSE(bought.subscriptionId.isEmpty());
    const QJsonObject s = subscription(bought.subscriptionId);
    EXPECT_EQ(s.value(QStringLiteral("offerId")).toString(), salesProItem());
    EXPECT_EQ(s.value(QStringLiteral("offerName")).toString(),
              QStringLiteral("Dynamics 365 Sales Professional"));
    EXPECT_EQ(object(s, "productType").value(QStringLiteral("id")).toString(),
              QStringLiteral("OnlineServicesNCE"));
    EXPECT_EQ(object(s, "productType").value(QStringLiteral("displayName")).toString(),
              QStringLiteral("OnlineServicesNCE"));
    EXPECT_EQ(s.value(QStringLiteral("termDuration")).toString(), QStringLiteral("P1Y"));
    EXPECT_EQ(s.value(QStringLiteral("billingCycle")).toString(), QStringLiteral("annual"));
    EXPECT_TRUE(s.value(QStringLiteral("autoRenewEnabled")).toBool());
    EXPECT_EQ(s.value(QStringLiteral("orderId")).toString(), bought.orderId);
    // ManualClock starts 2026-11-27 09:00 UTC.
    EXPECT_EQ(s.value(QStringLiteral("effectiveStartDate")).toString(),
              QStringLiteral("2026-11-27T00:00:00Z"));
    EXPECT_EQ(s.value(QStringLiteral("commitmentEndDate")).toString(),
              QStringLiteral("2027-11-27T00:00:00Z"));
    EXPECT_EQ(s.value(QStringLiteral("cancellationAllowedUntilDate")).toString(),
              QStringLiteral("2026-12-04T09:00:00.0000000Z"));
    const QJsonObject refundable = object(s, "refundableQuantity");
    EXPECT_EQ(refundable.value(QStringLiteral("totalQuantity")).toInt(), 5);
    const QJsonObject detail = refundable.value(QStringLiteral("details")).toArray().at(0).toObject();
    EXPECT_EQ(detail.value(QStringLiteral("quantity")).toInt(), 5);
    EXPECT_EQ(detail.value(QStringLiteral("allowedUntilDateTime")).toString(),
              QStringLiteral("2026-12-04T09:00:00.0000000Z"));
    const QJsonObject links = object(s, "links");
    EXPECT_FALSE(links.contains(QStringLiteral("offer")));
    EXPECT_EQ(object(links, "product").value(QStringLiteral("uri")).toString(),
              QStringLiteral("/products/CFQ7TTC0XP01?country=IT"));
    EXPECT_EQ(object(links, "sku").value(QStringLiteral("uri")).toString(),
              QStringLiteral("/products/CFQ7TTC0XP01/skus/0001?country=IT"));
    EXPECT_EQ(object(links, "availability").value(QStringLiteral("uri")).toString(),
              QStringLiteral("/products/CFQ7TTC0XP01/skus/0001/availabilities/CFQ7TTC0XA01?country=IT"));
    EXPECT_EQ(object(links, "self").value(QStringLiteral("uri")).toString(),
              QStringLiteral("/customers/%1/subscriptions/%2").arg(customer, bought.subscriptionId));

    // Pending seats count nowhere; provisioned ones land in the pool of the SKU's provisioningId.
    EXPECT_EQ(pool(skus::SalesProfessional).value(QStringLiteral("activeUnits")).toInt(), 0);
    f.clock.advanceMSecs(f.store.options().provisioningDelayMs);
    const QJsonObject provisioning =
        bodyOf(f.get(subscriptionPath(bought.subscriptionId) + QStringLiteral("/provisioningstatus")));
    EXPECT_EQ(provisioning.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    EXPECT_EQ(provisioning.value(QStringLiteral("skuId")).toString().toLower(), skus::SalesProfessional);
    EXPECT_EQ(pool(skus::SalesProfessional).value(QStringLiteral("activeUnits")).toInt(), 5);
    EXPECT_EQ(pool(skus::SalesProfessional).value(QStringLiteral("availableUnits")).toInt(), 5);

    f.clock.advanceSecs(qint64{168} * 3600);
    EXPECT_FALSE(subscription(bought.subscriptionId).contains(QStringLiteral("refundableQuantity")));
}

TEST_F(NceCommerce, CommitmentEndIsTheStartPlusTheTerm)
{
    const QString month = buyNce(f, customer, teamMembersItem(), 1, QStringLiteral("P1M")).subscriptionId;
    const QString threeYears =
        buyNce(f, customer, salesProItem(), 1, QStringLiteral("P3Y"), QStringLiteral("monthly"))
            .subscriptionId;
    EXPECT_EQ(subscription(month).value(QStringLiteral("commitmentEndDate")).toString(),
              QStringLiteral("2026-12-27T00:00:00Z"));
    EXPECT_EQ(subscription(month).value(QStringLiteral("offerName")).toString(),
              QStringLiteral("Dynamics 365 Team Members"));
    EXPECT_EQ(subscription(threeYears).value(QStringLiteral("commitmentEndDate")).toString(),
              QStringLiteral("2029-11-27T00:00:00Z"));
    EXPECT_EQ(subscription(threeYears).value(QStringLiteral("termDuration")).toString(),
              QStringLiteral("P3Y"));
}

TEST_F(NceCommerce, CancelInsideTheWindowDeletesAndTheSeatsLeaveThePool)
{
    const QString id = buyNce(f, customer, salesProItem(), 5).subscriptionId;
    f.clock.advanceMSecs(f.store.options().provisioningDelayMs);
    const QString user = addUser(f.store, customer, QStringLiteral("Anna"), QStringLiteral("Bianchi"),
                                 {skus::SalesProfessional});
    ASSERT_TRUE(f.store.userHasSku(customer, user, skus::SalesProfessional));
    ASSERT_EQ(pool(skus::SalesProfessional).value(QStringLiteral("activeUnits")).toInt(), 5);

    f.clock.advanceSecs(168 * 3600 - 3); // the last seconds of the window
    const SandboxReply cancelled = patchStatus(id, QStringLiteral("deleted"));
    ASSERT_EQ(cancelled.status, 200) << cancelled.body.constData();
    EXPECT_EQ(bodyOf(cancelled).value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));
    EXPECT_EQ(subscription(id).value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));
    EXPECT_EQ(f.store.activeUnits(customer, skus::SalesProfessional), 0);
    // The user's licence stays (Partner Center does not stop it): consumed beyond the pool.
    const QJsonObject after = pool(skus::SalesProfessional);
    EXPECT_EQ(after.value(QStringLiteral("activeUnits")).toInt(), 0);
    EXPECT_EQ(after.value(QStringLiteral("consumedUnits")).toInt(), 1);
    EXPECT_EQ(after.value(QStringLiteral("availableUnits")).toInt(), 0);
    expectError(patchStatus(id, QStringLiteral("active")), 400, 2011);
}

TEST_F(NceCommerce, CancelAtOrAfterTheWindowIsRefused)
{
    const QString id = buyNce(f, customer, salesProItem(), 5).subscriptionId;
    f.clock.advanceSecs(qint64{168} * 3600);
    const SandboxReply late = patchStatus(id, QStringLiteral("deleted"));
    expectError(late, 400, 900213);
    EXPECT_EQ(bodyOf(late).value(QStringLiteral("description")).toString(),
              QStringLiteral(
                  "Subscription cannot be cancelled as you have passed your 168-hour cancellation window"));
    EXPECT_EQ(subscription(id).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(f.store.activeUnits(customer, skus::SalesProfessional), 5);
}

TEST_F(NceCommerce, LegacySubscriptionStillCannotBeDeleted)
{
    const QString legacy = addSubscription(f.store, customer, kSalesQo, 4);
    expectError(patchStatus(legacy, QStringLiteral("deleted")), 400, 800096);
    EXPECT_EQ(subscription(legacy).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

TEST_F(NceCommerce, SuspendingAnNceSubscriptionTurnsAutoRenewOff)
{
    const QString id = buyNce(f, customer, salesProItem(), 5).subscriptionId;
    f.clock.advanceMSecs(f.store.options().provisioningDelayMs);
    ASSERT_TRUE(subscription(id).value(QStringLiteral("autoRenewEnabled")).toBool());
    const SandboxReply suspended = patchStatus(id, QStringLiteral("suspended")); // body says autoRenew true
    ASSERT_EQ(suspended.status, 200) << suspended.body.constData();
    EXPECT_EQ(bodyOf(suspended).value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
    EXPECT_FALSE(bodyOf(suspended).value(QStringLiteral("autoRenewEnabled")).toBool());
}

TEST_F(NceCommerce, SeatsStayInTheirPoolAfterTheAvailabilityIdsRotate)
{
    const QString id = buyNce(f, customer, businessBasicItem(), 3).subscriptionId;
    f.clock.advanceMSecs(f.store.options().provisioningDelayMs);
    f.store.catalogue().rotateAvailabilityIds();
    EXPECT_EQ(f.store.skuOf(*f.store.subscription(customer, id)), skus::BusinessBasic);
    EXPECT_EQ(pool(skus::BusinessBasic).value(QStringLiteral("activeUnits")).toInt(), 3);
    EXPECT_EQ(bodyOf(f.get(subscriptionPath(id) + QStringLiteral("/provisioningstatus")))
                  .value(QStringLiteral("skuId"))
                  .toString()
                  .toLower(),
              skus::BusinessBasic);
    // The subscription keeps the catalogItemId it was bought with.
    EXPECT_EQ(subscription(id).value(QStringLiteral("offerId")).toString(), businessBasicItem());
}

TEST_F(NceCommerce, FlaggedCustomerGetsOfferLinksWithoutCountry)
{
    const QString flagged = addCustomer(f.store, QStringLiteral("DE"), QStringLiteral("Müller GmbH"));
    f.store.setOfferLinksWithoutCountry(flagged, true);
    const QString legacy = addSubscription(f.store, flagged, kSalesQo, 2);
    const QJsonObject s =
        bodyOf(f.get(QStringLiteral("/v1/customers/%1/subscriptions/%2").arg(flagged, legacy)));
    EXPECT_EQ(object(object(s, "links"), "offer").value(QStringLiteral("uri")).toString(),
              QStringLiteral("/offers/") + offerId(kSalesQo));
    // The market to fall back on.
    const QJsonObject c = bodyOf(f.get(QStringLiteral("/v1/customers/") + flagged));
    EXPECT_EQ(
        object(object(c, "billingProfile"), "defaultAddress").value(QStringLiteral("country")).toString(),
        QStringLiteral("DE"));
    // Other customers keep ?country=.
    const QString other = addSubscription(f.store, customer, kSalesQo, 2);
    EXPECT_EQ(object(object(subscription(other), "links"), "offer").value(QStringLiteral("uri")).toString(),
              QStringLiteral("/offers/%1?country=IT").arg(offerId(kSalesQo)));
}

} // namespace
