#include "domain/CsvReportWriter.h"

#include "DomainFixtures.h"
#include "common/Clock.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace om;
using namespace om::domain;
using om::domain::test::builtInCatalogue;
using om::domain::test::readData;

namespace {

// A device that accepts `budget` bytes and then fails like a full disk.
class FullDiskDevice final : public QIODevice
{
public:
    explicit FullDiskDevice(qint64 budget)
        : m_budget(budget)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray written;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        if (written.size() + len > m_budget) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        written.append(data, len);
        return len;
    }

private:
    qint64 m_budget;
};

ManualClock reportClock()
{
    return ManualClock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
}

std::string show(const QByteArray &bytes)
{
    return bytes.toStdString();
}

} // namespace

TEST(CsvReportWriter, HeaderIsExact)
{
    EXPECT_EQ(
        CsvReportWriter::header(),
        QByteArray("customer_id,customer_name,domain,subscription_id,offer_id,offer_name,quantity,status,"
                   "auto_renew,commitment_end_date,days_left,replacement_offer_id,replacement_offer_name,"
                   "new_subscription_id,users_total,users_moved,migration_state,suspended_at,"
                   "deprovision_date,last_error"));
}

TEST(CsvReportWriter, WholeReportMatchesHandWrittenFile)
{
    const ManualClock clock = reportClock();
    CsvReportWriter writer(builtInCatalogue(), clock);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status status = writer.write(buffer, test::sampleSnapshot(), test::sampleProgress());
    ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();
    EXPECT_EQ(writer.rowsWritten(), 4);
    const QByteArray expected = readData(QStringLiteral("report-all.csv"));
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(show(buffer.data()), show(expected));
}

TEST(CsvReportWriter, BomAndExpiringFilter)
{
    const ManualClock clock = reportClock();
    CsvReportWriter writer(builtInCatalogue(), clock);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvReportOptions options;
    options.byteOrderMark = true;
    options.expiringWithinDays = 0; // only terms ending today or already ended
    ASSERT_TRUE(writer.write(buffer, test::sampleSnapshot(), test::sampleProgress(), options).ok());
    EXPECT_EQ(writer.rowsWritten(), 1);
    EXPECT_TRUE(buffer.data().startsWith("\xEF\xBB\xBF"
                                         "customer_id,"));
    EXPECT_EQ(show(buffer.data()), show(readData(QStringLiteral("report-expiring-bom.csv"))));
}

TEST(CsvReportWriter, NoBomByDefaultAndHeaderOnlyWhenNothingIsAffected)
{
    const ManualClock clock = reportClock();
    CsvReportWriter writer(builtInCatalogue(), clock);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(writer.write(buffer, ScanSnapshot{}, {}).ok());
    EXPECT_EQ(writer.rowsWritten(), 0);
    EXPECT_EQ(show(buffer.data()), show(readData(QStringLiteral("report-empty.csv"))));
}

