// The CSV report with hostile text from Partner Center or the journal (formulas, quotes, newlines, RTL
// and zero-width marks, emoji, combining characters, NUL) read back with an independent RFC 4180
// reader; and the report on a full disk: a real ENOSPC (/dev/full), a file-size limit on a real
// filesystem (RLIMIT_FSIZE) and a device that fails after N bytes. An existing report stays untouched.
#include "common/Clock.h"
#include "domain/CsvReportWriter.h"
#include "domain/OfferCatalogue.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>

using namespace om;
using namespace om::domain;

namespace {

const QString kRetiredOffer =
    QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)");

// Strict RFC 4180: records end with CRLF, a quoted field may hold anything with "" for a quote,
// a quote inside an unquoted field is an error. Returns nullopt on any violation.
std::optional<QList<QStringList>> readCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    bool fieldStarted = false;
    while (i < n) {
        const char c = bytes.at(i);
        if (!fieldStarted && c == '"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (bytes.at(i) == '"') {
                    if (i + 1 < n && bytes.at(i + 1) == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += bytes.at(i++);
            }
            fieldStarted = true;
            if (i < n && bytes.at(i) != ',' && bytes.at(i) != '\r')
                return std::nullopt; // text after a closing quote
            continue;
        }
        if (c == ',') {
            row << QString::fromUtf8(field);
            field.clear();
            fieldStarted = false;
            ++i;
            continue;
        }
        if (c == '\r') {
            if (i + 1 >= n || bytes.at(i + 1) != '\n')
                return std::nullopt; // bare CR outside quotes
            row << QString::fromUtf8(field);
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            i += 2;
            continue;
        }
        if (c == '"' || c == '\n')
            return std::nullopt; // quote or bare LF in an unquoted field
        field += c;
        fieldStarted = true;
        ++i;
    }
    if (!row.isEmpty() || !field.isEmpty())
        return std::nullopt; // last record without CRLF
    return rows;
}

QStringList hostileTexts()
{
    return {
        QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
        QStringLiteral("+1+cmd|' /C calc'!A0"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1:A9)"),
        QStringLiteral("\tTabbed"),
        QStringLiteral("\rCarriage"),
        QStringLiteral("Comma, Inc"),
        QStringLiteral("Say \"hi\""),
        QStringLiteral("\""),
        QStringLiteral("\"\"\""),
        QStringLiteral("Line1\nLine2"),
        QStringLiteral("Line1\r\nLine2\r\n"),
        QStringLiteral("\u202Eevil.exe\u202C txt"),              // RTL override
        QStringLiteral("\u200Fright\u200E left"),                // RTL / LTR marks
        QStringLiteral("zero\u200Bwidth\u200D\u2060join\uFEFF"), // ZWSP, ZWJ, word joiner, BOM
        QStringLiteral("Emoji \U0001F600 \U0001F469\u200D\U0001F469\u200D\U0001F467 \U0001F1EC\U0001F1E7"),
        QStringLiteral("Cafe\u0301 n\u0303 Z\u0351\u0352\u0353\u0354"), // combining marks
        QString::fromUtf16(u"NUL\0inside", 10),
        QStringLiteral("\u05E9\u05DC\u05D5\u05DD, \u0645\u0631\u062D\u0628\u0627"), // Hebrew, Arabic
        QStringLiteral("\u65E5\u672C\u8A9E\u3000\u4F1A\u793E"),
        QStringLiteral("line\u2028separator\u2029para"),
        QStringLiteral("  padded  "),
        QStringLiteral("'already quoted"),
        QStringLiteral("=cmd\n,\"x\""),
    };
}

