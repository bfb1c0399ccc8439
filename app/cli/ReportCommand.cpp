#include "cli/ReportCommand.h"

#include "cli/CliSession.h"
#include "domain/CsvReportWriter.h"
#include "domain/OfferCatalogue.h"
#include "journal/Journal.h"
#include "journal/ScanCache.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace om::cli {

int runReportCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the CSV migration report from the last scan and the migration journal.\n"
                       "Exit codes: 0 written, 1 failed, 2 usage error."));
    parser.addHelpOption();
    CliSession::addTargetOptions(parser); // whose files: --sandbox, --api-base URL, or the account's
    parser.addOptions({
        {QStringLiteral("csv"), QStringLiteral("Output file, or - for stdout."), QStringLiteral("FILE")},
        {QStringLiteral("journal"), QStringLiteral("Journal file (default: the target account's)."),
         QStringLiteral("FILE")},
        {QStringLiteral("cache"), QStringLiteral("Scan cache file (default: the target account's)."),
         QStringLiteral("FILE")},
        {QStringLiteral("bom"), QStringLiteral("Start with a UTF-8 byte order mark (for Excel).")},
        {QStringLiteral("expiring-within"), QStringLiteral("Only rows ending within DAYS days."),
         QStringLiteral("DAYS")},
    });
    QStringList args = arguments;
    if (!args.isEmpty())
        args[0] = QStringLiteral("offer-migrator report");
    if (!parser.parse(args)) {
        err << "offer-migrator report: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString csv = parser.value(QStringLiteral("csv"));
    if (csv.isEmpty() || !parser.positionalArguments().isEmpty()) {
        err << "offer-migrator report: --csv FILE (or -) is required\n";
        return 2;
    }
    domain::CsvReportOptions options;
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    if (parser.isSet(QStringLiteral("expiring-within"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("expiring-within")).toInt(&ok);
        if (!ok) {
            err << "offer-migrator report: --expiring-within must be a whole number\n";
            return 2;
        }
        options.expiringWithinDays = days;
    }

    SystemClock clock;
    QString cachePath = parser.value(QStringLiteral("cache"));
    QString journalPath = parser.value(QStringLiteral("journal"));
    if (cachePath.isEmpty() || journalPath.isEmpty()) {
        // The files of the account (or sandbox, or host) the options name.
        const Result<CliTarget> target = CliTarget::resolve(parser);
        if (!target) {
            err << "offer-migrator report: " << target.error().toString() << '\n';
            return target.error().kind == Error::Kind::Validation ? 2 : 1;
        }
        const Result<QString> cache = CliSession::scanCachePath(target.value(), cachePath);
        const Result<QString> journalFile = CliSession::journalPath(target.value(), journalPath);
        if (!cache || !journalFile) {
            err << "offer-migrator report: " << (cache ? journalFile.error() : cache.error()).toString()
                << '\n';
            return 1;
        }
        cachePath = cache.value();
        journalPath = journalFile.value();
    }
    const auto snapshot = journal::ScanCache(cachePath).load();
    if (!snapshot) {
        err << "offer-migrator report: " << snapshot.error().toString() << '\n';
        return 1;
    }
    if (snapshot->customers.isEmpty())
        err << "offer-migrator report: the scan cache is empty; run a scan first\n";

    domain::MigrationProgressMap progress;
    if (!journalPath.isEmpty() && QFileInfo::exists(journalPath)) {
        journal::Journal journal(clock);
        journal::Journal::Options readOnly;
        readOnly.readOnly = true;
        if (const Status opened = journal.open(journalPath, readOnly); !opened) {
            err << "offer-migrator report: " << opened.error().toString() << '\n';
            return 1;
        }
        const auto read = journal.progressBySubscription();
        if (!read) {
            err << "offer-migrator report: " << read.error().toString() << '\n';
            return 1;
        }
        progress = read.value();
    }
    const auto catalogue = domain::OfferCatalogue::loadBuiltIn();
    if (!catalogue) {
        err << "offer-migrator report: " << catalogue.error().toString() << '\n';
        return 1;
    }
    domain::CsvReportWriter writer(catalogue.value(), clock);
    Status written;
    if (csv == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            err << "offer-migrator report: cannot write to stdout\n";
            return 1;
        }
        written = writer.write(stdoutFile, snapshot.value(), progress, options);
    } else {
        written = writer.writeFile(csv, snapshot.value(), progress, options);
    }
    if (!written) {
        err << "offer-migrator report: " << written.error().toString() << '\n';
        return 1;
    }
    err << "offer-migrator report: " << writer.rowsWritten() << " rows\n";
    return 0;
}

} // namespace om::cli
