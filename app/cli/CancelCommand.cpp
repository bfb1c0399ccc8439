#include "cli/CancelCommand.h"

#include "cli/CliSession.h"
#include "cli/ExitCodes.h"
#include "engine/MigrationCancel.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>

namespace om::cli {

namespace {

QString orderLine(const pc::Order &o)
{
    QStringList lines;
    for (const pc::OrderLineItem &l : o.lineItems)
        lines.append(QStringLiteral("%1 x %2").arg(l.quantity).arg(l.offerId));
    return QStringLiteral("  order %1, %2, %3: %4")
        .arg(o.id,
             o.creationDate.isValid() ? o.creationDate.toUTC().toString(Qt::ISODate)
                                      : QStringLiteral("no date"),
             o.status.isEmpty() ? QStringLiteral("no status") : o.status, lines.join(QStringLiteral("; ")));
}

} // namespace

int runCancelCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString name = QStringLiteral("offer-migrator cancel");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Closes a migration that bought nothing (stopped before or during the purchase, e.g. a refused "
        "checkout or upgrade) by marking it cancelled in the journal, so that a later 'migrate' plans the "
        "subscription afresh. Shows the customer's recent orders first: check that none of them is the "
        "migration's. Sends nothing to Partner Center. Refused once something was bought (use migrate or "
        "cancel-purchase) and while a write has no answer (run migrate to replay it).\nExit codes: 0 "
        "cancelled, 1 failed, 2 usage error, 3 nothing cancelled."));
    parser.addHelpOption();
    CliSession::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("customer"), QStringLiteral("Customer tenant id."), QStringLiteral("ID")},
        {QStringLiteral("subscription"), QStringLiteral("Only the migration of this retired subscription."),
         QStringLiteral("ID")},
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
            << ": give --customer (and --sandbox or --api-base URL unless the signed-in account is meant)\n";
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
    // One runner per customer: no `migrate` may send a write while its migration is being closed.
    if (const auto lease = journal.takeLease(customer); !lease) {
        err << name << ": " << lease.error().toString() << '\n';
        return Failed;
    }
    struct ReleaseLease
    {
        journal::Journal &journal;
        QString customer;
        ~ReleaseLease() { (void)journal.releaseLease(customer); }
    } releaseLease{journal, customer};
    engine::EngineContext context;
    context.client = &session.value()->client();
    context.journal = &journal;
    context.clock = &clock;
    engine::MigrationCancel cancel(context);

    Result<engine::CancelOverview> found = engine::CancelOverview();
    {
        // The answer may come at once (a journal error): only wait when it has not.
        bool answered = false;
        QEventLoop loop;
        cancel.inspect(customer, parser.value(QStringLiteral("subscription")).trimmed(),
                       [&](const Result<engine::CancelOverview> &r) {
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
    out << "Recent orders of customer " << customer << " (newest first):\n";
    if (found->recentOrders.isEmpty())
        out << "  none\n";
    for (const pc::Order &o : found->recentOrders)
        out << orderLine(o) << '\n';
    if (found->migrations.isEmpty()) {
        out << "\nNo open migration of customer " << customer << " is recorded in the journal.\n";
        return NothingDone;
    }
    QList<engine::OpenMigration> cancellable;
    out << "\nOpen migrations in the journal:\n";
    for (const engine::OpenMigration &m : found->migrations) {
        const journal::MigrationRecord &r = m.record;
        out << "Migration #" << r.id << ": " << r.plan.oldOfferName << " (subscription "
            << r.plan.oldSubscriptionId << ") to " << r.plan.targetOfferName << ", "
            << journal::migrationPathToken(r.plan.path) << " path, " << journal::journalStateToken(r.state)
            << ", started " << r.createdAt.toUTC().toString(Qt::ISODate) << '\n';
        if (!r.cartId.isEmpty())
            out << "  cart " << r.cartId << '\n';
        if (!r.lastError.isEmpty())
            out << "  last error: " << r.lastError << '\n';
        for (const QString &w : m.warnings)
            out << "  CHECK: " << w << '\n';
        if (m.refusal.isEmpty())
            cancellable.append(m);
        else
            out << "  cannot be cancelled: " << m.refusal << '\n';
    }
    if (cancellable.isEmpty()) {
        out << "Nothing can be cancelled.\n";
        return NothingDone;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        out << "\nMark " << cancellable.size()
            << " migration(s) cancelled in the journal? Nothing is sent to Partner Center; a later 'migrate' "
               "plans the subscription again and may buy. [y/N] ";
        out.flush();
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            out << "Declined: nothing was changed.\n";
            return NothingDone;
        }
    }
    int failures = 0;
    for (const engine::OpenMigration &m : std::as_const(cancellable)) {
        if (const Status s = cancel.cancel(m); s) {
            out << "Migration #" << m.record.id << " of subscription " << m.record.plan.oldSubscriptionId
                << " is cancelled.\n";
        } else {
            ++failures;
            err << name << ": migration #" << m.record.id << ": " << s.error().toString() << '\n';
        }
    }
    return failures == 0 ? Done : Failed;
}

} // namespace om::cli
