// The suspend step fails closed (issue 15: add-ons, a missing SKU pool, the planned id), against the
// in-process sandbox.

#include "tests/engine/EngineFixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace om;
using namespace om::test;
using om::sandbox::SubscriptionStatus;

namespace {

const QString kSalesAddOn =
    QStringLiteral("Dynamics 365 for Sales Enterprise Edition Add-On for CRM Basic (Qualified Offer)");

class SuspendGuardTest : public EngineFixture
{
protected:
    // An add-on of the customer's retired base subscription, held by one user (with or without a usage
    // location: without one, its own migration cannot move that user).
    QString addAddOn(const Custom &c, const QString &usageLocation, QString *userId)
    {
        sandbox::SubscriptionRecord addOn;
        addOn.customerId = c.customerId;
        addOn.offerId = sandbox::sandboxOfferId(kSalesAddOn);
        addOn.parentSubscriptionId = c.subscriptionId;
        addOn.quantity = 1;
        addOn.commitmentEndDate = QDateTime::currentDateTimeUtc().addDays(30);
        const QString id = store().addSubscription(addOn);
        sandbox::UserRecord u;
        u.customerId = c.customerId;
        u.userPrincipalName = QStringLiteral("addon@%1").arg(store().customer(c.customerId)->domain);
        u.displayName = QStringLiteral("Add-on User");
        u.usageLocation = usageLocation;
        *userId = store().addUser(u);
        store().grantLicence(c.customerId, *userId, {sandbox::skus::SalesAddOnQo, {}});
        return id;
    }

    engine::EngineResult runOnly(const QString &customerId, const QString &subscriptionId)
    {
        auto engine = newEngine();
        engine::MigrationRequest request;
        request.customerId = customerId;
        request.subscriptionId = subscriptionId;
        const engine::EngineResult planned = plan(*engine, request);
        EXPECT_TRUE(planned.ok) << planned.summary.toStdString();
        return runAll(*engine);
    }
};

TEST_F(SuspendGuardTest, ABaseIsNotSuspendedWhileItsAddOnsMigrationDidNotFinish)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")},
                                                {QStringLiteral("ben"), QStringLiteral("IT")}});
    QString addOnUser;
    const QString addOnId = addAddOn(c, QString(), &addOnUser); // no usage location: cannot be moved
    ASSERT_TRUE(plan(c.customerId).ok);
    ASSERT_EQ(m_engine->currentPlan().subscriptions.size(), 2);
    const engine::EngineResult done = runAll(*m_engine);
    EXPECT_FALSE(done.ok);
    EXPECT_TRUE(done.summary.contains(QLatin1String("has not finished its own migration")))
        << done.summary.toStdString();
    // The base's users moved, but the base stays active, and so does the add-on its user still needs.
    for (const QString &user : c.users)
        EXPECT_FALSE(store().userHasSku(c.customerId, user, sandbox::skus::SalesFromSaQo));
    EXPECT_EQ(store().effectiveStatus(*store().subscription(c.customerId, c.subscriptionId)),
              SubscriptionStatus::Active);
    EXPECT_EQ(store().effectiveStatus(*store().subscription(c.customerId, addOnId)),
              SubscriptionStatus::Active);
    EXPECT_TRUE(store().userHasSku(c.customerId, addOnUser, sandbox::skus::SalesAddOnQo));
}

TEST_F(SuspendGuardTest, ABaseIsNotSuspendedWhileAnActiveAddOnIsAssignedEvenIfNotPlanned)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")}});
    QString addOnUser;
    const QString addOnId = addAddOn(c, QStringLiteral("IT"), &addOnUser);
    // Only the base is migrated: the add-on is nobody's migration, but its user holds it.
    const engine::EngineResult done = runOnly(c.customerId, c.subscriptionId);
    EXPECT_FALSE(done.ok);
    EXPECT_TRUE(done.summary.contains(QLatin1String("is assigned to 1 users"))) << done.summary.toStdString();
    EXPECT_EQ(store().effectiveStatus(*store().subscription(c.customerId, c.subscriptionId)),
              SubscriptionStatus::Active);
    EXPECT_EQ(store().effectiveStatus(*store().subscription(c.customerId, addOnId)),
              SubscriptionStatus::Active);
}

TEST_F(SuspendGuardTest, AMissingOldLicencePoolRefusesTheSuspend)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    ASSERT_TRUE(await(*m_engine, [&]() { return m_engine->purchase(); }).ok);
    ASSERT_TRUE(await(*m_engine, [&]() { return m_engine->reassign(); }).ok);
    ASSERT_TRUE(await(*m_engine, [&]() { return m_engine->verify(); }).ok);
    // The journal's old SKU is one Partner Center does not list for this customer (a wrong SKU, or a pool
    // that vanished): "nobody holds it" cannot be proved, so no suspend.
    {
        const QString name = QStringLiteral("suspend-guard-raw");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_journal->path());
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(
                QStringLiteral("UPDATE migrations SET old_sku = 'fa7e0001-0000-4000-8000-0000000000ff'")));
        }
        QSqlDatabase::removeDatabase(name);
    }
    const engine::EngineResult done = await(*m_engine, [&]() { return m_engine->suspend(); });
    EXPECT_FALSE(done.ok);
    EXPECT_TRUE(done.summary.contains(QLatin1String("missing from the customer's licences")))
        << done.summary.toStdString();
    EXPECT_EQ(store().effectiveStatus(*store().subscription(c.customerId, c.subscriptionId)),
              SubscriptionStatus::Active);
}

} // namespace
