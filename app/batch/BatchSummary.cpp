#include "batch/BatchSummary.h"

#include "domain/CsvReportWriter.h"
#include "engine/EngineUtil.h"
#include "journal/Journal.h"

#include <QBuffer>
#include <QSaveFile>

#include <algorithm>

namespace om::batch {

namespace {

using domain::CsvReportWriter;

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString dateTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString failedText(const QList<FailedUser> &users)
{
    QStringList parts;
    for (const FailedUser &u : users)
        parts.append(u.reason.isEmpty() ? u.upn : u.upn + QStringLiteral(": ") + u.reason);
    return parts.join(QStringLiteral("; "));
}

Status writeThroughSaveFile(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    const QString op = QStringLiteral("write %1").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage, file.errorString(), op);
    if (const Status written = write(file); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error::make(Error::Kind::Storage, file.errorString(), op);
    return {};
}

} // namespace

Result<BatchSummary> BatchSummary::collect(journal::Journal &journal, const QStringList &customerIds,
                                           const QHash<QString, QString> &customerNames)
{
    BatchSummary summary;
    for (const QString &customerId : customerIds) {
        const auto records = journal.migrations(customerId);
        if (!records)
            return records.error();
        bool any = false;
        for (const journal::MigrationRecord &m : records.value()) {
            if (m.state == journal::JournalState::Cancelled)
                continue; // closed without a purchase: the slot was freed, nothing to report
            SummaryRow row;
            row.customerId = m.plan.customerId;
            row.customerName =
                m.plan.customerName.isEmpty() ? customerNames.value(customerId) : m.plan.customerName;
            row.oldSubscriptionId = m.plan.oldSubscriptionId;
            row.oldOfferName = m.plan.oldOfferName;
            row.replacementName = m.plan.targetOfferName;
            row.termDuration = m.plan.termDuration;
            row.billingCycle = m.plan.billingCycle;
            row.seats = m.plan.plannedQuantity;
            row.upgrade = m.plan.path == journal::MigrationPath::Upgrade;
            row.orderId = m.orderId;
            row.newSubscriptionId = m.newSubscriptionId;
            row.state = m.state;
            row.suspendedAt = m.state == journal::JournalState::Suspended ? m.suspendedAt : QDateTime();
            row.deprovisionDate = m.deprovisionDate;
            row.lastError = m.lastError;
            const auto moves = journal.userMoves(m.id);
            if (!moves)
                return moves.error();
            for (const journal::UserMove &u : moves.value()) {
                if (u.state == journal::UserMoveState::Moved)
                    ++row.usersMoved;
                else if (u.state == journal::UserMoveState::Failed)
                    row.failedUsers.append({u.upn.isEmpty() ? u.userId : u.upn, u.lastError});
                else if (u.state == journal::UserMoveState::Pending)
                    ++row.usersPending;
            }
            summary.m_rows.append(row);
            any = true;
        }
        if (!any) {
            SummaryRow row;
            row.customerId = customerId;
            row.customerName = customerNames.value(customerId);
            summary.m_rows.append(row);
        }
    }
    return summary;
}

int BatchSummary::customers() const
{
    QStringList ids;
    for (const SummaryRow &r : m_rows) {
        if (!ids.contains(r.customerId, Qt::CaseInsensitive))
            ids.append(r.customerId);
    }
    return int(ids.size());
}

int BatchSummary::bought() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const SummaryRow &r) { return r.bought(); }));
}

int BatchSummary::usersMoved() const
{
    int n = 0;
    for (const SummaryRow &r : m_rows)
        n += r.usersMoved;
    return n;
}

int BatchSummary::usersFailed() const
{
    int n = 0;
    for (const SummaryRow &r : m_rows)
        n += int(r.failedUsers.size());
    return n;
}

int BatchSummary::suspended() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const SummaryRow &r) { return r.suspended(); }));
}

QByteArray BatchSummary::csvHeader()
{
    return QByteArrayLiteral(
        "customer_id,customer_name,subscription_id,old_offer,replacement,path,term,billing,"
        "seats,order_id,new_subscription_id,state,users_moved,users_failed,failed_users,"
        "users_pending,suspended,suspended_at,deprovision_date,last_error");
}

Status BatchSummary::writeCsv(QIODevice &device, bool byteOrderMark) const
{
    QByteArray out;
    if (byteOrderMark)
        out += QByteArrayLiteral("\xEF\xBB\xBF");
    out += csvHeader() + QByteArrayLiteral("\r\n");
    const auto text = [](const QString &s) {
        return CsvReportWriter::textCell(s).toUtf8();
    };
    const auto number = [](int n) {
        return QByteArray::number(n);
    };
    for (const SummaryRow &r : m_rows) {
        const QList<QByteArray> cells{
            text(r.customerId),
            text(r.customerName),
            text(r.oldSubscriptionId),
            text(r.oldOfferName),
            text(r.replacementName),
            r.oldSubscriptionId.isEmpty() ? QByteArray() : QByteArray(r.upgrade ? "upgrade" : "purchase"),
            text(r.termDuration),
            text(r.billingCycle),
            r.seats > 0 ? number(r.seats) : QByteArray(),
            text(r.orderId),
            text(r.newSubscriptionId),
            journal::journalStateToken(r.state).toUtf8(),
            number(r.usersMoved),
            number(int(r.failedUsers.size())),
            text(failedText(r.failedUsers)),
            number(r.usersPending),
            QByteArray(r.suspended() ? "true" : "false"),
            dateTime(r.suspendedAt).toUtf8(),
            date(r.deprovisionDate).toUtf8(),
            text(r.lastError),
        };
        out += cells.join(',') + QByteArrayLiteral("\r\n");
    }
    if (device.write(out) != out.size())
        return Error::make(Error::Kind::Storage, device.errorString(),
                           QStringLiteral("write the batch summary"));
    return {};
}

Status BatchSummary::writeCsvFile(const QString &path, bool byteOrderMark) const
{
    return writeThroughSaveFile(path, [&](QIODevice &d) { return writeCsv(d, byteOrderMark); });
}

Status BatchSummary::writeHtmlFile(const QString &path, const SummaryHeader &header) const
{
    return writeThroughSaveFile(path, [&](QIODevice &d) -> Status {
        const QByteArray bytes = toHtml(header).toUtf8();
        if (d.write(bytes) != bytes.size())
            return Error::make(Error::Kind::Storage, d.errorString(), QStringLiteral("write %1").arg(path));
        return {};
    });
}

} // namespace om::batch