// The cell the report must hold for a text, written out here rather than computed with the writer's own
// helper: the texts that start like a formula (= + - @ tab CR) get a leading apostrophe, every other
// text (the ids "c00-=...", "s0-=..." included) is kept as it is.
QString expectedCell(const QString &text)
{
    static const QHash<QString, QString> formulas = {
        {QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
         QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")")},
        {QStringLiteral("+1+cmd|' /C calc'!A0"), QStringLiteral("'+1+cmd|' /C calc'!A0")},
        {QStringLiteral("-2+3"), QStringLiteral("'-2+3")},
        {QStringLiteral("@SUM(A1:A9)"), QStringLiteral("'@SUM(A1:A9)")},
        {QStringLiteral("\tTabbed"), QStringLiteral("'\tTabbed")},
        {QStringLiteral("\rCarriage"), QStringLiteral("'\rCarriage")},
        {QStringLiteral("=cmd\n,\"x\""), QStringLiteral("'=cmd\n,\"x\"")},
    };
    return formulas.value(text, text);
}

struct Fixture
{
    Fixture()
        : clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC))
    {
        Result<OfferCatalogue> loaded = OfferCatalogue::loadBuiltIn();
        EXPECT_TRUE(loaded.ok());
        catalogue = loaded.ok() ? loaded.take() : OfferCatalogue();
    }
    ManualClock clock;
    OfferCatalogue catalogue;
};

// One customer per hostile text, used as id, name, domain, subscription id, and in the progress.
ScanSnapshot hostileSnapshot(MigrationProgressMap *progress)
{
    ScanSnapshot snapshot;
    const QStringList texts = hostileTexts();
    for (int i = 0; i < texts.size(); ++i) {
        CustomerRecord c;
        c.id = QStringLiteral("c%1-").arg(i, 2, 10, QLatin1Char('0')) + texts.at(i);
        c.companyName = texts.at(i);
        c.domain = texts.at(i);
        SubscriptionRecord s;
        s.id = QStringLiteral("s%1-").arg(i) + texts.at(i);
        s.offerId = texts.at(i);
        s.offerName = kRetiredOffer;
        s.status = QStringLiteral("active");
        s.quantity = i;
        s.commitmentEndDate = QDate(2027, 1, 1);
        c.subscriptions << s;
        snapshot.customers << c;
        MigrationProgress p;
        p.replacementOfferId = texts.at(i);
        p.replacementOfferName = texts.at(i);
        p.newSubscriptionId = texts.at(i);
        p.lastError = texts.at(i);
        progress->insert(s.id, p);
    }
    return snapshot;
}

int column(const char *name)
{
    return static_cast<int>(
        QString::fromLatin1(CsvReportWriter::header()).split(QLatin1Char(',')).indexOf(QLatin1String(name)));
}

