#pragma once

#include <QStringList>

namespace om::cli {

// `offer-migrator report --csv FILE|- [--journal FILE] [--cache FILE] [--bom] [--expiring-within DAYS]`
// Writes the CSV migration report (domain::CsvReportWriter) from the last scan in the scan cache and
// the journal's progress. "-" writes to stdout. Exit codes: 0 written, 1 failed, 2 usage error.
int runReportCommand(const QStringList &arguments);

} // namespace om::cli
