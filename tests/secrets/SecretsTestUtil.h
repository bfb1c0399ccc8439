#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>

#include <functional>
#include <optional>
#include <ostream>

namespace om::secrets {

// Readable gtest output for store outcomes.
inline void PrintTo(SecretResult::Status status, std::ostream *os)
{
    static const char *const names[] = {"Ok", "NotFound", "NoKeychain", "Failed"};
    *os << names[int(status)];
}

} // namespace om::secrets

namespace om::secrets::test {

// Spins the event loop until `done()` is true or a generous guard expires (a hang guard, not a timing
// assertion). Returns whether the condition became true.
inline bool spinUntil(const std::function<bool()> &done, int guardMs = 20000)
{
    QDeadlineTimer guard(guardMs);
    while (!done() && !guard.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return done();
}

// Runs one store operation and waits for its result.
inline SecretResult await(const std::function<void(SecretStore::Done)> &start)
{
    std::optional<SecretResult> result;
    start([&result](SecretResult r) { result = std::move(r); });
    if (!spinUntil([&] { return result.has_value(); }))
        return SecretResult::failure(SecretResult::Status::Failed, QStringLiteral("test: no answer in time"));
    return *result;
}

} // namespace om::secrets::test
