#include "batch/BatchRunner.h"

#include "batch/BatchLog.h"
#include "engine/CatalogueCache.h"
#include "engine/EngineUtil.h"
#include "engine/MigrationEngine.h"
#include "journal/Journal.h"

#include <QUuid>

#include <algorithm>
#include <memory>

namespace om::batch {

using engine::sameId;
using journal::JournalState;

namespace {

// Calls `handler` once, on the engine's next finished().
void onceFinished(engine::MigrationEngine *engine, QObject *context,
                  std::function<void(const engine::EngineResult &)> handler)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(engine, &engine::MigrationEngine::finished, context,
                                   [connection, handler = std::move(handler)](const engine::EngineResult &r) {
                                       QObject::disconnect(*connection);
                                       handler(r);
                                   });
}

} // namespace

QString customerStateToken(CustomerState state)
{
    switch (state) {
    case CustomerState::Waiting:
        return QStringLiteral("waiting");
    case CustomerState::Running:
        return QStringLiteral("running");
    case CustomerState::Paused:
        return QStringLiteral("paused");
    case CustomerState::Verified:
        return QStringLiteral("verified");
    case CustomerState::Suspending:
        return QStringLiteral("suspending");
    case CustomerState::Done:
        return QStringLiteral("done");
    case CustomerState::Unfinished:
        return QStringLiteral("unfinished");
    case CustomerState::Blocked:
        return QStringLiteral("blocked");
    case CustomerState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

BatchRunner::BatchRunner(pc::PartnerCenterClient &client, journal::Journal &journal,
                         const domain::OfferCatalogue &catalogue, const Clock &clock, BatchRunOptions options,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_catalogue(catalogue)
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_options.customerConcurrency = std::max(1, m_options.customerConcurrency);
}

BatchRunner::~BatchRunner() = default;

void BatchRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void BatchRunner::emitCustomer(int index)
{
    emit customerChanged(index, m_customers.at(index));
}

bool BatchRunner::start(const BatchPlan &plan, const std::optional<StoredBatch> &resumed)
{
    if (m_state != State::Idle && m_state != State::Finished) {
        m_errorText = tr("the batch is running");
        return false;
    }
    if (plan.includedRows() == 0) {
        m_errorText = tr("nothing to run: every row is blocked, excluded or done");
        return false;
    }
    const QDateTime now = m_clock.now();
    StoredBatch stored;
    if (resumed) {
        stored = *resumed;
    } else {
        stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        stored.createdAt = now;
        stored.confirmedAt = now;
        stored.operatorName = m_options.engine.operatorName.isEmpty() ? journal::Journal::currentOsUser()
                                                                      : m_options.engine.operatorName;
        stored.stopBeforeSuspend = m_options.stopBeforeSuspend;
    }
    stored.customerIds.clear();
    stored.overrides.clear();
    for (const BatchCustomer &c : plan.customers) {
        stored.customerIds.append(c.customerId);
        stored.customerNames.insert(c.customerId, c.customerName);
    }
    for (const BatchRow &r : plan.rows) {
        if (!r.override.isEmpty())
            stored.overrides.insert(r.key(), r.override);
    }
    stored.state = StoredBatch::State::Running;
    stored.updatedAt = now;
    // Written before anything runs: a kill from here on leaves a batch the app offers to resume.
    if (!m_options.storePath.isEmpty()) {
        if (const Status saved = BatchStore(m_options.storePath).save(stored); !saved) {
            m_errorText = saved.error().toString();
            return false;
        }
    }
    m_stored = stored;
    m_plan = plan;
    m_customers.clear();
    m_jobs.clear();
    m_engines.clear();
    m_ran.clear();
    m_suspendRun = false;
    m_stopping = false;
    m_cancelled = false;
    m_inFlight = 0;
    m_errorText.clear();
    renewCatalogue(); // for the customers planned again in this run
    for (const BatchCustomer &c : plan.customers) {
        CustomerProgress p;
        p.customerId = c.customerId;
        p.customerName = c.customerName;
        int rows = 0;
        int done = 0;
        for (const BatchRow &r : plan.rows) {
            if (!sameId(r.customerId, c.customerId))
                continue;
            ++rows;
            done += r.isDone() ? 1 : 0;
            if (r.isIncluded()) {
                ++p.subscriptions;
                p.usersToMove += r.usersToMove;
            }
        }
        if (p.subscriptions == 0) {
            // Nothing runnable: done before (or nothing retired left), or blocked / excluded.
            p.state = done == rows && c.planError.isEmpty() ? CustomerState::Done : CustomerState::Blocked;
            p.text = p.state == CustomerState::Blocked ? blockedText(plan, c.customerId)
                     : rows == 0                       ? tr("nothing to migrate")
                                                       : tr("already migrated");
        }
        m_jobs.append(p.subscriptions > 0 ? jobsFor(plan, c, now, m_options.maxPlanAgeSecs)
                                          : QList<BatchJob>());
        m_customers.append(p);
        m_engines.append(nullptr);
        m_ran.append(false);
    }
    qCInfo(lcBatch) << "batch" << m_stored.id << "starts:" << m_customers.size() << "customers,"
                    << m_plan.includedRows() << "subscriptions";
    setState(State::Running);
    for (const CustomerProgress &p : std::as_const(m_customers)) {
        if (p.state != CustomerState::Waiting)
            emit customerFinished(p);
    }
    settle();
    return true;
}

void BatchRunner::renewCatalogue()
{
    if (m_cache)
        m_cache->deleteLater();
    m_cache = new engine::CatalogueCache(m_client, this);
    for (const QPointer<engine::MigrationEngine> &e : std::as_const(m_engines)) {
        if (e)
            e->setCatalogueCache(m_cache);
    }
}

void BatchRunner::pause()
{
    if (m_state != State::Running && m_state != State::Suspending)
        return;
    m_stopping = true;
    setState(State::Pausing);
    for (const QPointer<engine::MigrationEngine> &e : std::as_const(m_engines)) {
        if (e)
            e->requestStop();
    }
    settle();
}

bool BatchRunner::resume()
{
    if (m_state != State::Paused)
        return false;
    m_stopping = false;
    for (int i = 0; i < m_customers.size(); ++i) {
        if (m_customers.at(i).state == CustomerState::Paused) {
            m_customers[i].state = CustomerState::Waiting;
            m_customers[i].text.clear();
            emitCustomer(i);
        }
    }
    m_stored.state = StoredBatch::State::Running;
    saveStore();
    renewCatalogue(); // paused for minutes or hours: customers planned from here on read today's catalogue
    setState(m_suspendRun ? State::Suspending : State::Running);
    settle();
    return true;
}

void BatchRunner::cancel()
{
    if (m_state == State::Idle || m_state == State::Finished || m_state == State::Cancelling)
        return;
    m_stopping = true;
    m_cancelled = true;
    setState(State::Cancelling);
    for (const QPointer<engine::MigrationEngine> &e : std::as_const(m_engines)) {
        if (e)
            e->requestStop();
    }
    settle();
}

bool BatchRunner::suspendVerified()
{
    if (m_state != State::Finished) {
        m_errorText = tr("the batch is busy");
        return false;
    }
    int queued = 0;
    for (int i = 0; i < m_customers.size(); ++i) {
        const QStringList verified = verifiedSubscriptionsOf(m_journal, m_plan, m_customers.at(i).customerId);
        if (verified.isEmpty())
            continue;
        BatchJob job;
        job.request.customerId = m_customers.at(i).customerId;
        job.subscriptionIds = verified;
        m_jobs[i] = {job};
        m_customers[i].state = CustomerState::Waiting;
        m_customers[i].errors.clear();
        m_customers[i].text = tr("waits to be suspended");
        emitCustomer(i);
        ++queued;
    }
    if (queued == 0) {
        m_errorText = tr("no subscription waits at \"verified\"");
        return false;
    }
    m_suspendRun = true;
    m_stopping = false;
    m_cancelled = false;
    m_errorText.clear();
    m_stored.state = StoredBatch::State::Running;
    saveStore();
    setState(State::Suspending);
    settle();
    return true;
}

int BatchRunner::verifiedSubscriptions() const
{
    int n = 0;
    for (const CustomerProgress &c : m_customers)
        n += int(verifiedSubscriptionsOf(m_journal, m_plan, c.customerId).size());
    return n;
}

BatchResult BatchRunner::result() const
{
    BatchResult r;
    r.customers = int(m_customers.size());
    r.wasCancelled = m_cancelled;
    r.nothingDone = std::none_of(m_ran.cbegin(), m_ran.cend(), [](bool ran) { return ran; });
    r.customerResults = m_customers;
    for (const CustomerProgress &c : m_customers) {
        r.done += c.state == CustomerState::Done ? 1 : 0;
        r.verified += c.state == CustomerState::Verified ? 1 : 0;
        r.unfinished += c.state == CustomerState::Unfinished || c.state == CustomerState::Paused ? 1 : 0;
        r.blocked += c.state == CustomerState::Blocked ? 1 : 0;
        r.cancelled += c.state == CustomerState::Cancelled ? 1 : 0;
    }
    return r;
}

void BatchRunner::startNext()
{
    if (m_stopping)
        return;
    for (int i = 0; i < m_customers.size() && m_inFlight < m_options.customerConcurrency; ++i) {
        if (m_customers.at(i).state == CustomerState::Waiting && !m_engines.at(i))
            startCustomer(i);
    }
}

void BatchRunner::startCustomer(int index)
{
    CustomerProgress &p = m_customers[index];
    p.state = m_suspendRun ? CustomerState::Suspending : CustomerState::Running;
    p.errors.clear();
    p.text = m_suspendRun ? tr("suspending") : tr("starting");
    ++m_inFlight;
    auto *engine =
        new engine::MigrationEngine(m_client, m_journal, m_catalogue, m_clock, m_options.engine, this);
    engine->setStopBeforeSuspend(m_stored.stopBeforeSuspend && !m_suspendRun);
    engine->setCatalogueCache(m_cache);
    m_engines[index] = engine;
    connect(engine, &engine::MigrationEngine::userResult, this, [this, index](const engine::UserResult &r) {
        (r.moved ? m_customers[index].usersMoved : m_customers[index].usersFailed) += 1;
        emitCustomer(index);
        emit userResult(m_customers.at(index).customerId, r);
    });
    connect(engine, &engine::MigrationEngine::stepChanged, this, [this, index](engine::Step step) {
        m_customers[index].step = step;
        if (step != engine::Step::Idle && step != engine::Step::Done)
            m_customers[index].text = engine::stepName(step);
        emitCustomer(index);
    });
    emitCustomer(index);
    runJob(index);
}

// The customer's next job: plan (or take the confirmed plan), then runPlanned().
void BatchRunner::runJob(int index)
{
    if (m_stopping)
        return customerStopped(index);
    if (m_jobs.at(index).isEmpty())
        return customerEnded(index);
    const BatchJob &job = m_jobs.at(index).constFirst();
    if (job.adoptConfirmedPlan &&
        planIsFresh(m_plan, job.request.customerId, m_clock.now(), m_options.maxPlanAgeSecs))
        return runPlanned(index, confirmedPlanSet(m_plan, job.request.customerId));
    engine::MigrationEngine *engine = m_engines.at(index);
    onceFinished(engine, this, [this, index, engine](const engine::EngineResult &r) {
        if (m_stopping)
            return customerStopped(index);
        if (!r.ok || !engine->hasPlan()) {
            m_customers[index].errors.append(
                r.errors.isEmpty() ? Error::make(Error::Kind::Internal, r.summary) : r.errors.constFirst());
            m_jobs[index].removeFirst();
            return runJob(index);
        }
        runPlanned(index, engine->currentPlan());
    });
    if (!engine->plan(job.request)) {
        disconnect(engine, &engine::MigrationEngine::finished, this, nullptr);
        m_customers[index].errors.append(Error::make(Error::Kind::Internal, engine->errorText()));
        m_jobs[index].removeFirst();
        runJob(index);
    }
}

void BatchRunner::runPlanned(int index, const engine::MigrationPlanSet &planned)
{
    QList<Error> refused;
    const engine::MigrationPlanSet kept = keptPlan(m_plan, m_jobs.at(index).constFirst(), planned, &refused);
    m_customers[index].errors.append(refused);
    if (kept.subscriptions.isEmpty()) {
        m_jobs[index].removeFirst();
        return runJob(index);
    }
    engine::MigrationEngine *engine = m_engines.at(index);
    onceFinished(engine, this, [this, index](const engine::EngineResult &r) { onEngineFinished(index, r); });
    if (!engine->adoptPlan(kept) || !engine->runAll()) { // e.g. another runner holds the customer's lease
        disconnect(engine, &engine::MigrationEngine::finished, this, nullptr);
        m_customers[index].errors.append(
            Error::make(Error::Kind::Conflict, engine->errorText(), m_customers.at(index).customerName));
        m_jobs[index].removeFirst();
        runJob(index);
    }
}

void BatchRunner::onEngineFinished(int index, const engine::EngineResult &result)
{
    m_customers[index].errors.append(result.errors);
    m_ran[index] = m_ran.at(index) || !result.nothingDone;
    if (m_stopping) {
        // Stopped between two writes: on resume this job is planned again from the journal (the confirmed
        // plan knows nothing of the migrations this run recorded).
        m_jobs[index].first().adoptConfirmedPlan = false;
        return customerStopped(index);
    }
    m_jobs[index].removeFirst();
    runJob(index);
}

void BatchRunner::releaseEngine(int index)
{
    if (engine::MigrationEngine *engine = m_engines.at(index)) {
        engine->disconnect(this);
        engine->deleteLater(); // after its finished() handlers returned
        m_engines[index] = nullptr;
        --m_inFlight;
    }
}

void BatchRunner::customerStopped(int index)
{
    releaseEngine(index);
    CustomerProgress &p = m_customers[index];
    p.step = engine::Step::Idle;
    if (m_cancelled) {
        p.state = CustomerState::Cancelled;
        p.text = tr("cancelled between two steps; what was done stays done");
        emitCustomer(index);
        emit customerFinished(p);
    } else {
        p.state = CustomerState::Paused;
        p.text = tr("paused");
        emitCustomer(index);
    }
    settle();
}

void BatchRunner::customerEnded(int index)
{
    releaseEngine(index);
    CustomerProgress &p = m_customers[index];
    const CustomerOutcome outcome = outcomeOf(m_journal, m_plan, p.customerId, p.errors);
    p.state = outcome.state;
    p.step = engine::Step::Idle;
    p.usersMoved = outcome.usersMoved;
    p.usersFailed = outcome.usersFailed;
    p.text = outcome.text;
    qCInfo(lcBatch) << "customer" << p.customerId << customerStateToken(p.state) << p.usersMoved << "moved"
                    << p.usersFailed << "failed";
    emitCustomer(index);
    emit customerFinished(p);
    const int ended =
        int(std::count_if(m_customers.cbegin(), m_customers.cend(), [](const CustomerProgress &c) {
            return c.state != CustomerState::Waiting && c.state != CustomerState::Running &&
                   c.state != CustomerState::Suspending && c.state != CustomerState::Paused;
        }));
    emit progress(ended, int(m_customers.size()));
    settle();
}

void BatchRunner::settle()
{
    switch (m_state) {
    case State::Running:
    case State::Suspending: {
        startNext();
        const bool waiting =
            std::any_of(m_customers.cbegin(), m_customers.cend(),
                        [](const CustomerProgress &c) { return c.state == CustomerState::Waiting; });
        if (m_inFlight == 0 && !waiting)
            finishRun();
        return;
    }
    case State::Pausing:
        if (m_inFlight == 0) {
            for (int i = 0; i < m_customers.size(); ++i) {
                if (m_customers.at(i).state == CustomerState::Waiting) {
                    m_customers[i].state = CustomerState::Paused;
                    emitCustomer(i);
                }
            }
            m_stored.state = StoredBatch::State::Paused;
            saveStore();
            setState(State::Paused);
        }
        return;
    case State::Cancelling:
        if (m_inFlight == 0) {
            for (int i = 0; i < m_customers.size(); ++i) {
                const CustomerState s = m_customers.at(i).state;
                if (s == CustomerState::Waiting || s == CustomerState::Paused) {
                    m_customers[i].state = CustomerState::Cancelled;
                    m_customers[i].text = tr("cancelled before it started");
                    emitCustomer(i);
                    emit customerFinished(m_customers.at(i));
                }
                m_jobs[i].clear();
            }
            finishRun();
        }
        return;
    case State::Idle:
    case State::Paused:
    case State::Finished:
        return;
    }
}

void BatchRunner::finishRun()
{
    if (m_state == State::Finished)
        return;
    const bool waitsToSuspend =
        std::any_of(m_customers.cbegin(), m_customers.cend(),
                    [](const CustomerProgress &c) { return c.state == CustomerState::Verified; });
    const bool unfinished =
        std::any_of(m_customers.cbegin(), m_customers.cend(),
                    [](const CustomerProgress &c) { return c.state == CustomerState::Unfinished; });
    m_stored.state = m_cancelled      ? StoredBatch::State::Cancelled
                     : waitsToSuspend ? StoredBatch::State::WaitingToSuspend
                     : unfinished     ? StoredBatch::State::Incomplete
                                      : StoredBatch::State::Finished;
    saveStore();
    m_suspendRun = false;
    m_stopping = false;
    setState(State::Finished);
    qCInfo(lcBatch) << "batch" << m_stored.id << StoredBatch::stateToken(m_stored.state);
    emit finished(result());
}

void BatchRunner::saveStore()
{
    if (m_options.storePath.isEmpty())
        return;
    m_stored.updatedAt = m_clock.now();
    if (const Status saved = BatchStore(m_options.storePath).save(m_stored); !saved)
        qCWarning(lcBatch) << "batch file not written:" << saved.error().toString();
}

} // namespace om::batch
