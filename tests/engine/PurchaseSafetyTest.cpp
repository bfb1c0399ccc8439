// Money safety where the fault suite does not look (issue 15): an upgrade whose answer is unclear is never
// followed by a purchase, a checkout without a clear answer resolves instead of sticking, a refused
// checkout lets a later run start a new cart, and the order look-up adopts only an order tied to our cart.

#include "engine/ResumeLogic.h"
#include "tests/engine/EngineFixture.h"

#include <QJsonDocument>

using namespace om;
using namespace om::test;
using om::sandbox::SubscriptionStatus;

namespace {

class PurchaseSafetyTest : public EngineFixture
{
protected:
    om::sandbox::SandboxOptions sandboxOptions() const override
    {
        om::sandbox::SandboxOptions o = EngineFixture::sandboxOptions();
        o.fixedAccessToken = kToken; // stays valid when a test moves the sandbox's clock
        return o;
    }

    void SetUp() override
    {
        EngineFixture::SetUp();
        // Fast retries: a 5xx "after the retries" comes in milliseconds.
        m_engine.reset();
        m_tokens = std::make_unique<pc::StaticTokenProvider>(kToken);
        http().setBearerToken(kToken);
        pc::ClientConfig config;
        config.baseUrl = baseUrl();
        config.requestTimeoutMs = 10000;
        config.requestsPerMinute = 100000;
        config.retry.baseDelayMs = 5;
        config.retry.maxDelayMs = 20;
        m_client = std::make_unique<pc::PartnerCenterClient>(&network(), m_tokens.get(), m_clock, config);
        m_engine = newEngine();
    }

    static inline const QString kToken = QStringLiteral("purchase-safety-token");

    // The sandbox's clock (a manual one, a few days behind) set to real time, where a test compares
    // Partner Center's creation dates with the journal's.
    void alignClocks() { clock().advanceSecs(clock().now().secsTo(QDateTime::currentDateTimeUtc())); }

    engine::EngineResult runOnce(const QString &customerId)
    {
        auto engine = newEngine();
        const auto planned = plan(*engine, {customerId, {}, {}, {}, {}, 0});
        if (!planned.ok)
            return planned;
        return runAll(*engine);
    }

    journal::MigrationRecord migrationOf(const Custom &c)
    {
        const auto rec = m_journal->findMigration(c.customerId, c.subscriptionId);
        EXPECT_TRUE(rec.ok() && rec.value().has_value());
        return rec.ok() && rec.value() ? *rec.value() : journal::MigrationRecord{};
    }

    // A purchase-path migration in the journal with a cart created at the sandbox (as the engine does)
    // and one checkout write recorded: answered `status` (never sent) when `status` > 0, else pending.
    struct Started
    {
        engine::SubscriptionPlan plan;
        QString cartId;
        QString checkoutPath;
        QString requestId;
    };
    Started startWithCart(const Custom &c, int checkoutStatus, const QByteArray &answer = {})
    {
        Started s;
        EXPECT_TRUE(plan(c.customerId).ok);
        s.plan = m_engine->currentPlan().subscriptions.first();
        EXPECT_TRUE(engine::recordNewMigration(*m_journal, s.plan, {}).ok());
        EXPECT_TRUE(m_journal->transition(s.plan.migrationId, journal::JournalState::Purchasing).ok());
        const auto cart = sendJson("POST", QStringLiteral("/v1/customers/%1/carts").arg(c.customerId),
                                   pc::cartRequestJson({{0,
                                                         s.plan.target.id,
                                                         s.plan.quantity,
                                                         s.plan.target.billingCycle,
                                                         s.plan.target.termDuration,
                                                         {}}}));
        EXPECT_EQ(cart.status, 201) << cart.describe().toStdString();
        s.cartId = cart.object().value(u"id").toString();
        journal::MigrationUpdate u;
        u.cartId = s.cartId;
        EXPECT_TRUE(m_journal->transition(s.plan.migrationId, journal::JournalState::Purchasing, u).ok());
        journal::WriteRequestSpec spec;
        spec.migrationId = s.plan.migrationId;
        spec.kind = journal::WriteKind::Checkout;
        spec.method = QStringLiteral("POST");
        spec.path = QStringLiteral("/v1/customers/%1/carts/%2/checkout").arg(c.customerId, s.cartId);
        spec.body = QByteArrayLiteral("{}");
        spec.cartId = s.cartId; // as the engine records it (typed, schema 5)
        s.checkoutPath = spec.path;
        const auto write = m_journal->recordWriteBeforeSend(spec);
        EXPECT_TRUE(write.ok());
        s.requestId = write->requestId;
        if (checkoutStatus > 0) {
            EXPECT_TRUE(m_journal->recordWriteAnswer(s.requestId, checkoutStatus, answer).ok());
        }
        return s;
    }

