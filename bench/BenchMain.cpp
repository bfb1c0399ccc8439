// om_bench: performance figures for issue 8, one line per figure with its target and PASS/MISS.
// A plain program, not a test: it is never registered with ctest and asserts nothing.

#include "bench/BatchBench.h"
#include "bench/BenchSupport.h"
#include "bench/MigrationBench.h"
#include "bench/ScanBench.h"
#include "bench/UiBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace om::bench;

int main(int argc, char *argv[])
{
    const bool guiChild = argc == 3 && qstrcmp(argv[1], "--gui-child") == 0;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The sandbox and client log every request at info level; the bench prints only its figures.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    if (guiChild)
        return runGuiChild(QString::fromLocal8Bit(argv[2])) > 0 ? 2 : 0;
    if (argc == 6 && qstrcmp(argv[1], "--gui-prepare") == 0)
        return runGuiPrepare(QCoreApplication::arguments().mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Offer Migrator performance figures (issue 8)"));
    parser.addHelpOption();
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       QStringLiteral("Customers to scan (2000)."), QStringLiteral("n"),
                                       QStringLiteral("2000"));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Scan 200 customers instead."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         QStringLiteral("Requests in flight for scans and migration (4)."),
                                         QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run one part: scan, gui, migration or batch."),
                                  QStringLiteral("part"));
    const QCommandLineOption noSequential(QStringLiteral("no-sequential"),
                                          QStringLiteral("Skip the one-request-at-a-time scan."));
    const QCommandLineOption batchSpeedup(
        QStringLiteral("batch-speedup"),
        QStringLiteral(
            "Batch part: run the sandbox and client N times faster than 500/min (10; 1 = real rate)."),
        QStringLiteral("n"), QStringLiteral("10"));
    parser.addOptions({customers, quick, concurrency, only, noSequential, batchSpeedup});
    parser.process(app);

    const QString part = parser.value(only);
    const int inFlight = std::max(1, parser.value(concurrency).toInt());
    std::printf("om_bench %s, %s, %d logical CPUs, Qt %s\n",
                qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), qVersion());
    int misses = 0;
    if (part.isEmpty() || part == QLatin1String("scan")) {
        std::printf("== Scan\n");
        ScanBenchOptions o;
        o.customers = parser.isSet(quick) && !parser.isSet(customers) ? 200 : parser.value(customers).toInt();
        o.concurrency = inFlight;
        o.sequential = !parser.isSet(noSequential);
        misses += benchScan(o);
    }
    if (part.isEmpty() || part == QLatin1String("gui")) {
        std::printf("== Start and interaction\n");
        misses += benchGui(QCoreApplication::applicationFilePath(), UiBenchOptions{});
    }
    if (part.isEmpty() || part == QLatin1String("migration")) {
        std::printf("== Migration\n");
        MigrationBenchOptions o;
        o.concurrency = inFlight;
        misses += benchMigration(o);
    }
    if (part.isEmpty() || part == QLatin1String("batch")) {
        std::printf("== Batch\n");
        BatchBenchOptions o;
        o.concurrency = inFlight;
        o.speedup = std::max(1, parser.value(batchSpeedup).toInt());
        if (parser.isSet(quick))
            o.customers = 20;
        misses += benchBatch(o);
    }
    std::printf("== %d figure(s) missed their target\n", misses);
    return misses > 0 ? 1 : 0;
}
