// `offer-migrator cancel` and engine::MigrationCancel: a migration that bought nothing is closed in the
// journal (and planned afresh later), never while a write is unanswered or once something was bought, and
// the command sends no write to Partner Center.

#include "engine/MigrationCancel.h"

#include "cli/CancelCommand.h"
#include "engine/ResumeLogic.h"
#include "tests/engine/EngineFixture.h"

#include <QJsonDocument>

using namespace om;
using namespace om::test;

namespace {

class MigrationCancelTest : public EngineFixture
{
protected:
    om::sandbox::SandboxOptions sandboxOptions() const override
    {
        om::sandbox::SandboxOptions o = EngineFixture::sandboxOptions();
        o.fixedAccessToken = kToken;
        return o;
    }
    void SetUp() override
    {
        EngineFixture::SetUp();
        // Real time on both sides: the upgrade checks compare Partner Center's creation dates with ours.
        clock().advanceSecs(clock().now().secsTo(QDateTime::currentDateTimeUtc()));
        m_engine.reset();
        m_tokens = std::make_unique<pc::StaticTokenProvider>(kToken);
        http().setBearerToken(kToken);
        pc::ClientConfig config;
        config.baseUrl = baseUrl();
        config.requestsPerMinute = 100000;
        m_client = std::make_unique<pc::PartnerCenterClient>(&network(), m_tokens.get(), m_clock, config);
        m_engine = newEngine();
        m_context.client = m_client.get();
        m_context.journal = m_journal.get();
        m_context.clock = &m_clock;
    }
    static inline const QString kToken = QStringLiteral("migration-cancel-token");

    // A migration in the journal, moved to purchasing, with one write of `kind` answered `status` with
    // `body` (status 0: left pending).
    journal::MigrationRecord started(const Custom &c, journal::WriteKind kind, int status,
                                     const QByteArray &body, const QString &path = {})
    {
        EXPECT_TRUE(plan(c.customerId).ok);
        engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
        EXPECT_TRUE(engine::recordNewMigration(*m_journal, p, {}).ok());
        journal::MigrationUpdate u;
        if (kind == journal::WriteKind::Checkout)
            u.cartId = QStringLiteral("cart-1");
        EXPECT_TRUE(m_journal->transition(p.migrationId, journal::JournalState::Purchasing, u).ok());
        journal::WriteRequestSpec spec;
        spec.migrationId = p.migrationId;
        spec.kind = kind;
        spec.method = QStringLiteral("POST");
        spec.path = !path.isEmpty() ? path
                    : kind == journal::WriteKind::Checkout
                        ? QStringLiteral("/v1/customers/%1/carts/cart-1/checkout").arg(c.customerId)
                        : QStringLiteral("/v1/customers/%1/subscriptions/%2/upgrades")
                              .arg(c.customerId, c.subscriptionId);
        spec.body = QByteArrayLiteral("{}");
        if (kind == journal::WriteKind::Checkout) // the ids as the engine records them (schema 5)
            spec.cartId = QStringLiteral("cart-1");
        else
            spec.subscriptionId = c.subscriptionId;
        const auto write = m_journal->recordWriteBeforeSend(spec);
        EXPECT_TRUE(write.ok());
        m_requestId = write->requestId;
        if (status > 0) {
            EXPECT_TRUE(m_journal->recordWriteAnswer(write->requestId, status, body).ok());
            journal::MigrationUpdate f;
            f.lastError = QStringLiteral("stopped");
            EXPECT_TRUE(m_journal->transition(p.migrationId, journal::JournalState::Failed, f).ok());
        }
        return m_journal->migration(p.migrationId).value();
    }

    Result<engine::CancelOverview> inspect(engine::MigrationCancel &cancel, const QString &customerId)
    {
        Result<engine::CancelOverview> out = engine::CancelOverview();
        bool answered = false;
        QEventLoop loop;
        cancel.inspect(customerId, {}, [&](const Result<engine::CancelOverview> &r) {
            out = r;
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
        return out;
    }

    int runCommand(const QString &customerId)
    {
        qputenv("OFFER_MIGRATOR_ACCESS_TOKEN", kToken.toUtf8());
        const int code = cli::runCancelCommand(
            {QStringLiteral("cancel"), QStringLiteral("--api-base"),
             baseUrl().toString() + QStringLiteral("/v1"), QStringLiteral("--customer"), customerId,
             QStringLiteral("--journal"), m_journal->path(), QStringLiteral("--yes")});
        qunsetenv("OFFER_MIGRATOR_ACCESS_TOKEN");
        return code;
    }

    engine::EngineContext m_context;
    QString m_requestId;
};

// A checkout refused: the command closes the migration without a single write, and a later run plans the
// subscription afresh and buys once.
TEST_F(MigrationCancelTest, ClosesAMigrationThatBoughtNothingWithoutSendingAWrite)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("amy"), QStringLiteral("IT")}});
    const journal::MigrationRecord m =
        started(c, journal::WriteKind::Checkout, 403, QByteArrayLiteral("HTTP 403: not allowed"));
    int writes = 0;
    QObject::connect(&server(), &sandbox::SandboxServer::requestArrived, &server(),
                     [&writes](const sandbox::SandboxRequest &r) { writes += r.method == "GET" ? 0 : 1; });
    EXPECT_EQ(runCommand(c.customerId), 0);
    EXPECT_EQ(writes, 0) << "cancel sent a write to Partner Center";
    EXPECT_EQ(m_journal->migration(m.id)->state, journal::JournalState::Cancelled);
    EXPECT_EQ(runCommand(c.customerId), 3) << "nothing left to cancel";
    QObject::disconnect(&server(), &sandbox::SandboxServer::requestArrived, &server(), nullptr);

    auto engine = newEngine();
    ASSERT_TRUE(plan(*engine, {c.customerId, {}, {}, {}, {}, 0}).ok);
    const auto done = runAll(*engine);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_EQ(store().orders(c.customerId).size(), 1);
    EXPECT_EQ(m_journal->migrations(c.customerId)->size(), 2);
}

