#include "domain/CsvReportWriter.h"

#include "domain/AffectedSubscription.h"
#include "domain/DomainLog.h"
#include "domain/OfferCatalogue.h"
#include "domain/OfferMatcher.h"
#include "domain/SubscriptionRules.h"

#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>
#include <QStringBuilder>

#include <algorithm>
#include <charconv>
#include <numeric>
#include <vector>

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

// The fast path of textCell(): the same bytes (formula prefix, RFC 4180 quoting, UTF-8) appended to
// `out` without a QString per cell. Pure ASCII, the usual case, is copied byte by byte.
void appendTextCell(QByteArray &out, QStringView text)
{
    if (text.isEmpty())
        return;
    const char16_t first = text.front().unicode();
    const bool formula =
        first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
    bool ascii = true;
    bool quote = false;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u >= 0x80)
            ascii = false;
        else if (u == u',' || u == u'"' || u == u'\r' || u == u'\n')
            quote = true;
    }
    if (quote)
        out += '"';
    if (formula)
        out += '\'';
    if (ascii && !quote) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        char *to = out.data() + at;
        for (const QChar ch : text)
            *to++ = char(ch.unicode());
    } else {
        const QByteArray utf8 = text.toUtf8();
        if (!quote) {
            out += utf8;
        } else {
            for (const char byte : utf8) {
                if (byte == '"')
                    out += '"';
                out += byte;
            }
        }
    }
    if (quote)
        out += '"';
}

void appendNumber(QByteArray &out, int value)
{
    char digits[16];
    const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, r.ptr - digits);
}

// yyyy-MM-dd like dateCell(); an invalid date is an empty cell.
void appendDate(QByteArray &out, const QDate &date)
{
    if (!date.isValid())
        return;
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999) {
        out += dateCell(date).toLatin1();
        return;
    }
    const char text[] = {char('0' + year / 1000),
                         char('0' + year / 100 % 10),
                         char('0' + year / 10 % 10),
                         char('0' + year % 10),
                         '-',
                         char('0' + month / 10),
                         char('0' + month % 10),
                         '-',
                         char('0' + day / 10),
                         char('0' + day % 10)};
    out.append(text, sizeof text);
}

