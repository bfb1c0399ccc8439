#include "partnercenter/RequestScheduler.h"

#include <gtest/gtest.h>

using namespace om;
using namespace om::pc;

TEST(RequestScheduler, BoundsConcurrency)
{
    ManualClock clock;
    QObject owner;
    RequestScheduler s(clock, 2, 6000, 10);
    int started = 0;
    for (int i = 0; i < 5; ++i)
        s.acquire(&owner, [&started] { ++started; });
    EXPECT_EQ(started, 2);
    EXPECT_EQ(s.queued(), 3);
    s.release();
    EXPECT_EQ(started, 3);
    s.release();
    s.release();
    EXPECT_EQ(started, 5);
}

TEST(RequestScheduler, PacesToTheBudget)
{
    ManualClock clock;
    QObject owner;
    RequestScheduler s(clock, 100, 60, 1); // one per second, no burst beyond one
    int started = 0;
    for (int i = 0; i < 4; ++i)
        s.acquire(&owner, [&started, &s] {
            ++started;
            s.release();
        });
    EXPECT_EQ(started, 1);
    clock.advanceMSecs(500);
    s.pump();
    EXPECT_EQ(started, 1);
    clock.advanceMSecs(500);
    s.pump();
    EXPECT_EQ(started, 2);
    clock.advanceSecs(10); // idle time does not bank more than the burst
    s.pump();
    EXPECT_EQ(started, 3);
    s.pump();
    EXPECT_EQ(started, 3);
}

TEST(RequestScheduler, PauseAfterThrottleAndCancel)
{
    ManualClock clock;
    QObject owner;
    QObject other;
    RequestScheduler s(clock, 10, 6000, 5);
    s.pauseFor(2000);
    int started = 0;
    s.acquire(&owner, [&started] { ++started; });
    s.acquire(&other, [&started] { started += 100; });
    EXPECT_EQ(started, 0);
    s.cancel(&other);
    clock.advanceMSecs(1999);
    s.pump();
    EXPECT_EQ(started, 0);
    clock.advanceMSecs(100); // past the pause, and 100 ms refills 10 tokens at 100/s
    s.pump();
    EXPECT_EQ(started, 1);
}

TEST(RequestScheduler, DropsWorkOfDestroyedOwners)
{
    ManualClock clock;
    RequestScheduler s(clock, 1, 6000, 5);
    QObject first;
    s.acquire(&first, [] {});
    int started = 0;
    {
        QObject gone;
        s.acquire(&gone, [&started] { ++started; });
    }
    s.release();
    EXPECT_EQ(started, 0);
    EXPECT_EQ(s.queued(), 0);
}

// Pacing runs on monotonic time: the wall clock stepping back an hour (NTP, a user fixing the time) must
// not stall admission for that hour, and stepping forward must not bank a burst.
TEST(RequestScheduler, AWallClockStepNeitherStallsNorBanksRequests)
{
    ManualClock clock;
    QObject owner;
    RequestScheduler s(clock, 100, 60, 1); // one per second
    int started = 0;
    for (int i = 0; i < 4; ++i)
        s.acquire(&owner, [&started, &s] {
            ++started;
            s.release();
        });
    EXPECT_EQ(started, 1);
    clock.set(clock.now().addSecs(-3600)); // the wall clock steps back
    clock.advanceMSecs(1000);
    s.pump();
    EXPECT_EQ(started, 2) << "a second of real time admits the next request";
    clock.set(clock.now().addDays(1)); // and forward: no day's worth of tokens
    s.pump();
    EXPECT_EQ(started, 2);
    clock.advanceMSecs(1000);
    s.pump();
    EXPECT_EQ(started, 3);
    // A pause the server asked for lasts its length in monotonic time too.
    s.pauseFor(5000);
    clock.set(clock.now().addSecs(-7200));
    clock.advanceMSecs(4999);
    s.pump();
    EXPECT_EQ(started, 3);
    clock.advanceMSecs(1001);
    s.pump();
    EXPECT_EQ(started, 4);
}
