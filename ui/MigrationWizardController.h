#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/ScanData.h"
#include "engine/EngineTypes.h"
#include "engine/PurchaseCancellation.h"
#include "journal/JournalTypes.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <array>

namespace om::domain {
class OfferCatalogue;
}
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

class UsageLocationFix;
class WizardUserModel;

// The per-customer migration wizard without widgets: wraps one MigrationEngine for one customer and
// says which step may run now. Steps out of order are refused here (false + errorText()), so the
// pages only show what this says. Every step is asynchronous (the engine's); the journal keeps the
// progress, so a wizard closed mid-way and opened again resumes at resumePage().
//
// The run covers every retired subscription of the customer. Each one can get its own replacement, term,
// billing cycle and quantity (setChoice), and each user can be left out (setExcluded: keeps the old
// licence, so that subscription cannot be suspended). Changes are planned again on their own after a short
// pause (replanDelayMs), never with an extra click: the customer is planned as a whole, each subscription
// with a choice is planned with it, and the engine adopts the merged plan. A retired subscription nobody
// holds can be suspended without buying anything (suspendOnly). A user without a usage location can be
// given one (fixUsageLocation: a journalled PATCH of the user) and is then tried again.
//
// Borrowed: client, journal, catalogue and clock (all outlive the controller). Owns the engine, the
// users model and the user fix (children).
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
    // The pages in wizard order; isPast() walks it (never compare Page values).
    static constexpr std::array<Page, 6> kPageFlow{Page::Review,   Page::Replacement, Page::Purchase,
                                                   Page::Reassign, Page::Verify,      Page::Summary};
    static constexpr bool isPast(Page later, Page earlier)
    {
        std::size_t l = kPageFlow.size();
        std::size_t e = kPageFlow.size();
        for (std::size_t i = 0; i < kPageFlow.size(); ++i) {
            l = kPageFlow[i] == later ? i : l;
            e = kPageFlow[i] == earlier ? i : e;
        }
        return l < kPageFlow.size() && e < kPageFlow.size() && l > e;
    }

    // What to buy for one retired subscription. Empty fields: the plan's recommendation.
    struct Choice
    {
        QString itemId; // a catalog item id, or the legacy offer of an eligible upgrade
        QString termDuration;
        QString billingCycle;
        int quantity = 0;
        bool operator==(const Choice &o) const
        {
            return itemId == o.itemId && termDuration == o.termDuration && billingCycle == o.billingCycle &&
                   quantity == o.quantity;
        }
    };

    MigrationWizardController(pc::PartnerCenterClient &client, journal::Journal &journal,
                              const domain::OfferCatalogue &catalogue, const Clock &clock, QString customerId,
                              engine::EngineConfig config = {}, QObject *parent = nullptr);
    ~MigrationWizardController() override;

    QString customerId() const { return m_customerId; }

    // Reads the customer's state (plan); planChanged() when it is ready.
    bool start();
    // Another replacement, term, billing cycle or quantity for one retired subscription (refused once it
    // is bought). Planned again after replanDelayMs (planPending() meanwhile).
    bool setChoice(const QString &subscriptionId, const Choice &choice);
    Choice choice(const QString &subscriptionId) const { return m_choices.value(subscriptionId.toLower()); }
    // Leaves a user out of the move (or takes them back); planned again like a choice. Refused for a user
    // already moved.
    bool setExcluded(const QString &subscriptionId, const QString &userId, bool excluded);
    bool isExcluded(const QString &subscriptionId, const QString &userId) const;
    int excludedCount() const;
    bool planPending() const { return m_replanWanted; }
    void setReplanDelay(int ms) { m_replanTimer.setInterval(ms); }

    bool purchase();
    bool reassign();
    bool retryFailedUsers();
    bool verify();
    bool suspend();

    // Retired subscriptions nobody holds a licence of, not started: each can be suspended without a
    // replacement. suspendOnly() (after the operator confirmed) plans them so and runs verify + suspend.
    QStringList suspendOnlyOffered() const;
    bool canSuspendOnly() const;
    bool suspendOnly(const QStringList &subscriptionIds);

    // A user the licence step could not serve because they have no usage location: sets it (ISO2) in the
    // customer's directory through the journal, then tries that user's licence again. userFixed(ok) after.
    bool canFixUsageLocation(const QString &userId) const;
    bool fixUsageLocation(const QString &userId, const QString &iso2);
    QString suggestedUsageLocation() const; // the customer's market

    // Undoing a purchase inside new commerce's cancellation window (engine/PurchaseCancellation.h).
    bool canCancelPurchase() const; // something bought and not suspended yet
    bool inspectPurchases();
    QList<engine::CancellablePurchase> purchases() const { return m_purchases; }
    bool cancelPurchase(qint64 migrationId);

    // What may run now (not busy, plan ready and current, the journal's stage allows it).
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
    Page stageOf(const engine::SubscriptionPlan &plan) const;
    Page resumePage() const { return stage(); }
    bool hasPlan() const;
    bool isBusy() const;
    engine::Step currentStep() const;
    QString errorText() const { return m_errorText; }
    const engine::MigrationPlanSet &plan() const;
    WizardUserModel *users() const { return m_users; }
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
    void userFixed(const QString &userId, bool ok);

