#pragma once

#include <QDateTime>

#include <algorithm>
#include <chrono>

namespace om {

// Time source passed in everywhere it matters (days left, token expiry, sandbox provisioning delay),
// after KeePassXC's Clock/MockClock. Never a singleton.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
    // Milliseconds since an arbitrary start that never go back, whatever the wall clock does (NTP steps, the
    // user changing the time): for pacing and waits, never for dates.
    virtual qint64 monotonicMs() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
};

// A clock that only moves when told to: for tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }
    // Sets the wall clock only (a clock step): monotonic time does not move.
    void set(QDateTime t) { m_now = std::move(t); }
    void advanceSecs(qint64 s) { advanceMSecs(s * 1000); }
    void advanceMSecs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonicMs += std::max<qint64>(0, ms);
    }

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 0;
};

} // namespace om
