#include "sandbox/FaultInjector.h"

namespace om::sandbox {

FaultInjector::FaultInjector(FaultSpec spec, quint32 seed)
    : m_spec(spec)
    , m_random(seed)
{}

FaultInjector FaultInjector::lostAnswers(double fraction, quint32 seed)
{
    FaultSpec spec;
    spec.serverError = fraction / 2;
    spec.drop = fraction / 2;
    return FaultInjector(spec, seed ^ 0x105A115Eu); // not the FaultSpec generator's sequence
}

FaultInjector::Fault FaultInjector::next()
{
    if (!m_spec.any())
        return Fault::None; // no draw at all: turning faults off does not shift anything else
    const double r = m_random.generateDouble();
    double edge = m_spec.serverError;
    if (r < edge)
        return Fault::ServerError;
    if (r < (edge += m_spec.drop))
        return Fault::Drop;
    if (r < (edge += m_spec.truncate))
        return Fault::Truncate;
    if (r < (edge += m_spec.malformed))
        return Fault::Malformed;
    if (r < edge + m_spec.slow) // the last band: nothing reads the edge after it
        return Fault::Slow;
    return Fault::None;
}

int FaultInjector::nextServerErrorStatus()
{
    static const int kStatuses[] = {500, 502, 503, 504};
    return kStatuses[m_random.bounded(4)];
}

const char *FaultInjector::name(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return "none";
    case Fault::ServerError:
        return "5xx";
    case Fault::Drop:
        return "drop";
    case Fault::Truncate:
        return "truncate";
    case Fault::Malformed:
        return "malformed";
    case Fault::Slow:
        return "slow";
    }
    return "none";
}

} // namespace om::sandbox
