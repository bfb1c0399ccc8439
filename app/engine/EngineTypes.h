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
