#pragma once

// The plan of a batch: many customers, one row per retired subscription, with the operator's per-row
// overrides and the totals the confirmation states. Plain values, no Qt objects: the planner fills it,
// the GUI's table model and the CLI's table read it, the runner executes it, the batch file stores the
// operator's part of it (BatchStore).

#include "common/Result.h"
#include "engine/EngineTypes.h"
#include "journal/JournalTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace om::batch {

// Why a row needs a look (blocking) or is worth a note (not blocking).
enum class CheckKind
{
    ProblemUsers,        // users the move will refuse (no usage location, a conflicting Dynamics plan)
    AddOn,               // a retired add-on: migrated before its base; the base waits for it
    NoReplacement,       // no replacement sold in the customer's market and segment (blocking)
    InProgressElsewhere, // another runner holds the customer's lease in the journal (blocking)
    AlreadyDone,         // the journal says this subscription is migrated (nothing to do; not run)
    AlreadyStarted,      // the journal has an unfinished migration: the run resumes it
    UpgradePath,         // an eligible upgrade with licence transfer is used instead of a purchase
    PlanBlocked,         // any other blocking finding of the planner (its text says which)
    PlanFailed,          // the customer could not be planned at all (its text says why; blocking)
};
QString checkKindToken(CheckKind kind); // "problem_users", "add_on", ... (plan JSON, CSV)

struct BatchCheck
{
    CheckKind kind = CheckKind::PlanBlocked;
    bool blocking = false;
    QString text; // for people, from the planner or the batch planner
};

// What the operator changed on one row. Empty fields keep the plan's value.
struct BatchOverride
{
    QString replacementId; // a Replacement::id among the row's replacement or alternatives
    QString termDuration;  // P1M, P1Y, P3Y: must be offered by the (overridden) replacement
    QString billingCycle;  // monthly, annual, triennial
    int seats = 0;         // 0: the plan's quantity
    bool excluded = false; // the row is not run

    bool isEmpty() const;
    bool changesPlan() const { return !replacementId.isEmpty() || !termDuration.isEmpty() || seats > 0; }
    QJsonObject toJson() const;
    static BatchOverride fromJson(const QJsonObject &object);
};

// One retired subscription of one customer, as planned.
struct BatchRow
{
    QString customerId;
    QString customerName;
    QString market;
    QString oldSubscriptionId;
    QString oldOfferName;
    int oldQuantity = 0;
    bool isAddOn = false;
    engine::Replacement replacement;         // the plan's choice (an upgrade path: the legacy offer)
    QList<engine::Replacement> alternatives; // what else the operator may choose (same market and segment)
    bool upgradePath = false;                // the replacement comes by upgrade with licence transfer
    int plannedSeats = 0;                    // the plan's quantity
    int minimumSeats = 0;                    // the product's minimum (0: none known)
    int availableNewUnits = 0;               // free units of the new SKU before buying
    int usersToMove = 0;                     // hold the old licence and not yet the new one
    int problemUsers = 0;                    // users with a blocking-for-them finding (they stay behind)
    QList<BatchCheck> checks;
    qint64 migrationId = 0; // the journal's migration, when one exists
    journal::JournalState journalState = journal::JournalState::NotStarted;
    BatchOverride override;

    QString key() const; // "customerId/oldSubscriptionId", lower-case
    bool isBlocked() const;
    bool isDone() const { return journalState == journal::JournalState::Suspended; }
    bool isIncluded() const { return !override.excluded && !isBlocked() && !isDone(); }
    bool hasCheck(CheckKind kind) const;
    // The values the run will use: the override where one is set, else the plan's.
    engine::Replacement effectiveReplacement() const;
    QString effectiveTerm() const;
    QString effectiveBilling() const;
    int effectiveSeats() const;
};

// Seats to buy of one replacement product across the included rows.
struct BatchTotal
{
    QString productKey; // "productId:skuId" (upper-case), or the legacy offer id of an upgrade
    QString name;
    int seats = 0;
    int subscriptions = 0;
    int customers = 0;
    bool upgrade = false;
};

// One customer of the batch and how its planning went.
struct BatchCustomer
{
    QString customerId;
    QString customerName;
    QString planError;                // not empty: the planner failed for this customer (rows are none)
    QString leaseHolder;              // not empty: another runner holds the customer ("user@host pid N")
    engine::MigrationPlanSet planSet; // the engine's plan, as planned (the runner may adopt it)
    QDateTime plannedAt;              // UTC
};

struct BatchPlan
{
    QList<BatchCustomer> customers; // in the order asked for
    QList<BatchRow> rows;           // customer order, then the engine's subscription order
    QDateTime plannedAt;            // when the last customer was planned (UTC)

    // Builds the rows of one planned customer (checks included) and appends customer and rows.
    void addCustomer(const BatchCustomer &customer);
    // Validates and sets a row's override: the replacement must be the row's or an alternative, the term
    // and billing offered by it, the seats within the product's minimum and maximum and enough for the
    // users to move. A Validation error says what is wrong and leaves the row as it was.
    Status setOverride(const QString &customerId, const QString &oldSubscriptionId,
                       const BatchOverride &override);
    int indexOf(const QString &customerId, const QString &oldSubscriptionId) const; // -1: none

    // Totals over the included rows (not excluded, not blocked, not done).
    QList<BatchTotal> totals() const; // sorted by name
    int includedRows() const;
    int blockedRows() const;
    int doneRows() const;
    int usersToMove() const;
    int seatsToBuy() const;
    QStringList includedCustomers() const;              // ids, in plan order, each once
    bool hasOverrides(const QString &customerId) const; // any row changed or excluded

    // The plan as JSON (for --plan-json and the GUI's export): totals first, then customers and rows.
    QJsonObject toJson() const;
};

} // namespace om::batch
