#include "engine/SuspendStep.h"

#include "engine/EngineLog.h"
#include "engine/JournalledWrite.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>
#include <memory>

namespace om::engine {

using journal::JournalState;

SuspendStep::SuspendStep(const EngineContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{}

void SuspendStep::run(SubscriptionPlan *plan, Done done)
{
    m_plan = plan;
    m_done = std::move(done);
    const auto current = m_ctx.journal->migration(m_plan->migrationId);
    if (!current)
        return m_done(current.error());
    const JournalState state = current->state;
    const bool ready = state == JournalState::Verified || state == JournalState::Suspending ||
                       (state == JournalState::Failed && current->failedFrom == JournalState::Suspending);
    if (!ready) {
        int unmoved = 0;
        if (const auto moves = m_ctx.journal->userMoves(m_plan->migrationId)) {
            for (const journal::UserMove &m : moves.value())
                unmoved +=
                    m.state == journal::UserMoveState::Pending || m.state == journal::UserMoveState::Failed;
        }
        const QString token = journal::journalStateToken(state);
        return m_done(refuse(unmoved > 0
                                 ? QStringLiteral("%1 users still hold the old licence (migration #%2 is "
                                                  "%3); move and verify them first")
                                       .arg(unmoved)
                                       .arg(current->id)
                                       .arg(token)
                                 : QStringLiteral("migration #%1 is %2; the licences must be moved and "
                                                  "verified first")
                                       .arg(current->id)
                                       .arg(token)));
    }
    m_oldSku = current->plan.oldSku;
    m_plannedId = current->plan.oldSubscriptionId;
    m_excluded.clear();
    if (const auto moves = m_ctx.journal->userMoves(m_plan->migrationId)) {
        for (const journal::UserMove &m : moves.value()) {
            if (m.state == journal::UserMoveState::Skipped)
                m_excluded.append(m.userId);
        }
    }
    fetchFresh(0);
}

Status SuspendStep::refuse(const QString &why)
{
    return Error::make(Error::Kind::Validation, QStringLiteral("suspend refused: ") + why,
                       QStringLiteral("suspend"));
}

void SuspendStep::fetchFresh(int attempt)
{
    m_ctx.client->getSubscription(
        m_plan->customerId, m_plannedId, this, [this, attempt](const pc::Reply<pc::Subscription> &r) {
            if (!r.result)
                return m_done(r.result.error());
            // The answer must be about the subscription we planned to suspend, and nothing else.
            if (r.result->id.compare(m_plannedId, Qt::CaseInsensitive) != 0)
                return m_done(
                    refuse(QStringLiteral("Partner Center answered subscription %1 when asked for %2")
                               .arg(r.result->id, m_plannedId)));
            if (r.result->status == QLatin1String("suspended")) {
                // Suspended already (an earlier PATCH answered before a crash,
                // or the upgrade did it): close any pending write.
                const auto pending =
                    m_ctx.journal->pendingWrite(m_plan->migrationId, journal::WriteKind::SuspendPatch);
                if (pending && pending.value()) {
                    if (const auto closed = m_ctx.journal->recordWriteAnswer(
                            pending.value()->requestId, 200,
                            QByteArrayLiteral("{\"resolvedBy\":\"subscription re-read\"}"));
                        !closed)
                        return m_done(closed.error());
                }
                if (const auto moved =
                        m_ctx.journal->transition(m_plan->migrationId, JournalState::Suspending);
                    !moved)
                    return m_done(moved.error());
                return suspended();
            }
            m_fresh = r.result.value();
            checkPool(attempt);
        });
}

// Live guards, whatever the journal says, each failing closed: the old SKU's pool must be known and
// unused; no active add-on of this subscription may still be in use (suspending a base suspends its
// add-ons, docs/partner-center-api.md "Subscriptions"); and every planned user, read again, must hold
// the old licence no more.
void SuspendStep::checkPool(int attempt)
{
    if (m_oldSku.isEmpty())
        return m_done(refuse(QStringLiteral("the old subscription's licence (SKU) is unknown")));
    m_ctx.client->listSubscribedSkus(
        m_plan->customerId, this, [this, attempt](const pc::Reply<QList<pc::SubscribedSku>> &r) {
            if (!r.result)
                return m_done(r.result.error());
            m_skus = r.result.value();
            const auto pool =
                std::find_if(m_skus.cbegin(), m_skus.cend(), [this](const pc::SubscribedSku &s) {
                    return s.productSku.id.compare(m_oldSku, Qt::CaseInsensitive) == 0;
                });
            if (pool == m_skus.cend())
                return m_done(
                    refuse(QStringLiteral("the old licence %1 is missing from the customer's licences, so "
                                          "Partner Center cannot say that nobody holds it")
                               .arg(m_oldSku)));
            if (pool->consumedUnits < 0 || pool->activeUnits < 0 || pool->totalUnits < 0 ||
                pool->availableUnits < 0)
                return m_done(
                    refuse(QStringLiteral("Partner Center's counts for the old licence %1 look wrong "
                                          "(%2 assigned, %3 active, %4 available)")
                               .arg(m_oldSku)
                               .arg(pool->consumedUnits)
                               .arg(pool->activeUnits)
                               .arg(pool->availableUnits)));
            // Holders planned under a sibling subscription of the same licence may keep it, if the seats left
            // after this suspension still cover them (Planner::splitSharedHolders).
            m_consumedOld = pool->consumedUnits;
            const int siblings = int(m_plan->siblingHolders.size());
            const int seatsLeft = pool->activeUnits - m_fresh.quantity;
            if (pool->consumedUnits > siblings || pool->consumedUnits > std::max(0, seatsLeft)) {
                const QString name = pool->productSku.name.isEmpty() ? m_oldSku : pool->productSku.name;
                // Excluded users keep the old licence on purpose: say so, they are why it stays active.
                return m_done(refuse(
                    m_excluded.isEmpty()
                        ? QStringLiteral("%1 users still hold the old licence %2")
                              .arg(pool->consumedUnits)
                              .arg(name)
                        : QStringLiteral("%1 users still hold the old licence %2 (%3 of them excluded from "
                                         "this migration); include and move them, or remove their licence, "
                                         "before suspending")
                              .arg(pool->consumedUnits)
                              .arg(name)
                              .arg(m_excluded.size())));
            }
            checkAddOns(attempt);
        });
}

void SuspendStep::checkAddOns(int attempt)
{
    m_ctx.client->listSubscriptions(
        m_plan->customerId, this, [this, attempt](const pc::Reply<QList<pc::Subscription>> &r) {
            if (!r.result)
                return m_done(r.result.error());
            QList<pc::Subscription> children;
            for (const pc::Subscription &s : r.result.value()) {
                if (s.parentSubscriptionId.compare(m_plannedId, Qt::CaseInsensitive) != 0 ||
                    (s.status != QLatin1String("active") && s.status != QLatin1String("pending")))
                    continue;
                // An add-on whose own migration did not finish stops its base: its users would lose it.
                const auto own = m_ctx.journal->findMigration(m_plan->customerId, s.id);
                if (!own)
                    return m_done(own.error());
                if (own.value() && own.value()->state != JournalState::Suspended)
                    return m_done(
                        refuse(QStringLiteral("its add-on %1 (%2) has not finished its own migration "
                                              "(migration #%3 is %4); finish or cancel it first")
                                   .arg(s.offerName, s.id)
                                   .arg(own.value()->id)
                                   .arg(journal::journalStateToken(own.value()->state))));
                children.append(s);
            }
            if (children.isEmpty())
                return checkUsers(attempt);
            auto pending = std::make_shared<int>(int(children.size()));
            auto failed = std::make_shared<bool>(false);
            for (const pc::Subscription &child : std::as_const(children)) {
                m_ctx.client->getProvisioningStatus(
                    m_plan->customerId, child.id, this,
                    [this, attempt, child, pending,
                     failed](const pc::Reply<pc::SubscriptionProvisioningStatus> &p) {
                        if (*failed)
                            return;
                        // Which licence the add-on gives is unknown: it may be in use, so fail closed.
                        if (!p.result || p.result->skuId.isEmpty()) {
                            *failed = true;
                            return m_done(refuse(
                                QStringLiteral("its active add-on %1 (%2) may be in use and its "
                                               "licence cannot be read: %3")
                                    .arg(child.offerName, child.id,
                                         p.result ? QStringLiteral("no SKU") : p.result.error().message)));
                        }
                        for (const pc::SubscribedSku &sku : std::as_const(m_skus)) {
                            if (sku.productSku.id.compare(p.result->skuId, Qt::CaseInsensitive) == 0 &&
                                sku.consumedUnits > 0) {
                                *failed = true;
                                return m_done(
                                    refuse(QStringLiteral("its active add-on %1 (%2) is assigned to %3 "
                                                          "users, who would lose it with the base; "
                                                          "migrate or remove the add-on first")
                                               .arg(child.offerName, child.id)
                                               .arg(sku.consumedUnits)));
                            }
                        }
                        if (--*pending == 0)
                            checkUsers(attempt);
                    });
            }
        });
}

void SuspendStep::checkUsers(int attempt)
{
    // The pool just read says nobody holds the old licence: that covers every user, no need to ask each.
    if (m_consumedOld == 0)
        return suspendNow(attempt);
    // Someone does (a sibling subscription's holder, an excluded user): make sure it is none of ours.
    QStringList users;
    for (const PlannedUser &u : std::as_const(m_plan->users))
        users.append(u.id);
    const auto moves = m_ctx.journal->userMoves(m_plan->migrationId);
    if (!moves)
        return m_done(moves.error());
    for (const journal::UserMove &m : moves.value()) {
        if (!users.contains(m.userId, Qt::CaseInsensitive))
            users.append(m.userId);
    }
    if (users.isEmpty())
        return suspendNow(attempt);
    auto pending = std::make_shared<int>(int(users.size()));
    auto failed = std::make_shared<bool>(false);
    for (const QString &id : std::as_const(users)) {
        m_ctx.client->listUserLicenses(
            m_plan->customerId, id, this,
            [this, attempt, id, pending, failed](const pc::Reply<QList<pc::License>> &r) {
                if (*failed)
                    return;
                if (!r.result) {
                    *failed = true;
                    return m_done(r.result.error());
                }
                for (const pc::License &l : r.result.value()) {
                    if (l.productSku.id.compare(m_oldSku, Qt::CaseInsensitive) == 0) {
                        *failed = true;
                        return m_done(refuse(
                            m_excluded.contains(id, Qt::CaseInsensitive)
                                ? QStringLiteral("user %1 is excluded from this migration and still holds "
                                                 "the old licence")
                                      .arg(id)
                                : QStringLiteral("user %1 still holds the old licence").arg(id)));
                    }
                }
                if (--*pending == 0)
                    suspendNow(attempt);
            });
    }
}

void SuspendStep::suspendNow(int attempt)
{
    const auto current = m_ctx.journal->migration(m_plan->migrationId);
    if (!current)
        return m_done(current.error());
    const auto moved = m_ctx.journal->transition(m_plan->migrationId, JournalState::Suspending);
    if (!moved)
        return m_done(moved.error());
    patch(m_fresh, attempt);
}

void SuspendStep::patch(const pc::Subscription &fresh, int attempt)
{
    const QJsonObject body = pc::subscriptionPatchBody(fresh, QStringLiteral("suspended"));
    // The planned id, never one read from an answer.
    const pc::WriteRequest write =
        pc::subscriptionPatchWrite(m_plan->customerId, m_plannedId, body, fresh.etag);
    // A pending PATCH built from an older GET (another etag) was not applied: the subscription is
    // still active. Close it so a new one can be recorded.
    const auto pending = m_ctx.journal->pendingWrite(m_plan->migrationId, journal::WriteKind::SuspendPatch);
    if (pending && pending.value() &&
        pending.value()->bodySha256 !=
            QCryptographicHash::hash(write.body(), QCryptographicHash::Sha256).toHex()) {
        if (const auto closed = m_ctx.journal->recordWriteAnswer(
                pending.value()->requestId, 0,
                QByteArrayLiteral("{\"resolvedBy\":\"subscription still active\"}"));
            !closed)
            return m_done(closed.error());
    }
    journalledSend<pc::Subscription>(
        m_ctx, this, {m_plan->migrationId, journal::WriteKind::SuspendPatch, {}}, write,
        [](const pc::Subscription &s) {
            return QJsonDocument(QJsonObject{{QStringLiteral("status"), s.status}})
                .toJson(QJsonDocument::Compact);
        },
        [this, attempt](const WriteOutcome<pc::Subscription> &out) {
            if (!out.answered)
                return m_done(
                    Error::make(Error::Kind::Timeout,
                                QStringLiteral("the suspend request got no answer; run again to check and "
                                               "replay it"),
                                QStringLiteral("suspend")));
            if (!out.result) {
                if (out.result.error().kind == Error::Kind::Conflict && attempt == 0)
                    return fetchFresh(1); // stale etag: read again, once
                journal::MigrationUpdate u;
                u.lastError = out.result.error().message;
                if (const auto failed =
                        m_ctx.journal->transition(m_plan->migrationId, JournalState::Failed, u);
                    !failed)
                    return m_done(failed.error());
                return m_done(out.result.error());
            }
            suspended();
        });
}

void SuspendStep::suspended()
{
    const QDateTime now = m_ctx.clock->now();
    journal::MigrationUpdate u;
    u.suspendedAt = now;
    u.deprovisionDate = now.date().addDays(m_ctx.config.deprovisionGraceDays);
    u.note = QStringLiteral("de-provisioning expected on %1 (%2 days; the lifecycle page says 90)")
                 .arg(u.deprovisionDate->toString(Qt::ISODate))
                 .arg(m_ctx.config.deprovisionGraceDays);
    const auto moved = m_ctx.journal->transition(m_plan->migrationId, JournalState::Suspended, u);
    if (!moved)
        return m_done(moved.error());
    qCInfo(lcEngine) << "old subscription" << m_plan->oldSubscription.id << "suspended";
    m_done(Status());
}

} // namespace om::engine
