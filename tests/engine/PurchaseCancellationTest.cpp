// Undoing a purchase inside new commerce's cancellation window, against the in-process sandbox.

#include "engine/PurchaseCancellation.h"

#include "cli/CancelPurchaseCommand.h"
#include "tests/engine/EngineFixture.h"

#include <QTest>

using namespace om;
using namespace om::test;
using om::sandbox::SubscriptionStatus;

namespace {

class PurchaseCancellationTest : public EngineFixture
{
protected:
    // The client's clock is the sandbox's: the cancellation date is read in the same time as it was set.
    engine::EngineContext context()
    {
        return engine::EngineContext{m_client.get(), m_journal.get(), &clock(), {}};
    }

    // Buys the replacement of a fresh customer's retired subscription (purchase step only).
    Custom bought()
    {
        Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")},
                                              {QStringLiteral("ben"), QStringLiteral("IT")}});
        EXPECT_TRUE(plan(c.customerId).ok);
        const engine::EngineResult r = await(*m_engine, [&]() { return m_engine->purchase(); });
        EXPECT_TRUE(r.ok) << r.summary.toStdString();
        return c;
    }

    Result<QList<engine::CancellablePurchase>> inspect(engine::PurchaseCancellation &c,
                                                       const QString &customer)
    {
        Result<QList<engine::CancellablePurchase>> out =
            Error::make(Error::Kind::Internal, QStringLiteral("none"));
        bool done = false;
        c.inspect(customer, QString(), [&](const Result<QList<engine::CancellablePurchase>> &r) {
            out = r;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 20000));
        return out;
    }

    Status cancel(engine::PurchaseCancellation &c, const engine::CancellablePurchase &p)
    {
        Status out = Error::make(Error::Kind::Internal, QStringLiteral("none"));
        bool done = false;
        c.cancel(p, [&](const Status &s) {
            out = s;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 20000));
        return out;
    }
};

TEST_F(PurchaseCancellationTest, CancelsInsideTheWindowForARefundAndClosesTheMigration)
{
    const Custom c = bought();
    const auto rec = m_journal->findMigration(c.customerId, c.subscriptionId);
    ASSERT_TRUE(rec.ok() && rec.value());
    const QString newId = rec.value()->newSubscriptionId;
    ASSERT_FALSE(newId.isEmpty());
    const QString sku = rec.value()->plan.targetSku;
    const int seatsBefore = store().activeUnits(c.customerId, sku);
    ASSERT_EQ(seatsBefore, 2);

    engine::PurchaseCancellation cancellation(context());
    const auto found = inspect(cancellation, c.customerId);
    ASSERT_TRUE(found.ok()) << found.error().toString().toStdString();
    ASSERT_EQ(found->size(), 1);
    const engine::CancellablePurchase p = found->first();
    EXPECT_EQ(p.newSubscriptionId, newId);
    EXPECT_EQ(p.quantity, 2);
    EXPECT_TRUE(p.refusal.isEmpty()) << p.refusal.toStdString();
    // 168 hours after the purchase (the sandbox bought it at its clock's now).
    EXPECT_EQ(p.allowedUntil, clock().now().addSecs(qint64{168} * 3600));

    const Status cancelled = cancel(cancellation, p);
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().toString().toStdString();
    const sandbox::SubscriptionRecord *fresh = store().subscription(c.customerId, newId);
    ASSERT_NE(fresh, nullptr);
    EXPECT_EQ(store().effectiveStatus(*fresh), SubscriptionStatus::Deleted);
    EXPECT_EQ(store().activeUnits(c.customerId, sku), 0);
    // The old subscription and its users are untouched.
    const sandbox::SubscriptionRecord *old = store().subscription(c.customerId, c.subscriptionId);
    EXPECT_EQ(store().effectiveStatus(*old), SubscriptionStatus::Active);
    for (const QString &user : c.users)
        EXPECT_TRUE(store().userHasSku(c.customerId, user, rec.value()->plan.oldSku));
    // Journalled: one answered cancel write, the migration closed, the subscription free to plan again.
    const auto writes = m_journal->writes(rec.value()->id);
    ASSERT_TRUE(writes.ok());
    const auto cancelWrites =
        std::count_if(writes->cbegin(), writes->cend(), [](const journal::WriteRequest &w) {
            return w.kind == journal::WriteKind::CancelPurchase &&
                   w.status == journal::WriteStatus::Answered && w.method == QLatin1String("PATCH");
        });
    EXPECT_EQ(cancelWrites, 1);
    const auto closed = m_journal->migration(rec.value()->id);
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(closed->state, journal::JournalState::Cancelled);
    const auto again = m_journal->findMigration(c.customerId, c.subscriptionId);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.value().has_value());
    // Nothing is left to cancel.
    const auto after = inspect(cancellation, c.customerId);
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->isEmpty());
}

