#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace om::sandbox {

// A token bucket per key (the partner tenant): `perMinute` requests in a burst, refilled evenly over
// a minute, timed by the injected clock so tests can advance time instead of sleeping.
class RateLimiter
{
public:
    RateLimiter(const Clock &clock, int perMinute);

    // Takes one token; returns 0 when allowed, otherwise the whole seconds until one is available (>= 1).
    int tryAcquire(const QString &key);
    bool enabled() const { return m_perMinute > 0; }

private:
    struct Bucket
    {
        double tokens = 0;
        QDateTime updated;
    };
    const Clock &m_clock; // not owned; outlives the limiter
    int m_perMinute;
    QHash<QString, Bucket> m_buckets;
};

} // namespace om::sandbox
