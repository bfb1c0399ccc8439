// The engine against the in-process sandbox: full migrations, dry run, replay, problem users, upgrade.

#include "engine/JournalledWrite.h"
#include "engine/ResumeLogic.h"
#include "tests/engine/EngineFixture.h"

#include <QJsonDocument>

using namespace om;
using namespace om::test;
using om::sandbox::SubscriptionStatus;

namespace {

class MigrationEngineTest : public EngineFixture
{
protected:
    // Asserts the sandbox's state after a finished migration of `plan`.
    void expectMigrated(const engine::SubscriptionPlan &plan, int targetCountBefore)
    {
        const QString cid = plan.customerId;
        EXPECT_EQ(store().countSubscriptions(cid, plan.target.id), targetCountBefore + 1)
            << cid.toStdString();
        const auto rec = m_journal->findMigration(cid, plan.oldSubscription.id);
        ASSERT_TRUE(rec.ok() && rec.value().has_value());
        const journal::MigrationRecord &m = *rec.value();
        EXPECT_EQ(m.state, journal::JournalState::Suspended);
        const sandbox::SubscriptionRecord *fresh = store().subscription(cid, m.newSubscriptionId);
        ASSERT_NE(fresh, nullptr);
        EXPECT_EQ(fresh->quantity, plan.quantity);
        EXPECT_EQ(store().effectiveStatus(*fresh), SubscriptionStatus::Active);
        for (const engine::PlannedUser &u : plan.users) {
            EXPECT_TRUE(store().userHasSku(cid, u.id, plan.targetSku)) << u.upn.toStdString();
            EXPECT_FALSE(store().userHasSku(cid, u.id, plan.oldSku)) << u.upn.toStdString();
        }
        EXPECT_EQ(store().consumedUnits(cid, plan.oldSku), 0);
        const sandbox::SubscriptionRecord *old = store().subscription(cid, plan.oldSubscription.id);
        EXPECT_EQ(store().effectiveStatus(*old), SubscriptionStatus::Suspended);
        EXPECT_EQ(m.deprovisionDate, m.suspendedAt.date().addDays(120));
    }
};

TEST_F(MigrationEngineTest, MigratesSeveralDemoCustomersEndToEnd)
{
    const QStringList customers = cleanCustomers(3, 1, false);
    ASSERT_GE(customers.size(), 2) << "demo tenant has too few clean customers";
    for (const QString &cid : customers) {
        auto engine = newEngine();
        engine::MigrationRequest request;
        request.customerId = cid;
        const auto planned = plan(*engine, request);
        ASSERT_TRUE(planned.ok) << planned.summary.toStdString();
        ASSERT_EQ(engine->currentPlan().subscriptions.size(), 1);
        const engine::SubscriptionPlan p = engine->currentPlan().subscriptions.first();
        EXPECT_FALSE(p.useUpgrade);
        EXPECT_FALSE(p.users.isEmpty()); // the quantity: PlansOneLicencePerUserOfTheOldOffer
        const int before = store().countSubscriptions(cid, p.target.id);
        const auto done = runAll(*engine);
        ASSERT_TRUE(done.ok) << done.summary.toStdString();
        EXPECT_EQ(done.usersMoved, p.users.size());
        EXPECT_EQ(engine->currentStep(), engine::Step::Done);
        expectMigrated(p, before);
    }
}

TEST_F(MigrationEngineTest, DryRunPlanChangesNothing)
{
    const QStringList customers = cleanCustomers(1, 1, false);
    ASSERT_FALSE(customers.isEmpty());
    const QString &cid = customers.first();
    const int subscriptions = store().subscriptionCount();
    const int orders = int(store().orders(cid).size());
    const auto planned = plan(cid);
    ASSERT_TRUE(planned.ok) << planned.summary.toStdString();
    const engine::SubscriptionPlan &p = m_engine->currentPlan().subscriptions.first();
    EXPECT_FALSE(p.target.id.isEmpty());
    EXPECT_TRUE(m_engine->currentPlan().describe().contains(p.target.name));
    EXPECT_EQ(store().subscriptionCount(), subscriptions);
    EXPECT_EQ(int(store().orders(cid).size()), orders);
    EXPECT_EQ(holders(cid, p.oldSku).size(), p.users.size());
    EXPECT_TRUE(m_journal->migrations().value().isEmpty());
}

TEST_F(MigrationEngineTest, ReplayedPendingCheckoutBuysOnce)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ada"), QStringLiteral("IT")},
                                                {QStringLiteral("bob"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    // Simulate "checkout sent, answer lost, process died": record the writes and send the checkout
    // ourselves with the journal's request id, dropping its answer.
    ASSERT_TRUE(engine::recordNewMigration(*m_journal, p, {}).ok());
    ASSERT_TRUE(m_journal->transition(p.migrationId, journal::JournalState::Purchasing).ok());
    const auto cart =
        sendJson("POST", QStringLiteral("/v1/customers/%1/carts").arg(c.customerId),
                 pc::cartRequestJson(
                     {{0, p.target.id, p.quantity, p.target.billingCycle, p.target.termDuration, {}}}));
    ASSERT_EQ(cart.status, 201) << cart.describe().toStdString();
    const QString cartId = cart.object().value(u"id").toString();
    journal::MigrationUpdate u;
    u.cartId = cartId;
    ASSERT_TRUE(m_journal->transition(p.migrationId, journal::JournalState::Purchasing, u).ok());
    // Recorded as the engine records it: the client's request, with its cart id as a typed field.
    const journal::WriteRequestSpec spec = engine::journalSpec(
        {p.migrationId, journal::WriteKind::Checkout, {}}, pc::checkoutWrite(c.customerId, cartId));
    ASSERT_EQ(spec.path, QStringLiteral("/v1/customers/%1/carts/%2/checkout").arg(c.customerId, cartId));
    ASSERT_EQ(spec.cartId, cartId);
    const auto write = m_journal->recordWriteBeforeSend(spec);
    ASSERT_TRUE(write.ok());
    const int before = store().countSubscriptions(c.customerId, p.target.id);
    const auto lost = send("POST", spec.path, QByteArrayLiteral("{}"),
                           {{QByteArrayLiteral("MS-RequestId"), write->requestId.toLatin1()}});
    ASSERT_EQ(lost.status, 201) << lost.describe().toStdString();
    ASSERT_EQ(store().countSubscriptions(c.customerId, p.target.id), before + 1);

    // A new engine on the same journal resumes: the checkout is replayed, not repeated.
    auto engine = newEngine();
    ASSERT_TRUE(plan(*engine, {c.customerId, {}, {}, {}, {}, 0}).ok);
    const auto done = runAll(*engine);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_EQ(store().countSubscriptions(c.customerId, p.target.id), before + 1);
    EXPECT_EQ(store().orders(c.customerId).size(), 1);
    for (const QString &user : c.users)
        EXPECT_TRUE(store().userHasSku(c.customerId, user, p.targetSku));
    // The replayed checkout's answer is journalled with its order as a typed field (schema 6).
    const auto writes = m_journal->writes(p.migrationId);
    ASSERT_TRUE(writes.ok());
    ASSERT_FALSE(writes->isEmpty());
    const journal::WriteRequest &checkout = writes->first(); // the one recorded above, replayed
    EXPECT_EQ(checkout.requestId, write->requestId);
    EXPECT_EQ(checkout.status, journal::WriteStatus::Answered);
    EXPECT_EQ(checkout.orderId, store().orders(c.customerId).first()->id);
    EXPECT_EQ(checkout.orderId, m_journal->migration(p.migrationId)->orderId);
    // And the purchase step run again changes nothing.
    auto again = newEngine();
    ASSERT_TRUE(plan(*again, {c.customerId, {}, {}, {}, {}, 0}).ok);
    const auto purchase = await(*again, [&]() { return again->purchase(); });
    EXPECT_TRUE(purchase.ok) << purchase.summary.toStdString();
    EXPECT_EQ(store().countSubscriptions(c.customerId, p.target.id), before + 1);
}

TEST_F(MigrationEngineTest, ProblemUsersReportedOthersMovedSuspendRefused)
{
    Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ok1"), QStringLiteral("IT")},
                                          {QStringLiteral("ok2"), QStringLiteral("IT")},
                                          {QStringLiteral("nolocation"), QString()},
                                          {QStringLiteral("conflict"), QStringLiteral("IT")}});
    // The conflicting user also holds the full Sales Enterprise licence.
    sandbox::SubscriptionRecord full;
    full.customerId = c.customerId;
    full.offerId = sandbox::sandboxOfferId(QStringLiteral("Dynamics 365 for Sales Enterprise Edition"));
    full.quantity = 2;
    full.autoRenewEnabled = true;
    store().addSubscription(full);
    store().grantLicence(c.customerId, c.users.at(3), {sandbox::skus::SalesEnterprise, {}});

