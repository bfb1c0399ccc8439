#pragma once

#include "domain/MigrationProgress.h"
#include "domain/MigrationState.h"

#include <QString>

namespace om::domain {

// What a view says about a migration: what is next for the operator, not only where the journal stopped.
// Declared in the order a "needs action" list shows them: the ones waiting on the operator first.
enum class NextStep
{
    NeedsAttention, // a step stopped on an error (journal "failed"); usersLeft() still hold the old licence
    NotStarted,     // nothing done yet
    Buying,         // the replacement order is sent, not confirmed yet
    MovingUsers,    // the replacement exists; users' licences are being moved
    ReadyToSuspend, // every user moved: the old subscription can be suspended
    Done,           // the old subscription is suspended: nothing left to do
};

// One subscription's (or, combined, one customer's) status with the journal's real per-user counts.
struct MigrationStatus
{
    NextStep step = NextStep::NotStarted;
    int usersTotal = 0; // users whose licence moves (skipped ones excluded), as the journal counts them
    int usersMoved = 0;

    int usersLeft() const { return usersTotal > usersMoved ? usersTotal - usersMoved : 0; }
    bool needsAction() const { return step != NextStep::Done; }
    bool operator==(const MigrationStatus &o) const
    {
        return step == o.step && usersTotal == o.usersTotal && usersMoved == o.usersMoved;
    }
    bool operator!=(const MigrationStatus &o) const { return !(*this == o); }
};

NextStep nextStepOf(MigrationState state);
// `state` is the effective state (effectiveState()); `progress` the journal's, may be null.
MigrationStatus migrationStatus(MigrationState state, const MigrationProgress *progress);
// A customer's status from its subscriptions': the most pressing step wins (NeedsAttention first, then
// the least advanced); the user counts add up over the subscriptions at that step. Start from
// `MigrationStatus{NextStep::Done}` and fold each subscription in; a customer without any stays Done.
void combineStatus(MigrationStatus &customer, const MigrationStatus &subscription);

// Translated, for views: "Needs attention: 1 user", "Bought, moving users: 3 of 21 moved", "Ready to
// suspend", "Done"...
QString migrationStatusText(const MigrationStatus &status);
// The step's name alone ("Needs attention", "Bought, moving users"), for filters.
QString nextStepName(NextStep step);
// The journal states a step stands for (a filter for CustomerFilter::states).
MigrationStateSet statesOf(NextStep step);

} // namespace om::domain
