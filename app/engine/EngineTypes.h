#pragma once

// Plain values shared by the engine's steps, the CLI and the wizard controller.

#include "common/Error.h"
#include "journal/JournalTypes.h"
#include "partnercenter/Models.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace om::engine {

struct EngineConfig
{
    // Suspended -> de-provisioned after this many days. Microsoft's migration article says 120, the
    // subscription lifecycle page says 90 (docs/partner-center-api.md "Subscriptions"): 120 by default,
    // configurable.
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
    // The replacement: a new-commerce product id, productId:skuId, or a full productId:skuId:availabilityId.
    // Empty: the catalogue's recommendation (or an eligible upgrade). A legacy offer GUID is refused.
    QString targetItem;
    QString termDuration; // P1M, P1Y, P3Y; empty: P1Y where offered, else the first offered
    QString billingCycle; // monthly, annual, triennial; empty: monthly where offered, else the first
    int quantity = 0;     // 0: licences in use on the old SKU, never below the SKU's minimum

    // Users left out, PER RETIRED SUBSCRIPTION: old subscription id -> user ids (Entra object ids; compared
    // case-insensitively). An excluded user is not reassigned and keeps the old licence; no seat is bought
    // for them; the journal records them as skipped (UserMoveState::Skipped), results count them as
    // excluded (never failed); and the old subscription's suspend stays refused while they hold it. A user
    // the journal already moved, or whose licence update may be in flight, cannot be excluded any more
    // (the plan says so in a warning). Removing a user from the list in a later plan() includes them again.
    // Keyed by the subscription the plan lists the user under (SubscriptionPlan::users).
    QHash<QString, QStringList> excludedUsers;
    // The caller's confirmation to suspend, without buying a replacement, these retired subscriptions (old
    // subscription ids) that nobody holds a licence of (SubscriptionPlan::suspendOnlyOffered). Honoured only
    // for an offered subscription; ignored for any other.
    QStringList suspendOnly;

    bool excludes(const QString &oldSubscriptionId, const QString &userId) const;
    bool confirmsSuspendOnly(const QString &oldSubscriptionId) const;
};

// What will be bought: a new-commerce catalog item (docs/partner-center-api.md "New commerce") with the
// chosen term and billing cycle, or, on the upgrade path, the legacy offer the upgrade leads to.
struct Replacement
{
    QString id;   // catalogItemId productId:skuId:availabilityId; upgrade path: the legacy offer id
    QString name; // product title, plus the SKU title when it differs
    QString productId;
    QString skuId;
    QString availabilityId;
    QString segment; // commercial, education, government
    int minimumQuantity = 0;
    int maximumQuantity = 0;
    QString aadSkuId; // the SKU's dynamicAttributes.provisioningId (lower-case)
    QList<pc::AvailabilityTerm> terms;
    QString termDuration; // the chosen term
    QString billingCycle;
    bool isLegacyOffer = false; // upgrade path only

    bool isValid() const { return !id.isEmpty(); }
    bool offers(const QString &duration, const QString &billing) const;
    // "annual term, monthly billing" style text for one term (English; the GUI translates its own).
    static QString termText(const QString &duration, const QString &billing);
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
    bool excluded = false; // left out by the request (MigrationRequest::excludedUsers): not moved
};

// One retired subscription and what the engine will do with it.
struct SubscriptionPlan
{
    QString customerId;
    QString customerName;
    QString market; // ISO2
    pc::Subscription oldSubscription;
    QString retiredOfferName;        // the catalogue entry it matched
    QString oldSku;                  // AAD SKU GUID the old subscription provisions
    Replacement target;              // catalogue recommendation or operator's choice
    QList<Replacement> alternatives; // other replacements sold in the market and segment
    QString targetSku;         // = target.aadSkuId; after purchase the new subscription's provisioned SKU
    QStringList targetPlanIds; // the new SKU's service plans, when the tenant already has that SKU
    int quantity = 0;
    int availableNewUnits = 0;          // free units of the new SKU before buying
    std::optional<pc::Upgrade> upgrade; // eligible upgrade_with_license_transfer, if any
    // Upgrade path: what to buy instead when Partner Center refuses the upgrade (the recommendation, with
    // its default term); empty when new commerce sells no replacement here.
    std::optional<Replacement> purchaseFallback;
    bool useUpgrade = false;
    QList<PlannedUser> users;
    // Holders of the same old licence planned under another retired subscription of this run (two
    // subscriptions provisioning one SKU): they may still hold it while this one is verified and suspended,
    // as long as the seats left cover them.
    QStringList siblingHolders;
    QList<PlanIssue> issues;
    // Nobody holds the old licence and no migration of it started: it can be suspended without buying a
    // replacement, once the caller confirms (MigrationRequest::suspendOnly).
    bool suspendOnlyOffered = false;
    // Confirmed (or recorded so in the journal): nothing is bought or moved; runAll() verifies that nobody
    // holds the old licence and suspends it. quantity is 0 and target may be empty.
    bool suspendOnly = false;
    // Journal state, when a migration of this subscription is already recorded (resume).
    qint64 migrationId = 0;
    journal::JournalState journalState = journal::JournalState::NotStarted;

    bool hasBlockingIssue() const;
    int usersToMove() const;     // hold the old licence, not the new one, not excluded
    int excludedHolders() const; // excluded users still holding the old licence
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
    QString error;         // empty when moved
    bool excluded = false; // left out by the operator: not moved, and not a failure
};

struct EngineResult
{
    bool ok = false;
    bool nothingDone = false; // dry run, declined, or nothing to migrate
    QString summary;
    QList<Error> errors;
    int usersMoved = 0;
    int usersFailed = 0;
    int usersExcluded = 0; // skipped by the operator's exclusion; they keep the old licence
};

} // namespace om::engine
