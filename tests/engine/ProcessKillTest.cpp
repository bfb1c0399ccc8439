// A REAL crash: SIGKILL of `offer-migrator migrate` (QProcess::kill) talking to a standalone
// `offer-migrator sandbox` with latency, once while the checkout is in flight (journal shows a pending
// checkout write) and once after about half the users moved; a third run resumes. Exactly one new
// subscription, every user moved, the old one suspended.

#include "domain/CsvReportWriter.h"
#include "domain/OfferCatalogue.h"
#include "journal/Journal.h"
#include "sandbox/store/DemoTenant.h"
#include "sandbox/store/SandboxCatalogue.h"
#include "sandbox/store/SandboxStore.h"
#include "tests/support/SandboxHttpClient.h"
#include "tests/support/WaitUntil.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>
#include <gtest/gtest.h>

using namespace om;
using om::test::waitUntil;

namespace {

const QString kToken = QStringLiteral("engine-kill-test-token");
constexpr int kCustomers = 40;
constexpr int kSeed = 7;

// The same demo tenant the standalone sandbox builds (same seed, same count): pick a customer with one
// active retired subscription without upgrade path, at least 6 holders, all clean.
QString pickCustomer(const domain::OfferCatalogue &catalogue, QString *oldSku)
{
    SystemClock clock;
    sandbox::StoreOptions options;
    options.provisioningDelayMs = 0;
    sandbox::SandboxStore store(clock, options);
    sandbox::populateDemoTenant(store, kSeed, kCustomers);
    for (int i = 0; i < store.customerCount(); ++i) {
        const QString cid = store.customerAt(i)->id;
        QList<const sandbox::SubscriptionRecord *> retired;
        for (const sandbox::SubscriptionRecord *s : store.subscriptions(cid)) {
            if (catalogue.isRetired(s->offerName))
                retired.append(s);
        }
        if (retired.size() != 1 || !retired.first()->parentSubscriptionId.isEmpty() ||
            store.effectiveStatus(*retired.first()) != sandbox::SubscriptionStatus::Active)
            continue;
        const sandbox::OfferRecord *offer = store.catalogue().offer(retired.first()->offerId);
        if (!offer || !offer->upgradeTargetOffers.isEmpty())
            continue;
        int holders = 0;
        bool clean = true;
        for (const sandbox::UserRecord *u : store.users(cid)) {
            if (!store.userHasSku(cid, u->id, offer->skuId))
                continue;
            ++holders;
            clean = clean && !u->usageLocation.isEmpty() &&
                    !store.userHasSku(cid, u->id, sandbox::skus::SalesEnterprise) &&
                    !store.userHasSku(cid, u->id, sandbox::skus::SalesProfessional) &&
                    !store.userHasSku(cid, u->id, sandbox::skus::CustomerEngagementPlan);
        }
        if (clean && holders >= 6) {
            *oldSku = offer->skuId;
            return cid;
        }
    }
    return {};
}

class ProcessKillTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
        m_sandbox.setProgram(QStringLiteral(OM_MIGRATOR_BINARY));
        m_sandbox.setArguments(
            {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
             QStringLiteral("--fixed-token"), kToken, QStringLiteral("--latency-ms"), QStringLiteral("150"),
             QStringLiteral("--provisioning-delay-ms"), QStringLiteral("0"), QStringLiteral("--customers"),
             QString::number(kCustomers), QStringLiteral("--seed"), QString::number(kSeed)});
        m_sandbox.setProcessChannelMode(QProcess::SeparateChannels);
        m_sandbox.start();
        ASSERT_TRUE(m_sandbox.waitForStarted(10000));
        ASSERT_TRUE(waitUntil(
            [this]() { return m_sandbox.canReadLine() || m_sandbox.state() != QProcess::Running; }, 30000));
        m_baseUrl = QUrl(QString::fromUtf8(m_sandbox.readLine()).trimmed());
        ASSERT_TRUE(m_baseUrl.isValid() && m_baseUrl.port() > 0) << m_baseUrl.toString().toStdString();
    }

    void TearDown() override
    {
        if (m_sandbox.state() != QProcess::NotRunning) {
            m_sandbox.terminate();
            if (!m_sandbox.waitForFinished(5000))
                m_sandbox.kill();
            m_sandbox.waitForFinished(5000);
        }
    }

    // `migrate --api-base URL --customer ID --journal J` plus `extra`, with the sandbox's fixed token.
    void configureMigrate(QProcess &p, const QString &customerId, const QStringList &extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OFFER_MIGRATOR_ACCESS_TOKEN"), kToken);
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(OM_MIGRATOR_BINARY));
        p.setArguments(QStringList{QStringLiteral("migrate"), QStringLiteral("--api-base"),
                                   m_baseUrl.toString(), QStringLiteral("--customer"), customerId,
                                   QStringLiteral("--journal"), m_journalPath} +
                       extra);
    }

    // A demo customer pickCustomer() finds fit for a whole migration; empty when none.
    static QString migratableCustomer()
    {
        const auto catalogue = domain::OfferCatalogue::loadBuiltIn();
        QString oldSku;
        return catalogue.ok() ? pickCustomer(catalogue.value(), &oldSku) : QString();
    }

    // Waits until the customer's checkout is recorded as sent and not answered yet (or `migrate` ended).
    bool awaitPendingCheckout(const QProcess &migrate, const QString &cid)
    {
        return waitUntil(
            [&]() {
                return migrate.state() != QProcess::Running || inJournal([&](journal::Journal &j) {
                           const auto ms = j.migrations(cid);
                           if (!ms || ms->isEmpty())
                               return false;
                           const auto w = j.pendingWrite(ms->first().id, journal::WriteKind::Checkout);
                           return w.ok() && w.value().has_value();
                       });
            },
            60000, 5);
    }

    void startMigrate(QProcess &p, const QString &customerId)
    {
        configureMigrate(p, customerId, {QStringLiteral("--yes")});
        p.start();
        ASSERT_TRUE(p.waitForStarted(10000));
    }

    // Reads the journal from this process (WAL: readers never block the writer).
    template<typename F>
    bool inJournal(F &&f)
    {
        SystemClock clock;
        journal::Journal j(clock);
        journal::Journal::Options o;
        o.readOnly = true;
        if (!j.open(m_journalPath, o))
            return false;
        return f(j);
    }

    QTemporaryDir m_dir;
    QString m_journalPath;
    QProcess m_sandbox;
    QUrl m_baseUrl;
};

