// The one lifecycle table (engine/Lifecycle.h) against the journal's state machine: every allowed
// transition, on every path, keeps the engine's next step consistent with the table.

#include "engine/Lifecycle.h"

#include "engine/ResumeLogic.h"

#include <gtest/gtest.h>

using namespace om;
using om::engine::Step;
using om::journal::JournalState;
using om::journal::MigrationPath;
namespace lifecycle = om::engine::lifecycle;

namespace {

const std::array<MigrationPath, 3> kPaths{MigrationPath::Purchase, MigrationPath::Upgrade,
                                          MigrationPath::SuspendOnly};

std::string name(JournalState s)
{
    return journal::journalStateToken(s).toStdString();
}

bool inFlow(Step s)
{
    return lifecycle::flowIndex(s) < lifecycle::kFlow.size();
}

// The edges the journal allows that go back in the flow, on purpose.
bool isBackwardEdge(JournalState from, JournalState to)
{
    return to == JournalState::Reassigning &&
           (from == JournalState::Verifying || from == JournalState::Verified);
}

TEST(LifecycleTest, EveryAllowedTransitionMovesTheNextStepForwardOrIsADocumentedStepBack)
{
    int walked = 0;
    for (const MigrationPath path : kPaths) {
        for (const JournalState from : lifecycle::kAllStates) {
            if (from == JournalState::Failed)
                continue; // walked below, through every failedFrom
            for (const JournalState to : lifecycle::kAllStates) {
                if (from == to || !journal::isTransitionAllowed(from, to, path, JournalState::NotStarted))
                    continue;
                ++walked;
                const Step before = lifecycle::resumeOf(from, JournalState::NotStarted, path);
                // Failing keeps the step: a retry goes back to where it failed.
                const Step after = lifecycle::resumeOf(to, from, path);
                SCOPED_TRACE(name(from) + " -> " + name(to) + " on " +
                             journal::migrationPathToken(path).toStdString());
                EXPECT_TRUE(inFlow(after));
                if (to == JournalState::Failed) {
                    EXPECT_EQ(after, before);
                } else if (to == JournalState::Cancelled) {
                    EXPECT_EQ(after, Step::Done);
                } else if (isBackwardEdge(from, to)) {
                    EXPECT_TRUE(lifecycle::comesAfter(before, after));
                } else {
                    EXPECT_FALSE(lifecycle::comesAfter(before, after));
                }
                // The operator's step never goes back either, except on the same documented edges.
                const Step shownBefore = lifecycle::operatorStepOf(from, JournalState::NotStarted, path);
                const Step shownAfter = lifecycle::operatorStepOf(to, from, path);
                if (to != JournalState::Cancelled && !isBackwardEdge(from, to)) {
                    EXPECT_FALSE(lifecycle::comesAfter(shownBefore, shownAfter));
                }
            }
        }
    }
    // Purchase 19, upgrade 20 (purchased -> reassigned), suspend-only 18 (not_started -> verifying instead of
    // purchasing; no verified -> reassigning): a changed state machine shows here.
    EXPECT_EQ(walked, 57);
}

TEST(LifecycleTest, AFailedMigrationResumesWhereItFailedAndOnlyThere)
{
    for (const MigrationPath path : kPaths) {
        for (const JournalState where : lifecycle::kAllStates) {
            if (!journal::isTransitionAllowed(where, JournalState::Failed, path, JournalState::NotStarted) ||
                where == JournalState::Failed)
                continue;
            SCOPED_TRACE(name(where));
            EXPECT_EQ(lifecycle::resumeOf(JournalState::Failed, where, path),
                      lifecycle::resumeOf(where, JournalState::NotStarted, path));
            EXPECT_TRUE(journal::isTransitionAllowed(JournalState::Failed, where, path, where));
            for (const JournalState other : lifecycle::kAllStates) {
                if (other != where && other != JournalState::Cancelled && other != JournalState::Failed) {
                    EXPECT_FALSE(journal::isTransitionAllowed(JournalState::Failed, other, path, where))
                        << name(other);
                }
            }
        }
    }
}

TEST(LifecycleTest, ResumeLogicReadsTheTable)
{
    for (const MigrationPath path : kPaths) {
        for (const JournalState s : lifecycle::kAllStates) {
            journal::MigrationRecord rec;
            rec.state = s;
            rec.failedFrom = JournalState::Reassigning;
            rec.plan.path = path;
            EXPECT_EQ(engine::resumeStep(rec), lifecycle::resumeOf(s, JournalState::Reassigning, path))
                << name(s);
        }
    }
}

TEST(LifecycleTest, TheWellKnownRowsSayWhatTheDocsSay)
{
    const auto purchase = MigrationPath::Purchase;
    const auto none = JournalState::NotStarted;
    // Bought but maybe still provisioning: the engine finishes the wait, the operator moves users next.
    EXPECT_EQ(lifecycle::resumeOf(JournalState::Purchased, none, purchase), Step::Purchase);
    EXPECT_EQ(lifecycle::operatorStepOf(JournalState::Purchased, none, purchase), Step::Reassign);
    EXPECT_EQ(lifecycle::resumeOf(JournalState::Purchasing, none, purchase), Step::Purchase);
    EXPECT_EQ(lifecycle::resumeOf(JournalState::Reassigned, none, purchase), Step::Verify);
    EXPECT_EQ(lifecycle::resumeOf(JournalState::Verified, none, purchase), Step::Suspend);
    EXPECT_EQ(lifecycle::resumeOf(JournalState::Suspending, none, purchase), Step::Suspend);
    EXPECT_EQ(lifecycle::resumeOf(JournalState::Suspended, none, purchase), Step::Done);
    EXPECT_EQ(lifecycle::operatorStepOf(JournalState::Cancelled, none, purchase), Step::Plan);
    EXPECT_EQ(lifecycle::resumeOf(JournalState::NotStarted, none, MigrationPath::SuspendOnly), Step::Verify);
    EXPECT_EQ(lifecycle::resumeOf(JournalState::NotStarted, none, MigrationPath::Upgrade), Step::Purchase);
    EXPECT_TRUE(lifecycle::comesAfter(Step::Done, Step::Plan));
    EXPECT_FALSE(lifecycle::comesAfter(Step::Purchase, Step::Purchase));
    EXPECT_FALSE(lifecycle::comesAfter(Step::Idle, Step::Done));
}

} // namespace
