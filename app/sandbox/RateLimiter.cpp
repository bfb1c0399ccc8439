#include "sandbox/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace om::sandbox {

RateLimiter::RateLimiter(const Clock &clock, int perMinute)
    : m_clock(clock)
    , m_perMinute(perMinute)
{}

int RateLimiter::tryAcquire(const QString &key)
{
    if (m_perMinute <= 0)
        return 0;
    const QDateTime now = m_clock.now();
    const double perMs = m_perMinute / 60000.0;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_perMinute), now});
    const qint64 elapsedMs = std::max<qint64>(0, it->updated.msecsTo(now));
    it->tokens = std::min<double>(m_perMinute, it->tokens + elapsedMs * perMs);
    it->updated = now;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return 0;
    }
    const double waitMs = (1.0 - it->tokens) / perMs;
    return std::max(1, int(std::ceil(waitMs / 1000.0)));
}

} // namespace om::sandbox
