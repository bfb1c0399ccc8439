#include "StoreTestSupport.h"

#include <gtest/gtest.h>

using namespace om::sandbox;
using namespace om::sandbox::testing;

namespace {

class SubscriptionRoutes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        customer = addCustomer(f.store);
        base = addSubscription(f.store, customer, kSalesQo, 10);
        addOn = addSubscription(f.store, customer, kSalesQoAddOn, 3, SubscriptionStatus::Active, base);
    }

    QString path(const QString &subscriptionId) const
    {
        return QStringLiteral("/v1/customers/%1/subscriptions/%2").arg(customer, subscriptionId);
    }
    QJsonObject get(const QString &subscriptionId) const { return bodyOf(f.get(path(subscriptionId))); }
    SandboxReply patch(const QString &subscriptionId, const QJsonObject &body, const QByteArray &ifMatch = {})
    {
        QHash<QByteArray, QByteArray> headers;
        if (!ifMatch.isEmpty())
            headers.insert("if-match", ifMatch);
        return f.call("PATCH", path(subscriptionId), body, headers);
    }
    static QString etagOf(const QJsonObject &subscription)
    {
        return object(subscription, "attributes").value(QStringLiteral("etag")).toString();
    }

    RouterFixture f;
    QString customer;
    QString base;
    QString addOn;
};