    // Another admin buys through a cart of their own: the new order's id.
    QString foreignOrder(const QString &customerId, const QString &item, int quantity,
                         const engine::Replacement &target)
    {
        const auto cart = sendJson(
            "POST", QStringLiteral("/v1/customers/%1/carts").arg(customerId),
            pc::cartRequestJson({{0, item, quantity, target.billingCycle, target.termDuration, {}}}));
        EXPECT_EQ(cart.status, 201) << cart.describe().toStdString();
        const auto checkout = send("POST",
                                   QStringLiteral("/v1/customers/%1/carts/%2/checkout")
                                       .arg(customerId, cart.object().value(u"id").toString()),
                                   QByteArrayLiteral("{}"));
        EXPECT_EQ(checkout.status, 201) << checkout.describe().toStdString();
        return checkout.object().value(u"orders").toArray().first().toObject().value(u"id").toString();
    }

    QString ourOrderOfCart(const QString &customerId, const QString &cartId)
    {
        const sandbox::CartRecord *cart = store().cart(customerId, cartId);
        return cart && !cart->orderIds.isEmpty() ? cart->orderIds.first() : QString();
    }
};

// Item 1: the upgrade ran at Partner Center, but its answer was a 5xx (after the client's retries).
// Falling back to a purchase would buy a second replacement: the engine finds the upgrade instead.
TEST_F(PurchaseSafetyTest, UpgradeAnsweredServerErrorAfterItRanIsFoundNotBoughtAgain)
{
    alignClocks();
    const Custom c = addCustomer(kSalesCrmol, {{QStringLiteral("ann"), QStringLiteral("IT")},
                                               {QStringLiteral("ben"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    const engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    ASSERT_TRUE(p.useUpgrade);
    server().failAfterRunning("POST", QStringLiteral("/upgrades"), 503, 5); // first try and 4 retries
    const auto done = runAll(*m_engine);
    EXPECT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_TRUE(store().orders(c.customerId).isEmpty()) << "a replacement was bought after the upgrade";
    EXPECT_EQ(store().countSubscriptions(c.customerId, p.target.id), 1);
    const journal::MigrationRecord m = migrationOf(c);
    EXPECT_EQ(m.plan.path, journal::MigrationPath::Upgrade);
    EXPECT_EQ(m.state, journal::JournalState::Suspended);
    EXPECT_EQ(m_journal->migrations(c.customerId)->size(), 1);
    for (const QString &user : c.users)
        EXPECT_TRUE(store().userHasSku(c.customerId, user, p.targetSku));
}

// Item 1: a 5xx before the upgrade ran. The engine cannot tell, so it buys nothing and stops; Partner
// Center shows no upgrade, so the next run sends the upgrade again.
TEST_F(PurchaseSafetyTest, UpgradeServerErrorBeforeItRanStopsWithoutBuyingThenUpgradesNextRun)
{
    alignClocks();
    const Custom c = addCustomer(kSalesCrmol, {{QStringLiteral("cid"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    const engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    ASSERT_TRUE(p.useUpgrade);
    // Every upgrade POST gets a 5xx before it runs; everything else is served.
    QObject::connect(&server(), &sandbox::SandboxServer::requestArrived, &server(),
                     [this](const sandbox::SandboxRequest &r) {
                         sandbox::FaultSpec spec;
                         if (r.method == "POST" && r.path.endsWith(QLatin1String("/upgrades")))
                             spec.serverError = 1.0;
                         server().setFaults(spec, 1);
                     });
    const auto failed = runAll(*m_engine);
    EXPECT_FALSE(failed.ok);
    EXPECT_TRUE(store().orders(c.customerId).isEmpty()) << "fell back to a purchase on a 5xx";
    EXPECT_EQ(store().countSubscriptions(c.customerId, p.target.id), 0);
    journal::MigrationRecord m = migrationOf(c);
    EXPECT_EQ(m.state, journal::JournalState::Failed);
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("run the migration again"), Qt::CaseInsensitive))
        << m.lastError.toStdString();

    QObject::disconnect(&server(), &sandbox::SandboxServer::requestArrived, &server(), nullptr);
    server().setFaults({}, 1);
    const auto done = runOnce(c.customerId);
    EXPECT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_TRUE(store().orders(c.customerId).isEmpty());
    EXPECT_EQ(store().countSubscriptions(c.customerId, p.target.id), 1);
    EXPECT_EQ(migrationOf(c).state, journal::JournalState::Suspended);
}

// Item 5: the checkout ran but its answer was a 5xx after the retries. Sent again for the same cart, it
// answers 800065 "already submitted": the order our cart produced is adopted. Before, this run failed
// and every later run ended on "no order was placed since the migration started".
TEST_F(PurchaseSafetyTest, CheckoutAnsweredServerErrorAfterItRanBuysOnce)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("dee"), QStringLiteral("IT")},
                                                {QStringLiteral("eli"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    const engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    server().failAfterRunning("POST", QStringLiteral("/checkout"), 503, 5);
    auto done = runAll(*m_engine);
    if (!done.ok)
        done = runOnce(c.customerId);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_EQ(store().orders(c.customerId).size(), 1);
    EXPECT_EQ(store().countSubscriptions(c.customerId, p.target.id), 1);
    const journal::MigrationRecord m = migrationOf(c);
    EXPECT_EQ(m.orderId, ourOrderOfCart(c.customerId, m.cartId));
    EXPECT_EQ(m.state, journal::JournalState::Suspended);
}

// Item 5: a checkout refused (400, not "already submitted") fails with the service's reason; the journal
// proves no order exists for that cart, so the next run buys through a new cart.
TEST_F(PurchaseSafetyTest, CheckoutRefusedFailsWithTheReasonAndTheNextRunStartsANewCart)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("fox"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    const engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    bool refused = false;
    QObject::connect(&server(), &sandbox::SandboxServer::requestArrived, &server(),
                     [&](const sandbox::SandboxRequest &r) {
                         if (refused || r.method != "POST" || !r.path.endsWith(QLatin1String("/checkout")))
                             return;
                         refused = true; // the catalogue changed under the cart: 400/800009 at checkout
                         const QString cartId = r.path.section(QLatin1Char('/'), -2, -2);
                         auto *cart = const_cast<sandbox::CartRecord *>(store().cart(c.customerId, cartId));
                         ASSERT_NE(cart, nullptr);
                         cart->lineItems[0].errorCode = 10001;
                         cart->lineItems[0].errorName = QStringLiteral("catalog_item_id_is_not_valid");
                     });
    const auto failed = runAll(*m_engine);
    ASSERT_TRUE(refused);
    EXPECT_FALSE(failed.ok);
    EXPECT_TRUE(failed.summary.contains(QStringLiteral("800009"))) << failed.summary.toStdString();
    EXPECT_TRUE(store().orders(c.customerId).isEmpty());
    EXPECT_EQ(migrationOf(c).state, journal::JournalState::Failed);

    const auto done = runOnce(c.customerId);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_EQ(store().orders(c.customerId).size(), 1);
    EXPECT_EQ(store().cartCount(c.customerId), 2);
    EXPECT_EQ(store().countSubscriptions(c.customerId, p.target.id), 1);
}

// Item 9: our checkout answered 5xx before it ran (the cart is still Active), and another admin ordered
// the same item since the migration started. That order is not ours: ours is checked out again.
TEST_F(PurchaseSafetyTest, OrderLookUpNeverAdoptsAnOrderOfAnotherCart)
{
    alignClocks();
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("gus"), QStringLiteral("IT")}});
    const Started s = startWithCart(c, 503, QByteArrayLiteral("HTTP 503: unavailable"));
    const QString foreign = foreignOrder(c.customerId, s.plan.target.id, s.plan.quantity, s.plan.target);
    const auto done = runOnce(c.customerId);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    const journal::MigrationRecord m = migrationOf(c);
    EXPECT_NE(m.orderId, foreign) << "adopted another admin's order";
    EXPECT_EQ(m.orderId, ourOrderOfCart(c.customerId, s.cartId));
    EXPECT_EQ(store().orders(c.customerId).size(), 2);
}

// Item 9: our cart was ordered (the answer was lost), and a newer order for the same item with another
// quantity exists: the look-up takes the order whose line matches our cart, not the newest one.
TEST_F(PurchaseSafetyTest, OrderLookUpTakesTheOrderMatchingOurCart)
{
    alignClocks();
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("hal"), QStringLiteral("IT")}});
    const Started s = startWithCart(c, 503, QByteArrayLiteral("HTTP 503: unavailable"));
    const auto lost = send("POST", s.checkoutPath, QByteArrayLiteral("{}")); // ran; its answer never came
    ASSERT_EQ(lost.status, 201) << lost.describe().toStdString();
    clock().advanceSecs(5);
    const QString foreign = foreignOrder(c.customerId, s.plan.target.id, s.plan.quantity + 3, s.plan.target);
    const auto done = runOnce(c.customerId);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    const journal::MigrationRecord m = migrationOf(c);
    EXPECT_EQ(m.orderId, ourOrderOfCart(c.customerId, s.cartId));
    EXPECT_NE(m.orderId, foreign);
    EXPECT_EQ(store().orders(c.customerId).size(), 2);
}

// Item 9: two orders match our ordered cart exactly: nothing can be tied, so the migration stops with the
// cart id and the way out, and buys nothing.
TEST_F(PurchaseSafetyTest, OrderLookUpFailsClosedWhenTheOrderCannotBeTied)
{
    alignClocks();
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ivy"), QStringLiteral("IT")}});
    const Started s = startWithCart(c, 503, QByteArrayLiteral("HTTP 503: unavailable"));
    ASSERT_EQ(send("POST", s.checkoutPath, QByteArrayLiteral("{}")).status, 201);
    clock().advanceSecs(5);
    foreignOrder(c.customerId, s.plan.target.id, s.plan.quantity, s.plan.target);
    const auto failed = runOnce(c.customerId);
    EXPECT_FALSE(failed.ok);
    EXPECT_TRUE(failed.summary.contains(s.cartId)) << failed.summary.toStdString();
    EXPECT_TRUE(failed.summary.contains(QStringLiteral("offer-migrator cancel")))
        << failed.summary.toStdString();
    EXPECT_EQ(store().orders(c.customerId).size(), 2);
    const journal::MigrationRecord m = migrationOf(c);
    EXPECT_TRUE(m.orderId.isEmpty());
    EXPECT_TRUE(m.newSubscriptionId.isEmpty());
}

// Issue item 4: a checkout answered with its order is found whatever cart it was for, even when an
// earlier checkout of another cart was refused.
TEST_F(PurchaseSafetyTest, AnsweredCheckoutIsFoundWhateverTheCartId)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("jon"), QStringLiteral("IT")}});
    const Started first =
        startWithCart(c, 400, QByteArrayLiteral("HTTP 400 (code 800009): errors in the cart"));
    // A second cart, checked out with the journal's request id; the answer is recorded, then the process
    // died before the order id reached the migration.
    const auto cart = sendJson("POST", QStringLiteral("/v1/customers/%1/carts").arg(c.customerId),
                               pc::cartRequestJson({{0,
                                                     first.plan.target.id,
                                                     first.plan.quantity,
                                                     first.plan.target.billingCycle,
                                                     first.plan.target.termDuration,
                                                     {}}}));
    const QString cartId = cart.object().value(u"id").toString();
    journal::MigrationUpdate u;
    u.cartId = cartId;
    ASSERT_TRUE(m_journal->transition(first.plan.migrationId, journal::JournalState::Purchasing, u).ok());
    journal::WriteRequestSpec spec;
    spec.migrationId = first.plan.migrationId;
    spec.kind = journal::WriteKind::Checkout;
    spec.method = QStringLiteral("POST");
    spec.path = QStringLiteral("/v1/customers/%1/carts/%2/checkout").arg(c.customerId, cartId);
    spec.body = QByteArrayLiteral("{}");
    spec.cartId = cartId;
    const auto write = m_journal->recordWriteBeforeSend(spec);
    ASSERT_TRUE(write.ok());
    const auto answered = send("POST", spec.path, QByteArrayLiteral("{}"),
                               {{QByteArrayLiteral("MS-RequestId"), write->requestId.toLatin1()}});
    ASSERT_EQ(answered.status, 201);
    const QString orderId =
        answered.object().value(u"orders").toArray().first().toObject().value(u"id").toString();
    ASSERT_TRUE(
        m_journal
            ->recordWriteAnswer(write->requestId, 201,
                                QJsonDocument(QJsonObject{{QStringLiteral("orderId"), orderId},
                                                          {QStringLiteral("orderErrors"), QJsonArray()}})
                                    .toJson(QJsonDocument::Compact),
                                journal::WriteAnswerIds{orderId}) // as the engine records it (schema 6)
            .ok());
    // Another admin's order for the same item, placed later: the look-up must not need it.
    clock().advanceSecs(5);
    foreignOrder(c.customerId, first.plan.target.id, first.plan.quantity, first.plan.target);
    const auto done = runOnce(c.customerId);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_EQ(migrationOf(c).orderId, orderId);
    EXPECT_EQ(store().orders(c.customerId).size(), 2);
}

