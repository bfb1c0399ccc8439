#include "partnercenter/Parsers.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace om;
using namespace om::pc;

namespace {

const QString kCtx = QStringLiteral("GET /v1/customers/c1/subscriptions");

QJsonObject obj(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text));
    EXPECT_TRUE(doc.isObject()) << text;
    return doc.object();
}

const char *kSubscription = R"J({
    "id": "af2e9968-f998-4629-923f-b7132f073bcd",
    "offerId": "2F9567CE-0979-4624-BA1B-1C016A229AFF",
    "offerName": "Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)",
    "friendlyName": "Sales CRMOL Basic QO",
    "quantity": 12, "unitType": "Licenses",
    "creationDate": "2018-03-02T10:15:44.113Z",
    "commitmentEndDate": "2019-03-01T00:00:00Z",
    "status": "Active", "autoRenewEnabled": false,
    "orderId": "F9935B0C-91F4-4D3C-8DC0-365DEE409DC9",
    "links": { "offer": { "uri": "/offers/2F9567CE-0979-4624-BA1B-1C016A229AFF?country=gb", "method": "GET", "headers": [] } },
    "attributes": { "etag": "eyJ2IjozfQ==", "objectType": "Subscription" }
})J";

} // namespace

TEST(Parsers, SubscriptionReadsFieldsMarketAndKeepsRawJson)
{
    const QJsonObject o = obj(kSubscription);
    Result<Subscription> s = parseSubscription(o, kCtx);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    EXPECT_EQ(s->id, QStringLiteral("af2e9968-f998-4629-923f-b7132f073bcd"));
    EXPECT_EQ(s->quantity, 12);
    EXPECT_EQ(s->status, QStringLiteral("active")); // lower-cased
    EXPECT_FALSE(s->autoRenewEnabled);
    EXPECT_EQ(s->commitmentEndDate, QDate(2019, 3, 1));
    EXPECT_EQ(s->creationDate, QDateTime(QDate(2018, 3, 2), QTime(10, 15, 44, 113), Qt::UTC));
    EXPECT_EQ(s->etag, QStringLiteral("eyJ2IjozfQ=="));
    EXPECT_EQ(s->market, QStringLiteral("GB"));
    EXPECT_EQ(s->raw, o);
}

TEST(Parsers, SubscriptionAcceptsPascalCase)
{
    Result<Subscription> s = parseSubscription(
        obj(R"({"Id":"s1","OfferId":"o1","Quantity":"3","Status":"suspended","AutoRenewEnabled":true})"),
        kCtx);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    EXPECT_EQ(s->quantity, 3);
    EXPECT_TRUE(s->autoRenewEnabled);
    EXPECT_TRUE(s->market.isEmpty());
}

TEST(Parsers, SubscriptionMissingQuantityNamesFieldAndRequest)
{
    Result<Subscription> s = parseSubscription(
        obj(R"({"id":"s1","offerId":"o1","status":"active","autoRenewEnabled":true})"), kCtx);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Kind::Parse);
    EXPECT_EQ(s.error().context, kCtx);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("quantity"))) << s.error().message.toStdString();
}

TEST(Parsers, SubscriptionMistypedFieldsAreErrorsNotZero)
{
    for (
        const char *text :
        {R"({"id":"s1","offerId":"o1","quantity":"twelve","status":"active","autoRenewEnabled":true})",
         R"({"id":"s1","offerId":"o1","quantity":1.5,"status":"active","autoRenewEnabled":true})",
         R"({"id":"s1","offerId":"o1","quantity":1,"status":"active","autoRenewEnabled":"no"})",
         R"({"id":5,"offerId":"o1","quantity":1,"status":"active","autoRenewEnabled":true})",
         R"({"id":"s1","offerId":"o1","quantity":1,"status":"active","autoRenewEnabled":true,"commitmentEndDate":"soon"})",
         R"({"id":"s1","offerId":"o1","quantity":1,"status":"active","autoRenewEnabled":true,"links":{"offer":{"method":"GET"}}})",
         R"({"id":"s1","offerId":"o1","quantity":1,"status":"active","autoRenewEnabled":true,"attributes":[]})"}) {
        Result<Subscription> s = parseSubscription(obj(text), kCtx);
        ASSERT_FALSE(s.ok()) << text;
        EXPECT_EQ(s.error().kind, Error::Kind::Parse);
        EXPECT_EQ(s.error().context, kCtx);
        EXPECT_TRUE(s.error().message.startsWith(QStringLiteral("field ")))
            << s.error().message.toStdString();
    }
}

TEST(Parsers, NewCommerceSubscriptionTakesMarketFromProductLink)
{
    Result<Subscription> s = parseSubscription(
        obj(R"({"id":"s1","offerId":"P:0001:A","quantity":1,"status":"active","autoRenewEnabled":true,
                "links":{"product":{"uri":"/products/P?country=US"}}})"),
        kCtx);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    EXPECT_EQ(s->market, QStringLiteral("US"));
}