    ASSERT_TRUE(plan(c.customerId).ok);
    const engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    QStringList warned;
    for (const engine::PlanIssue &i : p.issues) {
        if (i.severity == engine::IssueSeverity::Warning)
            warned.append(i.userId);
    }
    EXPECT_TRUE(warned.contains(c.users.at(2)));
    EXPECT_TRUE(warned.contains(c.users.at(3)));

    QList<engine::UserResult> results;
    QObject::connect(m_engine.get(), &engine::MigrationEngine::userResult, m_engine.get(),
                     [&](const engine::UserResult &r) { results.append(r); });
    const auto done = runAll(*m_engine);
    EXPECT_FALSE(done.ok);
    EXPECT_FALSE(done.nothingDone);
    EXPECT_EQ(done.usersMoved, 2);
    EXPECT_EQ(done.usersFailed, 2);
    ASSERT_EQ(results.size(), 4);
    for (const engine::UserResult &r : results) {
        if (r.userId == c.users.at(2)) {
            EXPECT_TRUE(r.error.contains(QStringLiteral("usage location"))) << r.error.toStdString();
        } else if (r.userId == c.users.at(3)) {
            EXPECT_TRUE(r.error.contains(QStringLiteral("cannot be assigned together")))
                << r.error.toStdString();
        } else {
            EXPECT_TRUE(r.moved);
        }
    }
    EXPECT_TRUE(store().userHasSku(c.customerId, c.users.at(0), p.targetSku));
    EXPECT_FALSE(store().userHasSku(c.customerId, c.users.at(0), p.oldSku));
    // The problem users keep the old licence: never left with neither.
    EXPECT_TRUE(store().userHasSku(c.customerId, c.users.at(2), p.oldSku));
    EXPECT_TRUE(store().userHasSku(c.customerId, c.users.at(3), p.oldSku));

