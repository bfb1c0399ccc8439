#include "cli/ScanCommand.h"

#include "cli/CliSession.h"
#include "cli/Terminal.h"
#include "domain/CsvReportWriter.h"
#include "domain/OfferCatalogue.h"
#include "journal/Journal.h"
#include "journal/ScanCache.h"
#include "partnercenter/ScanService.h"
#include "secrets/SignInErrors.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>

#include <optional>

namespace om::cli {

namespace {

int fail(const QString &reason, int code = 1)
{
    QTextStream(stderr) << "offer-migrator scan: " << reason << '\n';
    return code;
}

// Migration columns of the report: from the journal when one exists; a scan alone never creates one.
Result<domain::MigrationProgressMap> readProgress(const QString &journalPath, const Clock &clock)
{
    if (journalPath.isEmpty() || !QFileInfo::exists(journalPath))
        return domain::MigrationProgressMap();
    journal::Journal journal(clock);
    if (Status opened = journal.open(journalPath); !opened.ok())
        return opened.error();
    return journal.progressBySubscription();
}

} // namespace

int runScanCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scan every customer for retired Basic (Qualified Offer) subscriptions."));
    parser.addHelpOption();
    CliSession::addOptions(parser);
    parser.addOption({QStringLiteral("csv"), QStringLiteral("Write the CSV report to FILE, or - for stdout."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("expiring-within"),
                      QStringLiteral("Only subscriptions ending within DAYS (past ones included)."),
                      QStringLiteral("days")});
    parser.addOption(
        {QStringLiteral("bom"), QStringLiteral("Start the CSV with a UTF-8 byte order mark (Excel).")});
    parser.addOption({QStringLiteral("journal"),
                      QStringLiteral("Migration journal to read (default: the target account's)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("cache"),
                      QStringLiteral("Scan cache to update (default: the target account's)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("no-cache"), QStringLiteral("Do not update the scan cache.")});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()), 2);

    domain::CsvReportOptions reportOptions;
    reportOptions.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    if (parser.isSet(QStringLiteral("expiring-within"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("expiring-within")).toInt(&ok);
        if (!ok || days < 0)
            return fail(QStringLiteral("--expiring-within takes a number of days (0 or more)"), 2);
        reportOptions.expiringWithinDays = days;
    }

    SystemClock clock;
    auto catalogue = domain::OfferCatalogue::loadBuiltIn();
    if (!catalogue.ok())
        return fail(catalogue.error().toString());
    auto session = CliSession::open(parser, clock);
    if (!session.ok())
        return fail(session.error().toString(), session.error().kind == Error::Kind::Validation ? 2 : 1);

    pc::ScanOptions scanOptions;
    scanOptions.environment = session.value()->environment();
    pc::ScanService scan(&session.value()->client(), clock, scanOptions);
    QTextStream err(stderr);
    // Progress on one rewritten line for a terminal; a log file gets only the summary lines.
    const bool terminal = isInteractive(StandardStream::Error);
    QObject::connect(&scan, &pc::ScanService::progress, &scan, [&err, terminal](int done, int total) {
        if (terminal)
            err << "\rscanning customers: " << done << '/' << total << Qt::flush;
    });
    std::optional<Result<domain::ScanSnapshot>> outcome;
    QEventLoop loop;
    QObject::connect(&scan, &pc::ScanService::finished, &loop,
                     [&](const Result<domain::ScanSnapshot> &result) {
                         outcome = result;
                         loop.quit();
                     });
    scan.start();
    if (!outcome)
        loop.exec();
    if (terminal)
        err << '\n';
    if (!outcome->ok()) {
        // A 401/403 from Partner Center gets the line saying what to fix (no MFA, no Admin agent role).
        const Error &e = outcome->error();
        const QString advice = secrets::signin::partnerCenterAdvice(e);
        return fail(advice.isEmpty() ? e.toString() : e.context + QStringLiteral(": ") + advice);
    }
    const domain::ScanSnapshot &snapshot = outcome->value();

    int affected = 0;
    for (const domain::CustomerRecord &customer : snapshot.customers) {
        for (const domain::SubscriptionRecord &subscription : customer.subscriptions)
            affected += catalogue->match(subscription) ? 1 : 0;
    }
    err << "customers: " << snapshot.customers.size() << ", retired-offer subscriptions: " << affected
        << '\n';

    if (!parser.isSet(QStringLiteral("no-cache"))) {
        const Result<QString> cachePath =
            CliSession::scanCachePath(session.value()->target(), parser.value(QStringLiteral("cache")));
        if (!cachePath.ok())
            return fail(cachePath.error().toString());
        journal::ScanCache cache(cachePath.value());
        if (Status saved = cache.save(snapshot); !saved.ok())
            return fail(saved.error().toString());
    }

    if (!parser.isSet(QStringLiteral("csv")))
        return 0;
    const Result<QString> journalPath =
        CliSession::journalPath(session.value()->target(), parser.value(QStringLiteral("journal")));
    auto progress = readProgress(journalPath.ok() ? journalPath.value() : QString(), clock);
    if (!progress.ok())
        return fail(progress.error().toString());

    domain::CsvReportWriter writer(catalogue.value(), clock);
    const QString target = parser.value(QStringLiteral("csv"));
    Status written;
    if (target == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write to standard output"));
        written = writer.write(out, snapshot, progress.value(), reportOptions);
        out.flush();
    } else {
        written = writer.writeFile(target, snapshot, progress.value(), reportOptions);
    }
    if (!written.ok())
        return fail(written.error().toString());
    err << "report: " << writer.rowsWritten() << " rows";
    if (target != QLatin1String("-"))
        err << " in " << target;
    err << '\n';
    return 0;
}

} // namespace om::cli
