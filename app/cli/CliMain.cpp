#include "cli/CliMain.h"

#include "cli/AccountCommand.h"
#include "cli/CancelCommand.h"
#include "cli/CancelPurchaseCommand.h"
#include "cli/MigrateCommand.h"
#include "cli/ReportCommand.h"
#include "cli/SandboxCommand.h"
#include "cli/ScanCommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace om::cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

// Each headless command lives in its own file and is listed here.
const Command kCommands[] = {
    {"sandbox", "run the Partner Center sandbox on 127.0.0.1", &runSandboxCommand},
    {"scan", "scan every customer and write the CSV report", &runScanCommand},
    {"migrate", "migrate a customer, or many (--all, --customers FILE...), off the retired offers",
     &runMigrateCommand},
    {"report", "write the CSV migration report from the scan cache and the journal", &runReportCommand},
    {"cancel-purchase", "cancel a replacement bought by a migration, for a refund, within 7 days",
     &runCancelPurchaseCommand},
    {"cancel", "close a migration that bought nothing (journal only; shows the recent orders first)",
     &runCancelCommand},
    {"account",
     "show, set, sign in to or sign out of the Partner Center account (show|set|sign-in|sign-out|test)",
     &runAccountCommand},
    {nullptr, nullptr, nullptr},
};

void printUsage(QTextStream &out)
{
    out << "Usage: offer-migrator [--sandbox] [--lang en|it]      start the desktop app\n"
           "       offer-migrator <command> [options]              run headless\n\n"
           "Commands:\n";
    for (const Command &c : kCommands) {
        if (c.name)
            out << "  " << QString::fromLatin1(c.name).leftJustified(16) << QString::fromLatin1(c.summary)
                << '\n';
    }
    out << "\nRun 'offer-migrator <command> --help' for a command's options.\n";
}

} // namespace

bool isCliInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("--version"))
        return true;
    for (const Command &c : kCommands) {
        if (c.name && first == QLatin1String(c.name))
            return true;
    }
    return false;
}

int runCli(const QStringList &arguments)
{
    // Headless output is for people and scripts: each command prints its own progress and a one-line
    // reason on failure, so the areas' logging stays quiet unless QT_LOGGING_RULES asks for it.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("*.debug=false\nom.*.info=false\nom.*.warning=false"));
    QTextStream out(stdout);
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version")) {
        out << "offer-migrator " << QStringLiteral(OM_VERSION) << '\n';
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printUsage(out);
        return 0;
    }
    // The commands speak English whatever the system language. The English translation (embedded in the
    // app with the GUI's) gives the counted texts their plurals ("1 user", "2 users"); without it, as in
    // the CLI's own tests, the source strings show. Installed for as long as the command runs.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/offer-migrator_en.qm")))
        QCoreApplication::installTranslator(&english);
    for (const Command &c : kCommands) {
        if (c.name && first == QLatin1String(c.name))
            return c.run(arguments.mid(1));
    }
    QTextStream err(stderr);
    err << "offer-migrator: unknown command '" << first << "'\n";
    printUsage(err);
    return 2;
}

} // namespace om::cli