// Item 8: the plan text says the upgrade suspends the old subscription on Partner Center's side.
TEST_F(PurchaseSafetyTest, PlanTextSaysTheUpgradeSuspendsTheOldSubscription)
{
    const Custom c = addCustomer(kSalesCrmol, {{QStringLiteral("kim"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    ASSERT_TRUE(m_engine->currentPlan().subscriptions.first().useUpgrade);
    const QString text = m_engine->currentPlan().describe();
    EXPECT_TRUE(text.contains(QStringLiteral("Partner Center suspends the old subscription")))
        << text.toStdString();
}

// Issue 18.3: a checkout answered with its order and new subscription, both recorded with the answer as
// typed fields (schema 6 and 7), and the process died before the migration took them. The next run takes
// the subscription from the journal: no order is read, nothing is bought again.
TEST_F(PurchaseSafetyTest, AnsweredCheckoutResumesWithItsTypedSubscriptionWithoutReadingTheOrder)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("kim"), QStringLiteral("IT")}});
    const Started s = startWithCart(c, 0); // recorded, not answered yet
    const auto answered = send("POST", s.checkoutPath, QByteArrayLiteral("{}"),
                               {{QByteArrayLiteral("MS-RequestId"), s.requestId.toLatin1()}});
    ASSERT_EQ(answered.status, 201) << answered.describe().toStdString();
    ASSERT_EQ(store().orders(c.customerId).size(), 1);
    const QString orderId = store().orders(c.customerId).first()->id;
    const QString subscriptionId = store().orders(c.customerId).first()->lineItems.first().subscriptionId;
    ASSERT_FALSE(subscriptionId.isEmpty()) << "the sandbox provisions the order at once";
    journal::WriteAnswerIds ids;
    ids.orderId = orderId;
    ids.answerSubscriptionId = subscriptionId;
    // The stored text names neither: the run must read the typed fields.
    ASSERT_TRUE(
        m_journal->recordWriteAnswer(s.requestId, 201, QByteArrayLiteral(R"({"orderErrors":[]})"), ids).ok());
    int orderReads = 0;
    int checkouts = 0;
    QObject::connect(
        &server(), &sandbox::SandboxServer::requestArrived, &server(), [&](const sandbox::SandboxRequest &r) {
            orderReads += r.method == "GET" && r.path.contains(QLatin1String("/orders/")) ? 1 : 0;
            checkouts += r.method == "POST" && r.path.endsWith(QLatin1String("/checkout")) ? 1 : 0;
        });
    const auto done = runOnce(c.customerId);
    QObject::disconnect(&server(), &sandbox::SandboxServer::requestArrived, &server(), nullptr);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_EQ(orderReads, 0) << "the subscription was looked up instead of read from the journal";
    EXPECT_EQ(checkouts, 0);
    EXPECT_EQ(store().orders(c.customerId).size(), 1);
    const journal::MigrationRecord m = migrationOf(c);
    EXPECT_EQ(m.orderId, orderId);
    EXPECT_EQ(m.newSubscriptionId, subscriptionId);
    for (const QString &user : c.users)
        EXPECT_TRUE(store().userHasSku(c.customerId, user, s.plan.targetSku));
}

