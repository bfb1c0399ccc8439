#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace om::test {

// Processes events until `done` or the time is up (no fixed sleeps). False when the time ran out.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs, int stepMs = 10)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(stepMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace om::test
