#pragma once

#include "sandbox/SandboxOptions.h"

#include <QRandomGenerator>

namespace om::sandbox {

// Decides, request after request, which fault (if any) to inject. One draw per call, from a generator
// seeded once, so the same seed and the same request order always give the same faults.
class FaultInjector
{
public:
    enum class Fault
    {
        None,
        ServerError,
        Drop,
        Truncate,
        Malformed,
        Slow
    };

    FaultInjector(FaultSpec spec, quint32 seed);
    // "Processed, then lost" (SandboxServer::setLostAnswers): drawn once per /v1 write AFTER its route ran;
    // a `fraction` of them get ServerError (a 5xx replaces the real answer) or Drop, half and half. A
    // generator of its own, so the FaultSpec draws of the same seed stay exactly as they were.
    static FaultInjector lostAnswers(double fraction, quint32 seed);

    Fault next();
    // For Fault::ServerError: which 5xx to send (a second draw, only taken for that fault).
    int nextServerErrorStatus();
    const FaultSpec &spec() const { return m_spec; }
    static const char *name(Fault fault);

private:
    FaultSpec m_spec;
    QRandomGenerator m_random;
};

} // namespace om::sandbox
