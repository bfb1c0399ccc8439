#include "engine/VerifyStep.h"

#include "engine/EngineLog.h"
#include "engine/EngineUtil.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    m_trusted.clear();
    m_error.clear();
    m_excluded = 0;
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
    const auto writes = j.writes(rec->id);
    if (!writes)
        return m_done(writes.error());
    m_oldSku = rec->plan.oldSku;
    m_newSku = rec->plan.targetSku;
    QList<journal::UserMove> toRead;
    for (const journal::UserMove &m : moves.value()) {
        if (m.state == journal::UserMoveState::Skipped) // excluded: keeps the old licence on purpose
            ++m_excluded;
        else if (hasEvidence(m, writes.value()))
            m_trusted.append(m);
        else
            toRead.append(m);
    }
    qCInfo(lcEngine) << "verifying migration" << rec->id << ":" << m_trusted.size() << "users on the answers,"
                     << toRead.size() << "read";
    readUsers(toRead, &VerifyStep::checkPool);
}

// Moved, and either Partner Center answered its licence update with the new SKU assigned, or this run's
// plan read the user's licences already moved (a call answered just before a crash).
bool VerifyStep::hasEvidence(const journal::UserMove &move, const QList<journal::WriteRequest> &writes) const
{
    if (move.state != journal::UserMoveState::Moved)
        return false;
    for (const PlannedUser &u : std::as_const(m_plan->users)) {
        if (sameId(u.id, move.userId) && u.holdsNew && !u.holdsOld)
            return true;
    }
    for (const journal::WriteRequest &w : writes) {
        if (w.kind != journal::WriteKind::LicenseUpdate || w.status != journal::WriteStatus::Answered ||
            !sameId(w.key, move.userId))
            continue;
        const QJsonArray assigned =
            QJsonDocument::fromJson(w.responseBody).object().value(QLatin1String("assigned")).toArray();
        for (const auto &sku : assigned) {
            if (sameId(sku.toString(), m_newSku))
                return true;
        }
    }
    return false;
}

void VerifyStep::readUsers(const QList<journal::UserMove> &users, void (VerifyStep::*then)())
{
    m_pending = 1;
    for (const journal::UserMove &m : users) {
        ++m_pending;
        m_ctx.client->listUserLicenses(
            m_plan->customerId, m.userId, this, [this, m, then](const pc::Reply<QList<pc::License>> &r) {
                if (!r.result) {
                    m_error = r.result.error().toString();
                } else {
                    bool hasOld = false;
                    bool hasNew = false;
                    for (const pc::License &l : r.result.value()) {
                        hasOld = hasOld || sameId(l.productSku.id, m_oldSku);
                        hasNew = hasNew || sameId(l.productSku.id, m_newSku);
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
                    (this->*then)();
            });
    }
    if (--m_pending == 0)
        (this->*then)();
}

// The one read every verify makes: who holds the old licence (and the new one), tenant-wide.
void VerifyStep::checkPool()
{
    if (!m_error.isEmpty())
        return m_done(Error::make(Error::Kind::Network, m_error, QStringLiteral("verify")));
    m_ctx.client->listSubscribedSkus(m_plan->customerId, this,
                                     [this](const pc::Reply<QList<pc::SubscribedSku>> &r) {
                                         if (!r.result)
                                             return m_done(r.result.error());
                                         onPools(r.result.value());
                                     });
}

void VerifyStep::onPools(const QList<pc::SubscribedSku> &pools)
{
    m_consumedOld = 0;
    int consumedNew = 0;
    for (const pc::SubscribedSku &s : pools) {
        if (sameId(s.productSku.id, m_oldSku))
            m_consumedOld += s.consumedUnits;
        if (sameId(s.productSku.id, m_newSku))
            consumedNew += s.consumedUnits;
    }
    // The old licence held by more users than may keep it, or the new one by fewer than were answered
    // moved: the answers are not the whole story.
    const int allowed = int(m_plan->siblingHolders.size()) + m_excluded;
    if ((m_consumedOld > allowed || consumedNew < int(m_trusted.size())) && !m_trusted.isEmpty())
        return poolFailed();
    conclude();
}

// More holders than allowed although the answers said moved: read the users taken on evidence to find who.
void VerifyStep::poolFailed()
{
    qCWarning(lcEngine) << m_consumedOld << "units of the old licence still assigned: reading"
                        << m_trusted.size() << "users";
    const QList<journal::UserMove> users = std::exchange(m_trusted, {});
    readUsers(users, &VerifyStep::conclude);
}

void VerifyStep::conclude()
{
    journal::Journal &j = *m_ctx.journal;
    const qint64 id = m_plan->migrationId;
    Done done = std::move(m_done);
    if (!m_error.isEmpty())
        return done(Error::make(Error::Kind::Network, m_error, QStringLiteral("verify")));
    // Holders planned under a sibling subscription of the same licence may still hold it (Planner), and so
    // may the excluded users: verified means every user this migration moves was moved. The suspend's own
    // guard still refuses while anybody holds the old licence (SuspendStep).
    const int allowed = int(m_plan->siblingHolders.size()) + m_excluded;
    if (m_unmoved.isEmpty() && m_consumedOld <= allowed) {
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
                   .arg(m_consumedOld - allowed);
    } else {
        text = QStringLiteral(
                   "%1 licences of the old SKU are still assigned to users outside the plan: plan again")
                   .arg(m_consumedOld - allowed);
    }
    u.lastError = text;
    if (const auto failed = j.transition(id, JournalState::Failed, u); !failed)
        return done(failed.error());
    done(Error::make(Error::Kind::Validation, text, QStringLiteral("verify")));
}

} // namespace om::engine