TEST_F(PurchaseCancellationTest, RefusedOnceUsersHoldTheNewLicence)
{
    const Custom c = bought();
    const engine::EngineResult moved = await(*m_engine, [&]() { return m_engine->reassign(); });
    ASSERT_TRUE(moved.ok) << moved.summary.toStdString();
    engine::PurchaseCancellation cancellation(context());
    const auto found = inspect(cancellation, c.customerId);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_TRUE(found->first().refusal.contains(QLatin1String("2 user(s) were moved")))
        << found->first().refusal.toStdString();
    const Status refused = cancel(cancellation, found->first());
    EXPECT_FALSE(refused.ok());
    const sandbox::SubscriptionRecord *fresh =
        store().subscription(c.customerId, found->first().newSubscriptionId);
    EXPECT_EQ(store().effectiveStatus(*fresh), SubscriptionStatus::Active);
}

TEST_F(PurchaseCancellationTest, RefusedWhenPartnerCenterCountsAssignedSeatsTheJournalDoesNotKnow)
{
    const Custom c = bought();
    const auto rec = m_journal->findMigration(c.customerId, c.subscriptionId);
    ASSERT_TRUE(rec.ok() && rec.value());
    // Someone assigned the new licence outside the app (admin centre): cancelling would cut them off.
    store().grantLicence(c.customerId, c.users.first(), {rec.value()->plan.targetSku, {}});
    engine::PurchaseCancellation cancellation(context());
    const auto found = inspect(cancellation, c.customerId);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_TRUE(found->first().refusal.contains(QLatin1String("are assigned")))
        << found->first().refusal.toStdString();
}

TEST_F(PurchaseCancellationTest, RefusedAfterTheWindowByTheClientAndByPartnerCenter)
{
    const Custom c = bought();
    clock().advanceSecs(168 * 3600 + 60);
    // A week later the first token has expired: a client signed in now.
    pc::StaticTokenProvider tokens(host().issueAccessToken());
    pc::ClientConfig config;
    config.baseUrl = baseUrl();
    config.requestsPerMinute = 100000;
    pc::PartnerCenterClient client(&network(), &tokens, m_clock, config);
    engine::PurchaseCancellation cancellation(engine::EngineContext{&client, m_journal.get(), &clock(), {}});
    const auto found = inspect(cancellation, c.customerId);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_TRUE(found->first().refusal.contains(QLatin1String("closed on")))
        << found->first().refusal.toStdString();
    // A client whose clock is behind would ask anyway: Partner Center refuses (900213), nothing changes.
    engine::CancellablePurchase p = found->first();
    p.refusal.clear();
    ManualClock behind(clock().now().addDays(-7));
    engine::PurchaseCancellation skewed(engine::EngineContext{&client, m_journal.get(), &behind, {}});
    const Status refused = cancel(skewed, p);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().serviceCode, QStringLiteral("900213"))
        << refused.error().toString().toStdString();
    const sandbox::SubscriptionRecord *fresh = store().subscription(c.customerId, p.newSubscriptionId);
    EXPECT_EQ(store().effectiveStatus(*fresh), SubscriptionStatus::Active);
    const auto rec = m_journal->findMigration(c.customerId, c.subscriptionId);
    ASSERT_TRUE(rec.ok() && rec.value());
    EXPECT_NE(rec.value()->state, journal::JournalState::Cancelled);
}

} // namespace

