#pragma once

#include <QStringList>

namespace om::cli {

// offer-migrator scan (--sandbox | --api-base URL) [--csv FILE|-] [--expiring-within DAYS] [--bom]
// Scans every customer, saves the scan cache, and writes the CSV report (migration columns from the journal).
int runScanCommand(const QStringList &arguments);

} // namespace om::cli
