#include "partnercenter/RequestScheduler.h"

#include <algorithm>
#include <cmath>

namespace om::pc {

RequestScheduler::RequestScheduler(const Clock &clock, int maxInFlight, int requestsPerMinute, int burst,
                                   QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_maxInFlight(std::max(1, maxInFlight))
    , m_tokensPerMs(std::max(1, requestsPerMinute) / 60000.0)
    , m_burst(std::max(1, burst))
    , m_tokens(std::max(1, burst))
    , m_lastRefill(clock.monotonicMs())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestScheduler::pump);
}

void RequestScheduler::acquire(QObject *owner, std::function<void()> start)
{
    m_queue.push_back({QPointer<QObject>(owner), std::move(start)});
    pump();
}

void RequestScheduler::release()
{
    m_inFlight = std::max(0, m_inFlight - 1);
    pump();
}

void RequestScheduler::cancel(QObject *owner)
{
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                 [owner](const Waiting &w) { return w.owner.isNull() || w.owner == owner; }),
                  m_queue.end());
}

void RequestScheduler::pauseFor(int ms)
{
    const qint64 until = m_clock.monotonicMs() + std::max(0, ms);
    if (until > m_pausedUntil)
        m_pausedUntil = until;
    // Don't let tokens pile up while paused: resume with an empty bucket (smooth restart).
    m_tokens = 0;
    m_lastRefill = until;
}

void RequestScheduler::refill()
{
    const qint64 now = m_clock.monotonicMs();
    const qint64 elapsed = now - m_lastRefill;
    if (elapsed > 0) {
        m_tokens = std::min(m_burst, m_tokens + static_cast<double>(elapsed) * m_tokensPerMs);
        m_lastRefill = now;
    }
}

void RequestScheduler::armTimer(qint64 ms)
{
    const int wait = static_cast<int>(std::clamp<qint64>(ms, 1, qint64{60} * 60 * 1000));
    if (!m_timer.isActive() || m_timer.remainingTime() > wait)
        m_timer.start(wait);
}

void RequestScheduler::pump()
{
    if (m_pumping) // a start() that finishes synchronously re-enters through release()
        return;
    m_pumping = true;
    while (!m_queue.empty() && m_inFlight < m_maxInFlight) {
        if (m_queue.front().owner.isNull()) {
            m_queue.pop_front();
            continue;
        }
        const qint64 now = m_clock.monotonicMs();
        if (now < m_pausedUntil) {
            armTimer(m_pausedUntil - now);
            break;
        }
        refill();
        if (m_tokens < 1.0) {
            armTimer(static_cast<qint64>(std::ceil((1.0 - m_tokens) / m_tokensPerMs)));
            break;
        }
        m_tokens -= 1.0;
        Waiting next = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        next.start();
    }
    m_pumping = false;
}

} // namespace om::pc
