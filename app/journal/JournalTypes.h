#pragma once

#include "domain/MigrationState.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace om::journal {

// Where one migration is, as stored in the journal. The first six and Failed are the report's
// domain::MigrationState tokens; Verifying/Verified/Suspending/Cancelled are journal-internal and
// map onto the report's states (see toReportState). Stored as text tokens: never change them.
enum class JournalState
{
    NotStarted,  // "not_started"
    Purchasing,  // "purchasing": order/cart/upgrade write recorded, maybe sent
    Purchased,   // "purchased": replacement subscription exists (newSubscriptionId set)
    Reassigning, // "reassigning": licenseupdates calls in progress
    Reassigned,  // "reassigned": every user's licence moved
    Verifying,   // "verifying": re-reading licences to confirm the move
    Verified,    // "verified": confirmed; the old subscription may now be suspended
    Suspending,  // "suspending": suspend PATCH recorded, maybe sent
    Suspended,   // "suspended": old subscription suspended; done
    Failed,      // "failed": stopped on an error; can be retried from the state it failed in
    Cancelled,   // "cancelled": abandoned by the operator; frees the (customer, subscription) slot
};

QString journalStateToken(JournalState state);
std::optional<JournalState> journalStateFromToken(QStringView token);
domain::MigrationState toReportState(JournalState state);

enum class MigrationPath
{
    Purchase, // "purchase": buy a replacement, move users, suspend the old one
    Upgrade,  // "upgrade": legacy upgrade with licence transfer
    // "suspend_only": nobody holds the old licence; nothing is bought or moved, the old subscription is
    // verified unused and suspended (not_started -> verifying -> verified -> suspending -> suspended).
    SuspendOnly,
};
QString migrationPathToken(MigrationPath path);
std::optional<MigrationPath> migrationPathFromToken(QStringView token);

// Which Partner Center write a request is. Stored as text tokens.
enum class WriteKind
{
    CreateOrder,    // "create_order": legacy POST /customers/{c}/orders
    CreateCart,     // "create_cart"
    Checkout,       // "checkout"
    LicenseUpdate,  // "license_update": one user's assign-new + remove-old call; key = user id
    SuspendPatch,   // "suspend_patch"
    Upgrade,        // "upgrade"
    CancelPurchase, // "cancel_purchase": PATCH status deleted of the new subscription inside its window
    UserUpdate, // "user_update": PATCH of a customer's user (the wizard sets a usage location); key = user id
};
QString writeKindToken(WriteKind kind);
std::optional<WriteKind> writeKindFromToken(QStringView token);

enum class WriteStatus
{
    Pending,  // recorded before sending; no answer seen yet (reuse its request id on retry)
    Answered, // a 2xx answer
    Failed,   // a non-2xx answer: the call is over, the next attempt gets a new request id
};
QString writeStatusToken(WriteStatus status);
std::optional<WriteStatus> writeStatusFromToken(QStringView token);

enum class UserMoveState
{
    Pending,
    Moved,
    Failed,
    Skipped // excluded by the operator: not moved, keeps the old licence (so the suspend stays blocked)
};
QString userMoveStateToken(UserMoveState state);
std::optional<UserMoveState> userMoveStateFromToken(QStringView token);

// The allowed state machine. failedFrom: the state a Failed migration failed in (a retry may only
// go back there). An upgrade moves licences itself, so Purchased -> Reassigned is allowed for it. A
// suspend-only migration starts at Verifying. Verified -> Reassigning: a user excluded before is included
// again (not for suspend-only, which has nothing to assign).
bool isTransitionAllowed(JournalState from, JournalState to, MigrationPath path, JournalState failedFrom);

// What the engine plans for one retired subscription.
struct MigrationPlan
{
    QString customerId;
    QString customerName;
    QString oldSubscriptionId;
    QString oldOfferId;
    QString oldOfferName;
    QString oldSku;
    QString targetOfferId;   // purchase path: the new-commerce catalog item productId:skuId:availabilityId;
                             // upgrade path: the legacy target offer id
    QString targetOfferName; // product (and SKU) title as shown to the operator
    QString targetSku;       // the AAD SKU GUID licences are assigned from
    QString termDuration;    // P1M, P1Y, P3Y (purchase path)
    QString billingCycle;    // monthly, annual, triennial (purchase path)
    int plannedQuantity = 0;
    MigrationPath path = MigrationPath::Purchase;
    QString operatorName; // empty: the OS user running the app
};

