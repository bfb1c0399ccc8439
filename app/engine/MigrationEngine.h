#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "engine/EngineContext.h"
#include "engine/EngineTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace om::domain {
class OfferCatalogue;
}
namespace om::pc {
class PartnerCenterClient;
}
namespace om::journal {
class Journal;
}

namespace om::engine {

class Planner;
class ReassignStep;

// Migrates one customer's retired "Basic (Qualified Offer)" subscriptions: plan, purchase, reassign,
// verify, suspend. No widgets: the CLI calls plan() then runAll(); a wizard controller calls one step at
// a time and shows currentStep(), isBusy() and errorText(). Every step method is asynchronous, returns
// false (with errorText) when refused at once (busy, no plan), and ends with finished(). Steps work on
// every planned subscription whose journal state allows them; a subscription that fails does not stop
// the others. After a crash, plan() + runAll() resume each subscription at the right step (ResumeLogic).
// One runner per customer: every run that may write (not plan()) takes the customer's lease in the journal
// first and refuses while another program holds it (journal::Lease); it renews the lease while it runs
// and releases it when it finishes.
// Not owned: client, journal, catalogue and clock; they must outlive the engine.
class MigrationEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationEngine)

public:
    MigrationEngine(pc::PartnerCenterClient &client, journal::Journal &journal,
                    const domain::OfferCatalogue &catalogue, const Clock &clock, EngineConfig config = {},
                    QObject *parent = nullptr);
    ~MigrationEngine() override;

    bool plan(const MigrationRequest &request); // reads only; emits planReady then finished
    bool purchase();
    // Moves every user still to move: pending ones and those that failed before (a retry is the same call).
    bool reassign();
    bool verify();
    bool suspend();
    bool runAll(); // every remaining step of every planned subscription

    // For the batch runner (issue 16):
    // Takes a plan this engine's Planner made earlier (a batch's confirmed plan) instead of planning
    // again. The steps still read the journal and Partner Center before every write. False while busy.
    bool adoptPlan(const MigrationPlanSet &plan);
    // Run-all mode leaves every subscription that reached "verified" there (no suspend). Single steps
    // (suspend()) are not affected.
    void setStopBeforeSuspend(bool stop) { m_stopBeforeSuspend = stop; }
    // Plans read the market catalogue through `cache` (borrowed; must outlive the engine's plans), so the
    // engines of one batch read it once. Without one each plan reads its own.
    void setCatalogueCache(CatalogueCache *cache) { m_ctx.catalogueCache = cache; }
    bool stopsBeforeSuspend() const { return m_stopBeforeSuspend; }
    // Lets the step running now finish (a write in flight is always answered and journalled) and starts
    // no other: the run then ends with finished() as usual. Moving users stops between two users' updates
    // (the others stay pending). Cleared by the next run.
    void requestStop();
    bool stopRequested() const { return m_stopRequested; }

    Step currentStep() const { return m_step; }
    bool isBusy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    const MigrationPlanSet &currentPlan() const { return m_plan; }
    bool hasPlan() const { return m_hasPlan; }
    const EngineConfig &config() const { return m_ctx.config; }

signals:
    void stepChanged(om::engine::Step step);
    void busyChanged(bool busy);
    void planReady(const om::engine::MigrationPlanSet &plan);
    void userResult(const om::engine::UserResult &result);
    void progress(int done, int total, const QString &text);
    void finished(const om::engine::EngineResult &result);

private:
    bool startRun(Step only);
    void runNext();
    Step stepOf(SubscriptionPlan &plan, QString *why) const;
    void runStep(Step step, SubscriptionPlan &plan, const std::function<void(const Status &)> &done);
    void setStep(Step step);
    void setBusy(bool busy);
    void complete();

    EngineContext m_ctx;
    const domain::OfferCatalogue &m_catalogue;
    MigrationPlanSet m_plan;
    bool m_hasPlan = false;
    Step m_step = Step::Idle;
    bool m_busy = false;
    QString m_errorText;
    // The current run.
    Step m_only = Step::Idle; // Idle: run everything
    int m_index = 0;
    bool m_didSomething = false;
    bool m_stopBeforeSuspend = false;
    bool m_stopRequested = false;
    QList<Error> m_errors;
    QPointer<Planner> m_planner;
    QPointer<ReassignStep> m_reassign; // the users being moved now, if any (requestStop() stops it)
    QTimer m_leaseTimer;               // renews the customer's lease in the journal while a run goes on
};

} // namespace om::engine