TEST(CsvReportWriter, QuotingFollowsRfc4180)
{
    EXPECT_EQ(CsvReportWriter::quoteField(QStringLiteral("plain text")), QStringLiteral("plain text"));
    EXPECT_EQ(CsvReportWriter::quoteField(QString()), QString());
    EXPECT_EQ(CsvReportWriter::quoteField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvReportWriter::quoteField(QStringLiteral("say \"hi\"")),
              QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvReportWriter::quoteField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(CsvReportWriter::quoteField(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
    EXPECT_EQ(CsvReportWriter::quoteField(QStringLiteral("\"")), QStringLiteral("\"\"\"\""));
    // Non-ASCII text needs no quoting and stays as it is.
    EXPECT_EQ(CsvReportWriter::quoteField(QStringLiteral("Zoë 😀 Ñandú")), QStringLiteral("Zoë 😀 Ñandú"));
}

TEST(CsvReportWriter, FormulaPrefixesAreNeutralised)
{
    EXPECT_EQ(CsvReportWriter::textCell(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    EXPECT_EQ(CsvReportWriter::textCell(QStringLiteral("+44 20")), QStringLiteral("'+44 20"));
    EXPECT_EQ(CsvReportWriter::textCell(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(CsvReportWriter::textCell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(CsvReportWriter::textCell(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(CsvReportWriter::textCell(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
    EXPECT_EQ(CsvReportWriter::textCell(QStringLiteral("=HYPERLINK(\"u\",\"t\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"u\"\",\"\"t\"\")\""));
    // Only the first character counts; these are left alone.
    EXPECT_EQ(CsvReportWriter::textCell(QStringLiteral("a=b")), QStringLiteral("a=b"));
    EXPECT_EQ(CsvReportWriter::textCell(QStringLiteral(" =x")), QStringLiteral(" =x"));
    EXPECT_EQ(CsvReportWriter::textCell(QStringLiteral("'quoted")), QStringLiteral("'quoted"));
}

TEST(CsvReportWriter, OwnNegativeNumbersAreNotPrefixed)
{
    // days_left -3 is a number we computed, not user text: it stays "-3" (see report-all.csv too).
    const ManualClock clock = reportClock();
    CsvReportWriter writer(builtInCatalogue(), clock);
    ScanSnapshot snapshot;
    CustomerRecord customer;
    customer.id = QStringLiteral("-c");
    customer.companyName = QStringLiteral("Minus");
    customer.subscriptions << test::subscription(
        QStringLiteral("s"),
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)"), 2,
        QStringLiteral("expired"), false, QDate(2026, 11, 24), QStringLiteral("@id"));
    snapshot.customers << customer;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(writer.write(buffer, snapshot, {}).ok());
    const QList<QByteArray> lines = buffer.data().split('\n');
    ASSERT_EQ(lines.size(), 3); // header, row, empty after the last CRLF
    EXPECT_EQ(
        show(lines.at(1)),
        show("'-c,Minus,,s,'@id,Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer),2,"
             "expired,false,2026-11-24,-3,,Dynamics 365 Sales Professional,,,,not_started,,,\r"));
}

TEST(CsvReportWriter, FailingDeviceGivesErrorAndRowCount)
{
    const ManualClock clock = reportClock();
    CsvReportWriter writer(builtInCatalogue(), clock);
    const QByteArray expected = readData(QStringLiteral("report-all.csv"));
    const QList<QByteArray> lines = expected.split('\n');
    ASSERT_GE(lines.size(), 3);
    // Room for the header and the first data row plus a few bytes: the second row fails.
    FullDiskDevice device(lines.at(0).size() + 1 + lines.at(1).size() + 1 + 5);
    const Status status = writer.write(device, test::sampleSnapshot(), test::sampleProgress());
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(status.error().message.contains(QLatin1String("No space left on device")))
        << status.error().toString().toStdString();
    EXPECT_TRUE(status.error().message.contains(QLatin1String("after 1 rows")));
    EXPECT_EQ(writer.rowsWritten(), 1);

    FullDiskDevice noRoom(10); // even the header fails
    ASSERT_FALSE(writer.write(noRoom, test::sampleSnapshot(), {}).ok());
    EXPECT_EQ(writer.rowsWritten(), 0);
}

TEST(CsvReportWriter, ClosedDeviceIsAnError)
{
    const ManualClock clock = reportClock();
    CsvReportWriter writer(builtInCatalogue(), clock);
    QBuffer closed;
    const Status status = writer.write(closed, test::sampleSnapshot(), {});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, Error::Kind::Storage);
}

TEST(CsvReportWriter, WriteFileReplacesAtomically)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old report\r\n");
    }
    const ManualClock clock = reportClock();
    CsvReportWriter writer(builtInCatalogue(), clock);
    ASSERT_TRUE(writer.writeFile(path, test::sampleSnapshot(), test::sampleProgress()).ok());
    EXPECT_EQ(writer.rowsWritten(), 4);
    QFile written(path);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(show(written.readAll()), show(readData(QStringLiteral("report-all.csv"))));

    const Status failed = writer.writeFile(dir.filePath(QStringLiteral("missing-folder/report.csv")),
                                           test::sampleSnapshot(), {});
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(failed.error().context.contains(QLatin1String("missing-folder")));
}