// A write recorded and never answered may have been carried out: refused, naming the request.
TEST_F(MigrationCancelTest, RefusedWhileAWriteHasNoAnswer)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("bea"), QStringLiteral("IT")}});
    const journal::MigrationRecord m = started(c, journal::WriteKind::Checkout, 0, {});
    engine::MigrationCancel cancel(m_context);
    const auto found = inspect(cancel, c.customerId);
    ASSERT_TRUE(found.ok()) << found.error().toString().toStdString();
    ASSERT_EQ(found->migrations.size(), 1);
    EXPECT_TRUE(found->migrations.first().refusal.contains(m_requestId))
        << found->migrations.first().refusal.toStdString();
    EXPECT_FALSE(cancel.cancel(found->migrations.first()).ok());
    EXPECT_EQ(runCommand(c.customerId), 3);
    EXPECT_EQ(m_journal->migration(m.id)->state, journal::JournalState::Purchasing);
}

// Bought already: finish it or cancel the purchase, never forget it.
TEST_F(MigrationCancelTest, RefusedOnceSomethingWasBought)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("cal"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    ASSERT_TRUE(await(*m_engine, [&]() { return m_engine->purchase(); }).ok);
    engine::MigrationCancel cancel(m_context);
    const auto found = inspect(cancel, c.customerId);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->migrations.size(), 1);
    EXPECT_TRUE(found->migrations.first().refusal.contains(QStringLiteral("cancel-purchase")))
        << found->migrations.first().refusal.toStdString();
    EXPECT_EQ(found->recentOrders.size(), 1);
    EXPECT_EQ(runCommand(c.customerId), 3);
}

// The pending upgrade (issue item 5): refused by Partner Center, or unanswered while Partner Center shows
// no upgrade, it can be closed; an upgrade that may have happened cannot.
TEST_F(MigrationCancelTest, ClosesARefusedOrUnansweredUpgradeButNotOneThatHappened)
{
    const Custom refused = addCustomer(kSalesCrmol, {{QStringLiteral("dan"), QStringLiteral("IT")}});
    const journal::MigrationRecord r =
        started(refused, journal::WriteKind::Upgrade, 200,
                QByteArrayLiteral(
                    "{\"targetSubscriptionId\":\"\",\"upgradeErrors\":[\"subscription_add_ons_present\"]}"));
    EXPECT_EQ(runCommand(refused.customerId), 0);
    EXPECT_EQ(m_journal->migration(r.id)->state, journal::JournalState::Cancelled);

    const Custom unanswered = addCustomer(kSalesCrmol, {{QStringLiteral("eve"), QStringLiteral("IT")}});
    const journal::MigrationRecord u =
        started(unanswered, journal::WriteKind::Upgrade, 503, QByteArrayLiteral("HTTP 503: unavailable"));
    EXPECT_EQ(runCommand(unanswered.customerId), 0);
    EXPECT_EQ(m_journal->migration(u.id)->state, journal::JournalState::Cancelled);

    // This one ran at Partner Center (the old subscription is suspended, the target exists); its answer
    // was a 5xx.
    const Custom happened = addCustomer(kSalesCrmol, {{QStringLiteral("fay"), QStringLiteral("IT")}});
    const QString upgrades = QStringLiteral("/v1/customers/%1/subscriptions/%2/upgrades")
                                 .arg(happened.customerId, happened.subscriptionId);
    const journal::MigrationRecord h = started(happened, journal::WriteKind::Upgrade, 503,
                                               QByteArrayLiteral("HTTP 503: unavailable"), upgrades);
    const auto list = send("GET", upgrades);
    ASSERT_EQ(list.status, 200) << list.describe().toStdString();
    QJsonObject item = list.object().value(u"items").toArray().first().toObject();
    item.insert(QStringLiteral("quantity"), h.plan.plannedQuantity);
    const auto ran = sendJson("POST", upgrades, item);
    ASSERT_EQ(ran.status, 200) << ran.describe().toStdString();
    ASSERT_FALSE(ran.object().value(u"targetSubscriptionId").toString().isEmpty())
        << ran.describe().toStdString();
    engine::MigrationCancel cancel(m_context);
    const auto found = inspect(cancel, happened.customerId);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->migrations.size(), 1);
    EXPECT_TRUE(found->migrations.first().refusal.contains(QStringLiteral("may have happened")))
        << found->migrations.first().refusal.toStdString();
    EXPECT_EQ(runCommand(happened.customerId), 3);
    EXPECT_EQ(m_journal->migration(h.id)->state, journal::JournalState::Failed);
}

// The journal's refusal to start a second migration names the command that closes the first.
TEST_F(MigrationCancelTest, SecondMigrationRefusalNamesTheCommand)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("gil"), QStringLiteral("IT")}});
    ASSERT_TRUE(plan(c.customerId).ok);
    engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    ASSERT_TRUE(engine::recordNewMigration(*m_journal, p, {}).ok());
    const auto second = m_journal->createMigration(p.toJournalPlan({}));
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("offer-migrator cancel --customer")))
        << second.error().message.toStdString();
}

} // namespace
