// PATCH /v1/customers/{c}/users/{u}: the sandbox sets a user's usage location, and from then on the user
// can be given a licence (the wizard's "fix a user in place").
#include "StoreTestSupport.h"

#include <gtest/gtest.h>

using namespace om::sandbox;
using namespace om::sandbox::testing;

namespace {

QJsonObject locationBody(const QString &code)
{
    return {{QStringLiteral("usageLocation"), code},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("objectType"), QStringLiteral("CustomerUser")}}}};
}

QJsonObject assignBody(const QString &sku)
{
    return {{QStringLiteral("licensesToAssign"),
             QJsonArray{QJsonObject{{QStringLiteral("skuId"), sku},
                                    {QStringLiteral("excludedPlans"), QJsonValue()}}}},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("objectType"), QStringLiteral("LicenseUpdate")}}}};
}

class UserRoutes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        customer = addCustomer(f.store);
        addSubscription(f.store, customer, kOfficeE3, 3);
        nowhere = addUser(f.store, customer, QStringLiteral("Paolo"), QStringLiteral("Greco"), {}, QString());
    }
    QString userPath(const QString &userId) const
    {
        return QStringLiteral("/v1/customers/%1/users/%2").arg(customer, userId);
    }
    static int code(const SandboxReply &reply) { return bodyOf(reply).value(QStringLiteral("code")).toInt(); }

    RouterFixture f;
    QString customer;
    QString nowhere;
};

TEST_F(UserRoutes, SettingTheUsageLocationLetsTheLicenceBeAssigned)
{
    const SandboxReply refused =
        f.call("POST", userPath(nowhere) + QStringLiteral("/licenseupdates"), assignBody(skus::Office365E3));
    ASSERT_EQ(refused.status, 400) << refused.body.constData();
    EXPECT_EQ(code(refused), codes::InvalidUsageLocation);

    const SandboxReply patched = f.call("PATCH", userPath(nowhere), locationBody(QStringLiteral("it")));
    ASSERT_EQ(patched.status, 200) << patched.body.constData();
    const QJsonObject user = bodyOf(patched);
    EXPECT_EQ(user.value(QStringLiteral("id")).toString(), nowhere);
    EXPECT_EQ(user.value(QStringLiteral("usageLocation")).toString(), QStringLiteral("IT"));
    EXPECT_EQ(object(user, "attributes").value(QStringLiteral("objectType")).toString(),
              QStringLiteral("CustomerUser"));
    EXPECT_EQ(f.store.user(customer, nowhere)->usageLocation, QStringLiteral("IT"));
    EXPECT_EQ(bodyOf(f.get(userPath(nowhere))).value(QStringLiteral("usageLocation")).toString(),
              QStringLiteral("IT"));

    const SandboxReply assigned =
        f.call("POST", userPath(nowhere) + QStringLiteral("/licenseupdates"), assignBody(skus::Office365E3));
    EXPECT_EQ(assigned.status, 201) << assigned.body.constData();
    EXPECT_TRUE(f.store.userHasSku(customer, nowhere, skus::Office365E3));
}

TEST_F(UserRoutes, RefusesBadCodesUnknownUsersAndAppOnlyTokens)
{
    for (const QString &bad : {QStringLiteral("ITA"), QStringLiteral("1T"), QString()}) {
        const SandboxReply reply = f.call("PATCH", userPath(nowhere), locationBody(bad));
        EXPECT_EQ(reply.status, 400) << bad.toStdString();
        EXPECT_EQ(code(reply), codes::InvalidInput);
    }
    EXPECT_TRUE(f.store.user(customer, nowhere)->usageLocation.isEmpty()) << "changed by a refused call";

    const SandboxReply noField =
        f.call("PATCH", userPath(nowhere), {{QStringLiteral("displayName"), QStringLiteral("Paolo G.")}});
    EXPECT_EQ(noField.status, 400);

    const SandboxReply unknown =
        f.call("PATCH", userPath(QStringLiteral("00000000-0000-4000-8000-000000000000")),
               locationBody(QStringLiteral("IT")));
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(code(unknown), codes::UserNotFound);

    const SandboxReply appOnly =
        f.call("PATCH", userPath(nowhere), locationBody(QStringLiteral("IT")), {}, /*appOnly=*/true);
    EXPECT_EQ(appOnly.status, 403);
    EXPECT_TRUE(f.store.user(customer, nowhere)->usageLocation.isEmpty());
}

} // namespace