    const auto suspended = await(*m_engine, [&]() { return m_engine->suspend(); });
    EXPECT_FALSE(suspended.ok);
    ASSERT_FALSE(suspended.errors.isEmpty());
    EXPECT_TRUE(suspended.errors.first().message.contains(QStringLiteral("still hold")))
        << suspended.errors.first().toString().toStdString();
    const sandbox::SubscriptionRecord *old = store().subscription(c.customerId, c.subscriptionId);
    EXPECT_EQ(store().effectiveStatus(*old), SubscriptionStatus::Active);

    // Fix the usage location, retry the failed users alone: that one moves, the conflict stays.
    // Set the usage location in the store directly (the PATCH route has its own tests).
    const_cast<sandbox::UserRecord *>(store().user(c.customerId, c.users.at(2)))->usageLocation =
        QStringLiteral("IT");
    ASSERT_TRUE(plan(c.customerId).ok);
    results.clear();
    const auto retried = await(*m_engine, [&]() { return m_engine->reassign(); });
    EXPECT_FALSE(retried.ok);
    ASSERT_EQ(results.size(), 2);
    EXPECT_TRUE(store().userHasSku(c.customerId, c.users.at(2), p.targetSku));
    EXPECT_FALSE(store().userHasSku(c.customerId, c.users.at(3), p.targetSku));
    EXPECT_EQ(store().countSubscriptions(c.customerId, p.target.id), 1);
}