TEST(Parsers, CustomerNeedsIdAndCompanyName)
{
    Result<Customer> c = parseCustomer(
        obj(R"({"id":"c1","companyProfile":{"tenantId":"c1","domain":"a.onmicrosoft.com","companyName":"A Ltd"},
                "relationshipToPartner":"Reseller"})"),
        kCtx);
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_EQ(c->companyName, QStringLiteral("A Ltd"));
    EXPECT_EQ(c->relationshipToPartner, QStringLiteral("reseller"));

    Result<Customer> noProfile = parseCustomer(obj(R"({"id":"c1"})"), kCtx);
    ASSERT_FALSE(noProfile.ok());
    EXPECT_TRUE(noProfile.error().message.contains(QStringLiteral("companyProfile")));

    Result<Customer> noName = parseCustomer(obj(R"({"id":"c1","companyProfile":{"domain":"x"}})"), kCtx);
    ASSERT_FALSE(noName.ok());
    EXPECT_TRUE(noName.error().message.contains(QStringLiteral("companyProfile.companyName")));
}

TEST(Parsers, ItemsErrorNamesTheIndex)
{
    const QJsonArray items = obj(R"({"items":[{"id":"c1","companyProfile":{"companyName":"A"}}, 7]})")
                                 .value(QStringLiteral("items"))
                                 .toArray();
    Result<QList<Customer>> list = parseItems<Customer>(items, kCtx, &parseCustomer);
    ASSERT_FALSE(list.ok());
    EXPECT_TRUE(list.error().context.contains(QStringLiteral("items[1]")))
        << list.error().context.toStdString();
}

TEST(Parsers, OfferReadsProductIdAsSku)
{
    Result<Offer> o =
        parseOffer(obj(R"({"id":"0D04","name":"Sales Pro","minimumQuantity":1,"maximumQuantity":10000000,
        "isAddOn":false,"isAvailableForPurchase":true,"country":"GB","upgradeTargetOffers":["A","B"],
        "product":{"id":"be9f9771-1c64-4618-9907-244325141096","name":"Sales Pro","unit":"Licenses"}})"),
                   kCtx);
    ASSERT_TRUE(o.ok()) << o.error().toString().toStdString();
    EXPECT_EQ(o->productId, QStringLiteral("be9f9771-1c64-4618-9907-244325141096"));
    EXPECT_EQ(o->maximumQuantity, 10000000);
    EXPECT_EQ(o->upgradeTargetOffers, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));

    Result<Offer> bad = parseOffer(obj(R"({"id":"0D04","upgradeTargetOffers":["A",3]})"), kCtx);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("upgradeTargetOffers[1]")));
}

TEST(Parsers, UsersLicencesAndSubscribedSkus)
{
    Result<CustomerUser> u = parseCustomerUser(
        obj(R"({"id":"u1","userPrincipalName":"a@b.com","displayName":"A","usageLocation":"GB"})"), kCtx);
    ASSERT_TRUE(u.ok());
    EXPECT_EQ(u->usageLocation, QStringLiteral("GB"));
    EXPECT_FALSE(parseCustomerUser(obj(R"({"id":"u1"})"), kCtx).ok());

    Result<License> l = parseLicense(
        obj(R"({"productSku":{"id":"sku1","name":"Sales","skuPartNumber":"DYN365_ENTERPRISE_SALES"},
                "servicePlans":[{"id":"p1","serviceName":"DYN365_ENTERPRISE_SALES","capabilityStatus":"Assigned"}]})"),
        kCtx);
    ASSERT_TRUE(l.ok()) << l.error().toString().toStdString();
    EXPECT_EQ(l->productSku.skuPartNumber, QStringLiteral("DYN365_ENTERPRISE_SALES"));
    ASSERT_EQ(l->servicePlans.size(), 1);
    EXPECT_EQ(l->servicePlans.at(0).serviceName, QStringLiteral("DYN365_ENTERPRISE_SALES"));
    Result<License> noPlanId =
        parseLicense(obj(R"({"productSku":{"id":"sku1"},"servicePlans":[{"x":1}]})"), kCtx);
    ASSERT_FALSE(noPlanId.ok());
    EXPECT_TRUE(noPlanId.error().message.contains(QStringLiteral("servicePlans[0].id")));

    Result<SubscribedSku> sku = parseSubscribedSku(
        obj(R"({"availableUnits":2,"activeUnits":12,"consumedUnits":10,"suspendedUnits":0,"totalUnits":12,
                "productSku":{"id":"sku1"}})"),
        kCtx);
    ASSERT_TRUE(sku.ok()) << sku.error().toString().toStdString();
    EXPECT_EQ(sku->availableUnits, 2);
    EXPECT_FALSE(
        parseSubscribedSku(obj(R"({"activeUnits":12,"consumedUnits":10,"productSku":{"id":"x"}})"), kCtx)
            .ok());
}

