#pragma once

#include <QDateTime>

namespace om {

// Time source passed in everywhere it matters (days left, token expiry, sandbox provisioning delay),
// after KeePassXC's Clock/MockClock. Never a singleton.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to: for tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime t) { m_now = std::move(t); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceMSecs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace om
