#include "engine/ReassignStep.h"

#include "engine/EngineLog.h"
#include "engine/JournalledWrite.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QJsonDocument>

namespace om::engine {

using journal::JournalState;
using journal::UserMoveState;

ReassignStep::ReassignStep(const EngineContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{}

const PlannedUser *ReassignStep::plannedUser(const QString &userId) const
{
    for (const PlannedUser &u : m_plan->users) {
        if (u.id.compare(userId, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

void ReassignStep::run(SubscriptionPlan *plan, Done done)
{
    m_plan = plan;
    m_done = std::move(done);
    m_queue.clear();
    m_total = m_finished = m_active = m_failed = 0;
    m_stopping = false;
    m_storageError.reset();
    journal::Journal &j = *m_ctx.journal;
    const auto rec = j.migration(plan->migrationId);
    if (!rec)
        return m_done(rec.error());
    JournalState state = rec->state;
    if (state == JournalState::Failed) {
        if (!j.transition(rec->id, rec->failedFrom))
            return m_done(Error::make(Error::Kind::Validation,
                                      QStringLiteral("cannot resume migration #%1").arg(rec->id)));
        state = rec->failedFrom;
    }
    if (rec->plan.path == journal::MigrationPath::SuspendOnly)
        return m_done(Error::make(Error::Kind::Validation,
                                  QStringLiteral("migration #%1 only suspends the old subscription: nobody "
                                                 "is moved")
                                      .arg(rec->id),
                                  QStringLiteral("reassign")));
    // Verified: a user excluded before was included again (ResumeLogic).
    if (state != JournalState::Purchased && state != JournalState::Reassigning &&
        state != JournalState::Verifying && state != JournalState::Verified)
        return m_done(Error::make(Error::Kind::Validation,
                                  QStringLiteral("migration #%1 is %2: licences are moved after the purchase")
                                      .arg(rec->id)
                                      .arg(journal::journalStateToken(state)),
                                  QStringLiteral("reassign")));
    const auto moved = j.transition(rec->id, JournalState::Reassigning);
    if (!moved)
        return m_done(moved.error());
    const auto moves = j.userMoves(rec->id);
    if (!moves)
        return m_done(moves.error());
    for (const journal::UserMove &m : moves.value()) {
        if (m.state == UserMoveState::Pending || m.state == UserMoveState::Failed)
            m_queue.append(m);
        else if (m.state == UserMoveState::Skipped) // excluded: reported, never moved, not a failure
            emit userResult(UserResult{rec->id, m.userId, m.upn, false, QString(), true});
    }
    m_total = int(m_queue.size());
    qCInfo(lcEngine) << "moving" << m_total << "users of migration" << rec->id;
    if (m_queue.isEmpty())
        return finishIfDone();
    startNext();
}

void ReassignStep::stop()
{
    m_stopping = true;
    m_queue.clear(); // still pending in the journal
    finishIfDone();
}

void ReassignStep::startNext()
{
    while (!m_stopping && m_active < std::max(1, m_ctx.config.userConcurrency) && !m_queue.isEmpty()) {
        ++m_active;
        moveUser(m_queue.takeFirst());
    }
}

void ReassignStep::record(const journal::UserMove &move, bool moved, const QString &error,
                          const QString &requestId)
{
    journal::UserMove m = move;
    m.state = moved ? UserMoveState::Moved : UserMoveState::Failed;
    m.lastError = error;
    if (!requestId.isEmpty())
        m.requestId = requestId;
    // A user's result that cannot be recorded fails the step (after the calls in flight end): the journal
    // must know who holds what before anything is verified or suspended.
    if (const Status kept = m_ctx.journal->upsertUserMove(m_plan->migrationId, m); !kept && !m_storageError)
        m_storageError = kept.error();
    if (!moved)
        ++m_failed;
    ++m_finished;
    --m_active;
    UserResult result{m_plan->migrationId, m.userId, m.upn, moved, error};
    if (moved)
        qCInfo(lcEngine) << "moved" << m.upn;
    else
        qCWarning(lcEngine) << "could not move" << m.upn << ":" << error;
    emit userResult(result);
    emit progress(m_finished, m_total);
    startNext();
    finishIfDone();
}

void ReassignStep::moveUser(const journal::UserMove &move)
{
    const auto loaded = m_ctx.journal->migration(m_plan->migrationId);
    if (!loaded) {
        // Nothing is sent without the journal: count the user as not moved and fail the step with why.
        if (!m_storageError)
            m_storageError = loaded.error();
        return record(move, false, loaded.error().message, QString());
    }
    const journal::MigrationRecord &rec = loaded.value();
    const PlannedUser *planned = plannedUser(move.userId);
    const auto pending = m_ctx.journal->pendingWrite(rec.id, journal::WriteKind::LicenseUpdate, move.userId);
    // Fresh licences (read by the planner on this run) already show the move: a call answered just
    // before a crash. Close its pending write instead of sending it again.
    if (planned && planned->holdsNew && !planned->holdsOld) {
        QString requestId;
        if (pending && pending.value()) {
            requestId = pending.value()->requestId;
            if (const auto closed = m_ctx.journal->recordWriteAnswer(
                    requestId, 200, QByteArrayLiteral("{\"resolvedBy\":\"licences re-read\"}"));
                !closed && !m_storageError)
                m_storageError = closed.error();
        }
        return record(move, true, QString(), requestId);
    }
    if (planned && !planned->holdsOld && !planned->holdsNew)
        return record(move, false, QStringLiteral("holds neither the old nor the new licence any more"),
                      QString());

    pc::LicenseUpdate update;
    pc::LicenseAssignment assign;
    assign.skuId = rec.plan.targetSku;
    if (planned) {
        for (const QString &planId : planned->excludedPlanIds) {
            if (m_plan->targetPlanIds.contains(planId.toLower()))
                assign.excludedPlans.append(planId);
        }
    }
    update.licensesToAssign.append(assign);
    update.licensesToRemove.append(rec.plan.oldSku);
    journalledSend<pc::LicenseUpdateResult>(
        m_ctx, this, {rec.id, journal::WriteKind::LicenseUpdate, move.userId},
        pc::licenseUpdateWrite(rec.plan.customerId, move.userId, update),
        [](const pc::LicenseUpdateResult &r) {
            return QJsonDocument(QJsonObject{{QStringLiteral("assigned"),
                                              QJsonArray::fromStringList(r.assignedSkuIds)}})
                .toJson(QJsonDocument::Compact);
        },
        [this, move](const WriteOutcome<pc::LicenseUpdateResult> &out) {
            if (!out.answered)
                return record(
                    move, false,
                    QStringLiteral("no answer from Partner Center; a retry replays the same request"),
                    out.requestId);
            if (!out.result) {
                const Error &e = out.result.error();
                QString text = e.message;
                if (!e.serviceCode.isEmpty())
                    text += QStringLiteral(" (code %1)").arg(e.serviceCode);
                return record(move, false, text, out.requestId);
            }
            record(move, true, QString(), out.requestId);
        });
}

void ReassignStep::finishIfDone()
{
    if (m_active > 0 || !m_queue.isEmpty() || !m_done)
        return;
    Done done = std::move(m_done);
    if (m_storageError)
        return done(*m_storageError);
    if (m_stopping && m_finished < m_total) {
        qCInfo(lcEngine) << "stopped after" << m_finished << "of" << m_total << "users of migration"
                         << m_plan->migrationId;
        return done(Status());
    }
    if (m_failed == 0) {
        const auto moved = m_ctx.journal->transition(m_plan->migrationId, JournalState::Reassigned);
        if (!moved)
            return done(moved.error());
        return done(Status());
    }
    const QString text =
        QStringLiteral("%1 of %2 users could not be moved; fix them and retry the failed users")
            .arg(m_failed)
            .arg(m_total);
    journal::MigrationUpdate u;
    u.lastError = text;
    if (const auto failed = m_ctx.journal->transition(m_plan->migrationId, JournalState::Failed, u); !failed)
        return done(failed.error());
    done(Error::make(Error::Kind::Validation, text, QStringLiteral("reassign")));
}

} // namespace om::engine
