#include "cli/BatchCommand.h"

#include "batch/BatchPlanner.h"
#include "batch/BatchRunner.h"
#include "batch/BatchStore.h"
#include "batch/BatchSummary.h"
#include "cli/BatchPlanText.h"
#include "cli/CliSession.h"
#include "cli/ExitCodes.h"
#include "cli/Terminal.h"
#include "domain/OfferCatalogue.h"
#include "journal/Journal.h"
#include "partnercenter/ScanService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <functional>
#include <optional>

namespace om::cli {

namespace {

constexpr int kTypeTheNumberAbove = 10; // more customers than this: the operator types their number

// The texts of this file, for lupdate and QCoreApplication::translate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(om::cli::BatchCommand)
};

int fail(const QString &reason, int code = Failed)
{
    QTextStream(stderr) << "offer-migrator migrate: " << reason << '\n';
    return code;
}

Result<QStringList> readCustomerFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::make(Error::Kind::Validation, file.errorString(), QStringLiteral("read %1").arg(path));
    QStringList ids;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString id = line.section(QLatin1Char(','), 0, 0).trimmed().remove(QLatin1Char('"'));
        if (!id.isEmpty() && !ids.contains(id, Qt::CaseInsensitive))
            ids.append(id);
    }
    if (ids.isEmpty())
        return Error::make(Error::Kind::Validation, QStringLiteral("no customer id in the file"),
                           QStringLiteral("read %1").arg(path));
    return ids;
}

// Customers with an active retired-offer subscription, from a fresh scan, narrowed by the filters.
Result<QStringList> scanCustomers(CliSession &session, const domain::OfferCatalogue &catalogue,
                                  const Clock &clock, std::optional<int> expiringWithin,
                                  const QString &market, const QStringList &only)
{
    pc::ScanOptions options;
    options.environment = session.environment();
    pc::ScanService scan(&session.client(), clock, options);
    std::optional<Result<domain::ScanSnapshot>> outcome;
    QEventLoop loop;
    QObject::connect(&scan, &pc::ScanService::finished, &loop, [&](const Result<domain::ScanSnapshot> &r) {
        outcome = r;
        loop.quit();
    });
    QTextStream(stderr) << "scanning customers...\n";
    scan.start();
    if (!outcome)
        loop.exec();
    if (!outcome->ok())
        return outcome->error();
    const QDate today = clock.today();
    QStringList ids;
    for (const domain::CustomerRecord &c : outcome->value().customers) {
        if (!market.isEmpty() && c.market.compare(market, Qt::CaseInsensitive) != 0)
            continue;
        if (!only.isEmpty() && !only.contains(c.id, Qt::CaseInsensitive))
            continue;
        const bool wanted = std::any_of(c.subscriptions.cbegin(), c.subscriptions.cend(), [&](const auto &s) {
            if (!catalogue.match(s) || s.status != QLatin1String("active"))
                return false;
            return !expiringWithin ||
                   (s.commitmentEndDate.isValid() && today.daysTo(s.commitmentEndDate) <= *expiringWithin);
        });
        if (wanted)
            ids.append(c.id);
    }
    return ids;
}

batch::BatchPlan planBatch(batch::BatchPlanner &planner, const QStringList &ids,
                           const QHash<QString, batch::BatchOverride> &overrides)
{
    QTextStream err(stderr);
    const bool terminal = isInteractive(StandardStream::Error);
    QObject::connect(&planner, &batch::BatchPlanner::progress, &planner,
                     [&err, terminal](int done, int total) {
                         if (terminal)
                             err << "\rplanning customers: " << done << '/' << total << Qt::flush;
                     });
    QEventLoop loop;
    QObject::connect(&planner, &batch::BatchPlanner::finished, &loop, &QEventLoop::quit);
    if (planner.start(ids, overrides))
        loop.exec();
    if (terminal)
        err << '\n';
    return planner.plan();
}

Status writeJson(const QString &path, const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (path == QLatin1String("-")) {
        QTextStream(stdout) << bytes;
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Storage, file.errorString(), QStringLiteral("write %1").arg(path));
    return {};
}