private:
    enum class LastRun
    {
        None,
        Plan,
        Purchase,
        Reassign,
        Verify,
        Suspend
    };
    // One engine plan() of the planning round: the customer (subscriptionId empty) or one subscription.
    struct PlanCall
    {
        QString subscriptionId;
        engine::MigrationRequest request;
    };

    bool refuse(const QString &why);
    bool run(bool allowed, const QString &why, bool (engine::MigrationEngine::*step)(), LastRun kind);
    engine::MigrationRequest baseRequest() const;
    void schedulePlan();
    bool startPlanning();
    bool nextPlanCall();
    void mergePlan(const QString &subscriptionId, const engine::MigrationPlanSet &planned);
    void finishPlanning(bool ok);
    void onFinished(const engine::EngineResult &result);
    void onUserResult(const engine::UserResult &result);
    void onFixed(const QString &userId, const QString &code, const Status &status);
    void loadUsers();
    // The journal's view of this customer, kept in memory (see m_snapshot).
    const journal::MigrationRecord *recordOf(const QString &oldSubscriptionId) const;
    QList<journal::UserMove> movesOf(qint64 migrationId) const;
    void refreshSnapshot() const;
    void setError(const QString &text);
    void updateBusy();
    const engine::SubscriptionPlan *subscriptionOfUser(const QString &userId) const;

    pc::PartnerCenterClient &m_client;
    journal::Journal &m_journal;
    const domain::OfferCatalogue &m_catalogue;
    const Clock &m_clock;
    QString m_customerId;
    engine::MigrationEngine *m_engine; // child
    WizardUserModel *m_users;          // child
    UsageLocationFix *m_fix;           // child
    QString m_errorText;
    QString m_verifyError;
    bool m_reassignRan = false;
    bool m_verifyRan = false;
    engine::PurchaseCancellation *m_cancellation; // child
    bool m_cancelBusy = false;
    bool m_busy = false; // what busyChanged() last said
    QList<engine::CancellablePurchase> m_purchases;
    LastRun m_lastRun = LastRun::None; // what the engine's next finished() ends

    // Planning: the operator's choices and exclusions (keys: lower-case subscription ids), the round of
    // plan() calls under way, and the merged plan it builds.
    QHash<QString, Choice> m_choices;
    QHash<QString, QSet<QString>> m_excluded; // lower-case user ids
    QStringList m_suspendOnly;                // confirmed suspend-only subscriptions
    QList<PlanCall> m_planCalls;
    bool m_planning = false;
    bool m_replanWanted = false;
    bool m_planFailed = false;
    bool m_afterPlan = false; // suspend-only confirmed: record it once the round is planned
    bool m_afterFix = false;  // a usage location was set: retry the users once the round is planned
    engine::MigrationPlanSet m_merged;
    engine::MigrationPlanSet m_shown; // the last adopted plan: what plan() shows while a round runs
    bool m_adopted = false;           // a plan was adopted: hasPlan()
    QTimer m_replanTimer;

    // The customer's migrations and their users as the journal holds them. The getters (stage(), the
    // can*() checks, checks(), summaryText()) read this, never the file: it is read again (two queries)
    // on the first use after the journal signals a change of this customer (Journal::changes(): every
    // write of the engine, the usage-location fix and the purchase cancellation goes through the same
    // Journal object), and when start() runs. Another process cannot write this customer meanwhile: the
    // engine holds the customer's lease while a step runs.
    struct Snapshot
    {
        QList<journal::MigrationRecord> migrations;    // every migration of the customer, in creation order
        QHash<qint64, QList<journal::UserMove>> users; // migration id -> its users
    };
    mutable Snapshot m_snapshot;
    mutable bool m_snapshotStale = true;
};

} // namespace om::gui
