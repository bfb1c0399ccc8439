#include "StoreTestSupport.h"

#include <gtest/gtest.h>

using namespace om::sandbox;
using namespace om::sandbox::testing;

namespace {

QJsonObject licenceUpdate(const QStringList &assign, const QStringList &remove = {},
                          const QStringList &excludedPlans = {})
{
    QJsonArray toAssign;
    for (const QString &sku : assign)
        toAssign.append(
            QJsonObject{{QStringLiteral("skuId"), sku},
                        {QStringLiteral("excludedPlans"), QJsonArray::fromStringList(excludedPlans)}});
    return {{QStringLiteral("licensesToAssign"), toAssign},
            {QStringLiteral("licensesToRemove"), QJsonArray::fromStringList(remove)},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("objectType"), QStringLiteral("LicenseUpdate")}}}};
}

// Sales Pro plan (fictitious id) and the Sales Enterprise plan: in the same conflict group.
const QString kSalesProPlan = QStringLiteral("fa7e0002-0000-4000-8000-000000000001");

class LicenceRoutes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        customer = addCustomer(f.store);
        retired = addSubscription(f.store, customer, kSalesQo, 4);
        replacement = addSubscription(f.store, customer, kSalesPro, 2);
        addSubscription(f.store, customer, kOfficeE3, 3);
        for (const char *name : {"Marco", "Giulia", "Luca"})
            users << addUser(f.store, customer, QString::fromLatin1(name), QStringLiteral("Rossi"),
                             {skus::SalesCrmolBasicQo, skus::Office365E3});
        nowhere = addUser(f.store, customer, QStringLiteral("Paolo"), QStringLiteral("Greco"),
                          {skus::SalesCrmolBasicQo}, QString());
    }

    SandboxReply update(const QString &userId, const QJsonObject &body, bool appOnly = false)
    {
        return f.call("POST",
                      QStringLiteral("/v1/customers/%1/users/%2/licenseupdates").arg(customer, userId), body,
                      {}, appOnly);
    }
    QJsonObject skuLine(const QString &skuId) const
    {
        const QJsonArray items =
            bodyOf(f.get(QStringLiteral("/v1/customers/%1/subscribedskus").arg(customer)))
                .value(QStringLiteral("items"))
                .toArray();
        for (const auto &item : items) {
            if (object(item.toObject(), "productSku").value(QStringLiteral("id")).toString() == skuId)
                return item.toObject();
        }
        return {};
    }
    static int code(const SandboxReply &reply) { return bodyOf(reply).value(QStringLiteral("code")).toInt(); }

    RouterFixture f;
    QString customer;
    QString retired;
    QString replacement;
    QStringList users;
    QString nowhere;
};

TEST_F(LicenceRoutes, SubscribedSkusCountActiveConsumedAndAvailableUnits)
{
    const QJsonObject qo = skuLine(skus::SalesCrmolBasicQo);
    EXPECT_EQ(qo.value(QStringLiteral("activeUnits")).toInt(), 4);
    EXPECT_EQ(qo.value(QStringLiteral("consumedUnits")).toInt(), 4);
    EXPECT_EQ(qo.value(QStringLiteral("availableUnits")).toInt(), 0);
    EXPECT_EQ(qo.value(QStringLiteral("totalUnits")).toInt(), 4);
    EXPECT_EQ(object(qo, "attributes").value(QStringLiteral("objectType")).toString(),
              QStringLiteral("SubscribedSku"));
    const QJsonObject pro = skuLine(skus::SalesProfessional);
    EXPECT_EQ(pro.value(QStringLiteral("availableUnits")).toInt(), 2);
    EXPECT_EQ(object(pro, "productSku").value(QStringLiteral("skuPartNumber")).toString(),
              QStringLiteral("D365_SALES_PRO"));
    EXPECT_EQ(pro.value(QStringLiteral("capabilityStatus")).toString(), QStringLiteral("Enabled"));
    EXPECT_EQ(f.get(QStringLiteral("/v1/customers/%1/subscribedskus").arg(customer), {}, true).status, 403);
}