TEST_F(MigrationEngineTest, UsesEligibleUpgradeWithLicenceTransfer)
{
    const Custom c = addCustomer(kSalesCrmol, {{QStringLiteral("ann"), QStringLiteral("IT")},
                                               {QStringLiteral("ben"), QStringLiteral("IT")},
                                               {QStringLiteral("cat"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    const engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    ASSERT_TRUE(p.useUpgrade);
    ASSERT_TRUE(p.upgrade.has_value());
    EXPECT_EQ(p.target.name, QStringLiteral("Dynamics 365 for Sales Professional"));
    const auto done = runAll(*m_engine);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_TRUE(store().orders(c.customerId).isEmpty()); // no cart: the upgrade bought it
    EXPECT_EQ(store().countSubscriptions(c.customerId, p.target.id), 1);
    for (const QString &user : c.users) {
        EXPECT_TRUE(store().userHasSku(c.customerId, user, p.targetSku));
        EXPECT_FALSE(store().userHasSku(c.customerId, user, p.oldSku));
    }
    const auto rec = m_journal->findMigration(c.customerId, c.subscriptionId);
    ASSERT_TRUE(rec.ok() && rec.value());
    EXPECT_EQ(rec.value()->plan.path, journal::MigrationPath::Upgrade);
    EXPECT_EQ(rec.value()->state, journal::JournalState::Suspended);
    const sandbox::SubscriptionRecord *old = store().subscription(c.customerId, c.subscriptionId);
    EXPECT_EQ(store().effectiveStatus(*old), SubscriptionStatus::Suspended);
}

TEST_F(MigrationEngineTest, FallsBackToPurchaseWhenTheUpgradeIsRefused)
{
    const Custom c = addCustomer(kSalesCrmol, {{QStringLiteral("eve"), QStringLiteral("IT")},
                                               {QStringLiteral("fay"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    const engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    ASSERT_TRUE(p.useUpgrade);
    // Between plan and run, an add-on appears: Partner Center now refuses the upgrade.
    sandbox::SubscriptionRecord addOn;
    addOn.customerId = c.customerId;
    addOn.offerId = sandbox::sandboxOfferId(
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition Add-On for CRM Basic (Qualified Offer)"));
    addOn.parentSubscriptionId = c.subscriptionId;
    addOn.status = SubscriptionStatus::Suspended;
    store().addSubscription(addOn);

    const auto done = runAll(*m_engine);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    // Bought through the cart instead: the new-commerce Sales Professional the plan kept for this case, not
    // the legacy upgrade target (which Partner Center no longer sells).
    const QString salesPro =
        sandbox::nce::catalogItemId(sandbox::nce::SalesProfessionalProduct, sandbox::nce::MainSku,
                                    sandbox::nce::SalesProfessionalCommercial);
    ASSERT_TRUE(p.purchaseFallback.has_value());
    EXPECT_EQ(p.purchaseFallback->id, salesPro);
    EXPECT_EQ(store().orders(c.customerId).size(), 1);
    EXPECT_EQ(store().countSubscriptions(c.customerId, salesPro), 1);
    EXPECT_EQ(store().countSubscriptions(c.customerId, p.target.id), 0);
    for (const QString &user : c.users) {
        EXPECT_TRUE(store().userHasSku(c.customerId, user, sandbox::skus::SalesProfessional));
        EXPECT_FALSE(store().userHasSku(c.customerId, user, p.oldSku));
    }
    const auto all = m_journal->migrations(c.customerId);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).state, journal::JournalState::Cancelled);
    EXPECT_EQ(all->at(1).plan.path, journal::MigrationPath::Purchase);
    EXPECT_EQ(all->at(1).plan.targetOfferId, salesPro);
    EXPECT_EQ(all->at(1).plan.termDuration, QStringLiteral("P1Y"));
    EXPECT_EQ(all->at(1).plan.billingCycle, QStringLiteral("monthly"));
    EXPECT_EQ(all->at(1).state, journal::JournalState::Suspended);
}

TEST_F(MigrationEngineTest, RefusesStepsOutOfOrder)
{
    EXPECT_FALSE(m_engine->purchase()); // no plan: refused at once
    EXPECT_EQ(m_engine->errorText(), QStringLiteral("plan first"));
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("dan"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    const auto bought = await(*m_engine, [&]() { return m_engine->purchase(); });
    ASSERT_TRUE(bought.ok) << bought.summary.toStdString();
    // Suspend right after the purchase, before dan was moved and verified: refused, the old subscription
    // (dan's only licence) stays active.
    const auto suspended = await(*m_engine, [&]() { return m_engine->suspend(); });
    EXPECT_FALSE(suspended.ok);
    EXPECT_FALSE(suspended.nothingDone);
    EXPECT_FALSE(suspended.errors.isEmpty());
    const sandbox::SubscriptionRecord *old = store().subscription(c.customerId, c.subscriptionId);
    ASSERT_NE(old, nullptr);
    EXPECT_EQ(store().effectiveStatus(*old), SubscriptionStatus::Active);
}

// Three users hold the retired licence: three new licences, the number written here and not derived
// from the planner's own rule.
TEST_F(MigrationEngineTest, PlansOneLicencePerUserOfTheOldOffer)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")},
                                                {QStringLiteral("bob"), QStringLiteral("IT")},
                                                {QStringLiteral("cyd"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    ASSERT_EQ(m_engine->currentPlan().subscriptions.size(), 1);
    EXPECT_EQ(m_engine->currentPlan().subscriptions.first().quantity, 3);
    EXPECT_EQ(m_engine->currentPlan().subscriptions.first().users.size(), 3);
}

// A cart created, but its 201 answer arrives cut short twice: the same MS-RequestId is replayed until the
// answer can be read, so exactly one cart (one create_cart write) is made and the migration completes.
TEST_F(MigrationEngineTest, AnUnreadableCreatedAnswerIsReplayedNotSentAgain)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")}});
    server().failAfterRunning("POST", QStringLiteral("/carts"), -1, 2);
    ASSERT_TRUE(plan(c.customerId).ok);
    const auto done = runAll(*m_engine);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    const auto rec = m_journal->findMigration(c.customerId, c.subscriptionId);
    ASSERT_TRUE(rec.ok() && rec.value());
    const auto writes = m_journal->writes(rec.value()->id);
    ASSERT_TRUE(writes.ok());
    const auto carts = std::count_if(writes->cbegin(), writes->cend(), [](const journal::WriteRequest &w) {
        return w.kind == journal::WriteKind::CreateCart;
    });
    EXPECT_EQ(carts, 1) << "one request id for the cart";
    EXPECT_EQ(store().orders(c.customerId).size(), 1);
}

} // namespace