TEST_F(ProcessKillTest, KilledDuringCheckoutAndReassignResumesWithoutDoubleOrder)
{
    const auto catalogue = domain::OfferCatalogue::loadBuiltIn();
    ASSERT_TRUE(catalogue.ok());
    QString oldSku;
    const QString cid = pickCustomer(catalogue.value(), &oldSku);
    ASSERT_FALSE(cid.isEmpty()) << "no suitable demo customer";

    // 1. Kill while the checkout is in flight.
    {
        QProcess migrate;
        startMigrate(migrate, cid);
        ASSERT_TRUE(awaitPendingCheckout(migrate, cid)) << "no pending checkout seen";
        ASSERT_EQ(migrate.state(), QProcess::Running) << migrate.readAllStandardError().toStdString();
        migrate.kill();
        ASSERT_TRUE(migrate.waitForFinished(10000));
        EXPECT_EQ(migrate.exitStatus(), QProcess::CrashExit);
        EXPECT_TRUE(inJournal([&](journal::Journal &j) {
            const auto ms = j.migrations(cid);
            const auto w = j.pendingWrite(ms->first().id, journal::WriteKind::Checkout);
            return w.ok() && w.value().has_value() && ms->first().newSubscriptionId.isEmpty();
        })) << "the kill should leave the checkout unanswered in the journal";
    }
    // 2. Resume, kill after about half the users moved.
    int users = 0;
    {
        QProcess migrate;
        startMigrate(migrate, cid);
        const bool half = waitUntil(
            [&]() {
                return migrate.state() != QProcess::Running || inJournal([&](journal::Journal &j) {
                           const auto ms = j.migrations(cid);
                           if (!ms || ms->isEmpty())
                               return false;
                           const auto moves = j.userMoves(ms->first().id);
                           if (!moves)
                               return false;
                           users = int(moves->size());
                           const auto moved =
                               std::count_if(moves->cbegin(), moves->cend(), [](const journal::UserMove &m) {
                                   return m.state == journal::UserMoveState::Moved;
                               });
                           return users > 0 && moved * 2 >= users;
                       });
            },
            90000, 5);
        ASSERT_TRUE(half);
        ASSERT_EQ(migrate.state(), QProcess::Running) << migrate.readAllStandardError().toStdString();
        migrate.kill();
        ASSERT_TRUE(migrate.waitForFinished(10000));
    }
    // 3. Resume to the end.
    QProcess migrate;
    startMigrate(migrate, cid);
    ASSERT_TRUE(waitUntil([&]() { return migrate.state() == QProcess::NotRunning; }, 120000));
    const QByteArray errors = migrate.readAllStandardError();
    ASSERT_EQ(migrate.exitStatus(), QProcess::NormalExit);
    ASSERT_EQ(migrate.exitCode(), 0) << errors.toStdString();

    // The sandbox's state over HTTP.
    QString target;
    QString newSku;
    QString oldSubscription;
    ASSERT_TRUE(inJournal([&](journal::Journal &j) {
        const auto ms = j.migrations(cid);
        if (!ms || ms->size() != 1)
            return false;
        target = ms->first().plan.targetOfferId;
        newSku = ms->first().plan.targetSku;
        oldSubscription = ms->first().plan.oldSubscriptionId;
        return ms->first().state == journal::JournalState::Suspended;
    }));
    QNetworkAccessManager network;
    test::SandboxHttpClient http(network, m_baseUrl, kToken);
    const test::HttpResult subs = http.send("GET", QStringLiteral("/v1/customers/%1/subscriptions").arg(cid));
    ASSERT_EQ(subs.status, 200) << subs.describe().toStdString();
    int bought = 0;
    for (const QJsonValue v : subs.object().value(u"items").toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"offerId").toString().compare(target, Qt::CaseInsensitive) == 0)
            ++bought;
        if (s.value(u"id").toString() == oldSubscription) {
            EXPECT_EQ(s.value(u"status").toString(), QStringLiteral("suspended"));
        }
    }
    EXPECT_EQ(bought, 1);
    const test::HttpResult orders = http.send("GET", QStringLiteral("/v1/customers/%1/orders").arg(cid));
    ASSERT_EQ(orders.status, 200);
    EXPECT_EQ(orders.object().value(u"items").toArray().size(), 1);
    const test::HttpResult userList =
        http.send("GET", QStringLiteral("/v1/customers/%1/users?size=500").arg(cid));
    ASSERT_EQ(userList.status, 200);
    int withNew = 0;
    for (const QJsonValue v : userList.object().value(u"items").toArray()) {
        const QString uid = v.toObject().value(u"id").toString();
        const test::HttpResult lic =
            http.send("GET", QStringLiteral("/v1/customers/%1/users/%2/licenses").arg(cid, uid));
        ASSERT_EQ(lic.status, 200);
        for (const QJsonValue l : lic.object().value(u"items").toArray()) {
            const QString sku = l.toObject().value(u"productSku").toObject().value(u"id").toString();
            EXPECT_NE(sku.compare(oldSku, Qt::CaseInsensitive), 0)
                << uid.toStdString() << " still holds the old SKU";
            withNew += sku.compare(newSku, Qt::CaseInsensitive) == 0 ? 1 : 0;
        }
    }
    EXPECT_EQ(withNew, users);
}

