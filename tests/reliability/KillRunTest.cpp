// SIGKILL runs: `offer-migrator migrate` as a child process against an in-process sandbox (so the
// sandbox's state can be checked after every request it serves), killed at each step boundary and in
// the middle of each write, then resumed (the same command again) until done.
//   boundary kill: when the first request after the boundary ARRIVES, the child is killed and that
//                  request answers an injected 5xx (it has no effect): the child died right after
//                  the journal recorded the boundary.
//   mid-write kill: the write ARRIVES, the child is killed, the sandbox runs it: the effect is there,
//                  the answer is never read, the journal keeps the write pending.
// Kill points, in the order a migration reaches them: create cart, checkout (mid-write); purchase
// recorded; first licence update (mid-write); after each licence update answer (one kill per user,
// another mid-write licence update half way); after verify; suspend PATCH (mid-write); after suspend.

#include "domain/OfferCatalogue.h"
#include "journal/Journal.h"
#include "sandbox/store/SandboxStore.h"
#include "tests/reliability/InvariantMonitor.h"
#include "tests/reliability/ReliabilitySupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>
#include <memory>

using namespace om;
using namespace om::test;

namespace {

const QString kToken = QStringLiteral("reliability-kill-token");
constexpr int kMaxUserKills = 8;

struct KillPoint
{
    QString name;
    bool midWrite = false;
    std::function<bool(const sandbox::SandboxRequest &)> when;
};

class KillRunTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
        sandbox::SandboxOptions o;
        o.fixedAccessToken = kToken;
        o.provisioningDelayMs = 0;
        o.customerCount = 40;
        o.seed = 7;
        m_host = std::make_unique<sandbox::SandboxHost>(o);
        const Status started = m_host->start();
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
        auto catalogue = domain::OfferCatalogue::loadBuiltIn();
        ASSERT_TRUE(catalogue.ok());
        m_catalogue = catalogue.value();
        m_customer = pickCleanCustomer(m_host->store(), m_catalogue, 4);
        ASSERT_TRUE(m_customer.isValid()) << "no suitable demo customer";
        InvariantMonitor::Target target;
        target.customerId = m_customer.customerId;
        target.oldSubscriptionId = m_customer.oldSubscriptionId;
        target.oldSku = m_customer.oldSku;
        target.plannedUsers = m_customer.holders;
        m_monitor = std::make_unique<InvariantMonitor>(*m_host, target, [this]() { return view(); });
        m_monitor->allowPendingWrites(true); // a mid-write kill leaves one; the end must have none
        connect();
    }

    void TearDown() override
    {
        if (m_child && m_child->state() != QProcess::NotRunning) {
            m_child->kill();
            m_child->waitForFinished(5000);
        }
        m_monitor.reset();
        m_view.reset();
    }

    // The child's journal, read-only, from this process (WAL: readers never block the writer).
    journal::Journal *view()
    {
        if (m_view)
            return m_view.get();
        if (!QFileInfo::exists(m_journalPath))
            return nullptr;
        auto j = std::make_unique<journal::Journal>(m_clock);
        journal::Journal::Options o;
        o.readOnly = true;
        if (!j->open(m_journalPath, o))
            return nullptr;
        m_view = std::move(j);
        return m_view.get();
    }

    int movedUsers()
    {
        const auto m = m_monitor->migration();
        if (!m)
            return 0;
        const auto moves = view()->userMoves(m->id);
        if (!moves)
            return 0;
        return int(std::count_if(moves->cbegin(), moves->cend(), [](const journal::UserMove &mv) {
            return mv.state == journal::UserMoveState::Moved;
        }));
    }

    void connect()
    {
        QObject::connect(&m_host->server(), &sandbox::SandboxServer::requestArrived, m_monitor.get(),
                         [this](const sandbox::SandboxRequest &r) { onArrived(r); });
    }

    void onArrived(const sandbox::SandboxRequest &request)
    {
        if (!request.path.startsWith(QLatin1String("/v1/"), Qt::CaseInsensitive))
            return;
        if (m_finalRun && request.method != "GET")
            ++m_writesInFinalRun;
        if (m_next >= m_points.size() || !m_child || m_child->state() != QProcess::Running)
            return;
        const KillPoint &p = m_points.at(m_next);
        if (!p.when(request))
            return;
        m_child->kill(); // SIGKILL, now, while the sandbox holds the request
        ++m_kills;
        m_killedAt.append(p.name);
        ++m_next;
        if (!p.midWrite) {
            // This request dies unprocessed, as if the kill came just before it was sent.
            sandbox::FaultSpec all5xx;
            all5xx.serverError = 1.0;
            m_host->server().setFaults(all5xx, 1);
            QTimer::singleShot(0, m_monitor.get(), [this]() { m_host->server().setFaults({}, 1); });
        }
    }

    static bool isWrite(const sandbox::SandboxRequest &r, const char *suffix)
    {
        return r.method == "POST" && r.path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
    }

    void buildPoints()
    {
        const int users = std::min(int(m_customer.holders.size()), kMaxUserKills);
        m_points.append(
            {QStringLiteral("mid-write: create cart"), true, [](const sandbox::SandboxRequest &r) {
                 return isWrite(r, "/carts");
             }});
        m_points.append({QStringLiteral("mid-write: checkout"), true, [](const sandbox::SandboxRequest &r) {
                             return isWrite(r, "/checkout");
                         }});
        m_points.append(
            {QStringLiteral("after purchase recorded"), false, [this](const sandbox::SandboxRequest &) {
                 const auto m = m_monitor->migration();
                 return m && !m->newSubscriptionId.isEmpty();
             }});
        m_points.append(
            {QStringLiteral("mid-write: licence update 1"), true, [](const sandbox::SandboxRequest &r) {
                 return isWrite(r, "/licenseupdates");
             }});
        for (int k = 1; k <= users; ++k) {
            m_points.append({QStringLiteral("after licence update answer %1").arg(k), false,
                             [this, k](const sandbox::SandboxRequest &) {
                                 return movedUsers() >= k;
                             }});
            if (k == users / 2 + 1 && k < int(m_customer.holders.size()))
                m_points.append({QStringLiteral("mid-write: licence update after %1 moved").arg(k), true,
                                 [](const sandbox::SandboxRequest &r) {
                                     return isWrite(r, "/licenseupdates");
                                 }});
        }
        m_points.append({QStringLiteral("after verify"), false, [this](const sandbox::SandboxRequest &) {
                             const auto m = m_monitor->migration();
                             return m && m->state == journal::JournalState::Verified;
                         }});
        const QString oldPath = QStringLiteral("/v1/customers/") + m_customer.customerId +
                                QStringLiteral("/subscriptions/") + m_customer.oldSubscriptionId;
        m_points.append(
            {QStringLiteral("mid-write: suspend PATCH"), true, [oldPath](const sandbox::SandboxRequest &r) {
                 return r.method == "PATCH" && r.path.compare(oldPath, Qt::CaseInsensitive) == 0;
             }});
    }

    // Starts `migrate --yes` and waits until it exits or is killed. Returns false on a timeout.
    bool runChild(QProcess::ExitStatus *status, int *code, QByteArray *output)
    {
        m_child = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OFFER_MIGRATOR_ACCESS_TOKEN"), kToken);
        m_child->setProcessEnvironment(env);
        m_child->setProgram(QStringLiteral(OM_MIGRATOR_BINARY));
        m_child->setArguments(
            {QStringLiteral("migrate"), QStringLiteral("--api-base"), m_host->baseUrl().toString(),
             QStringLiteral("--customer"), m_customer.customerId, QStringLiteral("--journal"), m_journalPath,
             QStringLiteral("--rate-per-minute"), QStringLiteral("60000"), QStringLiteral("--yes")});
        m_child->start();
        if (!m_child->waitForStarted(10000))
            return false;
        const bool ended = waitUntil([this]() { return m_child->state() == QProcess::NotRunning; }, 90000, 5);
        *status = m_child->exitStatus();
        *code = m_child->exitCode();
        *output = m_child->readAllStandardOutput() + m_child->readAllStandardError();
        m_view.reset(); // reopen: the file may have been created meanwhile
        return ended;
    }

    SystemClock m_clock;
    QTemporaryDir m_dir;
    QString m_journalPath;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    domain::OfferCatalogue m_catalogue;
    PickedCustomer m_customer;
    std::unique_ptr<journal::Journal> m_view;
    std::unique_ptr<InvariantMonitor> m_monitor;
    std::unique_ptr<QProcess> m_child;
    QList<KillPoint> m_points;
    int m_next = 0;
    int m_kills = 0;
    QStringList m_killedAt;
    bool m_finalRun = false;
    int m_writesInFinalRun = 0;
};

