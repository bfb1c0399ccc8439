#include "engine/ResumeLogic.h"

#include "engine/Lifecycle.h"
#include "journal/Journal.h"

#include <QHash>

#include <algorithm>

namespace om::engine {

using journal::JournalState;

Step resumeStep(const journal::MigrationRecord &record)
{
    return lifecycle::resumeOf(record.state, record.failedFrom, record.plan.path);
}

Step resumeStep(const journal::MigrationRecord &record, const QList<journal::UserMove> &moves)
{
    const Step step = resumeStep(record);
    const bool toMove = std::any_of(moves.cbegin(), moves.cend(), [](const journal::UserMove &m) {
        return m.state == journal::UserMoveState::Pending || m.state == journal::UserMoveState::Failed;
    });
    if (!toMove || record.plan.path == journal::MigrationPath::SuspendOnly)
        return step;
    // Verified may go back to reassigning; suspending may not (a PATCH may be in flight).
    const bool verifiedOrBefore =
        record.state == JournalState::Verified ||
        (record.state == JournalState::Failed && record.failedFrom == JournalState::Verified);
    if (step == Step::Verify || (step == Step::Suspend && verifiedOrBefore))
        return Step::Reassign;
    return step;
}

Result<Step> nextStep(journal::Journal &journal, SubscriptionPlan &plan)
{
    if (!plan.migrationId)
        return Step::Purchase;
    const auto rec = journal.migration(plan.migrationId);
    if (!rec)
        return rec.error();
    plan.journalState = rec->state;
    if (rec->state != JournalState::Suspended && rec->state != JournalState::Cancelled) {
        if (const Status synced = syncUserMoves(journal, plan); !synced)
            return synced.error();
    }
    const auto moves = journal.userMoves(plan.migrationId);
    if (!moves)
        return moves.error();
    return resumeStep(rec.value(), moves.value());
}

Status recordNewMigration(journal::Journal &journal, SubscriptionPlan &plan, const QString &operatorName)
{
    const auto created = journal.createMigration(plan.toJournalPlan(operatorName));
    if (!created)
        return created.error();
    plan.migrationId = created->id;
    plan.journalState = created->state;
    return syncUserMoves(journal, plan);
}

Status syncUserMoves(journal::Journal &journal, const SubscriptionPlan &plan)
{
    using journal::UserMoveState;
    if (plan.suspendOnly)
        return {};
    const auto existing = journal.userMoves(plan.migrationId);
    if (!existing)
        return existing.error();
    QHash<QString, journal::UserMove> known;
    for (const journal::UserMove &m : existing.value())
        known.insert(m.userId.toLower(), m);
    for (const PlannedUser &u : plan.users) {
        const auto found = known.constFind(u.id.toLower());
        journal::UserMove move;
        if (found != known.cend()) {
            move = found.value();
            const bool skip =
                u.excluded && (move.state == UserMoveState::Pending || move.state == UserMoveState::Failed);
            const bool include =
                !u.excluded && move.state == UserMoveState::Skipped && (u.holdsOld || u.holdsNew);
            if (!skip && !include)
                continue;
            move.state = skip ? UserMoveState::Skipped : UserMoveState::Pending;
            move.lastError.clear();
        } else {
            if (!u.holdsOld)
                continue;
            move.userId = u.id;
            move.upn = u.upn;
            move.displayName = u.displayName;
            move.state = u.excluded ? UserMoveState::Skipped : UserMoveState::Pending;
        }
        const Status saved = journal.upsertUserMove(plan.migrationId, move);
        if (!saved)
            return saved;
    }
    return {};
}

} // namespace om::engine