// A checkout answer recorded without its typed ids (an app older than schema 6 writing to a shared journal)
// but naming its order in the stored text: never read as a refusal, which would start a new cart and buy a
// second time. The same cart is checked out again and its "already ordered" answer leads to the one order.
TEST_F(PurchaseSafetyTest, AnUntypedCheckoutAnswerNamingItsOrderIsNeverBoughtAgain)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("lee"), QStringLiteral("IT")}});
    const Started s = startWithCart(c, 0);
    const auto answered = send("POST", s.checkoutPath, QByteArrayLiteral("{}"),
                               {{QByteArrayLiteral("MS-RequestId"), s.requestId.toLatin1()}});
    ASSERT_EQ(answered.status, 201) << answered.describe().toStdString();
    ASSERT_EQ(store().orders(c.customerId).size(), 1);
    const QString orderId = store().orders(c.customerId).first()->id;
    ASSERT_TRUE(
        m_journal
            ->recordWriteAnswer(s.requestId, 201,
                                QStringLiteral(R"({"orderId":"%1","orderErrors":[]})").arg(orderId).toUtf8())
            .ok());
    const auto done = runOnce(c.customerId);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_EQ(store().orders(c.customerId).size(), 1) << "bought a second time";
    EXPECT_EQ(migrationOf(c).orderId, orderId);
    for (const QString &user : c.users)
        EXPECT_TRUE(store().userHasSku(c.customerId, user, s.plan.targetSku));
}