// Asks on the terminal, stating the totals. More than kTypeTheNumberAbove customers: the number typed.
bool confirmed(const batch::BatchPlan &plan, bool stopBeforeSuspend)
{
    QTextStream out(stdout);
    const int customers = int(plan.includedCustomers().size());
    out << '\n' << BatchPlanText::totals(plan);
    out << (stopBeforeSuspend
                ? "This buys the seats above and moves the users; the old subscriptions stay "
                  "active (--stop-before-suspend).\n"
                : "This buys the seats above, moves the users and suspends each old subscription "
                  "once its users are verified.\n");
    QTextStream in(stdin);
    if (customers > kTypeTheNumberAbove) {
        out << Tr::tr("Type the number of customers to migrate (%n) to go on: ", nullptr, customers)
            << Qt::flush;
        return in.readLine().trimmed() == QString::number(customers);
    }
    out << "Go on? [y/N] " << Qt::flush;
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

// Runs one runner call (start, suspendVerified) to its finished(), or until it paused; empty when refused
// (errorText()). The first Ctrl+C pauses the batch: no new write starts, the writes in flight are answered
// and journalled, and the batch stays resumable (--resume). A second Ctrl+C ends the process at once,
// which the journal survives as it survives a kill.
std::optional<batch::BatchResult> awaitRunner(batch::BatchRunner &runner, const std::function<bool()> &start)
{
    std::optional<batch::BatchResult> result;
    QEventLoop loop;
    const auto finished =
        QObject::connect(&runner, &batch::BatchRunner::finished, &loop, [&](const batch::BatchResult &r) {
            result = r;
            loop.quit();
        });
    const auto paused =
        QObject::connect(&runner, &batch::BatchRunner::stateChanged, &loop, [&](batch::BatchRunner::State s) {
            if (s == batch::BatchRunner::State::Paused) {
                result = runner.result();
                loop.quit();
            }
        });
    onInterrupt(&loop, [&runner]() {
        QTextStream(stderr) << Tr::tr("Pausing: the writes in flight finish and are recorded; nothing new "
                                      "starts. Press Ctrl+C again to stop at once.")
                            << '\n'
                            << Qt::flush;
        restoreDefaultInterrupt();
        runner.pause();
    });
    if (start() && !result)
        loop.exec();
    restoreDefaultInterrupt();
    QObject::disconnect(finished);
    QObject::disconnect(paused);
    return result;
}

bool confirmedSuspend(int subscriptions)
{
    QTextStream out(stdout);
    out << Tr::tr("Suspend %n verified subscription(s)? Their users hold the new licences. [y/N] ", nullptr,
                  subscriptions)
        << Qt::flush;
    const QString answer = QTextStream(stdin).readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

int exitCodeOf(const batch::BatchResult &r, bool stopBeforeSuspend)
{
    if (r.nothingDone && r.done == 0 && !(stopBeforeSuspend && r.verified > 0))
        return NothingDone;
    const int finished = r.done + (stopBeforeSuspend ? r.verified : 0);
    return finished == r.customers ? Done : Failed;
}

} // namespace

void addBatchOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("all"), QStringLiteral("Batch: every customer with an active retired subscription.")},
        {QStringLiteral("customers"), QStringLiteral("Batch: the customer ids in FILE, one per line."),
         QStringLiteral("FILE")},
        {QStringLiteral("expiring-within"),
         QStringLiteral("Batch: customers with a retired subscription ending within N days (past included)."),
         QStringLiteral("N")},
        {QStringLiteral("market"), QStringLiteral("Batch: customers of this market (ISO country code)."),
         QStringLiteral("CC")},
        {QStringLiteral("resume"),
         QStringLiteral("Batch: run the unfinished batch kept next to the journal.")},
        {QStringLiteral("plan-json"),
         QStringLiteral("Batch: write the plan and its totals as JSON to FILE (- for "
                        "stdout)."),
         QStringLiteral("FILE")},
        {QStringLiteral("stop-before-suspend"),
         QStringLiteral("Batch: leave the old subscriptions active once the users are verified.")},
        {QStringLiteral("suspend-verified"),
         QStringLiteral(
             "Batch: then suspend the subscriptions waiting at \"verified\" (asks first unless --yes).")},
        {QStringLiteral("summary-csv"),
         QStringLiteral("Batch: write the per-customer summary as CSV to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("summary-html"), QStringLiteral("Batch: write the printable summary (HTML) to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("partner-name"),
         QStringLiteral("Batch: the partner's name on the printable summary."), QStringLiteral("NAME")},
    });
}

