// Prints the suite's summary line when the test process ends and fails the run when any invariant
// was violated ("reliability: runs=R addon_runs=A ... kills=K violations=V", ReliabilitySupport.h). ctest
// runs each test in its own process, so each prints the totals of its own runs.

#include "tests/reliability/ReliabilitySupport.h"

#include <cstdio>
#include <gtest/gtest.h>

namespace {

class ReliabilityEnvironment final : public ::testing::Environment
{
public:
    void TearDown() override
    {
        const om::test::ReliabilityTotals &t = om::test::reliabilityTotals();
        std::printf("%s\n", qPrintable(om::test::summaryLine(t)));
        std::fflush(stdout);
        EXPECT_EQ(t.violations, 0) << "reliability invariants were violated (see the failures above)";
    }
};

// gtest owns the environment once registered.
[[maybe_unused]] ::testing::Environment *const g_environment =
    ::testing::AddGlobalTestEnvironment(new ReliabilityEnvironment);

} // namespace
