#include "domain/CsvReportWriter.h"
#include "journal/ScanCache.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcessRun runMigrator(const QStringList &arguments,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OM_MIGRATOR_BINARY), arguments);
    EXPECT_TRUE(process.waitForFinished(120000)) << "offer-migrator did not finish";
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QList<QByteArray> csvLines(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

TEST(CliScan, PrintsTheDemoTenantsAffectedSubscriptionsAsCsv)
{
    QTemporaryDir dir;
    const ProcessRun run =
        runMigrator({QStringLiteral("scan"), QStringLiteral("--sandbox"), QStringLiteral("--csv"),
                     QStringLiteral("-"), QStringLiteral("--cache"), dir.filePath(QStringLiteral("c.sqlite")),
                     QStringLiteral("--journal"), dir.filePath(QStringLiteral("none.sqlite"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QList<QByteArray> lines = csvLines(run.out);
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines.first(), om::domain::CsvReportWriter::header() + '\r');
    // Every row is a retired Basic (Qualified Offer) subscription, and the stderr summary agrees on the
    // count.
    for (int i = 1; i < lines.size(); ++i)
        EXPECT_TRUE(lines.at(i).contains("(Qualified Offer)")) << lines.at(i).constData();
    const QByteArray summary = "retired-offer subscriptions: " + QByteArray::number(lines.size() - 1);
    EXPECT_TRUE(run.err.contains(summary)) << run.err.constData();
    // No journal was given, so nothing was migrated yet: every row is not_started or found suspended.
    for (int i = 1; i < lines.size(); ++i) {
        EXPECT_TRUE(lines.at(i).contains(",not_started,") || lines.at(i).contains(",suspended,"))
            << lines.at(i).constData();
    }
    // The scan cache now holds the same customers the app will show at start.
    om::journal::ScanCache cache(dir.filePath(QStringLiteral("c.sqlite")));
    auto snapshot = cache.load();
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toString().toStdString();
    EXPECT_GE(snapshot->customers.size(), 60);
    EXPECT_EQ(snapshot->environment, QStringLiteral("sandbox"));
}

TEST(CliScan, ExpiringWithinKeepsOnlyRowsEndingSoon)
{
    QTemporaryDir dir;
    const QStringList common{QStringLiteral("scan"),
                             QStringLiteral("--sandbox"),
                             QStringLiteral("--no-cache"),
                             QStringLiteral("--journal"),
                             dir.filePath(QStringLiteral("none.sqlite")),
                             QStringLiteral("--csv"),
                             QStringLiteral("-")};
    const ProcessRun all = runMigrator(common);
    const ProcessRun soon =
        runMigrator(common + QStringList{QStringLiteral("--expiring-within"), QStringLiteral("30")});
    ASSERT_EQ(all.exitCode, 0);
    ASSERT_EQ(soon.exitCode, 0);
    const QList<QByteArray> soonLines = csvLines(soon.out);
    EXPECT_LT(soonLines.size(), csvLines(all.out).size());
    const int daysLeftColumn = 10;
    for (int i = 1; i < soonLines.size(); ++i) {
        const QList<QByteArray> cells =
            soonLines.at(i).split(','); // demo names have no commas in these columns
        ASSERT_GT(cells.size(), daysLeftColumn);
        EXPECT_LE(cells.at(cells.size() - 10).toInt(), 30) << soonLines.at(i).constData();
    }
}

TEST(CliScan, BadUsageAndUnreachableServiceGiveAOneLineReasonAndNonZeroExit)
{
    // No --sandbox, no --api-base and (in a fresh config folder) no account set up: a usage error.
    QTemporaryDir freshConfig;
    QProcessEnvironment fresh = QProcessEnvironment::systemEnvironment();
    fresh.insert(QStringLiteral("XDG_CONFIG_HOME"), freshConfig.path());
    const ProcessRun neither = runMigrator({QStringLiteral("scan")}, fresh);
    EXPECT_EQ(neither.exitCode, 2);
    EXPECT_EQ(neither.err.count('\n'), 1) << neither.err.constData();
    EXPECT_TRUE(neither.err.contains("--sandbox")) << neither.err.constData();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OFFER_MIGRATOR_ACCESS_TOKEN"), QStringLiteral("test-token"));
    const ProcessRun refused =
        runMigrator({QStringLiteral("scan"), QStringLiteral("--api-base"),
                     QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--no-cache")},
                    env);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err.count('\n'), 1) << refused.err.constData();
    EXPECT_TRUE(refused.err.contains("GET /v1/customers")) << refused.err.constData();
    EXPECT_FALSE(refused.err.contains("test-token"));
}