TEST_F(LicenceRoutes, AssignAndRemoveInOneCallMovesAUnit)
{
    const SandboxReply reply =
        update(users.at(0), licenceUpdate({skus::SalesProfessional}, {skus::SalesCrmolBasicQo}));
    ASSERT_EQ(reply.status, 201) << reply.body.constData();
    EXPECT_EQ(object(bodyOf(reply), "attributes").value(QStringLiteral("objectType")).toString(),
              QStringLiteral("LicenseUpdate"));
    EXPECT_EQ(f.store.consumedUnits(customer, skus::SalesProfessional), 1);
    EXPECT_EQ(f.store.consumedUnits(customer, skus::SalesCrmolBasicQo), 3);
    EXPECT_EQ(skuLine(skus::SalesProfessional).value(QStringLiteral("availableUnits")).toInt(), 1);
    EXPECT_EQ(skuLine(skus::SalesCrmolBasicQo).value(QStringLiteral("availableUnits")).toInt(), 1);
    // The user's other licence stays.
    EXPECT_TRUE(f.store.userHasSku(customer, users.at(0), skus::Office365E3));
    EXPECT_FALSE(f.store.userHasSku(customer, users.at(0), skus::SalesCrmolBasicQo));

    const QJsonArray licences =
        bodyOf(f.get(QStringLiteral("/v1/customers/%1/users/%2/licenses").arg(customer, users.at(0))))
            .value(QStringLiteral("items"))
            .toArray();
    QStringList skuIds;
    for (const auto &l : licences)
        skuIds << object(l.toObject(), "productSku").value(QStringLiteral("id")).toString();
    EXPECT_TRUE(skuIds.contains(skus::SalesProfessional));
    EXPECT_TRUE(skuIds.contains(skus::Office365E3));
    EXPECT_EQ(skuIds.size(), 2);
}

TEST_F(LicenceRoutes, NoFreeUnitsAnswers60012AndChangesNothing)
{
    ASSERT_EQ(update(users.at(0), licenceUpdate({skus::SalesProfessional}, {skus::SalesCrmolBasicQo})).status,
              201);
    ASSERT_EQ(update(users.at(1), licenceUpdate({skus::SalesProfessional}, {skus::SalesCrmolBasicQo})).status,
              201);
    const SandboxReply reply =
        update(users.at(2), licenceUpdate({skus::SalesProfessional}, {skus::SalesCrmolBasicQo}));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(code(reply), 60012);
    EXPECT_TRUE(bodyOf(reply)
                    .value(QStringLiteral("data"))
                    .toArray()
                    .at(0)
                    .toString()
                    .contains(QLatin1String("LicenseQuotaExceededException")));
    EXPECT_TRUE(
        f.store.userHasSku(customer, users.at(2), skus::SalesCrmolBasicQo)); // the removal did not happen
    EXPECT_EQ(f.store.consumedUnits(customer, skus::SalesCrmolBasicQo), 2);
    EXPECT_EQ(f.store.consumedUnits(customer, skus::SalesProfessional), 2);
}

TEST_F(LicenceRoutes, AFailingCallChangesNothingAtAll)
{
    // Office 365 E3 has 3 seats, all used; the Sales Pro part alone would succeed.
    const QString fresh = addUser(f.store, customer, QStringLiteral("Sara"), QStringLiteral("Conti"));
    const SandboxReply reply = update(fresh, licenceUpdate({skus::SalesProfessional, skus::Office365E3}));
    EXPECT_EQ(code(reply), 60012);
    EXPECT_TRUE(f.store.userSkuIds(customer, fresh).isEmpty());
    EXPECT_EQ(f.store.consumedUnits(customer, skus::SalesProfessional), 0);
}

TEST_F(LicenceRoutes, ConflictingPlansNeedTheOldSkuRemovedOrThePlanExcluded)
{
    const SandboxReply conflict = update(users.at(0), licenceUpdate({skus::SalesProfessional}));
    EXPECT_EQ(conflict.status, 400);
    EXPECT_EQ(code(conflict), 60016);
    EXPECT_FALSE(f.store.userHasSku(customer, users.at(0), skus::SalesProfessional));

    const SandboxReply excluded =
        update(users.at(0), licenceUpdate({skus::SalesProfessional}, {}, {kSalesProPlan}));
    ASSERT_EQ(excluded.status, 201) << excluded.body.constData();
    EXPECT_TRUE(f.store.userHasSku(customer, users.at(0), skus::SalesProfessional));
    EXPECT_TRUE(f.store.userHasSku(customer, users.at(0), skus::SalesCrmolBasicQo));
    const QJsonArray licences =
        bodyOf(f.get(QStringLiteral("/v1/customers/%1/users/%2/licenses").arg(customer, users.at(0))))
            .value(QStringLiteral("items"))
            .toArray();
    for (const auto &l : licences) {
        for (const auto &plan : l.toObject().value(QStringLiteral("servicePlans")).toArray())
            EXPECT_NE(plan.toObject().value(QStringLiteral("id")).toString(), kSalesProPlan);
    }
}