// Ctrl+C (here SIGTERM, handled the same) while the checkout is in flight: the checkout is answered and
// recorded, nothing else starts, and the same command resumes to the end.
TEST_F(ProcessKillTest, InterruptedDuringCheckoutFinishesTheWriteThenStops)
{
    const QString cid = migratableCustomer();
    ASSERT_FALSE(cid.isEmpty()) << "no suitable demo customer";

    QProcess migrate;
    startMigrate(migrate, cid);
    ASSERT_TRUE(awaitPendingCheckout(migrate, cid)) << "no pending checkout seen";
    ASSERT_EQ(migrate.state(), QProcess::Running) << migrate.readAllStandardError().toStdString();
    migrate.terminate(); // SIGTERM, handled as Ctrl+C's SIGINT is
    ASSERT_TRUE(migrate.waitForFinished(60000));
    const QByteArray errors = migrate.readAllStandardError();
    EXPECT_EQ(migrate.exitStatus(), QProcess::NormalExit) << "killed instead of stopping";
    EXPECT_EQ(migrate.exitCode(), 1) << errors.toStdString();
    EXPECT_TRUE(errors.contains("Stopping: the writes already sent finish")) << errors.toStdString();
    EXPECT_TRUE(inJournal([&](journal::Journal &j) {
        const auto ms = j.migrations(cid);
        if (!ms || ms->isEmpty())
            return false;
        const auto w = j.pendingWrite(ms->first().id, journal::WriteKind::Checkout);
        const auto moves = j.userMoves(ms->first().id);
        const bool noneMoved =
            moves.ok() && std::none_of(moves->cbegin(), moves->cend(), [](const journal::UserMove &m) {
                return m.state == journal::UserMoveState::Moved;
            });
        return w.ok() && !w.value().has_value() && !ms->first().newSubscriptionId.isEmpty() && noneMoved;
    })) << "the checkout in flight must be answered and recorded, and no licence moved after the interrupt";

    QProcess resumed;
    startMigrate(resumed, cid);
    ASSERT_TRUE(waitUntil([&]() { return resumed.state() == QProcess::NotRunning; }, 120000));
    EXPECT_EQ(resumed.exitCode(), 0) << resumed.readAllStandardError().toStdString();
    EXPECT_TRUE(inJournal([&](journal::Journal &j) {
        const auto ms = j.migrations(cid);
        return ms && ms->size() == 1 && ms->first().state == journal::JournalState::Suspended;
    }));
}

