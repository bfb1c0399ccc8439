#include "cli/CancelPurchaseCommand.h"

#include "cli/CliSession.h"
#include "cli/ExitCodes.h"
#include "engine/PurchaseCancellation.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>

namespace om::cli {

int runCancelPurchaseCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString name = QStringLiteral("offer-migrator cancel-purchase");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Cancels a replacement bought by a migration, for a refund, while new commerce still "
        "allows it (within 7 days of the purchase). Refused once users hold the new licence: move "
        "them back first. The old subscription is not touched.\nExit codes: 0 cancelled, 1 "
        "failed, 2 usage error, 3 nothing cancelled."));
    parser.addHelpOption();
    CliSession::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("customer"), QStringLiteral("Customer tenant id."), QStringLiteral("ID")},
        {QStringLiteral("subscription"),
         QStringLiteral("Only the purchase that replaces this retired subscription."), QStringLiteral("ID")},
        {QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")},
        {QStringLiteral("journal"), QStringLiteral("Journal file (default: the target account's)."),
         QStringLiteral("FILE")},
    });
    QStringList args = arguments;
    if (!args.isEmpty())
        args[0] = name;
    if (!parser.parse(args)) {
        err << name << ": " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Done;
    }
    const QString customer = parser.value(QStringLiteral("customer")).trimmed();
    if (customer.isEmpty() || !parser.positionalArguments().isEmpty()) {
        err << name
            << ": give --customer (and --sandbox or --api-base URL unless the signed-in account is "
               "meant)\n";
        return Usage;
    }
    SystemClock clock;
    auto session = CliSession::open(parser, clock);
    if (!session) {
        err << name << ": " << session.error().toString() << '\n';
        return session.error().kind == Error::Kind::Validation ? Usage : Failed;
    }
    journal::Journal journal(clock);
    if (const Status opened = session.value()->openJournal(journal, parser.value(QStringLiteral("journal")));
        !opened) {
        err << name << ": " << opened.error().toString() << '\n';
        return Failed;
    }
    engine::EngineContext context;
    context.client = &session.value()->client();
    context.journal = &journal;
    context.clock = &clock;
    engine::PurchaseCancellation cancellation(context);

    Result<QList<engine::CancellablePurchase>> found = QList<engine::CancellablePurchase>();
    {
        // The answer may come at once (nothing in the journal): only wait when it has not.
        bool answered = false;
        QEventLoop loop;
        cancellation.inspect(customer, parser.value(QStringLiteral("subscription")).trimmed(),
                             [&](const Result<QList<engine::CancellablePurchase>> &r) {
                                 found = r;
                                 answered = true;
                                 loop.quit();
                             });
        if (!answered)
            loop.exec();
    }
    if (!found) {
        err << name << ": " << found.error().toString() << '\n';
        return Failed;
    }
    if (found->isEmpty()) {
        out << "No bought replacement of customer " << customer << " is recorded in the journal.\n";
        return NothingDone;
    }
    QList<engine::CancellablePurchase> cancellable;
    for (const engine::CancellablePurchase &p : found.value()) {
        out << "Migration #" << p.migrationId << ": " << p.name << ", " << p.quantity
            << " licence(s), subscription " << p.newSubscriptionId << " (replaces " << p.oldSubscriptionId
            << ")\n";
        if (p.allowedUntil.isValid())
            out << "  can be cancelled until " << p.allowedUntil.toUTC().toString(Qt::ISODate) << '\n';
        if (p.cancelledAlready)
            out << "  already cancelled by an earlier run whose answer was lost: the migration will be "
                   "closed\n";
        if (p.refusal.isEmpty())
            cancellable.append(p);
        else
            out << "  cannot be cancelled: " << p.refusal << '\n';
    }
    if (cancellable.isEmpty()) {
        out << "Nothing can be cancelled.\n";
        return NothingDone;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        out << "\nCancel " << cancellable.size()
            << " purchase(s) for a refund? Access to them ends at once and cannot be restored. [y/N] ";
        out.flush();
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            out << "Declined: nothing was changed.\n";
            return NothingDone;
        }
    }
    int failures = 0;
    for (const engine::CancellablePurchase &p : std::as_const(cancellable)) {
        Status status;
        bool answered = false;
        QEventLoop loop;
        cancellation.cancel(p, [&](const Status &s) {
            status = s;
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
        if (status) {
            out << "Cancelled " << p.newSubscriptionId << " (" << p.name << "); migration #" << p.migrationId
                << " is closed.\n";
        } else {
            ++failures;
            err << name << ": " << p.newSubscriptionId << ": " << status.error().toString() << '\n';
        }
    }
    return failures == 0 ? Done : Failed;
}

} // namespace om::cli
