#include "domain/CsvReportWriter.h"

#include "domain/AffectedSubscription.h"
#include "domain/DomainLog.h"
#include "domain/OfferCatalogue.h"
#include "domain/SubscriptionRules.h"

#include <QIODevice>
#include <QSaveFile>
#include <QStringBuilder>

#include <algorithm>

namespace om::domain {

namespace {

const char headerLine[] =
    "customer_id,customer_name,domain,subscription_id,offer_id,offer_name,quantity,status,"
    "auto_renew,commitment_end_date,days_left,replacement_offer_id,replacement_offer_name,"
    "new_subscription_id,users_total,users_moved,migration_state,suspended_at,"
    "deprovision_date,last_error";

QString dateCell(const QDate &date)
{
    return date.isValid() ? date.toString(u"yyyy-MM-dd") : QString();
}

bool writeAll(QIODevice &device, const QByteArray &bytes)
{
    return device.write(bytes) == bytes.size();
}

} // namespace

CsvReportWriter::CsvReportWriter(const OfferCatalogue &catalogue, const Clock &clock)
    : m_catalogue(catalogue)
    , m_clock(clock)
{}

QByteArray CsvReportWriter::header()
{
    return QByteArray(headerLine);
}

QString CsvReportWriter::neutralizeFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return QLatin1Char('\'') % text;
    return text;
}

QString CsvReportWriter::quoteField(const QString &field)
{
    const bool needsQuotes =
        field.contains(u',') || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n');
    if (!needsQuotes)
        return field;
    QString inner = field;
    inner.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') % inner % QLatin1Char('"');
}

Status CsvReportWriter::write(QIODevice &device, const ScanSnapshot &snapshot,
                              const MigrationProgressMap &progress, const CsvReportOptions &options)
{
    m_rowsWritten = 0;
    const auto failure = [this, &device]() {
        const QString reason = device.errorString().isEmpty() ? QStringLiteral("the device refused the data")
                                                              : device.errorString();
        qCWarning(lcDomain) << "CSV report write failed after" << m_rowsWritten << "rows:" << reason;
        return Error::make(
            Error::Kind::Storage,
            QStringLiteral("could not write the report after %1 rows: %2").arg(m_rowsWritten).arg(reason),
            QStringLiteral("CSV report"));
    };
    if (!device.isOpen() || !device.isWritable()) {
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("the report's destination is not open for writing"),
                           QStringLiteral("CSV report"));
    }

    QList<AffectedSubscription> rows = collectAffected(snapshot, m_catalogue);
    std::sort(rows.begin(), rows.end(), [](const AffectedSubscription &a, const AffectedSubscription &b) {
        if (int c = a.customer->companyName.compare(b.customer->companyName, Qt::CaseInsensitive))
            return c < 0;
        if (int c = a.customer->companyName.compare(b.customer->companyName))
            return c < 0;
        if (int c = a.customer->id.compare(b.customer->id))
            return c < 0;
        return a.subscription->id < b.subscription->id;
    });

    QByteArray head;
    if (options.byteOrderMark)
        head += "\xEF\xBB\xBF";
    head += headerLine;
    head += "\r\n";
    if (!writeAll(device, head))
        return failure();

    const QDate today = m_clock.today();
    const QString comma = QStringLiteral(",");
    for (const AffectedSubscription &item : std::as_const(rows)) {
        const CustomerRecord &c = *item.customer;
        const SubscriptionRecord &s = *item.subscription;
        const int days = daysLeft(s.commitmentEndDate, today);
        if (options.expiringWithinDays && (days == noDaysLeft || days > *options.expiringWithinDays))
            continue;
        const auto it = progress.constFind(s.id);
        const MigrationProgress *p = it == progress.constEnd() ? nullptr : &it.value();

        const QStringList cells = {
            textCell(c.id),
            textCell(c.companyName),
            textCell(c.domain),
            textCell(s.id),
            textCell(s.offerId),
            textCell(s.offerName),
            QString::number(s.quantity),
            textCell(s.status.toLower()),
            s.autoRenewEnabled ? QStringLiteral("true") : QStringLiteral("false"),
            dateCell(s.commitmentEndDate),
            days == noDaysLeft ? QString() : QString::number(days),
            textCell(p ? p->replacementOfferId : QString()),
            textCell(item.replacementName(p)),
            textCell(p ? p->newSubscriptionId : QString()),
            p ? QString::number(p->usersTotal) : QString(),
            p ? QString::number(p->usersMoved) : QString(),
            migrationStateToken(effectiveState(s, p)),
            dateCell(p && p->suspendedAt.isValid() ? p->suspendedAt.toUTC().date() : QDate()),
            dateCell(p ? p->deprovisionDate : QDate()),
            textCell(p ? p->lastError : QString()),
        };
        const QByteArray line = QString(cells.join(comma) % QLatin1String("\r\n")).toUtf8();
        if (!writeAll(device, line))
            return failure();
        ++m_rowsWritten;
    }
    return {};
}

Status CsvReportWriter::writeFile(const QString &path, const ScanSnapshot &snapshot,
                                  const MigrationProgressMap &progress, const CsvReportOptions &options)
{
    m_rowsWritten = 0;
    const QString context = QStringLiteral("CSV report %1").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("cannot create the file: %1").arg(file.errorString()), context);
    }
    Status written = write(file, snapshot, progress, options);
    if (!written.ok()) {
        file.cancelWriting(); // the previous report, if any, stays untouched
        Error error = written.error();
        error.context = context;
        return error;
    }
    if (!file.commit()) {
        const int rows = m_rowsWritten;
        m_rowsWritten = 0;
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("could not save the report (%1 rows prepared): %2")
                               .arg(rows)
                               .arg(file.errorString()),
                           context);
    }
    return {};
}

} // namespace om::domain
