#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/MigrationProgress.h"
#include "domain/ScanData.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace om::domain {

class OfferCatalogue;

struct CsvReportOptions
{
    bool byteOrderMark = false;            // UTF-8 BOM first, so Excel opens the file as UTF-8
    std::optional<int> expiringWithinDays; // only rows with days_left <= N (past included)
};

// The migration report: one row per retired-offer subscription (already suspended ones included),
// sorted by customer name (case-insensitive, then exact), customer id, then subscription id.
// RFC 4180: CRLF after every record incl. the last, fields quoted when they contain a comma, quote,
// CR or LF, quotes doubled inside. UTF-8. Dates YYYY-MM-DD, booleans true/false, status lower-case,
// migration_state tokens as MigrationState. Unknown values are empty cells.
//
// Formula injection (OWASP CSV injection): a TEXT cell taken from Partner Center or the journal that
// begins with '=', '+', '-', '@', TAB or CR gets a single quote prefixed ("'=1+1"). Numbers and dates
// we produce ourselves (quantity, days_left such as -3, users_total, users_moved) are written as plain
// numbers, never prefixed: they are not user text, and "-3" must stay a number for sorting in Excel.
class CsvReportWriter
{
public:
    CsvReportWriter(const OfferCatalogue &catalogue, const Clock &clock); // both borrowed

    static QByteArray header(); // the header line without its CRLF

    // Writes the whole report to an open device. On a write failure returns a Storage error; rowsWritten()
    // then tells how many complete data rows went out before it.
    Status write(QIODevice &device, const ScanSnapshot &snapshot, const MigrationProgressMap &progress,
                 const CsvReportOptions &options = {});
    // Writes through QSaveFile: a failed write never replaces an existing report with half a file.
    Status writeFile(const QString &path, const ScanSnapshot &snapshot, const MigrationProgressMap &progress,
                     const CsvReportOptions &options = {});

    int rowsWritten() const { return m_rowsWritten; }

    // Building blocks, public for tests.
    static QString neutralizeFormula(const QString &text); // prefix ' to =,+,-,@,TAB,CR at the start
    static QString quoteField(const QString &field);       // RFC 4180 quoting when needed
    static QString textCell(const QString &text) { return quoteField(neutralizeFormula(text)); }

private:
    const OfferCatalogue &m_catalogue;
    const Clock &m_clock;
    int m_rowsWritten = 0;
};

} // namespace om::domain
