#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace om::pc {

// Admits HTTP attempts: at most `maxInFlight` at once, paced by a token bucket refilled at
// `requestsPerMinute` (burst = `burst` tokens). Every attempt of every job of a client goes through
// one scheduler. A 429 pauses admission for the Retry-After period so other jobs don't keep hitting
// the limit. Times are the clock's monotonic milliseconds (a wall-clock step back never stalls it).
// Lives on one thread; owned by whoever owns the client. The clock is not owned.
class RequestScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestScheduler)

public:
    RequestScheduler(const Clock &clock, int maxInFlight, int requestsPerMinute, int burst = 1,
                     QObject *parent = nullptr);

    // Runs `start` when a slot and a token are free (maybe synchronously). Dropped if `owner` dies
    // or cancel(owner) is called first. The started attempt must call release() exactly once.
    void acquire(QObject *owner, std::function<void()> start);
    void release();
    void cancel(QObject *owner);
    // Admit nothing new before now + ms (server asked us to back off).
    void pauseFor(int ms);

    int inFlight() const { return m_inFlight; }
    int queued() const { return static_cast<int>(m_queue.size()); }
    // Re-evaluates the queue now; called by the internal timer, public for tests with a ManualClock.
    void pump();

private:
    void refill();
    void armTimer(qint64 ms);

    struct Waiting
    {
        QPointer<QObject> owner;
        std::function<void()> start;
    };
    const Clock &m_clock;
    int m_maxInFlight;
    double m_tokensPerMs;
    double m_burst;
    double m_tokens;
    qint64 m_lastRefill; // Clock::monotonicMs(): a wall-clock step back never stalls admission
    qint64 m_pausedUntil = -1;
    int m_inFlight = 0;
    std::deque<Waiting> m_queue;
    QTimer m_timer;
    bool m_pumping = false;
};

} // namespace om::pc
