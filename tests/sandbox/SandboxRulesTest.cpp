// The Partner Center rules of the sandbox, seen over real HTTP through the whole transport
// (SandboxFixture: SandboxHost with the demo tenant and a ManualClock).
#include "sandbox/store/SandboxCatalogue.h"
#include "sandbox/store/SandboxStore.h"
#include "tests/support/SandboxFixture.h"

#include <QJsonArray>
#include <QSet>

namespace om::test {
namespace {

using om::sandbox::SubscriptionStatus;

class SandboxRulesTest : public SandboxFixture
{
protected:
    void SetUp() override
    {
        SandboxFixture::SetUp();
        auto &store = host().store();
        m_country = store.catalogue().marketCodes().value(0);
        ASSERT_FALSE(m_country.isEmpty());
        // The customer already holds a (legacy, no longer purchasable) Sales Professional subscription.
        for (const auto *offer : store.catalogue().offersFor(m_country)) {
            if (offer->skuId == om::sandbox::skus::SalesProfessional && !offer->isAddOn &&
                offer->prerequisiteOffers.isEmpty()) {
                m_offerId = offer->id;
                break;
            }
        }
        ASSERT_FALSE(m_offerId.isEmpty()) << "no Sales Professional offer in the catalogue";
        om::sandbox::CustomerRecord customer;
        customer.companyName = QStringLiteral("Rules Test S.p.A.");
        customer.domain = QStringLiteral("rulestest.onmicrosoft.com");
        customer.country = m_country;
        m_customerId = store.addCustomer(customer);
        om::sandbox::SubscriptionRecord subscription;
        subscription.customerId = m_customerId;
        subscription.offerId = m_offerId;
        subscription.quantity = 2;
        subscription.status = SubscriptionStatus::Active;
        m_subscriptionId = store.addSubscription(subscription);
        for (int i = 0; i < 3; ++i) {
            om::sandbox::UserRecord user;
            user.customerId = m_customerId;
            user.userPrincipalName = QStringLiteral("user%1@rulestest.onmicrosoft.com").arg(i);
            user.displayName = QStringLiteral("User %1").arg(i);
            user.usageLocation = m_country;
            m_userIds << store.addUser(user);
        }
    }

    QString customerPath(const QString &rest = {}) const
    {
        return QStringLiteral("/v1/customers/") + m_customerId + rest;
    }

    // The subscribedskus line of `skuId` (an empty object when absent).
    QJsonObject subscribedSku(const QString &skuId)
    {
        const HttpResult r = send("GET", customerPath(QStringLiteral("/subscribedskus")));
        EXPECT_EQ(r.status, 200) << r.describe().toStdString();
        const QJsonArray items = r.object().value(u"items").toArray();
        for (const auto &item : items) {
            const QJsonObject o = item.toObject();
            if (o.value(u"productSku")
                    .toObject()
                    .value(u"id")
                    .toString()
                    .compare(skuId, Qt::CaseInsensitive) == 0)
                return o;
        }
        return {};
    }

    HttpResult assign(const QString &userId, const QString &skuId, const QByteArray &requestId = {})
    {
        const QJsonObject body{
            {QStringLiteral("licensesToAssign"), QJsonArray{QJsonObject{{QStringLiteral("skuId"), skuId}}}},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("objectType"), QStringLiteral("LicenseUpdate")}}}};
        HeaderList headers;
        if (!requestId.isEmpty())
            headers.append({"MS-RequestId", requestId});
        return sendJson("POST",
                        customerPath(QStringLiteral("/users/") + userId + QStringLiteral("/licenseupdates")),
                        body, headers);
    }

    QString m_country;
    QString m_offerId;
    const QString m_nceItem =
        om::sandbox::nce::catalogItemId(om::sandbox::nce::SalesProfessionalProduct, om::sandbox::nce::MainSku,
                                        om::sandbox::nce::SalesProfessionalCommercial);
    QString m_customerId;
    QString m_subscriptionId;
    QStringList m_userIds;
};

TEST_F(SandboxRulesTest, CustomersPageByFollowingNextLinksWithTheirHeaders)
{
    QString path = QStringLiteral("/v1/customers?size=10");
    HeaderList headers;
    QSet<QString> ids;
    int pages = 0;
    while (!path.isEmpty()) {
        const HttpResult r = send("GET", path, {}, headers);
        ASSERT_EQ(r.status, 200) << r.describe().toStdString();
        ASSERT_LE(++pages, 100);
        const QJsonArray items = r.object().value(u"items").toArray();
        EXPECT_LE(items.size(), 10);
        EXPECT_EQ(r.object().value(u"totalCount").toInt(), items.size());
        for (const auto &item : items)
            ids.insert(item.toObject().value(u"id").toString());
        const QJsonObject next = r.object().value(u"links").toObject().value(u"next").toObject();
        if (next.isEmpty())
            break;
        path = SandboxHttpClient::linkPath(next);
        headers = SandboxHttpClient::linkHeaders(next);
        ASSERT_FALSE(headers.isEmpty()) << "the next link carries MS-ContinuationToken";
    }
    EXPECT_EQ(ids.size(), host().store().customerCount());
    EXPECT_TRUE(ids.contains(m_customerId));
    EXPECT_EQ(pages, (host().store().customerCount() + 9) / 10);
}

