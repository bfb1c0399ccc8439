#pragma once

#include "common/Result.h"
#include "engine/EngineTypes.h"
#include "journal/JournalTypes.h"

namespace om::journal {
class Journal;
}

namespace om::engine {

// Where a migration continues after a crash, a kill or a failed step: decided from the journal's state
// through the one lifecycle table (engine/Lifecycle.h: lifecycle::resumeOf), and, inside the steps, from
// Partner Center's: pending writes are replayed with their MS-RequestId, a purchase without a usable answer
// is looked up, users already moved are recognised by their licences.
Step resumeStep(const journal::MigrationRecord &record);
// The same, knowing the users: a user still to move (pending or failed; e.g. found since, or included again
// after an exclusion) sends a migration that is past the reassignment but not suspending back to Reassign.
Step resumeStep(const journal::MigrationRecord &record, const QList<journal::UserMove> &moves);

// What comes next for a planned subscription: Purchase (the first step; for a suspend-only plan it only
// records the migration) when the journal has no migration of it yet; else, after syncUserMoves (the plan's
// users are known before the step is chosen), resumeStep(record, moves). Sets plan.journalState.
Result<Step> nextStep(journal::Journal &journal, SubscriptionPlan &plan);

// Creates the journal migration for a plan (its users as pending moves) and sets plan.migrationId.
Status recordNewMigration(journal::Journal &journal, SubscriptionPlan &plan, const QString &operatorName);

// Adds users found holding the old SKU that the journal does not track yet (pending; skipped when the
// plan excludes them), marks excluded users not yet moved as skipped, and skipped users no longer excluded
// as pending again. Moved users stay moved. A suspend-only migration tracks no users.
Status syncUserMoves(journal::Journal &journal, const SubscriptionPlan &plan);

} // namespace om::engine