TEST_F(KillRunTest, KilledAtEveryStepBoundaryAndMidWriteResumesToCompletion)
{
    buildPoints();
    const int planned = int(m_points.size());
    bool done = false;
    for (int run = 0; run < planned + 3 && !done; ++run) {
        QProcess::ExitStatus status = QProcess::NormalExit;
        int code = -1;
        QByteArray output;
        const int killsBefore = m_kills;
        ASSERT_TRUE(runChild(&status, &code, &output)) << "migrate did not end";
        const bool killed = m_kills > killsBefore;
        if (killed) {
            EXPECT_EQ(status, QProcess::CrashExit) << m_killedAt.last().toStdString();
        } else {
            EXPECT_EQ(status, QProcess::NormalExit);
            EXPECT_EQ(code, 0) << output.toStdString();
            done = code == 0;
        }
        m_monitor->checkJournalMatchesSandbox(killed
                                                  ? QStringLiteral("after the kill %1").arg(m_killedAt.last())
                                                  : QStringLiteral("after run %1").arg(run));
    }
    ASSERT_TRUE(done) << "not done after " << planned + 3 << " runs";
    EXPECT_EQ(m_next, planned) << "kill point never reached: "
                               << (m_next < planned ? m_points.at(m_next).name.toStdString() : std::string());

    // "After suspend": the same command once more changes nothing and succeeds.
    m_finalRun = true;
    QProcess::ExitStatus status = QProcess::NormalExit;
    int code = -1;
    QByteArray output;
    ASSERT_TRUE(runChild(&status, &code, &output));
    EXPECT_EQ(code, 0) << output.toStdString();
    EXPECT_EQ(m_writesInFinalRun, 0) << "a finished migration sent writes again";

    m_monitor->checkFinal(true);
    const QStringList report = checkReportRow(m_host->store(), m_catalogue, *view(), m_customer.customerId,
                                              m_customer.oldSubscriptionId, int(m_customer.holders.size()));
    EXPECT_TRUE(report.isEmpty()) << report.join(QLatin1Char('\n')).toStdString();

    std::printf("kill run: %d kills (%s), %d observations, %s\n", m_kills,
                qPrintable(m_killedAt.join(QStringLiteral("; "))), m_monitor->observations(),
                qPrintable(m_host->server().counters().toString()));
    ReliabilityTotals &t = reliabilityTotals();
    ++t.runs;
    t.kills += m_kills;
    t.faults += injectedFaults(m_host->server().counters());
    t.violations += int(m_monitor->violations().size() + report.size());
    for (const QString &v : m_monitor->violations())
        ADD_FAILURE() << "invariant violated: " << v.toStdString();
}

} // namespace