TEST_F(LicenceRoutes, SkuWithoutAnActiveSubscriptionCannotBeAssigned)
{
    QJsonObject s =
        bodyOf(f.get(QStringLiteral("/v1/customers/%1/subscriptions/%2").arg(customer, replacement)));
    s.insert(QStringLiteral("status"), QStringLiteral("suspended"));
    ASSERT_EQ(
        f.call("PATCH", QStringLiteral("/v1/customers/%1/subscriptions/%2").arg(customer, replacement), s)
            .status,
        200);
    const QJsonObject line = skuLine(skus::SalesProfessional);
    EXPECT_EQ(line.value(QStringLiteral("activeUnits")).toInt(), 0);
    EXPECT_EQ(line.value(QStringLiteral("suspendedUnits")).toInt(), 2);

    const SandboxReply reply =
        update(users.at(0), licenceUpdate({skus::SalesProfessional}, {skus::SalesCrmolBasicQo}));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(code(reply), 60018);
    EXPECT_TRUE(
        bodyOf(reply).value(QStringLiteral("description")).toString().contains(QLatin1String("suspended")));
    const SandboxReply unknown = update(users.at(0), licenceUpdate({skus::CustomerService}));
    EXPECT_EQ(unknown.status, 400);
    EXPECT_EQ(code(unknown), 60017);
}

TEST_F(LicenceRoutes, UserWithoutUsageLocationCannotGetALicence)
{
    const SandboxReply reply =
        update(nowhere, licenceUpdate({skus::SalesProfessional}, {skus::SalesCrmolBasicQo}));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(bodyOf(reply).value(QStringLiteral("description")).toString(),
              QStringLiteral("License assignment cannot be done for user with invalid usage location."));
    EXPECT_TRUE(f.store.userHasSku(customer, nowhere, skus::SalesCrmolBasicQo));
    // Removing alone needs no usage location.
    EXPECT_EQ(update(nowhere, licenceUpdate({}, {skus::SalesCrmolBasicQo})).status, 201);
}

TEST_F(LicenceRoutes, AppOnlyTokenIsRefusedWith900316)
{
    const SandboxReply reply =
        update(users.at(0), licenceUpdate({skus::SalesProfessional}, {skus::SalesCrmolBasicQo}), true);
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(code(reply), 900316);
    EXPECT_EQ(f.get(QStringLiteral("/v1/customers/%1/users").arg(customer), {}, true).status, 403);
}

TEST_F(LicenceRoutes, RemovingALicenceTheUserLacksFails)
{
    const QString fresh = addUser(f.store, customer, QStringLiteral("Sara"), QStringLiteral("Conti"));
    const SandboxReply reply = update(fresh, licenceUpdate({}, {skus::SalesCrmolBasicQo}));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(code(reply), 60019);
    EXPECT_EQ(update(QStringLiteral("unknown-user"), licenceUpdate({skus::SalesProfessional})).status, 404);
}

TEST_F(LicenceRoutes, UsersAreListedWithSeekPaging)
{
    for (int i = 0; i < 5; ++i)
        addUser(f.store, customer, QStringLiteral("User%1").arg(i), QStringLiteral("Test"));
    const QString path = QStringLiteral("/v1/customers/%1/users").arg(customer);
    const QJsonObject first = bodyOf(f.get(path + QStringLiteral("?size=6")));
    EXPECT_EQ(first.value(QStringLiteral("items")).toArray().size(), 6);
    const QString token = first.value(QStringLiteral("continuationToken")).toString();
    ASSERT_FALSE(token.isEmpty());
    const QJsonObject second = bodyOf(f.get(path + QStringLiteral("?size=6&seekOperation=Next"),
                                            {{"ms-continuationtoken", token.toLatin1()}}));
    EXPECT_EQ(second.value(QStringLiteral("items")).toArray().size(), 3);
    EXPECT_FALSE(object(second, "links").contains(QStringLiteral("next")));
    const QJsonObject user = bodyOf(f.get(path + QLatin1Char('/') + users.at(0)));
    EXPECT_EQ(user.value(QStringLiteral("usageLocation")).toString(), QStringLiteral("IT"));
    EXPECT_EQ(object(user, "attributes").value(QStringLiteral("objectType")).toString(),
              QStringLiteral("CustomerUser"));
}