struct MigrationRecord
{
    qint64 id = 0;
    MigrationPlan plan;
    JournalState state = JournalState::NotStarted;
    JournalState failedFrom = JournalState::NotStarted; // meaningful while state == Failed
    QString newSubscriptionId;
    QString orderId;
    QString cartId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime suspendedAt; // invalid until suspended
    QDate deprovisionDate; // invalid unless the engine set it
    QString lastError;
};

// Fields a state change may set along the way; unset fields are kept as they are.
struct MigrationUpdate
{
    std::optional<QString> newSubscriptionId;
    std::optional<QString> orderId;
    std::optional<QString> cartId;
    // The licence the new subscription really provisions (its provisioningstatus skuId), when it differs
    // from the catalogue's provisioningId the plan was made with.
    std::optional<QString> targetSku;
    std::optional<QDateTime> suspendedAt; // defaults to now when entering Suspended
    std::optional<QDate> deprovisionDate;
    std::optional<QString> lastError; // entering Failed requires one; leaving Failed clears it
    QString note;                     // added to the state-change event
};

struct JournalEvent
{
    qint64 id = 0;
    qint64 migrationId = 0;
    QString step;
    QString text;
    QDateTime at;
};

// A Partner Center write about to be sent. body: the JSON body (no secrets in it; the
// Authorization header is never given to the journal). Only its SHA-256 is stored.
struct WriteRequestSpec
{
    qint64 migrationId = 0;
    WriteKind kind = WriteKind::CreateCart;
    QString key; // tells apart writes of one kind in one migration: the user id for LicenseUpdate
    QString method;
    QString path;
    QByteArray body;
    // What the write is about (the client's pc::WriteIds), stored as columns: read these, never the path.
    QString subscriptionId; // the subscription a PATCH changes or an upgrade starts from
    QString cartId;         // the cart a checkout orders
};

struct WriteRequest
{
    QString requestId; // the MS-RequestId header value
    qint64 migrationId = 0;
    WriteKind kind = WriteKind::CreateCart;
    QString key;
    QString method;
    QString path;
    QString subscriptionId; // as WriteRequestSpec; files before schema 5: filled from the path once
    QString cartId;
    QString orderId; // the order a checkout's answer placed (WriteAnswerIds); files before schema 6: filled
                     // once from the stored answer
    // The subscription the answer made (WriteAnswerIds): a checkout's new subscription, an upgrade's target.
    // Files before schema 7: filled once from the stored answer.
    QString answerSubscriptionId;
    QByteArray bodySha256; // lower-case hex
    WriteStatus status = WriteStatus::Pending;
    int httpStatus = 0;
    QByteArray responseBody; // truncated to maxStoredResponseBytes
    QDateTime createdAt;
    QDateTime answeredAt;
    bool reused = false; // recordWriteBeforeSend returned an existing pending write
};

constexpr int maxStoredResponseBytes = 64 * 1024;

// What a 2xx answer named that the journal keeps as columns (schema 6 and 7), given with the answer by
// whoever read it: read these from WriteRequest, never out of the stored response body.
struct WriteAnswerIds
{
    QString orderId;              // the order a checkout placed
    QString answerSubscriptionId; // the subscription it made: a checkout's new one, an upgrade's target

    bool isEmpty() const { return orderId.isEmpty() && answerSubscriptionId.isEmpty(); }
};

// Who runs a customer's migration now (one runner per customer, GUI or CLI, on any machine sharing the
// journal). A lease is stale when its holder stopped renewing it (leaseStaleAfterSecs) or, on this
// host, when its process is gone: a stale lease may be taken over.
struct Lease
{
    QString customerId;
    QString owner; // the OS user
    qint64 pid = 0;
    QString host;
    QDateTime since;
    QDateTime heartbeat;
};

constexpr int leaseStaleAfterSecs = 300;

struct UserMove
{
    QString userId;
    QString upn;
    QString displayName;
    UserMoveState state = UserMoveState::Pending;
    QString lastError;
    QString requestId;   // the license_update write that moved (or tried to move) this user
    QDateTime updatedAt; // set by the journal
};

} // namespace om::journal
