// BatchSummary::toHtml: the printable summary a partner can send to the customer or keep for audit.

#include "batch/BatchSummary.h"

#include <QCoreApplication>
#include <QLocale>

namespace om::batch {

namespace {

// The texts of this file, for lupdate and QCoreApplication::translate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(om::batch::BatchSummary)
};

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
        return Tr::tr("not started");
    switch (r.state) {
    case journal::JournalState::Suspended:
        return Tr::tr("done");
    case journal::JournalState::Verified:
    case journal::JournalState::Suspending:
        return Tr::tr("verified, not suspended yet");
    case journal::JournalState::Failed:
        return Tr::tr("stopped: %1").arg(r.lastError);
    case journal::JournalState::NotStarted:
        return Tr::tr("not started");
    default:
        return Tr::tr("in progress (%1)").arg(journal::journalStateToken(r.state));
    }
}

} // namespace

QString BatchSummary::toHtml(const SummaryHeader &header) const
{
    const QString when =
        header.generatedAt.isValid() ? header.generatedAt.toUTC().toString(Qt::ISODate) : QString();
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") +
         esc(Tr::tr("Migration summary")) +
         QStringLiteral("</title>\n<style>"
                        "body{font-family:sans-serif;font-size:10pt}"
                        "table{border-collapse:collapse;width:100%}"
                        "th,td{border:1px solid #999;padding:3px;text-align:left;"
                        "vertical-align:top}"
                        "th{background:#eee}"
                        "@media print{tr{page-break-inside:avoid}}"
                        "</style></head><body>\n");
    h += QStringLiteral("<h1>") + esc(Tr::tr("Migration summary")) + QStringLiteral("</h1>\n<p>");
    h += esc(Tr::tr("Partner: %1").arg(header.partnerName)) + QStringLiteral("<br>");
    h += esc(Tr::tr("Date: %1 (UTC)").arg(when)) + QStringLiteral("<br>");
    h += esc(Tr::tr("Operator: %1").arg(header.operatorName));
    if (!header.batchId.isEmpty())
        h += QStringLiteral("<br>") + esc(Tr::tr("Batch: %1").arg(header.batchId));
    h += QStringLiteral("</p>\n<p>");
    h += esc(Tr::tr("%n customer(s)", nullptr, customers())) + QStringLiteral(", ") +
         esc(Tr::tr("%n replacement(s) bought", nullptr, bought())) + QStringLiteral(", ") +
         esc(Tr::tr("%n user(s) moved", nullptr, usersMoved())) + QStringLiteral(", ") +
         esc(Tr::tr("%n user(s) not moved", nullptr, usersFailed())) + QStringLiteral(", ") +
         esc(Tr::tr("%n subscription(s) suspended", nullptr, suspended()));
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
        h += QStringLiteral("<th>") + esc(Tr::tr(title)) + QStringLiteral("</th>");
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
            bought = r.upgrade ? Tr::tr("%1 (upgrade, %n seat(s))", nullptr, r.seats).arg(r.replacementName)
                               : Tr::tr("%1, %n seat(s)", nullptr, r.seats).arg(r.replacementName);
        h += QStringLiteral("<tr>") + cell(r.customerName.isEmpty() ? r.customerId : r.customerName) +
             cell(r.oldOfferName.isEmpty()
                      ? r.oldSubscriptionId
                      : r.oldOfferName + QStringLiteral(" (") + r.oldSubscriptionId + QLatin1Char(')')) +
             cell(bought) + QStringLiteral("<td>") + esc(r.orderId) +
             (r.orderId.isEmpty() ? QString() : QStringLiteral("<br>")) + esc(r.newSubscriptionId) +
             QStringLiteral("</td>") + cell(QString::number(r.usersMoved)) + QStringLiteral("<td>") + failed +
             QStringLiteral("</td>") +
             cell(r.suspended() ? r.suspendedAt.toUTC().toString(Qt::ISODate) : Tr::tr("no")) +
             cell(r.deprovisionDate.isValid() ? r.deprovisionDate.toString(Qt::ISODate) : QString()) +
             cell(stateText(r)) + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n</body></html>\n");
    return h;
}

} // namespace om::batch
