#pragma once

#include "batch/BatchPlan.h"
#include "batch/BatchRunner.h"
#include "batch/BatchStore.h"
#include "batch/BatchSummary.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "engine/EngineTypes.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace om::batch {
class BatchPlanner;
}
namespace om::domain {
class OfferCatalogue;
}
namespace om::journal {
class Journal;
}
namespace om::pc {
class PartnerCenterClient;
}

namespace om::gui {

struct BatchControllerConfig
{
    engine::EngineConfig engine;
    int customerConcurrency = 4; // customers planned and run at once (the client keeps the rate limit)
    QString storePath;           // the batch file (BatchStore::pathForJournal); empty: not kept
};

// The batch wizard without widgets (issue 16): plans many customers (BatchPlanner), keeps the operator's
// row changes and exclusions, states what the one confirmation buys, runs the confirmed plan (BatchRunner)
// with pause, resume and cancel, suspends the verified customers as a step of its own, and writes the
// summary. Stages follow one another; a call out of order returns false (or an error) and changes nothing.
// The GUI always stops before suspend: "Suspend N verified subscription(s)" is a separate confirmation.
// Borrowed: client, journal, catalogue and clock (they outlive the controller). Owns planner and runner.
class BatchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchController)

public:
    enum class Stage
    {
        Idle,             // nothing planned yet
        Planning,         // the planner reads the customers
        Planned,          // the plan can be edited and confirmed
        Running,          // the runner runs customers
        Pausing,          // waiting for the running steps to end
        Paused,           // resume() or cancel()
        Cancelling,       // waiting for the running steps to end, then Finished
        WaitingToSuspend, // every customer ran; verified ones wait for suspendVerified()
        Suspending,       // suspendVerified() runs
        Finished,         // the batch ended (the summary says how)
    };

    // More customers than this: the confirmation asks for their number to be typed.
    static constexpr int kTypedConfirmationAbove = 10;

    BatchController(pc::PartnerCenterClient &client, journal::Journal &journal,
                    const domain::OfferCatalogue &catalogue, const Clock &clock, BatchControllerConfig config,
                    QObject *parent = nullptr);
    ~BatchController() override;

    // The unfinished batch kept in `storePath`, if any (a damaged file is an error, never dropped).
    static Result<std::optional<batch::StoredBatch>> pendingBatch(const QString &storePath);

    // Plans these customers (Idle or Planned). False when busy or the list is empty.
    bool plan(const QStringList &customerIds);
    // Plans a kept batch again with its overrides, then runs it (already confirmed) as that batch.
    bool resumeStored(const batch::StoredBatch &stored);
    bool isResuming() const { return m_resumed.has_value(); }

    const batch::BatchPlan &batchPlan() const { return m_plan; }
    Stage stage() const { return m_stage; }
    bool isBusy() const;    // planning or a step may be running
    bool isRunning() const; // started and not ended: closing asks first
    QString errorText() const { return m_errorText; }

    // Row edits (Planned only). Errors are the core's validation texts; the row stays as it was.
    Status setExcluded(int row, bool excluded);
    Status setSeats(int row, int seats);
    // Replacement by Replacement::id; term and billing empty: the replacement's own.
    Status setChoice(int row, const QString &replacementId, const QString &termDuration,
                     const QString &billingCycle, int seats);
    Status resetRow(int row);

    // The confirmation: what the purchases are, in words, with the totals.
    int customersToRun() const;
    bool needsTypedConfirmation() const { return customersToRun() > kTypedConfirmationAbove; }
    bool isConfirmationText(const QString &typed) const; // the number of customers, typed
    QStringList totalsLines() const;                     // one line per replacement product
    QString totalsSummary() const;                       // seats, customers, users to move
    QString confirmationText() const;

    // Starts the confirmed plan. False with errorText() when refused.
    bool start();
    void pause();
    bool resume();
    void cancel();
    int verifiedSubscriptions() const;
    bool suspendVerified(); // after the operator confirmed

    const QList<batch::CustomerProgress> &customers() const;
    int customersEnded() const { return m_customersEnded; }
    int customersInRun() const;
    batch::BatchResult result() const;
    QString statusText() const; // one line for the run view

    // Asks Partner Center for the partner's company name (GET /v1/profiles/organization, read-only) for the
    // printable summary; partnerNameKnown() follows when it answers.
    void requestPartnerName();

    // The summary of the batch's customers, from the journal.
    Result<batch::BatchSummary> summary() const;
    Status saveCsv(const QString &path) const;
    Status saveHtml(const QString &path, const QString &partnerName) const;

signals:
    void stageChanged(om::gui::BatchController::Stage stage);
    void planProgress(int done, int total);
    void planReset();         // a new plan: every row may have changed
    void rowChanged(int row); // one row's choice or exclusion changed (totals too)
    void customerChanged(int index);
    void runProgress(int ended, int total);
    void errorOccurred(const QString &message);
    void partnerNameKnown(const QString &companyName);

private:
    void setStage(Stage stage);
    void onPlanned(const batch::BatchPlan &plan);
    void onRunnerState(batch::BatchRunner::State state);
    void onRunFinished(const batch::BatchResult &result);
    Status applyOverride(int row, const batch::BatchOverride &override);
    batch::BatchRunner *newRunner(bool stopBeforeSuspend);
    QStringList summaryCustomers() const;

    pc::PartnerCenterClient &m_client;
    journal::Journal &m_journal;
    const domain::OfferCatalogue &m_catalogue;
    const Clock &m_clock;
    BatchControllerConfig m_config;
    batch::BatchPlanner *m_planner = nullptr; // child
    batch::BatchRunner *m_runner = nullptr;   // child, from start()
    batch::BatchPlan m_plan;
    std::optional<batch::StoredBatch> m_resumed;
    Stage m_stage = Stage::Idle;
    QString m_errorText;
    int m_customersEnded = 0;
    bool m_cancelled = false;
};

} // namespace om::gui
