#include "cli/MigrateCommand.h"

#include "cli/BatchCommand.h"
#include "cli/CliSession.h"
#include "cli/ExitCodes.h"
#include "cli/Terminal.h"
#include "domain/OfferCatalogue.h"
#include "engine/MigrationEngine.h"
#include "journal/Journal.h"
#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace om::cli {

namespace {

// Runs one engine call to its finished() signal. The first Ctrl+C lets the writes already sent finish (each
// answered and journalled; moving users stops between two users) and starts no other; a second one ends the
// process at once, which the journal survives as it survives a kill.
engine::EngineResult await(engine::MigrationEngine &engine, bool (engine::MigrationEngine::*start)())
{
    engine::EngineResult result;
    QEventLoop loop;
    QObject::connect(&engine, &engine::MigrationEngine::finished, &loop, [&](const engine::EngineResult &r) {
        result = r;
        loop.quit();
    });
    if (!(engine.*start)()) {
        result.errors.append(Error::make(Error::Kind::Internal, engine.errorText()));
        result.summary = engine.errorText();
        return result;
    }
    onInterrupt(&loop,
                [&engine]() {
                    QTextStream(stderr)
                        << "Stopping: the writes already sent finish and are recorded; nothing new starts. "
                           "Press Ctrl+C again to stop at once.\n"
                        << Qt::flush;
                    restoreDefaultInterrupt();
                    engine.requestStop();
                });
    loop.exec();
    restoreDefaultInterrupt();
    return result;
}

// Whether the journal shows every subscription of the plan suspended.
bool allSuspended(journal::Journal &journal, const engine::MigrationPlanSet &plan)
{
    for (const engine::SubscriptionPlan &p : plan.subscriptions) {
        const auto m = journal.findMigration(plan.customerId, p.oldSubscription.id);
        if (!m || !m->has_value() || m->value().state != journal::JournalState::Suspended)
            return false;
    }
    return true;
}

} // namespace

int runMigrateCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Migrates a customer's retired Dynamics 365 Basic (Qualified Offer) subscriptions: "
                       "buys the replacement, "
                       "moves each user's licence, suspends the old subscription.\nExit codes: 0 done, 1 "
                       "failed (run again to "
                       "resume), 2 usage error, 3 nothing done (dry run, declined or blocked plan).\n"
                       "Many customers at once: --all, --customers FILE, --expiring-within N or --market CC "
                       "(see the Batch options; exit 1 when some customer is not finished)."));
    parser.addHelpOption();
    CliSession::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("customer"), QStringLiteral("Customer tenant id."), QStringLiteral("ID")},
        {QStringLiteral("subscription"), QStringLiteral("Only this retired subscription."),
         QStringLiteral("ID")},
        {QStringLiteral("to"),
         QStringLiteral("Replacement: a new-commerce product id, product:sku or product:sku:availability "
                        "(default: the recommendation)."),
         QStringLiteral("ITEM")},
        {QStringLiteral("term"),
         QStringLiteral("Term: P1M, P1Y or P3Y, as the item offers it (default: P1Y where offered)."),
         QStringLiteral("DURATION")},
        {QStringLiteral("billing"),
         QStringLiteral("Billing cycle: monthly, annual or triennial (default: monthly where offered)."),
         QStringLiteral("CYCLE")},
        {QStringLiteral("quantity"), QStringLiteral("Seats to buy (default: licences in use)."),
         QStringLiteral("N")},
        {QStringLiteral("dry-run"), QStringLiteral("Print the plan and change nothing.")},
        {QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")},
        {QStringLiteral("journal"), QStringLiteral("Journal file (default: the target account's)."),
         QStringLiteral("FILE")},
        {QStringLiteral("grace-days"),
         QStringLiteral("Days from suspension to de-provisioning (default 120; the lifecycle page says 90)."),
         QStringLiteral("N")},
    });
    addBatchOptions(parser);
    QStringList args = arguments;
    if (!args.isEmpty())
        args[0] = QStringLiteral("offer-migrator migrate");
    if (!parser.parse(args)) {
        err << "offer-migrator migrate: " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Done;
    }
    if (isBatchInvocation(parser))
        return runBatchMigrate(parser);
    const QString customer = parser.value(QStringLiteral("customer"));
    if (customer.isEmpty() || !parser.positionalArguments().isEmpty()) {
        err << "offer-migrator migrate: give --customer (and --sandbox or --api-base URL unless the "
               "signed-in account is meant)\n";
        return Usage;
    }
    engine::MigrationRequest request;
    request.customerId = customer;
    request.subscriptionId = parser.value(QStringLiteral("subscription"));
    request.targetItem = parser.value(QStringLiteral("to")).trimmed();
    request.termDuration = parser.value(QStringLiteral("term")).trimmed().toUpper();
    request.billingCycle = parser.value(QStringLiteral("billing")).trimmed().toLower();
    static const QStringList terms{QStringLiteral("P1M"), QStringLiteral("P1Y"), QStringLiteral("P3Y")};
    static const QStringList cycles{QStringLiteral("monthly"), QStringLiteral("annual"),
                                    QStringLiteral("triennial")};
    if (!request.termDuration.isEmpty() && !terms.contains(request.termDuration)) {
        err << "offer-migrator migrate: --term must be P1M, P1Y or P3Y\n";
        return Usage;
    }
    if (!request.billingCycle.isEmpty() && !cycles.contains(request.billingCycle)) {
        err << "offer-migrator migrate: --billing must be monthly, annual or triennial\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("quantity"))) {
        bool ok = false;
        request.quantity = parser.value(QStringLiteral("quantity")).toInt(&ok);
        if (!ok || request.quantity <= 0) {
            err << "offer-migrator migrate: --quantity must be a positive whole number\n";
            return Usage;
        }
    }
    engine::EngineConfig config;
    if (parser.isSet(QStringLiteral("grace-days"))) {
        bool ok = false;
        config.deprovisionGraceDays = parser.value(QStringLiteral("grace-days")).toInt(&ok);
        if (!ok || config.deprovisionGraceDays < 0) {
            err << "offer-migrator migrate: --grace-days must be a whole number\n";
            return Usage;
        }
    }

    SystemClock clock;
    auto session = CliSession::open(parser, clock);
    if (!session) {
        err << "offer-migrator migrate: " << session.error().toString() << '\n';
        return session.error().kind == Error::Kind::Validation ? Usage : Failed;
    }
    journal::Journal journal(clock);
    if (const Status opened = session.value()->openJournal(journal, parser.value(QStringLiteral("journal")));
        !opened) {
        err << "offer-migrator migrate: " << opened.error().toString() << '\n';
        return Failed;
    }
    const auto catalogue = domain::OfferCatalogue::loadBuiltIn();
    if (!catalogue) {
        err << "offer-migrator migrate: " << catalogue.error().toString() << '\n';
        return Failed;
    }
    engine::MigrationEngine engine(session.value()->client(), journal, catalogue.value(), clock, config);
    QObject::connect(&engine, &engine::MigrationEngine::userResult, &engine,
                     [&err](const engine::UserResult &r) {
                         err << (r.moved ? "  moved " : "  NOT moved ") << r.upn
                             << (r.error.isEmpty() ? QString() : QStringLiteral(": ") + r.error) << '\n';
                         err.flush();
                     });
    QObject::connect(&engine, &engine::MigrationEngine::stepChanged, &engine, [&err](engine::Step step) {
        if (step != engine::Step::Idle)
            err << "step: " << engine::stepName(step) << '\n';
        err.flush();
    });

    engine::EngineResult planned;
    {
        QEventLoop loop;
        QObject::connect(&engine, &engine::MigrationEngine::finished, &loop,
                         [&](const engine::EngineResult &r) {
                             planned = r;
                             loop.quit();
                         });
        engine.plan(request);
        loop.exec();
    }
    if (!planned.ok) {
        err << "offer-migrator migrate: planning failed: " << planned.summary << '\n';
        return Failed;
    }
    out << engine.currentPlan().describe();
    out.flush();
    if (engine.currentPlan().subscriptions.isEmpty()) {
        out << "Nothing to migrate.\n";
        return Done;
    }
    if (parser.isSet(QStringLiteral("dry-run"))) {
        out << "Dry run: nothing was changed.\n";
        return NothingDone;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        out << "\nBuy the replacement(s), move the users and suspend the old subscription(s)? [y/N] ";
        out.flush();
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            out << "Declined: nothing was changed.\n";
            return NothingDone;
        }
    }
    const engine::EngineResult result = await(engine, &engine::MigrationEngine::runAll);
    out << result.summary << '\n';
    // Interrupted: stopped unless the step it let finish was the last one (the journal says what is left).
    if (engine.stopRequested() && !allSuspended(journal, engine.currentPlan())) {
        err << "offer-migrator migrate: stopped; run the same command again to resume\n";
        return Failed;
    }
    if (result.ok)
        return Done;
    if (result.nothingDone) {
        err << "offer-migrator migrate: the plan is blocked; nothing was changed\n";
        return NothingDone;
    }
    err << "offer-migrator migrate: not finished; fix the problems above and run the same command again to "
           "resume\n";
    return Failed;
}

} // namespace om::cli
