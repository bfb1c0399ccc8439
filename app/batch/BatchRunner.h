#pragma once

#include "batch/BatchJobs.h"
#include "batch/BatchPlan.h"
#include "batch/BatchStore.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "engine/EngineTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

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
class CatalogueCache;
class MigrationEngine;
} // namespace om::engine

namespace om::batch {

struct BatchRunOptions
{
    int customerConcurrency = 4;   // customers run at once; the client's scheduler keeps the rate limit
    bool stopBeforeSuspend = true; // verified customers wait for suspendVerified()
    // A customer's confirmed plan is run as is when it is younger than this as the customer starts; older
    // (or after a resume) the customer is planned again first and refused if the new plan differs from the
    // confirmed one. An hour: planning 200 customers at 500 requests/min takes a quarter of an hour and
    // running them twenty minutes, and planning them all again would cost a third more requests. What an
    // hour-old plan can hold that is out of date: an availability id Partner Center has reissued since (it
    // names the same product and SKU, so it cannot buy something else; whether Partner Center refuses it or
    // takes it is not documented, docs/partner-center-api.md "New commerce") and users whose licences changed
    // (each update answers for its user, and the suspend guard reads the seat pool right before the PATCH).
    // The journal and the orders are read before every purchase whatever the plan's age.
    int maxPlanAgeSecs = 3600;
    QString storePath; // the batch file (BatchStore); empty: not persisted (tests, dry runs)
    engine::EngineConfig engine;
};

// Where one customer of a running batch is.
enum class CustomerState
{
    Waiting,    // not started yet
    Running,    // its engine runs
    Paused,     // stopped between two writes by pause(); resume() continues it
    Verified,   // every runnable subscription verified; waits for suspendVerified()
    Suspending, // suspendVerified() runs for it
    Done,       // every runnable subscription suspended (or migrated before)
    Unfinished, // something failed or was refused (problem users, a changed plan...): see errors; rerun
    Blocked,    // nothing runnable: every row blocked, excluded or done before, or its lease is elsewhere
    Cancelled,  // cancel() came before it finished (what it did stays done)
};
QString customerStateToken(CustomerState state); // "waiting", "running", ... (CLI, CSV)

struct CustomerProgress
{
    QString customerId;
    QString customerName;
    CustomerState state = CustomerState::Waiting;
    engine::Step step = engine::Step::Idle; // the step its engine runs now
    int subscriptions = 0;                  // runnable rows of this customer
    int usersToMove = 0;
    int usersMoved = 0;
    int usersFailed = 0;
    QList<Error> errors; // of the last run, for people
    QString text;        // one line: what happens now, or how it ended
};

struct BatchResult
{
    int customers = 0; // customers in the batch
    int done = 0;
    int verified = 0; // waiting for suspendVerified()
    int unfinished = 0;
    int blocked = 0;
    int cancelled = 0;
    bool wasCancelled = false;
    bool nothingDone = true; // no customer ran a step
    QList<CustomerProgress> customerResults;
};

// Runs a confirmed BatchPlan: customers `customerConcurrency` at a time, each through the safe
// MigrationEngine (purchase, reassign, verify; suspend unless stopBeforeSuspend) with its journal lease.
//  - pause(): every running engine finishes the step it is in, or when it moves users the updates it
//    already sent, and starts no other (MigrationEngine::requestStop; a write in flight always finishes
//    and is journalled); no new customer starts. State Pausing, then Paused. resume() continues the paused
//    and waiting customers from the journal.
//  - cancel(): the same stop, then Cancelled for every customer not finished; finished() follows.
//  - a customer whose users all moved and verified waits at Verified (stopBeforeSuspend);
//    suspendVerified() then suspends every verified subscription of the batch (the caller confirms
//    first). A customer with a problem user ends Unfinished before suspend; the others carry on.
//  - with a storePath the batch is written on start() and on every batch state change, so a closed or
//    killed app can offer to resume it (BatchStore; resume = BatchPlanner on the stored customers and
//    overrides, then start() with the stored batch).
// Not owned: client, journal, catalogue and clock; they must outlive the runner.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    enum class State
    {
        Idle,
        Running,
        Pausing,
        Paused,
        Cancelling,
        Suspending,
        Finished, // finished() was emitted; suspendVerified() may still run
    };

    BatchRunner(pc::PartnerCenterClient &client, journal::Journal &journal,
                const domain::OfferCatalogue &catalogue, const Clock &clock, BatchRunOptions options = {},
                QObject *parent = nullptr);
    ~BatchRunner() override;

    // Starts the confirmed plan (its included rows). `resumed`: the stored batch this run continues (its
    // id and confirmation are kept). False with errorText() when refused (running, nothing to run, the
    // batch file cannot be written).
    bool start(const BatchPlan &plan, const std::optional<StoredBatch> &resumed = std::nullopt);
    void pause();
    bool resume(); // false unless Paused
    void cancel();
    // Suspends every verified subscription of the batch's customers (after the caller's confirmation).
    // False with errorText() when busy or nothing is verified. Ends with finished() again.
    bool suspendVerified();

    State state() const { return m_state; }
    QString errorText() const { return m_errorText; }
    const QList<CustomerProgress> &customers() const { return m_customers; }
    int verifiedSubscriptions() const; // subscriptions waiting at "verified" (from the journal)
    const StoredBatch &storedBatch() const { return m_stored; }
    BatchResult result() const;

signals:
    void stateChanged(om::batch::BatchRunner::State state);
    void customerChanged(int index, const om::batch::CustomerProgress &progress);
    // One per customer run that ended (done, verified, unfinished, blocked, cancelled): one CLI line each.
    void customerFinished(const om::batch::CustomerProgress &progress);
    void userResult(const QString &customerId, const om::engine::UserResult &result);
    void progress(int done, int total); // customers ended / customers in the batch
    void finished(const om::batch::BatchResult &result);

private:
    void setState(State state);
    void startNext();
    void startCustomer(int index);
    void runJob(int index);
    void runPlanned(int index, const engine::MigrationPlanSet &planned);
    void onEngineFinished(int index, const engine::EngineResult &result);
    void releaseEngine(int index);
    void customerStopped(int index); // paused or cancelled between two writes
    void renewCatalogue();           // a new catalogue cache for the plans made from now on, engines included
    void customerEnded(int index);
    void settle(); // after a customer ended: next customer, Paused, or finished()
    void finishRun();
    void saveStore();
    void emitCustomer(int index);

    pc::PartnerCenterClient &m_client;
    journal::Journal &m_journal;
    const domain::OfferCatalogue &m_catalogue;
    const Clock &m_clock;
    BatchRunOptions m_options;
    BatchPlan m_plan;
    StoredBatch m_stored;
    State m_state = State::Idle;
    QString m_errorText;
    QList<CustomerProgress> m_customers;
    QList<QList<BatchJob>> m_jobs; // by customer: what its engine runs, in order (the first runs now)
    QList<QPointer<engine::MigrationEngine>> m_engines; // by customer: the engine running now, if any
    QList<bool> m_ran;                                  // by customer: ran at least one step
    QPointer<engine::CatalogueCache> m_cache;           // this run's market catalogue, for plans made again
    bool m_suspendRun = false;
    bool m_stopping = false; // pause or cancel asked the engines to stop
    bool m_cancelled = false;
    int m_inFlight = 0;
};

} // namespace om::batch
