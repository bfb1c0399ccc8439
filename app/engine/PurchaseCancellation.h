#pragma once

#include "common/Result.h"
#include "engine/EngineContext.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace om::engine {

// One bought replacement and whether it can still be cancelled for a refund.
struct CancellablePurchase
{
    qint64 migrationId = 0;
    QString customerId;
    QString oldSubscriptionId;
    QString newSubscriptionId;
    QString name; // what was bought
    int quantity = 0;
    QDateTime allowedUntil; // cancellationAllowedUntilDate; invalid when Partner Center gave none
    QString refusal;        // empty: can be cancelled now; else why not, as one sentence
    bool cancelledAlready =
        false; // deleted by our own earlier cancel whose answer was lost: close the journal
};

// Undoes a purchase inside new commerce's cancellation window (docs/partner-center-api.md "New commerce"):
// PATCH the new subscription with status "deleted", which Partner Center refunds. Used when a migration was
// stopped after buying, or the quantity was wrong. Refused:
// - when the new subscription is not a new-commerce one, is no longer active or pending, or its
//   cancellationAllowedUntilDate has passed (after it the partner pays the whole term);
// - while any user holds the new licence (the journal moved someone, or Partner Center counts more assigned
//   licences of that SKU than would remain): move them back to the old licence first.
// The cancel is journalled before it is sent and replays its MS-RequestId; once answered, the migration is
// closed as cancelled. Never suspends or touches the old subscription. Owned by its caller; the context's
// client and journal must outlive it.
class PurchaseCancellation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseCancellation)

public:
    using InspectDone = std::function<void(const Result<QList<CancellablePurchase>> &)>;
    using Done = std::function<void(const Status &)>;

    explicit PurchaseCancellation(const EngineContext &context, QObject *parent = nullptr);

    // The customer's bought replacements (only the one replacing oldSubscriptionId when given), read fresh.
    void inspect(const QString &customerId, const QString &oldSubscriptionId, const InspectDone &done);
    // Cancels one purchase that inspect() found cancellable; checks again before sending.
    void cancel(const CancellablePurchase &purchase, Done done);

private:
    void checkUsers(QList<CancellablePurchase> found, InspectDone done);
    void send(const CancellablePurchase &purchase, const pc::Subscription &fresh, Done done);
    void closeMigration(const CancellablePurchase &purchase, const Done &done);
    bool hasCancelWrite(qint64 migrationId) const;

    EngineContext m_ctx;
};

} // namespace om::engine
