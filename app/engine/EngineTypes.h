#pragma once

// Plain values shared by the engine's steps, the CLI and the wizard controller.

#include "common/Error.h"
#include "journal/JournalTypes.h"
#include "partnercenter/Models.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace om::engine {

struct EngineConfig
{
    // Suspended -> de-provisioned after this many days. Microsoft's migration article says 120, the
    // subscription lifecycle page says 90 (API reference section 4): 120 by default, configurable.
    int deprovisionGraceDays = 120;
    int pollInitialMs = 500;                    // first wait while a new subscription provisions
    int pollMaxMs = 15000;                      // back-off cap between polls
    int provisioningTimeoutMs = 30 * 60 * 1000; // give up waiting for "active" + free units
    int userConcurrency = 4;                    // licenseupdates in flight; the client's scheduler limits too
    int inFlightRetryMs = 1000;                 // 409 "in progress" for a replayed MS-RequestId: wait, replay
    int inFlightMaxRetries = 60;
    QString operatorName; // recorded in the journal; empty: the OS user
};

// What to migrate, from the CLI or the wizard.
struct MigrationRequest
{
    QString customerId;
    QString subscriptionId; // empty: every affected subscription of the customer
    QString targetOfferId;  // empty: the catalogue's recommendation (or an eligible upgrade)
    int quantity = 0;       // 0: licences in use on the old SKU, never below the offer's minimum
};

enum class IssueSeverity
{
    Info,
    Warning,
    Blocking
};

// One finding of the plan's checks. userId empty: about the whole subscription.
struct PlanIssue
{
    IssueSeverity severity = IssueSeverity::Warning;
    QString userId;
    QString text;
};

struct PlannedUser
{
    QString id;
    QString upn;
    QString displayName;
    QString usageLocation;
    QStringList
        excludedPlanIds; // plans switched off on the OLD licence; carried to the new one when it has them
    bool holdsOld = true;
    bool holdsNew = false;
};

// One retired subscription and what the engine will do with it.
struct SubscriptionPlan
{
    QString customerId;
    QString customerName;
    QString market; // ISO2
    pc::Subscription oldSubscription;
    QString retiredOfferName;  // the catalogue entry it matched
    QString oldSku;            // AAD SKU GUID the old subscription provisions
    pc::Offer target;          // replacement offer (catalogue recommendation or operator's choice)
    QStringList alternatives;  // other replacement offers sold in the market: "id name"
    QString targetSku;         // = target.productId (legacy offers; INFERRED, API reference section 5)
    QStringList targetPlanIds; // the new SKU's service plans, when the tenant already has that SKU
    int quantity = 0;
    int availableNewUnits = 0;          // free units of the new SKU before buying
    std::optional<pc::Upgrade> upgrade; // eligible upgrade_with_license_transfer, if any
    bool useUpgrade = false;
    QList<PlannedUser> users;
    QList<PlanIssue> issues;
    // Journal state, when a migration of this subscription is already recorded (resume).
    qint64 migrationId = 0;
    journal::JournalState journalState = journal::JournalState::NotStarted;

    bool hasBlockingIssue() const;
    journal::MigrationPlan toJournalPlan(const QString &operatorName) const;
};

struct MigrationPlanSet
{
    QString customerId;
    QString customerName;
    QList<SubscriptionPlan> subscriptions;
    QList<PlanIssue> issues; // about the customer as a whole (e.g. nothing to migrate)

    // Human-readable, for the CLI and logs (no secrets: ids, names and counts only).
    QString describe() const;
};

enum class Step
{
    Idle,
    Plan,
    Purchase,
    Reassign,
    Verify,
    Suspend,
    Done
};
QString stepName(Step step);

struct UserResult
{
    qint64 migrationId = 0;
    QString userId;
    QString upn;
    bool moved = false;
    QString error; // empty when moved
};

struct EngineResult
{
    bool ok = false;
    bool nothingDone = false; // dry run, declined, or nothing to migrate
    QString summary;
    QList<Error> errors;
    int usersMoved = 0;
    int usersFailed = 0;
};

} // namespace om::engine
