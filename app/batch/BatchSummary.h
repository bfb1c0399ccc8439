#pragma once

#include "common/Result.h"
#include "journal/JournalTypes.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace om::journal {
class Journal;
}

namespace om::batch {

struct FailedUser
{
    QString upn;
    QString reason;
};

// One migration of a batch customer, as the journal has it.
struct SummaryRow
{
    QString customerId;
    QString customerName;
    QString oldSubscriptionId;
    QString oldOfferName;
    QString replacementName;
    QString termDuration;
    QString billingCycle;
    int seats = 0;
    bool upgrade = false;
    QString orderId;           // empty until bought (an upgrade has none)
    QString newSubscriptionId; // empty until bought
    journal::JournalState state = journal::JournalState::NotStarted;
    int usersMoved = 0;
    QList<FailedUser> failedUsers; // with the reason the journal recorded
    int usersPending = 0;
    QDateTime suspendedAt; // invalid: not suspended
    QDate deprovisionDate; // invalid: not known
    QString lastError;

    bool bought() const { return !newSubscriptionId.isEmpty(); }
    bool suspended() const { return state == journal::JournalState::Suspended; }
};

// Who the printable summary is from and for.
struct SummaryHeader
{
    QString partnerName;   // the partner's company (GET /v1/profiles/organization), or as typed
    QString operatorName;  // who ran the batch
    QDateTime generatedAt; // UTC; shown as a date and time
    QString batchId;
};

// Per customer of a batch: what was bought (order, subscription), who moved, who failed and why, what
// was suspended and when it will be de-provisioned. Read from the journal only (the truth), so it can be
// written after a crash or for a batch finished days ago. Customers the journal has nothing for appear
// with a "not started" row, so the summary lists every customer of the batch.
// CSV: the conventions of domain::CsvReportWriter (RFC 4180, CRLF, UTF-8, optional BOM, formula
// neutralising on every text cell from Partner Center or the journal; numbers and dates plain).
// HTML: one printable page, every text escaped with QString::toHtmlEscaped.
class BatchSummary
{
public:
    static Result<BatchSummary> collect(journal::Journal &journal, const QStringList &customerIds,
                                        const QHash<QString, QString> &customerNames = {});

    const QList<SummaryRow> &rows() const { return m_rows; }
    int customers() const;
    int bought() const;
    int usersMoved() const;
    int usersFailed() const;
    int suspended() const;

    static QByteArray csvHeader(); // without its CRLF
    Status writeCsv(QIODevice &device, bool byteOrderMark = false) const;
    Status writeCsvFile(const QString &path, bool byteOrderMark = false) const;   // through QSaveFile
    QString toHtml(const SummaryHeader &header) const;                            // BatchSummaryHtml.cpp
    Status writeHtmlFile(const QString &path, const SummaryHeader &header) const; // through QSaveFile

private:
    QList<SummaryRow> m_rows;
};

} // namespace om::batch