// Fails every write once `room` bytes have gone out (a disk that fills up).
class FillingDevice final : public QIODevice
{
public:
    explicit FillingDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray written;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        if (written.size() + len > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        written.append(data, len);
        return len;
    }

private:
    qint64 m_room;
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

TEST(CsvHardening, HostileTextRoundTripsThroughAStrictRfc4180Reader)
{
    Fixture fx;
    MigrationProgressMap progress;
    const ScanSnapshot snapshot = hostileSnapshot(&progress);
    CsvReportWriter writer(fx.catalogue, fx.clock);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(writer.write(buffer, snapshot, progress, CsvReportOptions{true, std::nullopt}).ok());
    ASSERT_TRUE(buffer.data().startsWith("\xEF\xBB\xBF"));

    const std::optional<QList<QStringList>> rows = readCsv(buffer.data().mid(3));
    ASSERT_TRUE(rows.has_value()) << "not valid RFC 4180";
    ASSERT_EQ(rows->size(), snapshot.customers.size() + 1);
    EXPECT_EQ(rows->at(0).join(QLatin1Char(',')).toLatin1(), CsvReportWriter::header());
    const int columns = static_cast<int>(rows->at(0).size());

    // Rows are sorted by name: find each customer's row by its id cell.
    QHash<QString, QStringList> byId;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        ASSERT_EQ(rows->at(r).size(), columns) << "row " << r;
        byId.insert(rows->at(r).at(column("customer_id")), rows->at(r));
    }
    for (const CustomerRecord &c : snapshot.customers) {
        const QStringList row = byId.value(expectedCell(c.id));
        ASSERT_FALSE(row.isEmpty()) << c.id.toStdString();
        const SubscriptionRecord &s = c.subscriptions.first();
        const MigrationProgress &p = progress[s.id];
        EXPECT_EQ(row.at(column("customer_name")), expectedCell(c.companyName))
            << c.companyName.toStdString();
        EXPECT_EQ(row.at(column("domain")), expectedCell(c.domain));
        EXPECT_EQ(row.at(column("subscription_id")), expectedCell(s.id));
        EXPECT_EQ(row.at(column("offer_id")), expectedCell(s.offerId));
        EXPECT_EQ(row.at(column("offer_name")), kRetiredOffer);
        EXPECT_EQ(row.at(column("quantity")), QString::number(s.quantity));
        EXPECT_EQ(row.at(column("replacement_offer_id")), expectedCell(p.replacementOfferId));
        EXPECT_EQ(row.at(column("replacement_offer_name")), expectedCell(p.replacementOfferName));
        EXPECT_EQ(row.at(column("new_subscription_id")), expectedCell(p.newSubscriptionId));
        EXPECT_EQ(row.at(column("last_error")), expectedCell(p.lastError));
        // No text cell starts a formula once read back.
        for (const QString &cell : row) {
            if (cell.isEmpty() || cell.at(0).isDigit())
                continue;
            EXPECT_FALSE(QStringView(u"=+-@\t\r").contains(cell.at(0)) && cell != QStringLiteral("-"))
                << cell.toStdString();
        }
    }
}

// Sets a file-size limit for the current scope (SIGXFSZ ignored, so a write past it fails with EFBIG
// like a full disk would with ENOSPC). Process-wide, so kept as short as possible.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ok = getrlimit(RLIMIT_FSIZE, &m_saved) == 0;
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = m_saved;
        small.rlim_cur = bytes;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &small) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

TEST(CsvHardening, StreamingToAFullFileIsAStorageErrorNotSilentSuccess)
{
    Fixture fx;
    MigrationProgressMap progress;
    const ScanSnapshot snapshot = hostileSnapshot(&progress);
    CsvReportWriter writer(fx.catalogue, fx.clock);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Like `offer-migrator report --csv - > file-on-a-full-disk`: QFile buffers, so before the fix every
    // write "succeeded" into the buffer and the loss went unnoticed (exit code 0).
    QFile out(dir.filePath(QStringLiteral("stdout.csv")));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    Status s;
    {
        FileSizeLimit limit(1024);
        ASSERT_TRUE(limit.ok());
        s = writer.write(out, snapshot, progress);
    }
    ASSERT_FALSE(s.ok()) << "a report that did not fit was reported as written";
    EXPECT_EQ(s.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(s.error().message.contains(u"could not write the report"))
        << s.error().toString().toStdString();
    EXPECT_EQ(writer.rowsWritten(), 0);
}

TEST(CsvHardening, StreamingToDevFullIsAStorageError)
{
    // Only a real character device: in some containers /dev/full is an ordinary file.
    struct stat st
    {
    };
    if (::stat("/dev/full", &st) != 0 || !S_ISCHR(st.st_mode))
        GTEST_SKIP() << "/dev/full is not the full device here";
    Fixture fx;
    MigrationProgressMap progress;
    const ScanSnapshot snapshot = hostileSnapshot(&progress);
    CsvReportWriter writer(fx.catalogue, fx.clock);
    QFile full(QStringLiteral("/dev/full"));
    ASSERT_TRUE(full.open(QIODevice::WriteOnly));
    const Status s = writer.write(full, snapshot, progress);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(s.error().message.contains(u"No space left on device")) << s.error().toString().toStdString();
}

TEST(CsvHardening, WritingToAPipeStreamsThroughItAndLeavesTheNodeInPlace)
{
    // `report --csv /dev/stdout` or a named pipe: QSaveFile would rename a temporary file over the node
    // (as root that replaced /dev/full with a regular file once). The report must go through the pipe.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);

    QByteArray received;
    std::thread reader([&received, path] {
        QFile in(path);
        if (in.open(QIODevice::ReadOnly)) // blocks until the writer opens its end
            received = in.readAll();
    });
    Fixture fx;
    MigrationProgressMap progress;
    const ScanSnapshot snapshot = hostileSnapshot(&progress);
    CsvReportWriter writer(fx.catalogue, fx.clock);
    const Status s = writer.writeFile(path, snapshot, progress);
    reader.join();

    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    struct stat st
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode)) << "the pipe was replaced by a regular file";
    const auto rows = readCsv(received);
    ASSERT_TRUE(rows.has_value());
    EXPECT_EQ(rows->size(), writer.rowsWritten() + 1); // header + every data row
    EXPECT_GT(writer.rowsWritten(), 0);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
              QStringList{QStringLiteral("report.fifo")}); // no temporary file left beside it
}