// Report order: customer name (case-insensitive, then exact), customer id, then subscription id. The
// customers are sorted (10,000 names, not 100,000 rows), then each one's subscriptions by id.
QList<AffectedSubscription> reportOrder(const ScanSnapshot &snapshot, const OfferCatalogue &catalogue)
{
    const QList<CustomerRecord> &customers = snapshot.customers;
    std::vector<int> order(size_t(customers.size()));
    std::iota(order.begin(), order.end(), 0);
    const auto compareCustomers = [&customers](int left, int right) {
        const CustomerRecord &a = customers.at(left);
        const CustomerRecord &b = customers.at(right);
        if (int c = a.companyName.compare(b.companyName, Qt::CaseInsensitive))
            return c;
        if (int c = a.companyName.compare(b.companyName))
            return c;
        return a.id.compare(b.id);
    };
    std::sort(order.begin(), order.end(),
              [&compareCustomers](int a, int b) { return compareCustomers(a, b) < 0; });

    QList<AffectedSubscription> rows;
    OfferMatcher matcher(catalogue);
    for (size_t i = 0; i < order.size();) {
        // Customers equal in name and id (a duplicate in the scan) form one group, as one customer would.
        size_t end = i + 1;
        while (end < order.size() && compareCustomers(order[i], order[end]) == 0)
            ++end;
        const qsizetype groupStart = rows.size();
        for (size_t k = i; k < end; ++k) {
            const CustomerRecord &customer = customers.at(order[k]);
            for (const SubscriptionRecord &subscription : customer.subscriptions) {
                if (const RetiredOffer *offer = matcher.match(subscription))
                    rows.append(AffectedSubscription{&customer, &subscription, offer});
            }
        }
        std::sort(rows.begin() + groupStart, rows.end(),
                  [](const AffectedSubscription &a, const AffectedSubscription &b) {
                      return a.subscription->id < b.subscription->id;
                  });
        i = end;
    }
    return rows;
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

    const QList<AffectedSubscription> rows = reportOrder(snapshot, m_catalogue);

    QByteArray head;
    if (options.byteOrderMark)
        head += "\xEF\xBB\xBF";
    head += headerLine;
    head += "\r\n";
    if (!writeAll(device, head))
        return failure();

    // One line buffer reused for every row (its capacity stays); cells are encoded straight into it.
    const QDate today = m_clock.today();
    QByteArray line;
    line.reserve(1024);
    for (const AffectedSubscription &item : rows) {
        const CustomerRecord &c = *item.customer;
        const SubscriptionRecord &s = *item.subscription;
        const int days = daysLeft(s.commitmentEndDate, today);
        if (options.expiringWithinDays && (days == noDaysLeft || days > *options.expiringWithinDays))
            continue;
        const auto it = progress.constFind(s.id);
        const MigrationProgress *p = it == progress.constEnd() ? nullptr : &it.value();

        line.resize(0);
        appendTextCell(line, c.id);
        line += ',';
        appendTextCell(line, c.companyName);
        line += ',';
        appendTextCell(line, c.domain);
        line += ',';
        appendTextCell(line, s.id);
        line += ',';
        appendTextCell(line, s.offerId);
        line += ',';
        appendTextCell(line, s.offerName);
        line += ',';
        appendNumber(line, s.quantity);
        line += ',';
        appendTextCell(line, s.status.toLower()); // shared, no copy, when already lower-case
        line += s.autoRenewEnabled ? ",true," : ",false,";
        appendDate(line, s.commitmentEndDate);
        line += ',';
        if (days != noDaysLeft)
            appendNumber(line, days);
        line += ',';
        if (p)
            appendTextCell(line, p->replacementOfferId);
        line += ',';
        appendTextCell(line, item.replacementName(p));
        line += ',';
        if (p) {
            appendTextCell(line, p->newSubscriptionId);
            line += ',';
            appendNumber(line, p->usersTotal);
            line += ',';
            appendNumber(line, p->usersMoved);
        } else {
            line += ",,";
        }
        line += ',';
        appendTextCell(line, migrationStateToken(effectiveState(s, p)));
        line += ',';
        if (p && p->suspendedAt.isValid())
            appendDate(line, p->suspendedAt.toUTC().date());
        line += ',';
        if (p)
            appendDate(line, p->deprovisionDate);
        line += ',';
        if (p)
            appendTextCell(line, p->lastError);
        line += "\r\n";
        if (!writeAll(device, line))
            return failure();
        ++m_rowsWritten;
    }
    // QFile buffers: flush so a full disk (or `report --csv - > /dev/full`) fails here, not silently later.
    if (auto *file = qobject_cast<QFileDevice *>(&device); file && !file->flush()) {
        const int buffered = m_rowsWritten;
        m_rowsWritten = 0;
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("could not write the report (%1 rows were buffered): %2")
                               .arg(buffered)
                               .arg(file->errorString()),
                           QStringLiteral("CSV report"));
    }
    return {};
}

Status CsvReportWriter::writeFile(const QString &path, const ScanSnapshot &snapshot,
                                  const MigrationProgressMap &progress, const CsvReportOptions &options)
{
    m_rowsWritten = 0;
    const QString context = QStringLiteral("CSV report %1").arg(path);
    // A device, FIFO or socket (`--csv /dev/stdout`, a pipe): written straight through. QSaveFile would
    // write a temporary file beside it and rename it over the node, which replaces the device itself
    // when run as root. There is no previous report to keep in that case.
    const QFileInfo target(path);
    if (target.exists() && !target.isFile() && !target.isDir()) {
        QFile stream(path);
        if (!stream.open(QIODevice::WriteOnly)) {
            return Error::make(Error::Kind::Storage,
                               QStringLiteral("cannot open for writing: %1").arg(stream.errorString()),
                               context);
        }
        Status written = write(stream, snapshot, progress, options);
        if (!written.ok()) {
            Error error = written.error();
            error.context = context;
            return error;
        }
        return {};
    }
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