// The command line around the engine: dry run and a declined prompt change nothing (exit 3), usage
// errors exit 2, and the report command writes the CSV header even with an empty scan cache.
TEST_F(ProcessKillTest, MigrateCommandExitCodes)
{
    const auto catalogue = domain::OfferCatalogue::loadBuiltIn();
    ASSERT_TRUE(catalogue.ok());
    QString oldSku;
    const QString cid = pickCustomer(catalogue.value(), &oldSku);
    ASSERT_FALSE(cid.isEmpty());
    const auto run = [&](const QStringList &extra, const QByteArray &input, QByteArray *output) {
        QProcess p;
        configureMigrate(p, cid, extra);
        p.start();
        p.write(input);
        p.closeWriteChannel();
        waitUntil([&]() { return p.state() == QProcess::NotRunning; }, 60000);
        if (output)
            *output = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out;
    EXPECT_EQ(run({QStringLiteral("--dry-run")}, {}, &out), 3);
    EXPECT_TRUE(out.contains("Dry run")) << out.toStdString();
    EXPECT_EQ(run({}, QByteArrayLiteral("n\n"), &out), 3); // without --yes, "n" declines
    EXPECT_TRUE(out.contains("Declined")) << out.toStdString();
    EXPECT_TRUE(inJournal([&](journal::Journal &j) { return j.migrations(cid)->isEmpty(); }));
    QNetworkAccessManager network;
    test::SandboxHttpClient http(network, m_baseUrl, kToken);
    const test::HttpResult orders = http.send("GET", QStringLiteral("/v1/customers/%1/orders").arg(cid));
    ASSERT_EQ(orders.status, 200);
    EXPECT_TRUE(orders.object().value(u"items").toArray().isEmpty());

    // No --sandbox, no --api-base and no account set up (a fresh config folder, whatever this machine's
    // user has configured): a usage error.
    QProcess usage;
    QProcessEnvironment noAccount = QProcessEnvironment::systemEnvironment();
    noAccount.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("empty-config")));
    noAccount.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("empty-data")));
    usage.setProcessEnvironment(noAccount);
    usage.start(QStringLiteral(OM_MIGRATOR_BINARY),
                {QStringLiteral("migrate"), QStringLiteral("--customer"), cid});
    ASSERT_TRUE(usage.waitForFinished(30000));
    EXPECT_EQ(usage.exitCode(), 2);

    QProcess report;
    report.start(QStringLiteral(OM_MIGRATOR_BINARY),
                 {QStringLiteral("report"), QStringLiteral("--csv"), QStringLiteral("-"),
                  QStringLiteral("--journal"), m_journalPath, QStringLiteral("--cache"),
                  m_dir.filePath(QStringLiteral("cache.sqlite"))});
    ASSERT_TRUE(report.waitForFinished(30000));
    EXPECT_EQ(report.exitCode(), 0) << report.readAllStandardError().toStdString();
    EXPECT_TRUE(report.readAllStandardOutput().startsWith(domain::CsvReportWriter::header()));
}

// One runner per customer: while this test process holds the customer's lease (as the desktop app would
// while its wizard runs), the real `migrate` refuses with a clear message and sends nothing; once released,
// it runs.
TEST_F(ProcessKillTest, ASecondRunnerOfTheSameCustomerIsRefused)
{
    const auto catalogue = domain::OfferCatalogue::loadBuiltIn();
    ASSERT_TRUE(catalogue.ok());
    QString oldSku;
    const QString cid = pickCustomer(catalogue.value(), &oldSku);
    ASSERT_FALSE(cid.isEmpty());
    SystemClock clock;
    journal::Journal held(clock);
    ASSERT_TRUE(held.open(m_journalPath).ok());
    ASSERT_TRUE(held.takeLease(cid).ok());
    QProcess second;
    startMigrate(second, cid);
    ASSERT_TRUE(waitUntil([&]() { return second.state() == QProcess::NotRunning; }, 60000));
    const QByteArray err = second.readAllStandardOutput() + second.readAllStandardError();
    EXPECT_EQ(second.exitCode(), 1) << err.toStdString();
    EXPECT_TRUE(err.contains("is being migrated by")) << err.toStdString();
    QNetworkAccessManager network;
    test::SandboxHttpClient http(network, m_baseUrl, kToken);
    const test::HttpResult orders = http.send("GET", QStringLiteral("/v1/customers/%1/orders").arg(cid));
    ASSERT_EQ(orders.status, 200);
    EXPECT_TRUE(orders.object().value(u"items").toArray().isEmpty()) << "the refused runner bought nothing";

    ASSERT_TRUE(held.releaseLease(cid).ok());
    QProcess after;
    startMigrate(after, cid);
    ASSERT_TRUE(waitUntil([&]() { return after.state() == QProcess::NotRunning; }, 120000));
    EXPECT_EQ(after.exitCode(), 0) << after.readAllStandardError().toStdString();
    EXPECT_FALSE(held.lease(cid).value().has_value()) << "the finished runner released its lease";
}

} // namespace
