#include "engine/VerifyStep.h"

#include "engine/EngineLog.h"
#include "engine/EngineUtil.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

namespace om::engine {

using journal::JournalState;

VerifyStep::VerifyStep(const EngineContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{}

void VerifyStep::run(SubscriptionPlan *plan, Done done)
{
    m_plan = plan;
    m_done = std::move(done);
    m_unmoved.clear();
    m_error.clear();
    journal::Journal &j = *m_ctx.journal;
    const auto rec = j.migration(plan->migrationId);
    if (!rec)
        return m_done(rec.error());
    JournalState state = rec->state;
    if (state == JournalState::Failed && rec->failedFrom == JournalState::Verifying) {
        if (const auto back = j.transition(rec->id, JournalState::Verifying); !back)
            return m_done(back.error());
        state = JournalState::Verifying;
    }
    // A suspend-only migration bought and moved nothing: it starts here.
    const bool suspendOnly = rec->plan.path == journal::MigrationPath::SuspendOnly;
    if (state != JournalState::Reassigned && state != JournalState::Verifying &&
        !(suspendOnly && state == JournalState::NotStarted))
        return m_done(
            Error::make(Error::Kind::Validation,
                        QStringLiteral("migration #%1 is %2: verify runs after every user was moved")
                            .arg(rec->id)
                            .arg(journal::journalStateToken(state)),
                        QStringLiteral("verify")));
    if (const auto verifying = j.transition(rec->id, JournalState::Verifying); !verifying)
        return m_done(verifying.error());
    const auto moves = j.userMoves(rec->id);
    if (!moves)
        return m_done(moves.error());
    const QString oldSku = rec->plan.oldSku;
    const QString newSku = rec->plan.targetSku;
    m_pending = 1;
    m_excluded = 0;
    for (const journal::UserMove &m : moves.value()) {
        if (m.state == journal::UserMoveState::Skipped) { // excluded: keeps the old licence on purpose
            ++m_excluded;
            continue;
        }
        ++m_pending;
        m_ctx.client->listUserLicenses(
            rec->plan.customerId, m.userId, this,
            [this, m, oldSku, newSku](const pc::Reply<QList<pc::License>> &r) {
                if (!r.result) {
                    m_error = r.result.error().toString();
                } else {
                    bool hasOld = false;
                    bool hasNew = false;
                    for (const pc::License &l : r.result.value()) {
                        hasOld = hasOld || sameId(l.productSku.id, oldSku);
                        hasNew = hasNew || sameId(l.productSku.id, newSku);
                    }
                    if (hasOld || !hasNew) {
                        m_unmoved.append(m.userId);
                        journal::UserMove failed = m;
                        failed.state = journal::UserMoveState::Failed;
                        failed.lastError = hasOld ? QStringLiteral("verify: still holds the old licence")
                                                  : QStringLiteral("verify: does not hold the new licence");
                        // Not recorded: verify still fails below (m_unmoved), so nothing is suspended.
                        if (const Status kept = m_ctx.journal->upsertUserMove(m_plan->migrationId, failed);
                            !kept && m_error.isEmpty())
                            m_error = kept.error().toString();
                    }
                }
                if (--m_pending == 0)
                    checkPool();
            });
    }
    if (--m_pending == 0)
        checkPool();
}

void VerifyStep::checkPool()
{
    if (!m_error.isEmpty())
        return m_done(Error::make(Error::Kind::Network, m_error, QStringLiteral("verify")));
    m_ctx.client->listSubscribedSkus(
        m_plan->customerId, this, [this](const pc::Reply<QList<pc::SubscribedSku>> &r) {
            if (!r.result)
                return m_done(r.result.error());
            int consumed = 0;
            const QString oldSku = m_ctx.journal->migration(m_plan->migrationId)->plan.oldSku;
            for (const pc::SubscribedSku &s : r.result.value()) {
                if (sameId(s.productSku.id, oldSku))
                    consumed += s.consumedUnits;
            }
            conclude(consumed);
        });
}

void VerifyStep::conclude(int consumedOld)
{
    journal::Journal &j = *m_ctx.journal;
    const qint64 id = m_plan->migrationId;
    Done done = std::move(m_done);
    // Holders planned under a sibling subscription of the same licence may still hold it (Planner), and so
    // may the excluded users: verified means every user this migration moves was moved. The suspend's own
    // guard still refuses while anybody holds the old licence (SuspendStep).
    const int allowed = int(m_plan->siblingHolders.size()) + m_excluded;
    if (m_unmoved.isEmpty() && consumedOld <= allowed) {
        const auto ok = j.transition(id, JournalState::Verified);
        if (!ok)
            return done(ok.error());
        qCInfo(lcEngine) << "migration" << id << "verified";
        return done(Status());
    }
    QString text;
    journal::MigrationUpdate u;
    if (!m_unmoved.isEmpty()) {
        text =
            QStringLiteral("%1 users still hold the old licence or lack the new one").arg(m_unmoved.size());
        if (const auto back = j.transition(id, JournalState::Reassigning); !back)
            return done(back.error());
    } else if (m_plan->suspendOnly) {
        text = QStringLiteral("%1 users hold the old licence now, so it cannot be suspended without a "
                              "replacement: cancel this migration and plan it again")
                   .arg(consumedOld - allowed);
    } else {
        text = QStringLiteral(
                   "%1 licences of the old SKU are still assigned to users outside the plan: plan again")
                   .arg(consumedOld - allowed);
    }
    u.lastError = text;
    if (const auto failed = j.transition(id, JournalState::Failed, u); !failed)
        return done(failed.error());
    done(Error::make(Error::Kind::Validation, text, QStringLiteral("verify")));
}

} // namespace om::engine
