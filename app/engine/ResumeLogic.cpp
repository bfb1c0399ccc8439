#include "engine/ResumeLogic.h"

#include "journal/Journal.h"

#include <QSet>

namespace om::engine {

using journal::JournalState;

namespace {
Step stepFor(JournalState state)
{
    switch (state) {
    case JournalState::NotStarted:
    case JournalState::Purchasing:
    case JournalState::Purchased:
        return Step::Purchase;
    case JournalState::Reassigning:
        return Step::Reassign;
    case JournalState::Reassigned:
    case JournalState::Verifying:
        return Step::Verify;
    case JournalState::Verified:
    case JournalState::Suspending:
        return Step::Suspend;
    case JournalState::Suspended:
    case JournalState::Cancelled:
        return Step::Done;
    case JournalState::Failed:
        return Step::Purchase; // not reached: mapped through failedFrom
    }
    return Step::Done;
}
} // namespace

Step resumeStep(const journal::MigrationRecord &record)
{
    if (record.state == JournalState::Failed)
        return stepFor(record.failedFrom == JournalState::Failed ? JournalState::NotStarted
                                                                 : record.failedFrom);
    return stepFor(record.state);
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
    const auto existing = journal.userMoves(plan.migrationId);
    if (!existing)
        return existing.error();
    QSet<QString> known;
    for (const journal::UserMove &m : existing.value())
        known.insert(m.userId.toLower());
    for (const PlannedUser &u : plan.users) {
        if (known.contains(u.id.toLower()) || !u.holdsOld)
            continue;
        journal::UserMove move;
        move.userId = u.id;
        move.upn = u.upn;
        move.displayName = u.displayName;
        move.state = journal::UserMoveState::Pending;
        const Status saved = journal.upsertUserMove(plan.migrationId, move);
        if (!saved)
            return saved;
    }
    return {};
}

} // namespace om::engine
