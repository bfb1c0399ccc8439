#include "engine/MigrationEngine.h"

#include "engine/EngineLog.h"
#include "engine/Lifecycle.h"
#include "engine/Planner.h"
#include "engine/PurchaseStep.h"
#include "engine/ReassignStep.h"
#include "engine/ResumeLogic.h"
#include "engine/SuspendStep.h"
#include "engine/VerifyStep.h"
#include "journal/Journal.h"

namespace om::engine {

using journal::JournalState;

MigrationEngine::MigrationEngine(pc::PartnerCenterClient &client, journal::Journal &journal,
                                 const domain::OfferCatalogue &catalogue, const Clock &clock,
                                 EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_catalogue(catalogue)
{
    m_ctx.client = &client;
    m_ctx.journal = &journal;
    m_ctx.clock = &clock;
    m_ctx.config = std::move(config);
    m_leaseTimer.setInterval(60 * 1000);
    connect(&m_leaseTimer, &QTimer::timeout, this, [this]() {
        if (const Status renewed = m_ctx.journal->renewLease(m_plan.customerId); !renewed)
            qCWarning(lcEngine) << "lease not renewed:" << renewed.error().toString();
    });
}

MigrationEngine::~MigrationEngine()
{
    if (m_leaseTimer.isActive())
        (void)m_ctx.journal->releaseLease(m_plan.customerId);
}

void MigrationEngine::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged(step);
}

void MigrationEngine::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

bool MigrationEngine::plan(const MigrationRequest &request)
{
    if (m_busy) {
        m_errorText = QStringLiteral("busy: wait for the current step to finish");
        return false;
    }
    m_errorText.clear();
    setBusy(true);
    setStep(Step::Plan);
    auto *planner = new Planner(m_ctx, m_catalogue, this);
    m_planner = planner;
    planner->start(request, [this, planner](const Result<MigrationPlanSet> &result) {
        planner->deleteLater();
        EngineResult r;
        r.nothingDone = true;
        if (result) {
            m_plan = result.value();
            m_hasPlan = true;
            r.ok = true;
            r.summary = QStringLiteral("planned %1 subscription(s)").arg(m_plan.subscriptions.size());
            emit planReady(m_plan);
        } else {
            m_errorText = result.error().toString();
            r.errors.append(result.error());
            r.summary = m_errorText;
        }
        setBusy(false);
        emit finished(r);
    });
    return true;
}

bool MigrationEngine::purchase()
{
    return startRun(Step::Purchase);
}
bool MigrationEngine::reassign()
{
    return startRun(Step::Reassign);
}
bool MigrationEngine::verify()
{
    return startRun(Step::Verify);
}
bool MigrationEngine::suspend()
{
    return startRun(Step::Suspend);
}
bool MigrationEngine::runAll()
{
    return startRun(Step::Idle);
}

bool MigrationEngine::adoptPlan(const MigrationPlanSet &plan)
{
    if (m_busy) {
        m_errorText = QStringLiteral("busy: wait for the current step to finish");
        return false;
    }
    m_errorText.clear();
    m_plan = plan;
    m_hasPlan = true;
    return true;
}

bool MigrationEngine::startRun(Step only)
{
    if (m_busy) {
        m_errorText = QStringLiteral("busy: wait for the current step to finish");
        return false;
    }
    if (!m_hasPlan) {
        m_errorText = QStringLiteral("plan first");
        return false;
    }
    // One runner per customer: the GUI and the CLI, on this machine or another sharing the journal.
    const auto lease = m_ctx.journal->takeLease(m_plan.customerId);
    if (!lease) {
        m_errorText = lease.error().message;
        return false;
    }
    m_leaseTimer.start();
    m_errorText.clear();
    m_errors.clear();
    m_only = only;
    m_index = 0;
    m_didSomething = false;
    m_stopRequested = false;
    setBusy(true);
    runNext();
    return true;
}

Step MigrationEngine::stepOf(SubscriptionPlan &plan, QString *why) const
{
    const Result<Step> step = nextStep(*m_ctx.journal, plan); // ResumeLogic: the journal and the users decide
    if (!step) {
        *why = step.error().toString();
        return Step::Done;
    }
    return step.value();
}

void MigrationEngine::runNext()
{
    if (m_index >= m_plan.subscriptions.size() || m_stopRequested)
        return complete();
    SubscriptionPlan &plan = m_plan.subscriptions[m_index];
    QString why;
    const Step step = stepOf(plan, &why);
    if (!why.isEmpty()) {
        m_errors.append(Error::make(Error::Kind::Storage, why, plan.oldSubscription.id));
        ++m_index;
        return runNext();
    }
    const bool single = m_only != Step::Idle;
    if (!single && m_stopBeforeSuspend && step == Step::Suspend) {
        ++m_index; // verified: waits for a separate suspend()
        return runNext();
    }
    // Single-step mode runs the requested step on every subscription not past it (a step refused by
    // the journal state says why); run-all mode runs whatever comes next until done or failed.
    if (step == Step::Done || (single && lifecycle::comesAfter(step, m_only))) {
        ++m_index;
        return runNext();
    }
    const Step toRun = single ? m_only : step;
    if (toRun == Step::Purchase && !plan.migrationId) {
        if (plan.hasBlockingIssue()) {
            QStringList texts;
            for (const PlanIssue &i : std::as_const(plan.issues)) {
                if (i.severity == IssueSeverity::Blocking)
                    texts.append(i.text);
            }
            m_errors.append(Error::make(Error::Kind::Validation, texts.join(QStringLiteral("; ")),
                                        QStringLiteral("plan of %1").arg(plan.oldSubscription.id)));
            ++m_index;
            return runNext();
        }
        const Status created = recordNewMigration(*m_ctx.journal, plan, m_ctx.config.operatorName);
        if (!created) {
            m_errors.append(created.error());
            ++m_index;
            return runNext();
        }
    } else if (plan.migrationId) {
        if (const Status synced = syncUserMoves(*m_ctx.journal, plan); !synced) {
            m_errors.append(synced.error());
            ++m_index;
            return runNext();
        }
    }
    if (toRun != Step::Purchase && !plan.migrationId) {
        ++m_index; // nothing bought yet: nothing for this step to do
        return runNext();
    }
    m_didSomething = true;
    setStep(toRun);
    emit progress(m_index, int(m_plan.subscriptions.size()),
                  QStringLiteral("%1: %2").arg(stepName(toRun), plan.oldSubscription.offerName));
    runStep(toRun, plan, [this, single, id = plan.oldSubscription.id](const Status &status) {
        if (!status) {
            Error e = status.error();
            if (e.context.isEmpty() || !e.context.contains(id))
                e.context = QStringLiteral("%1 (subscription %2)").arg(e.context, id);
            m_errors.append(e);
            ++m_index;
        } else if (single) {
            ++m_index;
        }
        runNext();
    });
}

void MigrationEngine::requestStop()
{
    m_stopRequested = true;
    if (m_reassign)
        m_reassign->stop();
}

void MigrationEngine::runStep(Step step, SubscriptionPlan &plan,
                              const std::function<void(const Status &)> &done)
{
    SubscriptionPlan *p = &plan;
    const auto wrap = [done](QObject *stepObject) {
        return [done, stepObject](const Status &s) {
            stepObject->deleteLater();
            done(s);
        };
    };
    switch (step) {
    case Step::Purchase: {
        auto *s = new PurchaseStep(m_ctx, this);
        return s->run(p, wrap(s));
    }
    case Step::Reassign: {
        auto *s = new ReassignStep(m_ctx, this);
        m_reassign = s;
        connect(s, &ReassignStep::userResult, this, &MigrationEngine::userResult);
        connect(s, &ReassignStep::progress, this,
                [this](int d, int total) { emit progress(d, total, QStringLiteral("users moved")); });
        return s->run(p, wrap(s));
    }
    case Step::Verify: {
        auto *s = new VerifyStep(m_ctx, this);
        return s->run(p, wrap(s));
    }
    case Step::Suspend: {
        auto *s = new SuspendStep(m_ctx, this);
        return s->run(p, wrap(s));
    }
    case Step::Idle:
    case Step::Plan:
    case Step::Done:
        break;
    }
    done(Status());
}

void MigrationEngine::complete()
{
    EngineResult r;
    r.errors = m_errors;
    r.ok = m_errors.isEmpty();
    r.nothingDone = !m_didSomething;
    for (const SubscriptionPlan &p : std::as_const(m_plan.subscriptions)) {
        if (!p.migrationId)
            continue;
        if (const auto moves = m_ctx.journal->userMoves(p.migrationId)) {
            for (const journal::UserMove &m : moves.value()) {
                r.usersMoved += m.state == journal::UserMoveState::Moved ? 1 : 0;
                r.usersFailed += m.state == journal::UserMoveState::Failed ? 1 : 0;
                r.usersExcluded += m.state == journal::UserMoveState::Skipped ? 1 : 0;
            }
        }
    }
    QStringList lines;
    lines.append(QStringLiteral("%1 users moved, %2 failed").arg(r.usersMoved).arg(r.usersFailed) +
                 (r.usersExcluded ? QStringLiteral(", %1 excluded").arg(r.usersExcluded) : QString()));
    for (const Error &e : std::as_const(m_errors))
        lines.append(e.toString());
    r.summary = lines.join(QLatin1Char('\n'));
    if (!r.ok)
        m_errorText = m_errors.constFirst().toString();
    const bool allDone =
        std::all_of(m_plan.subscriptions.begin(), m_plan.subscriptions.end(), [this](SubscriptionPlan &p) {
            QString why;
            return p.migrationId && stepOf(p, &why) == Step::Done;
        });
    // Always after the caller's start call has returned, even when nothing needed the network.
    QMetaObject::invokeMethod(
        this,
        [this, r, allDone]() {
            if (m_leaseTimer.isActive()) { // a run that took the lease (plan() takes none)
                m_leaseTimer.stop();
                if (const Status released = m_ctx.journal->releaseLease(m_plan.customerId); !released)
                    qCWarning(lcEngine) << "lease not released:" << released.error().toString();
            }
            setStep(r.ok && allDone ? Step::Done : Step::Idle);
            setBusy(false);
            emit finished(r);
        },
        Qt::QueuedConnection);
}

} // namespace om::engine
