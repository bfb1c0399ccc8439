#include "batch/BatchPlanner.h"

#include "batch/BatchLog.h"
#include "engine/CatalogueCache.h"
#include "engine/MigrationEngine.h"
#include "journal/Journal.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <algorithm>

namespace om::batch {

namespace {

// Another live runner holds the customer's lease: "user on host (process N)". Empty when free, ours,
// silent past leaseStaleAfterSecs, or its process is gone on this host (the engine would take it over).
QString otherHolder(journal::Journal &journal, const QString &customerId, const QDateTime &now)
{
    const auto lease = journal.lease(customerId);
    if (!lease || !lease->has_value())
        return {};
    const journal::Lease &held = *lease.value();
    QString host = QSysInfo::machineHostName(); // as the journal records it
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    const bool mine = held.pid == QCoreApplication::applicationPid() && held.host == host;
    const bool silent =
        !held.heartbeat.isValid() || held.heartbeat.secsTo(now) > journal::leaseStaleAfterSecs;
    const bool gone = held.host == host && !journal::Journal::processAlive(held.pid);
    if (mine || silent || gone)
        return {};
    return QCoreApplication::translate("om::batch::BatchPlanner", "%1 on %2 (process %3) since %4")
        .arg(held.owner, held.host)
        .arg(held.pid)
        .arg(held.since.toString(Qt::ISODate));
}

} // namespace

BatchPlanner::BatchPlanner(pc::PartnerCenterClient &client, journal::Journal &journal,
                           const domain::OfferCatalogue &catalogue, const Clock &clock,
                           BatchPlannerOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_catalogue(catalogue)
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_options.customerConcurrency = std::max(1, m_options.customerConcurrency);
}

BatchPlanner::~BatchPlanner() = default;

bool BatchPlanner::start(const QStringList &customerIds, const QHash<QString, BatchOverride> &overrides)
{
    if (m_running || customerIds.isEmpty())
        return false;
    m_customerIds.clear();
    for (const QString &id : customerIds) { // each customer once, in the order given
        if (!id.trimmed().isEmpty() && !m_customerIds.contains(id.trimmed(), Qt::CaseInsensitive))
            m_customerIds.append(id.trimmed());
    }
    if (m_customerIds.isEmpty())
        return false;
    m_overrides = overrides;
    m_results = QList<std::optional<BatchCustomer>>(m_customerIds.size());
    m_engines = QList<QPointer<engine::MigrationEngine>>(m_customerIds.size());
    m_plan = BatchPlan();
    // One catalogue read per market for the whole round (a fresh one each round: availability ids are
    // reissued, docs/partner-center-api.md "New commerce").
    if (m_cache)
        m_cache->deleteLater();
    m_cache = new engine::CatalogueCache(m_client, this);
    m_next = 0;
    m_done = 0;
    m_inFlight = 0;
    m_cancelled = false;
    m_running = true;
    qCInfo(lcBatch) << "planning" << m_customerIds.size() << "customers," << m_options.customerConcurrency
                    << "at a time";
    emit progress(0, int(m_customerIds.size()));
    startNext();
    return true;
}

void BatchPlanner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_inFlight == 0)
        finish();
}

void BatchPlanner::startNext()
{
    while (!m_cancelled && m_inFlight < m_options.customerConcurrency && m_next < m_customerIds.size()) {
        const int index = m_next++;
        auto *engine =
            new engine::MigrationEngine(m_client, m_journal, m_catalogue, m_clock, m_options.engine, this);
        engine->setCatalogueCache(m_cache);
        m_engines[index] = engine;
        ++m_inFlight;
        connect(engine, &engine::MigrationEngine::finished, this,
                [this, index, engine](const engine::EngineResult &) { onPlanned(index, engine); });
        engine::MigrationRequest request;
        request.customerId = m_customerIds.at(index);
        if (!engine->plan(request)) { // never busy here; kept for the error text
            BatchCustomer failed;
            failed.customerId = request.customerId;
            failed.planError = engine->errorText();
            failed.plannedAt = m_clock.now();
            m_results[index] = failed;
            engine->deleteLater();
            --m_inFlight;
            ++m_done;
        }
    }
    if (m_inFlight == 0 && (m_cancelled || m_next >= m_customerIds.size()))
        finish();
}

void BatchPlanner::onPlanned(int index, engine::MigrationEngine *engine)
{
    BatchCustomer customer;
    customer.customerId = m_customerIds.at(index);
    customer.plannedAt = m_clock.now();
    if (engine->hasPlan() && engine->errorText().isEmpty()) {
        customer.planSet = engine->currentPlan();
        customer.customerName = customer.planSet.customerName;
        customer.leaseHolder = otherHolder(m_journal, customer.customerId, customer.plannedAt);
    } else {
        customer.planError = engine->errorText().isEmpty()
                                 ? QCoreApplication::translate("om::batch::BatchPlanner", "planning failed")
                                 : engine->errorText();
    }
    m_results[index] = customer;
    engine->deleteLater();
    --m_inFlight;
    ++m_done;
    emit customerPlanned(customer);
    emit progress(m_done, int(m_customerIds.size()));
    startNext();
}

void BatchPlanner::finish()
{
    BatchPlan plan;
    for (const std::optional<BatchCustomer> &c : std::as_const(m_results)) {
        if (c)
            plan.addCustomer(*c);
    }
    // A resumed batch: the operator's choices again, where they still fit the new plan.
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        const QString customerId = it.key().section(QLatin1Char('/'), 0, 0);
        const QString subscriptionId = it.key().section(QLatin1Char('/'), 1);
        const int row = plan.indexOf(customerId, subscriptionId);
        if (row < 0)
            continue;
        BatchOverride wanted = it.value();
        if (plan.rows.at(row).journalState != journal::JournalState::NotStarted) {
            // Started: the journal keeps what was bought; only an exclusion still means something.
            const bool excluded = wanted.excluded;
            wanted = BatchOverride();
            wanted.excluded = excluded;
        }
        if (const Status set = plan.setOverride(customerId, subscriptionId, wanted); !set) {
            BatchCheck dropped;
            dropped.kind = CheckKind::PlanBlocked;
            dropped.blocking = true; // the operator chose something the new plan cannot do: ask again
            dropped.text = QCoreApplication::translate("om::batch::BatchPlanner",
                                                       "the change made before no longer fits: %1")
                               .arg(set.error().message);
            plan.rows[row].checks.append(dropped);
        }
    }
    m_plan = plan;
    m_running = false;
    qCInfo(lcBatch) << "planned" << m_plan.customers.size() << "customers," << m_plan.rows.size() << "rows,"
                    << m_plan.includedRows() << "to run";
    emit finished(m_plan);
}

} // namespace om::batch