TEST_F(SandboxRulesTest, ContinuationTokenIsRequiredForNextPages)
{
    const HttpResult r = send("GET", QStringLiteral("/v1/customers?size=10&seekOperation=Next"), {},
                              {{"MS-ContinuationToken", "not-a-real-token"}});
    EXPECT_EQ(r.status, 400) << r.describe().toStdString();
}

TEST_F(SandboxRulesTest, PatchWithAStaleEtagIsRejected)
{
    const QString path = customerPath(QStringLiteral("/subscriptions/") + m_subscriptionId);
    const HttpResult before = send("GET", path);
    ASSERT_EQ(before.status, 200) << before.describe().toStdString();
    const QByteArray etag =
        before.object().value(u"attributes").toObject().value(u"etag").toString().toUtf8();
    ASSERT_FALSE(etag.isEmpty());

    const QJsonObject rename{{QStringLiteral("friendlyName"), QStringLiteral("Renamed")},
                             {QStringLiteral("autoRenewEnabled"), false}};
    const HttpResult first = sendJson("PATCH", path, rename, {{"If-Match", "\"" + etag + "\""}});
    ASSERT_EQ(first.status, 200) << first.describe().toStdString();
    EXPECT_EQ(first.object().value(u"friendlyName").toString(), QStringLiteral("Renamed"));
    const QString newEtag = first.object().value(u"attributes").toObject().value(u"etag").toString();
    EXPECT_NE(newEtag.toUtf8(), etag);

    const HttpResult stale =
        sendJson("PATCH", path, QJsonObject{{QStringLiteral("status"), QStringLiteral("suspended")}},
                 {{"If-Match", "\"" + etag + "\""}});
    EXPECT_EQ(stale.status, 400) << stale.describe().toStdString();
    EXPECT_EQ(stale.object().value(u"code").toInt(), 2055);
    EXPECT_EQ(send("GET", path).object().value(u"status").toString(), QStringLiteral("active"));
}

TEST_F(SandboxRulesTest, LicenceUpdatesMoveUnitsInSubscribedSkus)
{
    const QString sku = om::sandbox::skus::SalesProfessional;
    const QJsonObject before = subscribedSku(sku);
    ASSERT_FALSE(before.isEmpty());
    const int active = before.value(u"activeUnits").toInt();
    const int consumed = before.value(u"consumedUnits").toInt();
    EXPECT_GE(active, 2);
    EXPECT_EQ(before.value(u"availableUnits").toInt(), active - consumed);

    const HttpResult r = assign(m_userIds.at(0), sku);
    ASSERT_EQ(r.status, 201) << r.describe().toStdString();
    const QJsonObject after = subscribedSku(sku);
    EXPECT_EQ(after.value(u"consumedUnits").toInt(), consumed + 1);
    EXPECT_EQ(after.value(u"availableUnits").toInt(), active - consumed - 1);
    EXPECT_EQ(after.value(u"activeUnits").toInt(), active);

    // Removing gives the unit back.
    const QJsonObject remove{{QStringLiteral("licensesToAssign"), QJsonArray()},
                             {QStringLiteral("licensesToRemove"), QJsonArray{sku}}};
    ASSERT_EQ(sendJson("POST",
                       customerPath(QStringLiteral("/users/") + m_userIds.at(0) +
                                    QStringLiteral("/licenseupdates")),
                       remove)
                  .status,
              201);
    EXPECT_EQ(subscribedSku(sku).value(u"consumedUnits").toInt(), consumed);
}

TEST_F(SandboxRulesTest, AssigningBeyondAvailableUnitsIs60012)
{
    const QString sku = om::sandbox::skus::SalesProfessional;
    const int available = subscribedSku(sku).value(u"availableUnits").toInt();
    ASSERT_EQ(available, 2);
    EXPECT_EQ(assign(m_userIds.at(0), sku).status, 201);
    EXPECT_EQ(assign(m_userIds.at(1), sku).status, 201);
    const HttpResult full = assign(m_userIds.at(2), sku);
    EXPECT_EQ(full.status, 400) << full.describe().toStdString();
    EXPECT_EQ(full.object().value(u"code").toInt(), 60012);
    EXPECT_EQ(subscribedSku(sku).value(u"availableUnits").toInt(), 0);
}

TEST_F(SandboxRulesTest, ReplayedLicenceUpdateHasOneEffect)
{
    const QString sku = om::sandbox::skus::SalesProfessional;
    const int consumed = subscribedSku(sku).value(u"consumedUnits").toInt();
    const HttpResult first = assign(m_userIds.at(0), sku, "5e1d0000-0000-4000-8000-000000000001");
    ASSERT_EQ(first.status, 201) << first.describe().toStdString();
    const HttpResult second = assign(m_userIds.at(0), sku, "5e1d0000-0000-4000-8000-000000000001");
    EXPECT_EQ(second.status, 201);
    EXPECT_EQ(second.body, first.body);
    EXPECT_EQ(subscribedSku(sku).value(u"consumedUnits").toInt(), consumed + 1);
    EXPECT_EQ(server().counters().replays, 1);
}

