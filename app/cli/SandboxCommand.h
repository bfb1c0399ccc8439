#pragma once

#include "common/Result.h"
#include "sandbox/SandboxOptions.h"

#include <QStringList>

class QCommandLineParser;

namespace om::cli {

// `offer-migrator sandbox --port N [--latency-ms N] [--rate-per-minute N] [--faults SPEC] [--seed N]
//  [--customers N] [--token-lifetime S] [--provisioning-delay-ms N] [--fixed-token T]`
// Runs the Partner Center sandbox on 127.0.0.1 until SIGINT/SIGTERM. Prints the base URL on the first
// stdout line, then one "ready ..." line with the partner tenant and an access token.
// `arguments` starts with "sandbox". Exit codes: 0 clean stop, 1 cannot listen, 2 bad options.
int runSandboxCommand(const QStringList &arguments);

// The sandbox options shared by the command (and usable by anything else that parses them).
void addSandboxOptions(QCommandLineParser &parser);
Result<om::sandbox::SandboxOptions> sandboxOptionsFrom(const QCommandLineParser &parser);

} // namespace om::cli