TEST(Parsers, CartCheckoutAndOrder)
{
    Result<Cart> cart =
        parseCart(obj(R"({"id":"k1","status":"Active","lineItems":[{"id":0,"catalogItemId":"P:1:A",
        "quantity":12,"billingCycle":"monthly","error":{"errorCode":10001,"errorDescription":"bad id"}}]})"),
                  kCtx);
    ASSERT_TRUE(cart.ok()) << cart.error().toString().toStdString();
    ASSERT_EQ(cart->lineItems.size(), 1);
    EXPECT_EQ(cart->lineItems.at(0).errorCode, QStringLiteral("10001"));

    Result<CartCheckoutResult> checkout = parseCheckoutResult(
        obj(R"({"orders":[{"id":"o1","status":"pending","lineItems":[{"lineItemNumber":0,"offerId":"P:1:A",
                "quantity":12,"subscriptionId":"s9"}]}],"orderErrors":[{"orderGroupId":"0","code":800009,"description":"x"}]})"),
        kCtx);
    ASSERT_TRUE(checkout.ok()) << checkout.error().toString().toStdString();
    EXPECT_EQ(checkout->orders.at(0).lineItems.at(0).subscriptionId, QStringLiteral("s9"));
    EXPECT_EQ(checkout->orderErrors.at(0).code, QStringLiteral("800009"));
    EXPECT_FALSE(parseCheckoutResult(obj(R"({"attributes":{}})"), kCtx).ok());

    EXPECT_FALSE(
        parseOrder(obj(R"({"id":"o1","lineItems":[{"lineItemNumber":0,"quantity":1}]})"), kCtx).ok());
}

TEST(Parsers, UpgradesAcceptCodesAsNumbersOrNames)
{
    Result<Upgrade> u = parseUpgrade(obj(R"({"targetOffer":{"id":"T","product":{"id":"sku"}},"upgradeType":1,
        "isEligible":false,"quantity":12,"upgradeErrors":[{"code":2,"description":"not active"},
        {"code":"conflicting_service_types","description":"x"}]})"),
                                     kCtx);
    ASSERT_TRUE(u.ok()) << u.error().toString().toStdString();
    EXPECT_EQ(u->targetOffer.productId, QStringLiteral("sku"));
    ASSERT_EQ(u->upgradeErrors.size(), 2);
    EXPECT_EQ(u->upgradeErrors.at(0).code, QStringLiteral("2"));
    EXPECT_EQ(u->upgradeErrors.at(1).code, QStringLiteral("conflicting_service_types"));
    EXPECT_FALSE(
        parseUpgrade(obj(R"({"targetOffer":{"id":"T"},"isEligible":true,"upgradeErrors":[{"code":[]}]})"),
                     kCtx)
            .ok());

    Result<UpgradeResult> r =
        parseUpgradeResult(obj(R"({"sourceSubscriptionId":"a","targetSubscriptionId":"b",
        "upgradeType":"upgrade_with_license_transfer","licenseErrors":[{"userObjectId":"u1","errors":[{"code":60012,"description":"no seats"}]}]})"),
                           kCtx);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->licenseErrors.at(0).errors.at(0), QStringLiteral("60012: no seats"));
}

TEST(Parsers, LicenseUpdateBodyAndResult)
{
    LicenseUpdate update;
    update.licensesToAssign.append({QStringLiteral("new-sku"), {}});
    update.licensesToRemove << QStringLiteral("old-sku");
    const QJsonObject body = update.toJson();
    EXPECT_EQ(body.value(QStringLiteral("licensesToAssign"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("skuId")),
              QStringLiteral("new-sku"));
    EXPECT_EQ(body.value(QStringLiteral("licensesToRemove")).toArray().at(0), QStringLiteral("old-sku"));

    Result<LicenseUpdateResult> r = parseLicenseUpdateResult(
        obj(R"({"licensesToAssign":[{"skuId":"new-sku"}],"licenseWarnings":[{"code":"W1","message":"m","servicePlans":["p"]}]})"),
        kCtx);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->assignedSkuIds, QStringList{QStringLiteral("new-sku")});
    EXPECT_EQ(r->warnings.at(0).servicePlans, QStringList{QStringLiteral("p")});
}

TEST(Parsers, ProvisioningStatus)
{
    Result<SubscriptionProvisioningStatus> p =
        parseProvisioningStatus(obj(R"({"skuId":"ABC","status":"Pending","quantity":12})"), kCtx);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->status, QStringLiteral("pending"));
    EXPECT_FALSE(parseProvisioningStatus(obj(R"({"status":"success"})"), kCtx).ok());
}

TEST(Parsers, MarketFromLink)
{
    EXPECT_EQ(marketFromLink(QStringLiteral("/offers/X?country=de")), QStringLiteral("DE"));
    EXPECT_EQ(marketFromLink(QStringLiteral("/offers/X?a=1&Country=FR")), QStringLiteral("FR"));
    EXPECT_EQ(marketFromLink(QStringLiteral("/offers/X")), QString());
}
