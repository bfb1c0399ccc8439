#include "engine/PurchaseCancellation.h"

#include "engine/EngineLog.h"
#include "engine/EngineUtil.h"
#include "engine/JournalledWrite.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QJsonDocument>

#include <algorithm>
#include <memory>

namespace om::engine {

using journal::JournalState;

namespace {

QString dateText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// Why a subscription as Partner Center shows it cannot be cancelled now; empty when it can.
QString refusalFor(const pc::Subscription &s, const QDateTime &now)
{
    if (!s.isNewCommerce())
        return QStringLiteral(
                   "subscription %1 is not a new-commerce subscription; only those can be cancelled "
                   "for a refund")
            .arg(s.id);
    if (s.status == QLatin1String("deleted"))
        return QStringLiteral("subscription %1 is already cancelled").arg(s.id);
    if (s.status != QLatin1String("active") && s.status != QLatin1String("pending"))
        return QStringLiteral("subscription %1 is %2; only an active purchase can be cancelled")
            .arg(s.id, s.status);
    if (!s.cancellationAllowedUntil.isValid())
        return QStringLiteral(
                   "Partner Center gives no cancellation date for subscription %1, so it can no longer "
                   "be cancelled for a refund")
            .arg(s.id);
    if (now >= s.cancellationAllowedUntil)
        return QStringLiteral(
                   "the cancellation window of subscription %1 closed on %2; the whole term is due")
            .arg(s.id, dateText(s.cancellationAllowedUntil));
    return {};
}

} // namespace

bool PurchaseCancellation::hasCancelWrite(qint64 migrationId) const
{
    const auto writes = m_ctx.journal->writes(migrationId);
    return writes && std::any_of(writes->cbegin(), writes->cend(), [](const journal::WriteRequest &w) {
               return w.kind == journal::WriteKind::CancelPurchase;
           });
}

PurchaseCancellation::PurchaseCancellation(const EngineContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{}

void PurchaseCancellation::inspect(const QString &customerId, const QString &oldSubscriptionId,
                                   const InspectDone &done)
{
    const auto all = m_ctx.journal->migrations(customerId);
    if (!all)
        return done(all.error());
    QList<journal::MigrationRecord> bought;
    for (const journal::MigrationRecord &m : all.value()) {
        if (m.newSubscriptionId.isEmpty() || m.state == JournalState::Cancelled ||
            m.state == JournalState::Suspended)
            continue;
        if (!oldSubscriptionId.isEmpty() && !sameId(m.plan.oldSubscriptionId, oldSubscriptionId))
            continue;
        bought.append(m);
    }
    if (bought.isEmpty())
        return done(QList<CancellablePurchase>());
    auto found = std::make_shared<QList<CancellablePurchase>>();
    auto pending = std::make_shared<int>(int(bought.size()));
    auto failed = std::make_shared<bool>(false);
    for (const journal::MigrationRecord &m : std::as_const(bought)) {
        m_ctx.client->getSubscription(
            m.plan.customerId, m.newSubscriptionId, this,
            [this, m, found, pending, failed, done](const pc::Reply<pc::Subscription> &r) {
                if (*failed)
                    return;
                if (!r.result) {
                    *failed = true;
                    return done(r.result.error());
                }
                CancellablePurchase p;
                p.migrationId = m.id;
                p.customerId = m.plan.customerId;
                p.oldSubscriptionId = m.plan.oldSubscriptionId;
                p.newSubscriptionId = m.newSubscriptionId;
                p.name = m.plan.targetOfferName;
                p.quantity = r.result->quantity;
                p.allowedUntil = r.result->cancellationAllowedUntil;
                p.refusal = refusalFor(r.result.value(), m_ctx.clock->now());
                // Deleted, and we sent a cancel for it: our cancel ran and its answer was lost (a 5xx or a
                // dropped connection after Partner Center acted). Only the journal is left to close.
                if (r.result->status == QLatin1String("deleted") && hasCancelWrite(m.id)) {
                    p.cancelledAlready = true;
                    p.refusal.clear();
                }
                found->append(p);
                if (--*pending == 0)
                    checkUsers(*found, done);
            });
    }
}

// Nobody may lose the licence: the journal's moved users, then Partner Center's assigned count of the SKU.
void PurchaseCancellation::checkUsers(QList<CancellablePurchase> found, InspectDone done)
{
    const QString customerId = found.constFirst().customerId;
    m_ctx.client->listSubscribedSkus(
        customerId, this,
        [this, found = std::move(found),
         done = std::move(done)](const pc::Reply<QList<pc::SubscribedSku>> &r) mutable {
            if (!r.result)
                return done(r.result.error());
            for (CancellablePurchase &p : found) {
                if (!p.refusal.isEmpty() || p.cancelledAlready)
                    continue;
                const auto record = m_ctx.journal->migration(p.migrationId);
                if (!record)
                    return done(record.error());
                int moved = 0;
                if (const auto moves = m_ctx.journal->userMoves(p.migrationId)) {
                    for (const journal::UserMove &u : moves.value())
                        moved += u.state == journal::UserMoveState::Moved ? 1 : 0;
                } else {
                    return done(moves.error());
                }
                if (moved > 0) {
                    p.refusal =
                        QStringLiteral("%1 user(s) were moved to the new licence; move them back to the "
                                       "old licence before cancelling")
                            .arg(moved);
                    continue;
                }
                for (const pc::SubscribedSku &sku : r.result.value()) {
                    if (!sameId(sku.productSku.id, record->plan.targetSku))
                        continue;
                    const int remaining = sku.activeUnits - p.quantity;
                    if (sku.consumedUnits > remaining)
                        p.refusal =
                            QStringLiteral("%1 licence(s) of %2 are assigned and only %3 would remain "
                                           "after cancelling; remove them from users first")
                                .arg(sku.consumedUnits)
                                .arg(p.name)
                                .arg(std::max(0, remaining));
                }
            }
            done(found);
        });
}

void PurchaseCancellation::cancel(const CancellablePurchase &purchase, Done done)
{
    if (!purchase.refusal.isEmpty())
        return done(
            Error::make(Error::Kind::Validation, purchase.refusal, QStringLiteral("cancel purchase")));
    // Read it again: the window and the etag must be current, and the users check is repeated.
    inspect(purchase.customerId, purchase.oldSubscriptionId,
            [this, purchase, done = std::move(done)](const Result<QList<CancellablePurchase>> &r) {
                if (!r)
                    return done(r.error());
                const auto again = std::find_if(r->cbegin(), r->cend(), [&](const CancellablePurchase &p) {
                    return p.migrationId == purchase.migrationId;
                });
                if (again == r->cend())
                    return done(Error::make(Error::Kind::Conflict,
                                            QStringLiteral("migration #%1 has no purchase to cancel any more")
                                                .arg(purchase.migrationId),
                                            QStringLiteral("cancel purchase")));
                if (!again->refusal.isEmpty())
                    return done(Error::make(Error::Kind::Validation, again->refusal,
                                            QStringLiteral("cancel purchase")));
                if (again->cancelledAlready)
                    return closeMigration(*again, done);
                m_ctx.client->getSubscription(purchase.customerId, purchase.newSubscriptionId, this,
                                              [this, purchase, done](const pc::Reply<pc::Subscription> &s) {
                                                  if (!s.result)
                                                      return done(s.result.error());
                                                  send(purchase, s.result.value(), done);
                                              });
            });
}

void PurchaseCancellation::send(const CancellablePurchase &purchase, const pc::Subscription &fresh, Done done)
{
    const QJsonObject body = pc::subscriptionPatchBody(fresh, QStringLiteral("deleted"));
    qCInfo(lcEngine) << "cancelling purchase" << fresh.id << "of migration" << purchase.migrationId;
    journalledSend<pc::Subscription>(
        m_ctx, this,
        // key: the journal's id, as closeMigration() looks it up
        {purchase.migrationId, journal::WriteKind::CancelPurchase, purchase.newSubscriptionId.toLower()},
        pc::subscriptionPatchWrite(purchase.customerId, fresh.id, body, fresh.etag),
        [](const pc::Subscription &s) {
            return QJsonDocument(QJsonObject{{QStringLiteral("status"), s.status}})
                .toJson(QJsonDocument::Compact);
        },
        [this, purchase, done = std::move(done)](const WriteOutcome<pc::Subscription> &out) {
            if (!out.answered)
                return done(
                    Error::make(Error::Kind::Timeout,
                                QStringLiteral("the cancel got no answer; run it again: it replays the same "
                                               "MS-RequestId, so nothing is cancelled twice"),
                                QStringLiteral("cancel purchase")));
            if (!out.result) {
                // A 5xx after Partner Center acted looks like a failure: read the subscription to know.
                const Error failed = out.result.error();
                m_ctx.client->getSubscription(
                    purchase.customerId, purchase.newSubscriptionId, this,
                    [this, purchase, failed, done](const pc::Reply<pc::Subscription> &s) {
                        if (s.result && s.result->status == QLatin1String("deleted"))
                            return closeMigration(purchase, done);
                        done(failed);
                    });
                return;
            }
            if (out.result->status != QLatin1String("deleted"))
                return done(Error::make(Error::Kind::Validation,
                                        QStringLiteral("Partner Center answered the cancel of %1 with status "
                                                       "\"%2\", not \"deleted\"; check it in Partner Center")
                                            .arg(purchase.newSubscriptionId, out.result->status),
                                        QStringLiteral("cancel purchase")));
            closeMigration(purchase, done);
        });
}

void PurchaseCancellation::closeMigration(const CancellablePurchase &purchase, const Done &done)
{
    // Called only once Partner Center shows the subscription deleted: a cancel write still pending (its
    // answer lost) is settled by that reading.
    const auto pending = m_ctx.journal->pendingWrite(purchase.migrationId, journal::WriteKind::CancelPurchase,
                                                     purchase.newSubscriptionId.toLower());
    if (!pending)
        return done(pending.error());
    if (pending.value()) {
        if (const auto settled = m_ctx.journal->recordWriteAnswer(
                pending.value()->requestId, 200,
                QByteArrayLiteral("{\"resolvedBy\":\"subscription re-read: deleted\"}"));
            !settled)
            return done(settled.error());
    }
    const auto record = m_ctx.journal->migration(purchase.migrationId);
    if (!record)
        return done(record.error());
    if (record->state != JournalState::Failed) {
        journal::MigrationUpdate failed;
        failed.lastError = QStringLiteral("the purchase was cancelled for a refund");
        if (const auto moved = m_ctx.journal->transition(purchase.migrationId, JournalState::Failed, failed);
            !moved)
            return done(moved.error());
    }
    journal::MigrationUpdate cancelled;
    cancelled.note =
        QStringLiteral("purchase %1 cancelled for a refund; the old subscription was not touched")
            .arg(purchase.newSubscriptionId);
    if (const auto moved =
            m_ctx.journal->transition(purchase.migrationId, JournalState::Cancelled, cancelled);
        !moved)
        return done(moved.error());
    done(Status());
}

} // namespace om::engine
