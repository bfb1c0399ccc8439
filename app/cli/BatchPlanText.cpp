#include "cli/BatchPlanText.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace om::cli::BatchPlanText {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("om::cli::BatchCommand", text, nullptr, n);
}

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
        parts.append(tr("EXCLUDED"));
    for (const batch::BatchCheck &c : row.checks)
        parts.append((c.blocking ? QStringLiteral("BLOCKED ") : QString()) + batch::checkKindToken(c.kind) +
                     QStringLiteral(": ") + c.text);
    return parts.isEmpty() ? QStringLiteral("ok") : parts.join(QStringLiteral(" | "));
}

} // namespace

QString table(const batch::BatchPlan &plan)
{
    QString out;
    out += fit(tr("Customer"), 28) + QLatin1Char(' ') + fit(tr("Retired subscription"), 38) +
           QLatin1Char(' ') + fit(tr("Replacement"), 36) + QLatin1Char(' ') + fit(tr("Term"), 22) +
           QLatin1Char(' ') + tr("Seats").rightJustified(5) + QLatin1Char(' ') +
           tr("Users").rightJustified(5) + QLatin1Char(' ') + tr("Checks") + QLatin1Char('\n');
    for (const batch::BatchRow &r : plan.rows) {
        const engine::Replacement item = r.effectiveReplacement();
        const QString term = r.upgradePath
                                 ? tr("upgrade (kept)")
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
    out += tr("Totals: %n customer(s) to migrate", customers) + QStringLiteral(", ") +
           tr("%n subscription(s)", plan.includedRows()) + QStringLiteral(", ") +
           tr("%n user(s) to move", plan.usersToMove()) + QStringLiteral(", ") +
           tr("%n seat(s) to buy", plan.seatsToBuy()) + QLatin1Char('\n');
    for (const batch::BatchTotal &t : plan.totals())
        out += QStringLiteral("  ") + t.name + QStringLiteral(" (") + t.productKey + QStringLiteral("): ") +
               (t.upgrade ? tr("%n seat(s) by upgrade", t.seats) : tr("%n seat(s)", t.seats)) +
               QStringLiteral(", ") + tr("%n subscription(s)", t.subscriptions) + QStringLiteral(", ") +
               tr("%n customer(s)", t.customers) + QLatin1Char('\n');
    if (plan.blockedRows() > 0)
        out += tr("%n subscription(s) blocked (see Checks): not migrated", plan.blockedRows()) +
               QLatin1Char('\n');
    if (plan.doneRows() > 0)
        out += tr("%n subscription(s) already migrated", plan.doneRows()) + QLatin1Char('\n');
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
        line += QStringLiteral(" [") + tr("%n user(s) moved", p.usersMoved) + QStringLiteral(", ") +
                tr("%n failed", p.usersFailed) + QLatin1Char(']');
    for (int i = 1; i < p.errors.size(); ++i) // the first one is in the text already
        line += QStringLiteral("\n    ") + p.errors.at(i).toString();
    return line;
}

} // namespace om::cli::BatchPlanText
