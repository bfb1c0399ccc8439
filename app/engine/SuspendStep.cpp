#include "engine/SuspendStep.h"

#include "engine/EngineLog.h"
#include "engine/JournalledWrite.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QCryptographicHash>
#include <QJsonDocument>

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
    const auto rec = m_ctx.journal->migration(plan->migrationId);
    if (!rec)
        return m_done(rec.error());
    const QString oldSku = rec->plan.oldSku;
    // Live guard, whatever the journal says: nobody may still hold the old SKU.
    m_ctx.client->listSubscribedSkus(
        plan->customerId, this, [this, oldSku](const pc::Reply<QList<pc::SubscribedSku>> &r) {
            if (!r.result)
                return m_done(r.result.error());
            for (const pc::SubscribedSku &s : r.result.value()) {
                if (s.productSku.id.compare(oldSku, Qt::CaseInsensitive) == 0 && s.consumedUnits > 0)
                    return m_done(
                        Error::make(Error::Kind::Validation,
                                    QStringLiteral("suspend refused: %1 users still hold the old licence %2")
                                        .arg(s.consumedUnits)
                                        .arg(s.productSku.name.isEmpty() ? oldSku : s.productSku.name),
                                    QStringLiteral("suspend")));
            }
            const auto current = m_ctx.journal->migration(m_plan->migrationId);
            if (!current)
                return m_done(current.error());
            const JournalState state = current->state;
            const bool ready =
                state == JournalState::Verified || state == JournalState::Suspending ||
                (state == JournalState::Failed && current->failedFrom == JournalState::Suspending);
            if (!ready)
                return m_done(Error::make(
                    Error::Kind::Validation,
                    QStringLiteral("suspend refused: migration #%1 is %2; the licences must be moved "
                                   "and verified first")
                        .arg(current->id)
                        .arg(journal::journalStateToken(state)),
                    QStringLiteral("suspend")));
            if (current->state == JournalState::Failed)
                m_ctx.journal->transition(m_plan->migrationId, JournalState::Suspending);
            const auto moved = m_ctx.journal->transition(m_plan->migrationId, JournalState::Suspending);
            if (!moved)
                return m_done(moved.error());
            fetchFresh(0);
        });
}

void SuspendStep::fetchFresh(int attempt)
{
    m_ctx.client->getSubscription(
        m_plan->customerId, m_plan->oldSubscription.id, this,
        [this, attempt](const pc::Reply<pc::Subscription> &r) {
            if (!r.result)
                return m_done(r.result.error());
            if (r.result->status == QLatin1String("suspended")) {
                // Suspended already (an earlier PATCH answered before a crash,
                // or the upgrade did it): close any pending write.
                const auto pending =
                    m_ctx.journal->pendingWrite(m_plan->migrationId, journal::WriteKind::SuspendPatch);
                if (pending && pending.value())
                    m_ctx.journal->recordWriteAnswer(
                        pending.value()->requestId, 200,
                        QByteArrayLiteral("{\"resolvedBy\":\"subscription re-read\"}"));
                return suspended();
            }
            patch(r.result.value(), attempt);
        });
}

void SuspendStep::patch(const pc::Subscription &fresh, int attempt)
{
    const QJsonObject body = pc::subscriptionPatchBody(fresh, QStringLiteral("suspended"));
    journal::WriteRequestSpec spec;
    spec.migrationId = m_plan->migrationId;
    spec.kind = journal::WriteKind::SuspendPatch;
    spec.method = QStringLiteral("PATCH");
    spec.path = QStringLiteral("/v1/customers/") + pc::pathSegment(m_plan->customerId) +
                QStringLiteral("/subscriptions/") + pc::pathSegment(fresh.id);
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // A pending PATCH built from an older GET (another etag) was not applied: the subscription is
    // still active. Close it so a new one can be recorded.
    const auto pending = m_ctx.journal->pendingWrite(m_plan->migrationId, journal::WriteKind::SuspendPatch);
    if (pending && pending.value() &&
        pending.value()->bodySha256 !=
            QCryptographicHash::hash(spec.body, QCryptographicHash::Sha256).toHex())
        m_ctx.journal->recordWriteAnswer(pending.value()->requestId, 0,
                                         QByteArrayLiteral("{\"resolvedBy\":\"subscription still active\"}"));
    const QString customerId = m_plan->customerId;
    journalledWrite<pc::Subscription>(
        m_ctx, this, spec,
        [this, customerId, fresh, body](const pc::RequestOptions &o, pc::Done<pc::Subscription> d) {
            m_ctx.client->patchSubscription(customerId, fresh.id, body, fresh.etag, this, std::move(d), o);
        },
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
                m_ctx.journal->transition(m_plan->migrationId, JournalState::Failed, u);
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