TEST_F(SubscriptionRoutes, SubscriptionCarriesOfferLinkWithMarketAndEtag)
{
    const QJsonObject s = get(base);
    EXPECT_EQ(s.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(s.value(QStringLiteral("offerName")).toString(), QString::fromLatin1(kSalesQo));
    EXPECT_EQ(object(object(s, "links"), "offer").value(QStringLiteral("uri")).toString(),
              QStringLiteral("/offers/%1?country=IT").arg(offerId(kSalesQo)));
    EXPECT_EQ(object(s, "attributes").value(QStringLiteral("objectType")).toString(),
              QStringLiteral("Subscription"));
    EXPECT_FALSE(etagOf(s).isEmpty());
    EXPECT_EQ(get(addOn).value(QStringLiteral("parentSubscriptionId")).toString(), base);

    const QJsonObject list = bodyOf(f.get(QStringLiteral("/v1/customers/%1/subscriptions").arg(customer)));
    EXPECT_EQ(list.value(QStringLiteral("totalCount")).toInt(), 2);
    EXPECT_EQ(list.value(QStringLiteral("items")).toArray().size(), 2);
}

TEST_F(SubscriptionRoutes, UnknownIdsAnswer404)
{
    const SandboxReply sub = f.get(path(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    EXPECT_EQ(sub.status, 404);
    EXPECT_EQ(bodyOf(sub).value(QStringLiteral("code")).toInt(), 20003);
    EXPECT_EQ(bodyOf(sub).value(QStringLiteral("source")).toString(), QStringLiteral("PartnerFD"));
    const SandboxReply cust = f.get(QStringLiteral("/v1/customers/nobody/subscriptions"));
    EXPECT_EQ(cust.status, 404);
    EXPECT_EQ(bodyOf(cust).value(QStringLiteral("code")).toInt(), 60003);
}

TEST_F(SubscriptionRoutes, SuspendWithQuotedIfMatchThenReactivateWithBodyEtag)
{
    QJsonObject s = get(base);
    const QString firstEtag = etagOf(s);
    s.insert(QStringLiteral("status"), QStringLiteral("suspended"));
    const SandboxReply suspended = patch(base, s, '"' + firstEtag.toLatin1() + '"');
    ASSERT_EQ(suspended.status, 200) << suspended.body.constData();
    const QJsonObject after = bodyOf(suspended);
    EXPECT_EQ(after.value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
    EXPECT_NE(etagOf(after), firstEtag);
    // Documented side effect: the add-on is suspended with its base.
    EXPECT_EQ(get(addOn).value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));

    QJsonObject reactivate = after;
    reactivate.insert(QStringLiteral("Status"), QStringLiteral("Active")); // PascalCase as the SDK sends it
    reactivate.remove(QStringLiteral("status"));
    const SandboxReply active = patch(base, reactivate);
    ASSERT_EQ(active.status, 200) << active.body.constData();
    EXPECT_EQ(bodyOf(active).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_NE(etagOf(bodyOf(active)), etagOf(after));
    EXPECT_EQ(get(addOn).value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
}

TEST_F(SubscriptionRoutes, StaleEtagIsRejectedWith2055AndChangesNothing)
{
    QJsonObject s = get(base);
    const QString stale = etagOf(s);
    s.insert(QStringLiteral("friendlyName"), QStringLiteral("renamed"));
    ASSERT_EQ(patch(base, s).status, 200);

    s.insert(QStringLiteral("status"), QStringLiteral("suspended"));
    const SandboxReply header = patch(base, s, '"' + stale.toLatin1() + '"');
    EXPECT_EQ(header.status, 400);
    EXPECT_EQ(bodyOf(header).value(QStringLiteral("code")).toInt(), 2055);
    const SandboxReply body = patch(base, s); // the body still carries the stale etag
    EXPECT_EQ(body.status, 400);
    EXPECT_EQ(bodyOf(body).value(QStringLiteral("code")).toInt(), 2055);
    EXPECT_EQ(get(base).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

TEST_F(SubscriptionRoutes, MissingAutoRenewEnabledResetsItToFalse)
{
    const QString renewing = addSubscription(f.store, customer, kOfficeE3, 5);
    f.store.patchSubscription(customer, renewing, {std::nullopt, std::nullopt, std::nullopt, true, {}});
    ASSERT_TRUE(get(renewing).value(QStringLiteral("autoRenewEnabled")).toBool());
    const SandboxReply reply = patch(renewing, QJsonObject{{QStringLiteral("quantity"), 6}});
    ASSERT_EQ(reply.status, 200) << reply.body.constData();
    EXPECT_FALSE(bodyOf(reply).value(QStringLiteral("autoRenewEnabled")).toBool());
    EXPECT_EQ(bodyOf(reply).value(QStringLiteral("quantity")).toInt(), 6);
}

TEST_F(SubscriptionRoutes, QuantityCannotChangeWhileSuspendedOrSuspending)
{
    QJsonObject s = get(base);
    s.insert(QStringLiteral("status"), QStringLiteral("suspended"));
    s.insert(QStringLiteral("quantity"), 4);
    const SandboxReply both = patch(base, s);
    EXPECT_EQ(both.status, 400);
    EXPECT_EQ(bodyOf(both).value(QStringLiteral("code")).toInt(), 2001);

    s.insert(QStringLiteral("quantity"), 10);
    ASSERT_EQ(patch(base, s).status, 200);
    QJsonObject suspended = get(base);
    suspended.insert(QStringLiteral("quantity"), 4);
    const SandboxReply change = patch(base, suspended);
    EXPECT_EQ(change.status, 400);
    EXPECT_EQ(bodyOf(change).value(QStringLiteral("code")).toInt(), 800091);
    EXPECT_EQ(get(base).value(QStringLiteral("quantity")).toInt(), 10);
}

TEST_F(SubscriptionRoutes, SuspendedSubscriptionIsDeletedAfterTheGracePeriod)
{
    QJsonObject s = get(base);
    s.insert(QStringLiteral("status"), QStringLiteral("suspended"));
    ASSERT_EQ(patch(base, s).status, 200);
    f.clock.advanceSecs(qint64{119} * 86400);
    EXPECT_EQ(get(base).value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
    f.clock.advanceSecs(86400);
    const QJsonObject deleted = get(base);
    EXPECT_EQ(deleted.value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));
    QJsonObject reactivate = deleted;
    reactivate.insert(QStringLiteral("status"), QStringLiteral("active"));
    const SandboxReply reply = patch(base, reactivate);
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(bodyOf(reply).value(QStringLiteral("code")).toInt(), 2011);
}

TEST(SubscriptionGrace, GracePeriodIsConfigurable)
{
    StoreOptions options;
    options.deprovisionGraceDays = 90;
    RouterFixture f(options);
    const QString customer = addCustomer(f.store);
    const QString s = addSubscription(f.store, customer, kSalesQo, 2, SubscriptionStatus::Suspended);
    f.clock.advanceSecs(qint64{90} * 86400);
    EXPECT_EQ(f.store.effectiveStatus(*f.store.subscription(customer, s)), SubscriptionStatus::Deleted);
}

TEST_F(SubscriptionRoutes, ReactivatingAnAddOnNeedsAnActiveParent)
{
    QJsonObject s = get(base);
    s.insert(QStringLiteral("status"), QStringLiteral("suspended"));
    ASSERT_EQ(patch(base, s).status, 200);
    QJsonObject child = get(addOn);
    child.insert(QStringLiteral("status"), QStringLiteral("active"));
    const SandboxReply reply = patch(addOn, child);
    EXPECT_EQ(reply.status, 409);
    EXPECT_EQ(bodyOf(reply).value(QStringLiteral("code")).toInt(), 27009);
}

TEST_F(SubscriptionRoutes, NewSubscriptionIsPendingUntilTheProvisioningDelayPassed)
{
    const QString subscriptionId = buyNce(f, customer, salesProItem(), 4).subscriptionId;
    ASSERT_FALSE(subscriptionId.isEmpty());
    const QString status = path(subscriptionId) + QStringLiteral("/provisioningstatus");
    EXPECT_EQ(get(subscriptionId).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    EXPECT_EQ(bodyOf(f.get(status)).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    EXPECT_EQ(f.store.activeUnits(customer, skus::SalesProfessional), 0);

    f.clock.advanceMSecs(1999);
    EXPECT_EQ(get(subscriptionId).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    f.clock.advanceMSecs(1);
    EXPECT_EQ(get(subscriptionId).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QJsonObject provisioning = bodyOf(f.get(status));
    EXPECT_EQ(provisioning.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    EXPECT_EQ(provisioning.value(QStringLiteral("skuId")).toString().toLower(), skus::SalesProfessional);
    EXPECT_EQ(provisioning.value(QStringLiteral("quantity")).toInt(), 4);
    EXPECT_EQ(f.store.activeUnits(customer, skus::SalesProfessional), 4);
}

TEST_F(SubscriptionRoutes, ProvisioningStatusNeedsAUserToken)
{
    const SandboxReply reply = f.get(path(base) + QStringLiteral("/provisioningstatus"), {}, true);
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(bodyOf(reply).value(QStringLiteral("code")).toInt(), 900329);
}

} // namespace
