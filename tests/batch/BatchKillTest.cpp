// SIGKILL in the middle of a batch run by the real binary, then `migrate --resume` until it exits 0. The
// child is killed when a chosen write ARRIVES at the sandbox (in this process), which then runs it: the
// effect is there, the answer is never read, the journal keeps the write pending. Checked on every request
// and at the end for each customer (InvariantMonitor): exactly one order per migrated subscription, nobody
// ever without a licence, no suspend before "verified", journal and sandbox agree.

#include "batch/BatchStore.h"
#include "tests/batch/BatchCliFixture.h"

using namespace om;
using namespace om::test;

namespace {

class BatchKillTest : public BatchCliFixture
{
};

TEST_F(BatchKillTest, KilledMidWriteAcrossCustomersThenResumedExactlyOnce)
{
    QList<Customer> customers;
    for (int i = 0; i < 4; ++i) {
        customers.append(addCustomer(QStringLiteral("Kill Batch %1").arg(i), 3));
        monitor(customers.last());
    }
    writeCustomers({customers.at(0).id, customers.at(1).id, customers.at(2).id, customers.at(3).id});

    // Kill on these writes as they arrive (counted over the whole batch, every run): a checkout, licence
    // updates of different customers, a suspend.
    struct KillPoint
    {
        const char *method;
        const char *suffix;
        int nth; // the n-th such write overall
    };
    const QList<KillPoint> points{{"POST", "/checkout", 2},
                                  {"POST", "/licenseupdates", 4},
                                  {"POST", "/licenseupdates", 9},
                                  {"PATCH", "", 2}};
    QHash<QString, int> seen;
    int next = 0;
    QStringList killedAt;
    QObject::connect(&m_host->server(), &sandbox::SandboxServer::requestArrived, &m_host->server(),
                     [&](const sandbox::SandboxRequest &r) {
                         if (!r.path.startsWith(QLatin1String("/v1/")) || r.method == "GET")
                             return;
                         const QString kind =
                             QString::fromLatin1(r.method) +
                             (r.path.endsWith(QLatin1String("/checkout")) ? QStringLiteral("/checkout")
                              : r.path.endsWith(QLatin1String("/licenseupdates"))
                                  ? QStringLiteral("/licenseupdates")
                                  : QString());
                         const int n = ++seen[kind];
                         if (next >= points.size() || !m_child || m_child->state() != QProcess::Running)
                             return;
                         const KillPoint &p = points.at(next);
                         if (kind != QLatin1String(p.method) + QLatin1String(p.suffix) || n != p.nth)
                             return;
                         m_child->kill(); // SIGKILL while the sandbox holds the write; it still runs it
                         killedAt.append(kind + QLatin1Char('#') + QString::number(n));
                         ++next;
                     });

    Run r = migrate({QStringLiteral("--customers"), m_customersFile, QStringLiteral("--yes")});
    ASSERT_TRUE(r.ended);
    int runs = 1;
    while (r.status == QProcess::CrashExit && runs < 10) {
        const auto kept = batch::BatchStore(batch::BatchStore::pathForJournal(m_journalPath)).load();
        ASSERT_TRUE(kept.ok() && kept->has_value()) << "the killed batch is kept";
        EXPECT_TRUE(kept->value().isResumable());
        r = migrate({QStringLiteral("--resume")});
        ASSERT_TRUE(r.ended);
        ++runs;
    }
    EXPECT_EQ(r.status, QProcess::NormalExit);
    EXPECT_EQ(r.code, 0) << r.out.constData() << r.err.constData();
    EXPECT_EQ(next, points.size()) << "kill point never reached; killed at "
                                   << killedAt.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(runs, int(points.size()) + 1);

    for (const Customer &c : customers) {
        EXPECT_EQ(m_host->store().orders(c.id).size(), 1) << "one order per migrated subscription";
        const sandbox::SubscriptionRecord *old = m_host->store().subscription(c.id, c.subscriptionId);
        ASSERT_NE(old, nullptr);
        EXPECT_EQ(m_host->store().effectiveStatus(*old), sandbox::SubscriptionStatus::Suspended);
        const auto m = view()->findMigration(c.id, c.subscriptionId);
        ASSERT_TRUE(m.ok() && m->has_value());
        EXPECT_EQ(m->value().state, journal::JournalState::Suspended);
    }
    const auto pending = view()->pendingWrites();
    ASSERT_TRUE(pending.ok());
    EXPECT_TRUE(pending->isEmpty());
    const auto kept = batch::BatchStore(batch::BatchStore::pathForJournal(m_journalPath)).load();
    ASSERT_TRUE(kept.ok() && kept->has_value());
    EXPECT_EQ(kept->value().state, batch::StoredBatch::State::Finished);
    for (const auto &m : m_monitors) {
        m->checkJournalMatchesSandbox(QStringLiteral("after the batch"));
        m->checkFinal(true);
        EXPECT_GT(m->observations(), 0);
        for (const QString &v : m->violations())
            ADD_FAILURE() << "invariant violated: " << v.toStdString();
    }
    std::printf("batch kill run: %d runs, killed at %s\n", runs,
                qPrintable(killedAt.join(QStringLiteral(", "))));
}

TEST_F(BatchKillTest, InterruptedPausesAfterTheWritesInFlightThenResumes)
{
    constexpr int kCustomers = 3;
    constexpr int kUsers = 20; // far more than the engine moves at once (4), so the interrupt lands mid-step
    QList<Customer> customers;
    for (int i = 0; i < kCustomers; ++i) {
        customers.append(addCustomer(QStringLiteral("Interrupted Batch %1").arg(i), kUsers));
        monitor(customers.last());
    }
    writeCustomers({customers.at(0).id, customers.at(1).id, customers.at(2).id});

    // SIGTERM (what Ctrl+C's SIGINT does too) as the second licence update arrives: the sandbox still
    // answers it, and the CLI must wait for the writes it already handed out, record them, and start
    // no other: no further user's update, no suspend.
    int updates = 0;
    int writesAfterInterrupt = -1;
    QStringList after;
    QObject::connect(&m_host->server(), &sandbox::SandboxServer::requestArrived, &m_host->server(),
                     [&](const sandbox::SandboxRequest &r) {
                         if (!r.path.startsWith(QLatin1String("/v1/")) || r.method == "GET")
                             return;
                         const bool update = r.path.endsWith(QLatin1String("/licenseupdates"));
                         updates += update ? 1 : 0;
                         if (writesAfterInterrupt >= 0) {
                             ++writesAfterInterrupt;
                             after.append(QString::fromLatin1(r.method) + QLatin1Char(' ') +
                                          r.path.section(QLatin1Char('/'), -1));
                         }
                         if (update && updates == 2 && m_child) {
                             m_child->terminate();
                             writesAfterInterrupt = 0;
                         }
                     });

    Run r = migrate({QStringLiteral("--customers"), m_customersFile, QStringLiteral("--yes")});
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.status, QProcess::NormalExit) << "killed by the interrupt instead of pausing";
    EXPECT_EQ(r.code, 1) << r.err.constData();
    EXPECT_TRUE(r.err.contains("Pausing")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("--resume")) << r.err.constData();
    // The updates already handed out (at most 4 per customer) are answered; no other user's starts, and
    // nothing is suspended. Handling the signal is not instant: answers already waiting in the child's event
    // loop may start a few more updates before it runs (14 seen on a loaded machine), so the bound allows
    // twice the in-flight updates; without the stop between users, all 58 remaining updates follow.
    EXPECT_LE(writesAfterInterrupt, 2 * 4 * kCustomers)
        << "kept writing after the interrupt: " << after.join(QStringLiteral(", ")).toStdString();
    std::printf("batch interrupt: %d writes arrived after the interrupt, %d licence updates in all\n",
                writesAfterInterrupt, updates);
    EXPECT_FALSE(after.join(QLatin1Char(' ')).contains(QLatin1String("PATCH")));
    EXPECT_LT(updates, kCustomers * kUsers) << "every user was moved: the interrupt came too late to test";
    const auto pending = view()->pendingWrites();
    ASSERT_TRUE(pending.ok());
    EXPECT_TRUE(pending->isEmpty()) << "a write in flight was not answered and journalled";
    const auto kept = batch::BatchStore(batch::BatchStore::pathForJournal(m_journalPath)).load();
    ASSERT_TRUE(kept.ok() && kept->has_value());
    EXPECT_EQ(kept->value().state, batch::StoredBatch::State::Paused);
    EXPECT_TRUE(kept->value().isResumable());

    r = migrate({QStringLiteral("--resume")});
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.code, 0) << r.out.constData() << r.err.constData();
    for (const Customer &c : customers) {
        EXPECT_EQ(m_host->store().orders(c.id).size(), 1) << "one order per migrated subscription";
        const sandbox::SubscriptionRecord *old = m_host->store().subscription(c.id, c.subscriptionId);
        ASSERT_NE(old, nullptr);
        EXPECT_EQ(m_host->store().effectiveStatus(*old), sandbox::SubscriptionStatus::Suspended);
    }
    for (const auto &m : m_monitors) {
        m->checkFinal(true);
        for (const QString &v : m->violations())
            ADD_FAILURE() << "invariant violated: " << v.toStdString();
    }
}

} // namespace