TEST_F(LicenceRoutes, UpgradeWithLicenceTransferMovesTheUsers)
{
    const QString upgrades =
        QStringLiteral("/v1/customers/%1/subscriptions/%2/upgrades").arg(customer, retired);
    const QJsonArray options = bodyOf(f.get(upgrades)).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(options.size(), 1);
    const QJsonObject option = options.at(0).toObject();
    EXPECT_TRUE(option.value(QStringLiteral("isEligible")).toBool());
    EXPECT_EQ(option.value(QStringLiteral("upgradeType")).toString(),
              QStringLiteral("upgrade_with_license_transfer"));
    EXPECT_EQ(object(option, "targetOffer").value(QStringLiteral("id")).toString(), offerId(kSalesPro));

    const SandboxReply reply = f.call("POST", upgrades, option);
    ASSERT_EQ(reply.status, 200) << reply.body.constData();
    const QJsonObject result = bodyOf(reply);
    EXPECT_TRUE(result.value(QStringLiteral("upgradeErrors")).toArray().isEmpty());
    const QString target = result.value(QStringLiteral("targetSubscriptionId")).toString();
    ASSERT_FALSE(target.isEmpty());
    EXPECT_EQ(f.store.effectiveStatus(*f.store.subscription(customer, target)), SubscriptionStatus::Active);
    EXPECT_EQ(f.store.subscription(customer, target)->quantity, 4);
    for (const QString &u : users) {
        EXPECT_TRUE(f.store.userHasSku(customer, u, skus::SalesProfessional));
        EXPECT_FALSE(f.store.userHasSku(customer, u, skus::SalesCrmolBasicQo));
    }
    // The user without usage location keeps the old licence and is reported.
    const QJsonArray licenceErrors = result.value(QStringLiteral("licenseErrors")).toArray();
    ASSERT_EQ(licenceErrors.size(), 1);
    EXPECT_EQ(licenceErrors.at(0).toObject().value(QStringLiteral("userObjectId")).toString(), nowhere);
    EXPECT_TRUE(f.store.userHasSku(customer, nowhere, skus::SalesCrmolBasicQo));
    // Choice (NOT CONFIRMED): the source is suspended after the upgrade.
    EXPECT_EQ(f.store.effectiveStatus(*f.store.subscription(customer, retired)),
              SubscriptionStatus::Suspended);
    // A suspended source has no eligible upgrade any more.
    const QJsonArray after = bodyOf(f.get(upgrades)).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(after.size(), 1);
    EXPECT_FALSE(after.at(0).toObject().value(QStringLiteral("isEligible")).toBool());
}

TEST_F(LicenceRoutes, MostRetiredOffersHaveNoUpgradePath)
{
    const QString fromSa = addSubscription(f.store, customer, kSalesFromSaQo, 1);
    const QJsonObject body =
        bodyOf(f.get(QStringLiteral("/v1/customers/%1/subscriptions/%2/upgrades").arg(customer, fromSa)));
    EXPECT_EQ(body.value(QStringLiteral("totalCount")).toInt(), 0);
    addSubscription(f.store, customer, kSalesQoAddOn, 1, SubscriptionStatus::Active, retired);
    const QJsonArray withAddOn =
        bodyOf(f.get(QStringLiteral("/v1/customers/%1/subscriptions/%2/upgrades").arg(customer, retired)))
            .value(QStringLiteral("items"))
            .toArray();
    ASSERT_EQ(withAddOn.size(), 1);
    EXPECT_FALSE(withAddOn.at(0).toObject().value(QStringLiteral("isEligible")).toBool());
    EXPECT_EQ(withAddOn.at(0)
                  .toObject()
                  .value(QStringLiteral("upgradeErrors"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("subscription_add_ons_present"));
}

} // namespace