bool isBatchInvocation(const QCommandLineParser &parser)
{
    for (const char *name : {"all", "customers", "expiring-within", "market", "resume"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

int runBatchMigrate(const QCommandLineParser &parser)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const bool resume = parser.isSet(QStringLiteral("resume"));
    if (parser.isSet(QStringLiteral("customer")))
        return fail(
            QStringLiteral("--customer is the single-customer form; the batch takes --customers FILE"),
            Usage);
    if (parser.isSet(QStringLiteral("all")) && parser.isSet(QStringLiteral("customers")))
        return fail(QStringLiteral("give --all or --customers, not both"), Usage);
    if (resume && (parser.isSet(QStringLiteral("all")) || parser.isSet(QStringLiteral("customers")) ||
                   parser.isSet(QStringLiteral("expiring-within")) || parser.isSet(QStringLiteral("market"))))
        return fail(QStringLiteral("--resume runs the kept batch: no other selection"), Usage);
    for (const char *single : {"subscription", "to", "term", "billing", "quantity"}) {
        if (parser.isSet(QString::fromLatin1(single)))
            return fail(QStringLiteral("--%1 is for one customer; change rows of a batch in the app")
                            .arg(QLatin1String(single)),
                        Usage);
    }
    std::optional<int> expiring;
    if (parser.isSet(QStringLiteral("expiring-within"))) {
        bool ok = false;
        expiring = parser.value(QStringLiteral("expiring-within")).toInt(&ok);
        if (!ok || *expiring < 0)
            return fail(QStringLiteral("--expiring-within takes a number of days (0 or more)"), Usage);
    }
    const QString market = parser.value(QStringLiteral("market")).trimmed().toUpper();
    if (parser.isSet(QStringLiteral("market")) && market.size() != 2)
        return fail(QStringLiteral("--market takes a two-letter country code"), Usage);
    QStringList fromFile;
    if (parser.isSet(QStringLiteral("customers"))) {
        auto ids = readCustomerFile(parser.value(QStringLiteral("customers")));
        if (!ids)
            return fail(ids.error().toString(), Usage);
        fromFile = ids.value();
    }
    engine::EngineConfig config;
    if (parser.isSet(QStringLiteral("grace-days"))) {
        bool ok = false;
        config.deprovisionGraceDays = parser.value(QStringLiteral("grace-days")).toInt(&ok);
        if (!ok || config.deprovisionGraceDays < 0)
            return fail(QStringLiteral("--grace-days must be a whole number"), Usage);
    }

    SystemClock clock;
    auto session = CliSession::open(parser, clock);
    if (!session)
        return fail(session.error().toString(),
                    session.error().kind == Error::Kind::Validation ? Usage : Failed);
    journal::Journal journal(clock);
    if (const Status opened = session.value()->openJournal(journal, parser.value(QStringLiteral("journal")));
        !opened)
        return fail(opened.error().toString());
    const auto catalogue = domain::OfferCatalogue::loadBuiltIn();
    if (!catalogue)
        return fail(catalogue.error().toString());
    const batch::BatchStore store(batch::BatchStore::pathForJournal(journal.path()));
    const auto kept = store.load();
    if (!kept)
        return fail(kept.error().toString());

    QStringList ids;
    QHash<QString, batch::BatchOverride> overrides;
    if (resume) {
        if (!kept.value() || !kept.value()->isResumable())
            return fail(QStringLiteral("no unfinished batch to resume in %1").arg(store.path()), NothingDone);
        ids = kept.value()->customerIds;
        overrides = kept.value()->overrides;
        err << Tr::tr("resuming the batch confirmed at %1 (%n customer(s))", nullptr, int(ids.size()))
                   .arg(kept.value()->confirmedAt.toString(Qt::ISODate))
            << '\n';
    } else if (!fromFile.isEmpty() && !expiring && market.isEmpty()) {
        ids = fromFile;
    } else {
        auto scanned = scanCustomers(*session.value(), catalogue.value(), clock, expiring, market, fromFile);
        if (!scanned)
            return fail(scanned.error().toString());
        ids = scanned.value();
    }
    if (ids.isEmpty()) {
        out << "No customer to migrate.\n";
        return Done;
    }

    batch::BatchPlannerOptions plannerOptions;
    plannerOptions.engine = config;
    batch::BatchPlanner planner(session.value()->client(), journal, catalogue.value(), clock, plannerOptions);
    const batch::BatchPlan plan = planBatch(planner, ids, overrides);
    out << BatchPlanText::table(plan) << Qt::flush;
    if (parser.isSet(QStringLiteral("plan-json"))) {
        if (const Status written = writeJson(parser.value(QStringLiteral("plan-json")), plan.toJson());
            !written)
            return fail(written.error().toString());
    }
    if (parser.isSet(QStringLiteral("dry-run"))) {
        out << "Dry run: nothing was changed.\n";
        return NothingDone;
    }
    if (plan.includedRows() == 0) {
        const bool allDone = plan.doneRows() == plan.rows.size() && !plan.rows.isEmpty();
        out << (allDone ? "Everything is migrated already.\n" : "Nothing can run: every row is blocked.\n");
        return allDone ? Done : NothingDone;
    }
    const bool stopBeforeSuspend =
        resume ? kept.value()->stopBeforeSuspend : parser.isSet(QStringLiteral("stop-before-suspend"));
    if (!resume && !parser.isSet(QStringLiteral("yes")) && !confirmed(plan, stopBeforeSuspend)) {
        out << "Declined: nothing was changed.\n";
        return NothingDone;
    }

    batch::BatchRunOptions runOptions;
    runOptions.stopBeforeSuspend = stopBeforeSuspend;
    runOptions.storePath = store.path();
    runOptions.engine = config;
    batch::BatchRunner runner(session.value()->client(), journal, catalogue.value(), clock, runOptions);
    QObject::connect(&runner, &batch::BatchRunner::customerFinished, &runner,
                     [&err](const batch::CustomerProgress &p) {
                         err << BatchPlanText::customerLine(p) << '\n' << Qt::flush;
                     });
    std::optional<batch::BatchResult> result =
        awaitRunner(runner, [&]() { return runner.start(plan, resume ? kept.value() : std::nullopt); });
    if (!result)
        return fail(runner.errorText());
    if (runner.state() == batch::BatchRunner::State::Paused) {
        err << Tr::tr("Paused. Run 'offer-migrator migrate --resume' (same journal) to go on.") << '\n';
        return Failed;
    }
    bool suspendedNow = false;
    if (const int verified = runner.verifiedSubscriptions();
        parser.isSet(QStringLiteral("suspend-verified")) && verified > 0) {
        if (parser.isSet(QStringLiteral("yes")) || confirmedSuspend(verified)) {
            result = awaitRunner(runner, [&]() { return runner.suspendVerified(); });
            if (!result)
                return fail(runner.errorText());
            if (runner.state() == batch::BatchRunner::State::Paused) {
                err << Tr::tr(
                           "Paused. Run 'offer-migrator migrate --resume --suspend-verified' (same journal) "
                           "to go on.")
                    << '\n';
                return Failed;
            }
            suspendedNow = true;
        } else {
            out << "Not suspended: the verified subscriptions stay active.\n";
        }
    }

    out << Tr::tr("Batch of %n customer(s): ", nullptr, result->customers)
        << Tr::tr("%n done", nullptr, result->done) << ", "
        << Tr::tr("%n verified (not suspended)", nullptr, result->verified) << ", "
        << Tr::tr("%n not finished", nullptr, result->unfinished) << ", "
        << Tr::tr("%n blocked", nullptr, result->blocked) << ", "
        << Tr::tr("%n cancelled", nullptr, result->cancelled) << ".\n";
    if (result->unfinished > 0)
        out << "Fix what the lines above say, then run 'offer-migrator migrate --resume' (same journal).\n";
    const auto summary = batch::BatchSummary::collect(journal, runner.storedBatch().customerIds,
                                                      runner.storedBatch().customerNames);
    if (!summary)
        return fail(summary.error().toString());
    if (parser.isSet(QStringLiteral("summary-csv"))) {
        if (const Status w = summary->writeCsvFile(parser.value(QStringLiteral("summary-csv"))); !w)
            return fail(w.error().toString());
    }
    if (parser.isSet(QStringLiteral("summary-html"))) {
        batch::SummaryHeader header;
        header.partnerName = parser.value(QStringLiteral("partner-name"));
        header.operatorName = runner.storedBatch().operatorName;
        header.generatedAt = clock.now();
        header.batchId = runner.storedBatch().id;
        if (const Status w = summary->writeHtmlFile(parser.value(QStringLiteral("summary-html")), header); !w)
            return fail(w.error().toString());
    }
    return exitCodeOf(*result, stopBeforeSuspend && !suspendedNow);
}

} // namespace om::cli
