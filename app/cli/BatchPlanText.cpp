#include "cli/BatchPlanText.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace om::cli::BatchPlanText {

namespace {

// The texts of this file, for lupdate and QCoreApplication::translate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(om::cli::BatchCommand)
};

QString fit(const QString &text, int width)
{
    if (text.size() <= width)
        return text.leftJustified(width);
    return text.left(width - 1) + QChar(0x2026); // …
}

QString checksOf(const batch::BatchRow &row)
{
    QStringList parts;
    if (row.override.excluded)
        parts.append(Tr::tr("EXCLUDED"));
    for (const batch::BatchCheck &c : row.checks)
        parts.append((c.blocking ? QStringLiteral("BLOCKED ") : QString()) + batch::checkKindToken(c.kind) +
                     QStringLiteral(": ") + c.text);
    return parts.isEmpty() ? QStringLiteral("ok") : parts.join(QStringLiteral(" | "));
}

} // namespace

QString table(const batch::BatchPlan &plan)
{
    QString out;
    out += fit(Tr::tr("Customer"), 28) + QLatin1Char(' ') + fit(Tr::tr("Retired subscription"), 38) +
           QLatin1Char(' ') + fit(Tr::tr("Replacement"), 36) + QLatin1Char(' ') + fit(Tr::tr("Term"), 22) +
           QLatin1Char(' ') + Tr::tr("Seats").rightJustified(5) + QLatin1Char(' ') +
           Tr::tr("Users").rightJustified(5) + QLatin1Char(' ') + Tr::tr("Checks") + QLatin1Char('\n');
    for (const batch::BatchRow &r : plan.rows) {
        const engine::Replacement item = r.effectiveReplacement();
        const QString term = r.upgradePath
                                 ? Tr::tr("upgrade (kept)")
                                 : engine::Replacement::termText(r.effectiveTerm(), r.effectiveBilling());
        out += fit(r.customerName.isEmpty() ? r.customerId : r.customerName, 28) + QLatin1Char(' ') +
               fit(r.oldOfferName.isEmpty() ? r.oldSubscriptionId : r.oldOfferName, 38) + QLatin1Char(' ') +
               fit(item.name, 36) + QLatin1Char(' ') +
               fit(r.oldSubscriptionId.isEmpty() ? QString() : term, 22) + QLatin1Char(' ') +
               QString::number(r.effectiveSeats()).rightJustified(5) + QLatin1Char(' ') +
               QString::number(r.usersToMove).rightJustified(5) + QLatin1Char(' ') + checksOf(r) +
               QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + totals(plan);
    return out;
}

QString totals(const batch::BatchPlan &plan)
{
    const int customers = int(plan.includedCustomers().size());
    QString out;
    out += Tr::tr("Totals: %n customer(s) to migrate", nullptr, customers) + QStringLiteral(", ") +
           Tr::tr("%n subscription(s)", nullptr, plan.includedRows()) + QStringLiteral(", ") +
           Tr::tr("%n user(s) to move", nullptr, plan.usersToMove()) + QStringLiteral(", ") +
           Tr::tr("%n seat(s) to buy", nullptr, plan.seatsToBuy()) + QLatin1Char('\n');
    for (const batch::BatchTotal &t : plan.totals())
        out += QStringLiteral("  ") + t.name + QStringLiteral(" (") + t.productKey + QStringLiteral("): ") +
               (t.upgrade ? Tr::tr("%n seat(s) by upgrade", nullptr, t.seats)
                          : Tr::tr("%n seat(s)", nullptr, t.seats)) +
               QStringLiteral(", ") + Tr::tr("%n subscription(s)", nullptr, t.subscriptions) +
               QStringLiteral(", ") + Tr::tr("%n customer(s)", nullptr, t.customers) + QLatin1Char('\n');
    if (plan.blockedRows() > 0)
        out += Tr::tr("%n subscription(s) blocked (see Checks): not migrated", nullptr, plan.blockedRows()) +
               QLatin1Char('\n');
    if (plan.doneRows() > 0)
        out += Tr::tr("%n subscription(s) already migrated", nullptr, plan.doneRows()) + QLatin1Char('\n');
    return out;
}

QString customerLine(const batch::CustomerProgress &p)
{
    QString line = QStringLiteral("customer %1 (%2): %3")
                       .arg(p.customerName.isEmpty() ? p.customerId : p.customerName, p.customerId,
                            batch::customerStateToken(p.state));
    if (!p.text.isEmpty())
        line += QStringLiteral(": ") + p.text;
    if (p.usersMoved + p.usersFailed > 0)
        line += QStringLiteral(" [") + Tr::tr("%n user(s) moved", nullptr, p.usersMoved) +
                QStringLiteral(", ") + Tr::tr("%n failed", nullptr, p.usersFailed) + QLatin1Char(']');
    for (int i = 1; i < p.errors.size(); ++i) // the first one is in the text already
        line += QStringLiteral("\n    ") + p.errors.at(i).toString();
    return line;
}

} // namespace om::cli::BatchPlanText