TEST(CsvHardening, FileSizeLimitOnARealFilesystemLeavesTheOldReportUntouched)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    const QByteArray old = "customer_id,...\r\nthe previous report\r\n";
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_EQ(f.write(old), old.size());
    }
    Fixture fx;
    MigrationProgressMap progress;
    ScanSnapshot snapshot = hostileSnapshot(&progress);
    for (int copy = 0; copy < 6; ++copy) // > 16 KiB of report
        snapshot.customers += hostileSnapshot(&progress).customers;
    CsvReportWriter writer(fx.catalogue, fx.clock);

    // A real filesystem that runs out of room for this file: writes past 4 KiB fail with EFBIG.
    Status s;
    {
        FileSizeLimit limit(4096);
        ASSERT_TRUE(limit.ok());
        s = writer.writeFile(path, snapshot, progress);
    }

    ASSERT_FALSE(s.ok()) << "a report larger than the disk allowed was reported as written";
    EXPECT_EQ(s.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(s.error().context.contains(path)) << s.error().toString().toStdString();
    EXPECT_EQ(fileBytes(path), old); // the previous report is untouched
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("report.csv")});

    // With room again the same call replaces it completely.
    ASSERT_TRUE(writer.writeFile(path, snapshot, progress).ok());
    EXPECT_TRUE(readCsv(fileBytes(path)).has_value());
}

TEST(CsvHardening, DeviceFillingUpAtEveryByteGivesAnErrorAndExactRowCount)
{
    Fixture fx;
    MigrationProgressMap progress;
    const ScanSnapshot snapshot = hostileSnapshot(&progress);
    CsvReportWriter writer(fx.catalogue, fx.clock);
    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    ASSERT_TRUE(writer.write(whole, snapshot, progress).ok());
    const QByteArray full = whole.data();
    // Complete records before each byte offset.
    for (qint64 room = 0; room < full.size(); room += 97) {
        FillingDevice device(room);
        const Status s = writer.write(device, snapshot, progress);
        ASSERT_FALSE(s.ok()) << room;
        EXPECT_EQ(s.error().kind, Error::Kind::Storage);
        EXPECT_TRUE(s.error().message.contains(u"No space left on device"));
        // What went out is a prefix of the full report made of whole records only.
        EXPECT_TRUE(full.startsWith(device.written)) << room;
        EXPECT_TRUE(device.written.isEmpty() || device.written.endsWith("\r\n")) << room;
        const std::optional<QList<QStringList>> rows = readCsv(device.written);
        ASSERT_TRUE(rows.has_value()) << room;
        EXPECT_EQ(writer.rowsWritten(), std::max<qsizetype>(0, rows->size() - 1)) << room;
    }
}
