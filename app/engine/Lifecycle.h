#pragma once

// One migration lifecycle, in one place: for every journal state, which engine step continues it and which
// step the operator acts on next. ResumeLogic (runAll, the CLI, resume after a crash) and the wizard
// controller (its pages) both read this table; nothing else maps a journal state to a step, and nothing
// compares steps by their enum values: comesAfter() walks kFlow.

#include "engine/EngineTypes.h"
#include "journal/JournalTypes.h"

#include <array>
#include <cstddef>

namespace om::engine::lifecycle {

using journal::JournalState;
using journal::MigrationPath;

// The steps in the order one migration goes through them. Step::Idle is no step ("run everything").
inline constexpr std::array<Step, 6> kFlow{Step::Plan,   Step::Purchase, Step::Reassign,
                                           Step::Verify, Step::Suspend,  Step::Done};

// Where `step` is in kFlow; kFlow.size() for a step outside it (Idle).
constexpr std::size_t flowIndex(Step step)
{
    for (std::size_t i = 0; i < kFlow.size(); ++i) {
        if (kFlow[i] == step)
            return i;
    }
    return kFlow.size();
}

// True when `later` comes after `earlier` in the flow. Idle comes after nothing and nothing after it.
constexpr bool comesAfter(Step later, Step earlier)
{
    const std::size_t l = flowIndex(later);
    const std::size_t e = flowIndex(earlier);
    return l < kFlow.size() && e < kFlow.size() && l > e;
}

struct Row
{
    JournalState state;
    // The engine step that continues a migration in this state (run-all mode, and after a crash).
    Step resume;
    // The step the operator acts on next (the wizard's page). It differs from `resume` only where the
    // engine still finishes the previous step in the background: a purchased subscription may still be
    // provisioning (the purchase step waits for it, never ordering again) while the operator is already
    // shown the users to move.
    Step operatorStep;
    // The replacement may have been ordered already: nothing may offer to buy again.
    bool bought;
};

// Failed is resolved through failedFrom (the state it failed in); Cancelled frees the subscription for a
// new plan. Purchase path and upgrade path; the suspend-only path is the override below.
inline constexpr std::array<Row, 11> kTable{{
    {JournalState::NotStarted, Step::Purchase, Step::Purchase, false},
    {JournalState::Purchasing, Step::Purchase, Step::Purchase, true}, // replay or look up, never order twice
    {JournalState::Purchased, Step::Purchase, Step::Reassign, true},  // wait for active + seats
    {JournalState::Reassigning, Step::Reassign, Step::Reassign, true},
    {JournalState::Reassigned, Step::Verify, Step::Verify, true},
    {JournalState::Verifying, Step::Verify, Step::Verify, true},
    {JournalState::Verified, Step::Suspend, Step::Suspend, true},
    {JournalState::Suspending, Step::Suspend, Step::Suspend, true}, // GET first: suspended already is done
    {JournalState::Suspended, Step::Done, Step::Done, true},
    {JournalState::Failed, Step::Done, Step::Done, false}, // never used: see failedFrom
    {JournalState::Cancelled, Step::Done, Step::Plan, false},
}};

// A suspend-only migration buys and moves nothing: it starts at Verify.
inline constexpr Row kSuspendOnlyStart{JournalState::NotStarted, Step::Verify, Step::Verify, false};

constexpr const Row *find(JournalState state)
{
    for (const Row &r : kTable) {
        if (r.state == state)
            return &r;
    }
    return nullptr;
}

// The row for a migration: Failed reads the state it failed in (a Failed failedFrom: not started).
constexpr Row rowOf(JournalState state, JournalState failedFrom, MigrationPath path)
{
    JournalState s = state;
    if (s == JournalState::Failed)
        s = failedFrom == JournalState::Failed ? JournalState::NotStarted : failedFrom;
    if (path == MigrationPath::SuspendOnly && s == JournalState::NotStarted)
        return kSuspendOnlyStart;
    const Row *r = find(s);
    return r ? *r : Row{s, Step::Done, Step::Done, true};
}

constexpr Step resumeOf(JournalState state, JournalState failedFrom, MigrationPath path)
{
    return rowOf(state, failedFrom, path).resume;
}

constexpr Step operatorStepOf(JournalState state, JournalState failedFrom, MigrationPath path)
{
    return rowOf(state, failedFrom, path).operatorStep;
}

// ---- The table's promises, checked by the compiler ----------------------------------------------------

inline constexpr std::array<JournalState, 11> kAllStates{
    JournalState::NotStarted, JournalState::Purchasing, JournalState::Purchased, JournalState::Reassigning,
    JournalState::Reassigned, JournalState::Verifying,  JournalState::Verified,  JournalState::Suspending,
    JournalState::Suspended,  JournalState::Failed,     JournalState::Cancelled};

constexpr bool everyStateOnce()
{
    for (const JournalState s : kAllStates) {
        int rows = 0;
        for (const Row &r : kTable)
            rows += r.state == s ? 1 : 0;
        if (rows != 1)
            return false;
    }
    return kTable.size() == kAllStates.size();
}

// The engine never continues ahead of what the operator is shown (Done: nothing left for the engine).
constexpr bool engineNeverAhead()
{
    for (const Row &r : kTable) {
        if (r.resume != Step::Done && comesAfter(r.resume, r.operatorStep))
            return false;
    }
    return true;
}

// Only a migration that has not bought anything may be (re)started at the purchase as if new; once bought,
// no row sends the operator back to the purchase.
constexpr bool boughtNeverBuysAgain()
{
    for (const Row &r : kTable) {
        if (r.bought && r.state != JournalState::Purchasing && r.operatorStep == Step::Purchase)
            return false;
    }
    return true;
}

static_assert(everyStateOnce(), "every journal state has exactly one row");
static_assert(engineNeverAhead(), "the engine never resumes past the operator's step");
static_assert(boughtNeverBuysAgain(), "a bought migration never shows the purchase again");
static_assert(comesAfter(Step::Suspend, Step::Verify) && !comesAfter(Step::Verify, Step::Suspend));
static_assert(!comesAfter(Step::Idle, Step::Plan) && !comesAfter(Step::Plan, Step::Idle));
static_assert(resumeOf(JournalState::Failed, JournalState::Reassigning, MigrationPath::Purchase) ==
              Step::Reassign);
static_assert(resumeOf(JournalState::NotStarted, JournalState::NotStarted, MigrationPath::SuspendOnly) ==
              Step::Verify);
static_assert(operatorStepOf(JournalState::Purchased, JournalState::NotStarted, MigrationPath::Purchase) ==
              Step::Reassign);
static_assert(resumeOf(JournalState::Suspended, JournalState::NotStarted, MigrationPath::Purchase) ==
              Step::Done);

} // namespace om::engine::lifecycle
