// BatchSummary::toHtml: the printable summary a partner can send to the customer or keep for audit.

#include "batch/BatchSummary.h"

#include <QCoreApplication>
#include <QLocale>

namespace om::batch {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("om::batch::BatchSummary", text, nullptr, n);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &text)
{
    return QStringLiteral("<td>") + esc(text) + QStringLiteral("</td>");
}

QString stateText(const SummaryRow &r)
{
    if (r.oldSubscriptionId.isEmpty())
        return tr("not started");
    switch (r.state) {
    case journal::JournalState::Suspended:
        return tr("done");
    case journal::JournalState::Verified:
    case journal::JournalState::Suspending:
        return tr("verified, not suspended yet");
    case journal::JournalState::Failed:
        return tr("stopped: %1").arg(r.lastError);
    case journal::JournalState::NotStarted:
        return tr("not started");
    default:
        return tr("in progress (%1)").arg(journal::journalStateToken(r.state));
    }
}

} // namespace

QString BatchSummary::toHtml(const SummaryHeader &header) const
{
    const QString when =
        header.generatedAt.isValid() ? header.generatedAt.toUTC().toString(Qt::ISODate) : QString();
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") +
         esc(tr("Migration summary")) +
         QStringLiteral("</title>\n<style>"
                        "body{font-family:sans-serif;font-size:10pt}"
                        "table{border-collapse:collapse;width:100%}"
                        "th,td{border:1px solid #999;padding:3px;text-align:left;"
                        "vertical-align:top}"
                        "th{background:#eee}"
                        "@media print{tr{page-break-inside:avoid}}"
                        "</style></head><body>\n");
    h += QStringLiteral("<h1>") + esc(tr("Migration summary")) + QStringLiteral("</h1>\n<p>");
    h += esc(tr("Partner: %1").arg(header.partnerName)) + QStringLiteral("<br>");
    h += esc(tr("Date: %1 (UTC)").arg(when)) + QStringLiteral("<br>");
    h += esc(tr("Operator: %1").arg(header.operatorName));
    if (!header.batchId.isEmpty())
        h += QStringLiteral("<br>") + esc(tr("Batch: %1").arg(header.batchId));
    h += QStringLiteral("</p>\n<p>");
    h += esc(tr("%n customer(s)", customers())) + QStringLiteral(", ") +
         esc(tr("%n replacement(s) bought", bought())) + QStringLiteral(", ") +
         esc(tr("%n user(s) moved", usersMoved())) + QStringLiteral(", ") +
         esc(tr("%n user(s) not moved", usersFailed())) + QStringLiteral(", ") +
         esc(tr("%n subscription(s) suspended", suspended()));
    h += QStringLiteral("</p>\n<table>\n<tr>");
    for (const char *title : {QT_TRANSLATE_NOOP("om::batch::BatchSummary", "Customer"),
                              QT_TRANSLATE_NOOP("om::batch::BatchSummary", "Retired subscription"),
                              QT_TRANSLATE_NOOP("om::batch::BatchSummary", "Bought"),
                              QT_TRANSLATE_NOOP("om::batch::BatchSummary", "Order / new subscription"),
                              QT_TRANSLATE_NOOP("om::batch::BatchSummary", "Users moved"),
                              QT_TRANSLATE_NOOP("om::batch::BatchSummary", "Users not moved (reason)"),
                              QT_TRANSLATE_NOOP("om::batch::BatchSummary", "Suspended"),
                              QT_TRANSLATE_NOOP("om::batch::BatchSummary", "De-provisioning date"),
                              QT_TRANSLATE_NOOP("om::batch::BatchSummary", "State")})
        h += QStringLiteral("<th>") + esc(tr(title)) + QStringLiteral("</th>");
    h += QStringLiteral("</tr>\n");
    for (const SummaryRow &r : m_rows) {
        QString failed;
        for (const FailedUser &u : r.failedUsers) {
            if (!failed.isEmpty())
                failed += QStringLiteral("<br>");
            failed += esc(u.reason.isEmpty() ? u.upn : u.upn + QStringLiteral(": ") + u.reason);
        }
        QString bought;
        if (r.bought())
            bought = r.upgrade ? tr("%1 (upgrade, %n seat(s))", r.seats).arg(r.replacementName)
                               : tr("%1, %n seat(s)", r.seats).arg(r.replacementName);
        h += QStringLiteral("<tr>") + cell(r.customerName.isEmpty() ? r.customerId : r.customerName) +
             cell(r.oldOfferName.isEmpty()
                      ? r.oldSubscriptionId
                      : r.oldOfferName + QStringLiteral(" (") + r.oldSubscriptionId + QLatin1Char(')')) +
             cell(bought) + QStringLiteral("<td>") + esc(r.orderId) +
             (r.orderId.isEmpty() ? QString() : QStringLiteral("<br>")) + esc(r.newSubscriptionId) +
             QStringLiteral("</td>") + cell(QString::number(r.usersMoved)) + QStringLiteral("<td>") + failed +
             QStringLiteral("</td>") +
             cell(r.suspended() ? r.suspendedAt.toUTC().toString(Qt::ISODate) : tr("no")) +
             cell(r.deprovisionDate.isValid() ? r.deprovisionDate.toString(Qt::ISODate) : QString()) +
             cell(stateText(r)) + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n</body></html>\n");
    return h;
}

} // namespace om::batch