// Partner Center cancels, then the answer is lost: a 5xx on every attempt, or the connection dropped. The
// migration still closes: at once after the 5xx (the subscription is read and shows deleted), and on the next
// run after a drop (the pending cancel write is settled by that reading). Never stuck, never sent twice.
TEST_F(PurchaseCancellationTest, ALostCancelAnswerStillClosesTheMigration)
{
    for (const int lost : {503, 0}) {
        const Custom c = bought();
        const auto rec = m_journal->findMigration(c.customerId, c.subscriptionId);
        ASSERT_TRUE(rec.ok() && rec.value());
        const QString newId = rec.value()->newSubscriptionId;
        server().failAfterRunning("PATCH", newId, lost, 10);
        engine::PurchaseCancellation cancellation(context());
        const auto found = inspect(cancellation, c.customerId);
        ASSERT_TRUE(found.ok());
        ASSERT_EQ(found->size(), 1);
        const Status first = cancel(cancellation, found->first());
        EXPECT_EQ(store().effectiveStatus(*store().subscription(c.customerId, newId)),
                  SubscriptionStatus::Deleted);
        if (lost != 0) {
            EXPECT_TRUE(first.ok()) << first.error().toString().toStdString();
        } else {
            EXPECT_FALSE(first.ok()) << "no answer: run it again";
            server().failAfterRunning("PATCH", newId, 0, 0);
            const auto again = inspect(cancellation, c.customerId);
            ASSERT_TRUE(again.ok());
            ASSERT_EQ(again->size(), 1);
            EXPECT_TRUE(again->first().cancelledAlready);
            const Status second = cancel(cancellation, again->first());
            EXPECT_TRUE(second.ok()) << second.error().toString().toStdString();
        }
        EXPECT_EQ(m_journal->migration(rec.value()->id)->state, journal::JournalState::Cancelled) << lost;
        const auto writes = m_journal->writes(rec.value()->id);
        ASSERT_TRUE(writes.ok());
        EXPECT_EQ(std::count_if(writes->cbegin(), writes->cend(),
                                [](const journal::WriteRequest &w) {
                                    return w.kind == journal::WriteKind::CancelPurchase &&
                                           w.status != journal::WriteStatus::Pending;
                                }),
                  1)
            << "one cancel request, settled";
    }
}

// The headless command runs on the system clock: the sandbox's clock is moved to now, and a fixed token
// that never expires stands for the partner's sign-in.
class CancelPurchaseCommandTest : public PurchaseCancellationTest
{
protected:
    sandbox::SandboxOptions sandboxOptions() const override
    {
        sandbox::SandboxOptions o = PurchaseCancellationTest::sandboxOptions();
        o.fixedAccessToken = kToken;
        return o;
    }
    void SetUp() override
    {
        PurchaseCancellationTest::SetUp();
        clock().advanceSecs(clock().now().secsTo(QDateTime::currentDateTimeUtc()));
        m_engine.reset();
        m_tokens = std::make_unique<pc::StaticTokenProvider>(kToken);
        pc::ClientConfig config;
        config.baseUrl = baseUrl();
        config.requestsPerMinute = 100000;
        m_client = std::make_unique<pc::PartnerCenterClient>(&network(), m_tokens.get(), m_clock, config);
        m_engine = newEngine();
    }
    static inline const QString kToken = QStringLiteral("cancel-purchase-command-token");
};

// The headless command over the same sandbox: lists, cancels with --yes, and refuses once users moved.
TEST_F(CancelPurchaseCommandTest, CancelsOrSaysWhyNot)
{
    const QString journalPath = m_journal->path();
    qputenv("OFFER_MIGRATOR_ACCESS_TOKEN", kToken.toUtf8());
    const auto run = [&](const QString &customerId) {
        return cli::runCancelPurchaseCommand(
            {QStringLiteral("cancel-purchase"), QStringLiteral("--api-base"),
             baseUrl().toString() + QStringLiteral("/v1"), QStringLiteral("--customer"), customerId,
             QStringLiteral("--journal"), journalPath, QStringLiteral("--yes")});
    };
    const Custom c = bought();
    const auto rec = m_journal->findMigration(c.customerId, c.subscriptionId);
    ASSERT_TRUE(rec.ok() && rec.value());
    // The sandbox's clock is the client's here: the window is open on both sides.
    EXPECT_EQ(run(c.customerId), 0);
    const sandbox::SubscriptionRecord *fresh =
        store().subscription(c.customerId, rec.value()->newSubscriptionId);
    EXPECT_EQ(store().effectiveStatus(*fresh), SubscriptionStatus::Deleted);
    EXPECT_EQ(m_journal->migration(rec.value()->id)->state, journal::JournalState::Cancelled);
    EXPECT_EQ(run(c.customerId), 3) << "nothing left to cancel";

    const Custom moved = bought();
    ASSERT_TRUE(await(*m_engine, [&]() { return m_engine->reassign(); }).ok);
    EXPECT_EQ(run(moved.customerId), 3) << "users hold the new licence";
    const auto kept = m_journal->findMigration(moved.customerId, moved.subscriptionId);
    ASSERT_TRUE(kept.ok() && kept.value());
    EXPECT_EQ(
        store().effectiveStatus(*store().subscription(moved.customerId, kept.value()->newSubscriptionId)),
        SubscriptionStatus::Active);
    qunsetenv("OFFER_MIGRATOR_ACCESS_TOKEN");
}
