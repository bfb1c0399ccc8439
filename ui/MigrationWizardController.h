#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/ScanData.h"
#include "engine/EngineTypes.h"
#include "engine/PurchaseCancellation.h"

#include <QDate>
#include <QObject>
#include <QStringList>

namespace om::domain {
class OfferCatalogue;
class UserTableModel;
} // namespace om::domain
namespace om::engine {
class MigrationEngine;
}
namespace om::journal {
class Journal;
}
namespace om::pc {
class PartnerCenterClient;
}

namespace om::gui {

// The per-customer migration wizard without widgets: wraps one MigrationEngine for one customer and
// says which step may run now. Steps out of order are refused here (false + errorText()), so the
// pages only show what this says. Every step is asynchronous (the engine's); the journal keeps the
// progress, so a wizard closed mid-way and opened again resumes at resumePage().
// The wizard migrates every affected subscription of the customer; choose() (another replacement or
// quantity) narrows the plan to the first one, which is the common case of one subscription.
// Borrowed: client, journal, catalogue and clock (all outlive the controller). Owns the engine and
// the users model (children).
class MigrationWizardController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizardController)

public:
    // The wizard's pages, in order; also the migration's stage as the journal records it.
    enum class Page
    {
        Review,
        Replacement,
        Purchase,
        Reassign,
        Verify, // verify and suspend
        Summary,
    };
    Q_ENUM(Page)

    MigrationWizardController(pc::PartnerCenterClient &client, journal::Journal &journal,
                              const domain::OfferCatalogue &catalogue, const Clock &clock, QString customerId,
                              engine::EngineConfig config = {}, QObject *parent = nullptr);
    ~MigrationWizardController() override;

    QString customerId() const { return m_customerId; }

    // Reads the customer's state (plan); planChanged() when it is ready.
    bool start();
    // Re-plans the first affected subscription with this replacement (a catalog item id, or the legacy
    // offer of an eligible upgrade), term, billing cycle and quantity.
    bool choose(const QString &itemId, const QString &termDuration, const QString &billingCycle,
                int quantity);
    bool purchase();
    bool reassign();
    bool retryFailedUsers();
    bool verify();
    bool suspend();

    // Undoing a purchase inside new commerce's cancellation window (engine/PurchaseCancellation.h).
    // inspectPurchases() reads the bought replacements fresh and emits purchasesInspected(); then
    // cancelPurchase() cancels one the operator confirmed and emits purchaseCancelled(ok) (the plan is
    // read again after a successful cancel). Both refuse while a step runs.
    bool canCancelPurchase() const; // something bought and not suspended yet
    bool inspectPurchases();
    QList<engine::CancellablePurchase> purchases() const { return m_purchases; }
    bool cancelPurchase(qint64 migrationId);

    // What may run now (not busy, plan ready, the journal's stage allows it).
    bool canPurchase() const;
    bool canReassign() const;
    bool canRetryFailedUsers() const;
    bool canVerify() const;
    bool canSuspend() const;
    QString purchaseBlockedReason() const; // empty when canPurchase() (or already bought)
    QString suspendBlockedReason() const;  // empty when canSuspend() (or already suspended)

    // The stage of the migration from the journal: the page of the least advanced subscription
    // (Review before anything was bought, Summary when everything is suspended).
    Page stage() const;
    Page resumePage() const { return stage(); }
    bool hasPlan() const;
    bool isBusy() const;
    engine::Step currentStep() const;
    QString errorText() const { return m_errorText; }
    const engine::MigrationPlanSet &plan() const;
    domain::UserTableModel *users() const { return m_users; }
    bool hasFailedUsers() const;
    bool reassignRan() const { return m_reassignRan; } // reassign ran (or the journal is past it)
    int usersMoved() const;

    // What verify found: one line per check, passed or not.
    struct Check
    {
        bool passed = false;
        QString text;
    };
    QList<Check> checks() const;
    bool verifyRan() const { return m_verifyRan; }

    // After suspension: the date Microsoft de-provisions the old subscription (invalid before).
    QDate deprovisionDate() const;
    QString summaryText() const;
    // This customer's rows of the migration report (CsvReportWriter, BOM for Excel).
    Status exportReport(const QString &path, const domain::ScanSnapshot &snapshot) const;

signals:
    void busyChanged(bool busy);
    void stepChanged(om::engine::Step step);
    void planChanged();
    void stateChanged(); // a step finished: stage(), can*() and users() may differ
    void progress(int done, int total, const QString &text);
    void errorChanged(const QString &text);
    void purchasesInspected();
    void purchaseCancelled(bool ok);

private:
    bool refuse(const QString &why);
    enum class LastRun
    {
        None,
        Plan,
        Purchase,
        Reassign,
        Verify,
        Suspend
    };
    bool run(bool allowed, const QString &why, bool (engine::MigrationEngine::*step)(), LastRun kind);
    void onFinished(const engine::EngineResult &result);
    void onUserResult(const engine::UserResult &result);
    void loadUsers();
    void setError(const QString &text);
    void setCancelBusy(bool busy);
    Page stageOf(const engine::SubscriptionPlan &plan) const;

    journal::Journal &m_journal;
    const domain::OfferCatalogue &m_catalogue;
    const Clock &m_clock;
    QString m_customerId;
    engine::MigrationEngine *m_engine; // child
    domain::UserTableModel *m_users;   // child
    QString m_errorText;
    QString m_verifyError;
    bool m_reassignRan = false;
    bool m_verifyRan = false;
    engine::PurchaseCancellation *m_cancellation; // child
    bool m_cancelBusy = false;
    QList<engine::CancellablePurchase> m_purchases;
    LastRun m_lastRun = LastRun::None; // what the engine's next finished() ends
};

} // namespace om::gui
