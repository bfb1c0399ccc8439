#pragma once

#include <QStringList>

namespace om::cli {

// True when argv names a headless command (sandbox, scan, migrate, report) or --help/--version.
bool isCliInvocation(const QStringList &arguments);

// Runs a headless command inside an existing QCoreApplication; returns the process exit code.
// Progress and errors go to stderr, data (CSV) to stdout or a file.
int runCli(const QStringList &arguments);

} // namespace om::cli