TEST_F(SandboxRulesTest, AppOnlyTokenCannotManageLicences)
{
    http().setBearerToken(host().issueAccessToken(true));
    const HttpResult r = assign(m_userIds.at(0), om::sandbox::skus::SalesProfessional);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.object().value(u"code").toInt(), 900316);
}

TEST_F(SandboxRulesTest, CartCheckoutIsPendingThenActiveAndReplaysOnce)
{
    const QJsonObject cartBody{
        {QStringLiteral("lineItems"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), 0},
                                {QStringLiteral("catalogItemId"), m_nceItem},
                                {QStringLiteral("quantity"), 3},
                                {QStringLiteral("billingCycle"), QStringLiteral("monthly")},
                                {QStringLiteral("termDuration"), QStringLiteral("P1Y")}}}}};
    const HttpResult cart = sendJson("POST", customerPath(QStringLiteral("/carts")), cartBody);
    ASSERT_EQ(cart.status, 201) << cart.describe().toStdString();
    const QString cartId = cart.object().value(u"id").toString();
    ASSERT_FALSE(cartId.isEmpty());

    const QString checkout = customerPath(QStringLiteral("/carts/") + cartId + QStringLiteral("/checkout"));
    const HeaderList id{{"MS-RequestId", "c4ec0000-0000-4000-8000-000000000001"}};
    const int subscriptionsBefore = host().store().countSubscriptions(m_customerId);
    const HttpResult first = send("POST", checkout, {}, id);
    ASSERT_EQ(first.status, 201) << first.describe().toStdString();
    const HttpResult replay = send("POST", checkout, {}, id);
    EXPECT_EQ(replay.status, 201);
    EXPECT_EQ(replay.body, first.body);
    EXPECT_EQ(host().store().countSubscriptions(m_customerId), subscriptionsBefore + 1);
    // A new MS-RequestId is a new checkout: the cart is already ordered.
    const HttpResult again =
        send("POST", checkout, {}, {{"MS-RequestId", "c4ec0000-0000-4000-8000-000000000002"}});
    EXPECT_EQ(again.status, 400) << again.describe().toStdString();
    EXPECT_EQ(again.object().value(u"code").toInt(), 800065);

    const QJsonArray orders = first.object().value(u"orders").toArray();
    ASSERT_EQ(orders.size(), 1);
    const QString orderId = orders.at(0).toObject().value(u"id").toString();
    // Provisioning is asynchronous: the checkout answer has no subscription id, the order has.
    EXPECT_FALSE(
        orders.at(0).toObject().value(u"lineItems").toArray().at(0).toObject().contains(u"subscriptionId"));
    const HttpResult order = send("GET", customerPath(QStringLiteral("/orders/") + orderId));
    EXPECT_FALSE(order.object()
                     .value(u"lineItems")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"subscriptionId")
                     .toString()
                     .isEmpty());
    const QString byOrder = customerPath(QStringLiteral("/subscriptions?order_id=") + orderId);
    const QJsonArray pending = send("GET", byOrder).object().value(u"items").toArray();
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending.at(0).toObject().value(u"status").toString(), QStringLiteral("pending"));

    clock().advanceMSecs(host().options().provisioningDelayMs);
    const QJsonArray active = send("GET", byOrder).object().value(u"items").toArray();
    ASSERT_EQ(active.size(), 1);
    EXPECT_EQ(active.at(0).toObject().value(u"status").toString(), QStringLiteral("active"));
}

TEST_F(SandboxRulesTest, CatalogueNeedsATokenAndCountsAgainstTheRateLimit)
{
    const QString products =
        QStringLiteral("/v1/products?country=%1&targetView=OnlineServices").arg(m_country);
    EXPECT_EQ(send("GET", products, {}, {{"Authorization", {}}}).status, 401);
    const HttpResult listed = send("GET", products);
    ASSERT_EQ(listed.status, 200) << listed.describe().toStdString();
    EXPECT_FALSE(listed.object().value(u"items").toArray().isEmpty());

    om::sandbox::SandboxOptions options;
    options.ratePerMinute = 2;
    restart(options);
    const QString availabilities = QStringLiteral("/v1/products/%1/skus/0001/availabilities?country=%2")
                                       .arg(om::sandbox::nce::SalesProfessionalProduct, m_country);
    EXPECT_EQ(send("GET", products).status, 200);
    EXPECT_EQ(send("GET", availabilities).status, 200);
    EXPECT_EQ(send("GET", availabilities).status, 429);
}

TEST_F(SandboxRulesTest, DemoTenantIsServed)
{
    const HttpResult r = send("GET", QStringLiteral("/v1/customers?size=500"));
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.object().value(u"items").toArray().size(), host().store().customerCount());
    EXPECT_GE(host().store().customerCount(), 64);
}

} // namespace
} // namespace om::test