// Issue 18.3: an upgrade answered with its target, recorded with it as a typed field (schema 7), and the
// process died before the migration took it. The next run adopts that target: no second upgrade is sent,
// nothing is bought.
TEST_F(PurchaseSafetyTest, AnsweredUpgradeResumesWithItsTypedTargetWithoutUpgradingAgain)
{
    alignClocks();
    const Custom c = addCustomer(kSalesCrmol, {{QStringLiteral("ann"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    ASSERT_TRUE(p.useUpgrade);
    ASSERT_TRUE(p.upgrade.has_value());
    ASSERT_TRUE(engine::recordNewMigration(*m_journal, p, {}).ok());
    ASSERT_TRUE(m_journal->transition(p.migrationId, journal::JournalState::Purchasing).ok());
    pc::Upgrade upgrade = *p.upgrade; // as the purchase step sends it: the planned quantity
    upgrade.quantity = p.quantity;
    upgrade.raw.insert(QStringLiteral("quantity"), upgrade.quantity);
    const pc::WriteRequest write = pc::upgradeWrite(c.customerId, c.subscriptionId, upgrade);
    journal::WriteRequestSpec spec;
    spec.migrationId = p.migrationId;
    spec.kind = journal::WriteKind::Upgrade;
    spec.method = write.method();
    spec.path = write.path();
    spec.body = write.body();
    spec.subscriptionId = write.ids.subscriptionId;
    const auto recorded = m_journal->recordWriteBeforeSend(spec);
    ASSERT_TRUE(recorded.ok()) << qPrintable(recorded.error().toString());
    const auto answered = send("POST", spec.path, spec.body,
                               {{QByteArrayLiteral("MS-RequestId"), recorded->requestId.toLatin1()}});
    ASSERT_EQ(answered.status / 100, 2) << answered.describe().toStdString();
    const QString target = answered.object().value(u"targetSubscriptionId").toString();
    ASSERT_FALSE(target.isEmpty()) << answered.describe().toStdString();
    journal::WriteAnswerIds ids;
    ids.answerSubscriptionId = target;
    ASSERT_TRUE(
        m_journal->recordWriteAnswer(recorded->requestId, answered.status, QByteArrayLiteral("{}"), ids)
            .ok());
    int upgrades = 0;
    QObject::connect(
        &server(), &sandbox::SandboxServer::requestArrived, &server(), [&](const sandbox::SandboxRequest &r) {
            upgrades += r.method == "POST" && r.path.endsWith(QLatin1String("/upgrades")) ? 1 : 0;
        });
    const auto done = runOnce(c.customerId);
    QObject::disconnect(&server(), &sandbox::SandboxServer::requestArrived, &server(), nullptr);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_EQ(upgrades, 0) << "the answered upgrade was sent again";
    EXPECT_TRUE(store().orders(c.customerId).isEmpty());
    EXPECT_EQ(store().countSubscriptions(c.customerId, p.target.id), 1);
    const journal::MigrationRecord m = migrationOf(c);
    EXPECT_EQ(m.newSubscriptionId, target);
    EXPECT_EQ(m.state, journal::JournalState::Suspended);
}

} // namespace
