#include "journal/ScanCache.h"

#include "journal/JournalLog.h"
#include "journal/JournalRows.h"
#include "journal/SqliteConnection.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QStandardPaths>
#include <QStringBuilder>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <vector>

namespace om::journal {

namespace {

constexpr int formatVersion = 1;

// One row per customer, in the snapshot's order (idx). A customer's subscriptions are one BLOB
// (QDataStream, fixed stream version): the cache is only ever read whole, and 100,000 subscription rows
// of 14 columns cost seconds through QtSql where 10,000 blobs cost milliseconds. No secondary index.
const char *const schema[] = {
    "CREATE TABLE snapshot (id INTEGER PRIMARY KEY CHECK (id = 1), scanned_at TEXT, environment TEXT NOT "
    "NULL)",
    "CREATE TABLE customers (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, company_name TEXT, domain TEXT,"
    " market TEXT, subscription_count INTEGER NOT NULL, subscriptions BLOB NOT NULL)",
    "PRAGMA user_version = 1",
};

// Blob layout per subscription, little-endian: 9 strings (u32 byte length + UTF-8), i32 quantity,
// u8 autoRenew, i64 commitment end (Julian day), u8 creation valid + i64 creation (ms since epoch, UTC).
// Written by hand rather than with QDataStream: this loop runs 100,000 times on every start.
constexpr int textFields = 9;

template<typename T>
void put(QByteArray &out, T value)
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

QByteArray encodeSubscriptions(const QList<domain::SubscriptionRecord> &subscriptions)
{
    QByteArray out;
    out.reserve(subscriptions.size() * 256);
    for (const domain::SubscriptionRecord &s : subscriptions) {
        const QString *texts[textFields] = {&s.id,           &s.offerId, &s.offerName,
                                            &s.friendlyName, &s.status,  &s.unitType,
                                            &s.etag,         &s.orderId, &s.parentSubscriptionId};
        for (const QString *text : texts) {
            const QByteArray utf8 = text->toUtf8();
            put<quint32>(out, quint32(utf8.size()));
            out.append(utf8);
        }
        put<qint32>(out, s.quantity);
        put<quint8>(out, s.autoRenewEnabled ? 1 : 0);
        put<qint64>(out, s.commitmentEndDate.toJulianDay());
        put<quint8>(out, s.creationDate.isValid() ? 1 : 0);
        put<qint64>(out, s.creationDate.isValid() ? s.creationDate.toMSecsSinceEpoch() : 0);
    }
    return out;
}

// Repeated texts decoded once and then shared (implicit sharing): 100,000 subscriptions hold a handful
// of distinct offer ids, offer names, statuses and unit types, so this saves most of the allocations
// and tens of MB. Only the first `maxEntries` distinct values are kept; later ones are decoded each time.
class TextInterner
{
public:
    QString get(const char *data, qsizetype size)
    {
        // Size and first bytes first: a field of unique values (ids) is told apart without a memcmp each.
        const quint64 head = headOf(data, size);
        for (const Entry &entry : m_entries) {
            if (entry.head == head && entry.utf8.size() == size &&
                std::memcmp(entry.utf8.constData(), data, size_t(size)) == 0)
                return entry.text;
        }
        QString text = QString::fromUtf8(data, size);
        if (m_entries.size() < maxEntries)
            m_entries.push_back({head, QByteArray(data, size), text});
        return text;
    }

private:
    static quint64 headOf(const char *data, qsizetype size)
    {
        quint64 head = 0;
        std::memcpy(&head, data, size_t(std::min<qsizetype>(size, sizeof head)));
        return head;
    }
    static constexpr size_t maxEntries = 64;
    struct Entry
    {
        quint64 head; // the first 8 bytes (fewer: zero-padded)
        QByteArray utf8;
        QString text;
    };
    std::vector<Entry> m_entries;
};

// One interner per repeated field, alive for one load().
struct Interners
{
    TextInterner offerId;
    TextInterner offerName;
    TextInterner friendlyName;
    TextInterner status;
    TextInterner unitType;
};

// Reads a blob back; false when it is cut short or has bytes left over.
class BlobReader
{
public:
    explicit BlobReader(const QByteArray &blob)
        : m_data(blob.constData())
        , m_left(blob.size())
    {}

    template<typename T>
    bool get(T &value)
    {
        if (m_left < qsizetype(sizeof(T)))
            return false;
        value = qFromLittleEndian<T>(m_data);
        advance(sizeof(T));
        return true;
    }
    bool getText(QString &text, TextInterner *interner)
    {
        quint32 size = 0;
        if (!get(size) || m_left < qsizetype(size))
            return false;
        text = interner ? interner->get(m_data, qsizetype(size)) : QString::fromUtf8(m_data, qsizetype(size));
        advance(size);
        return true;
    }
    bool atEnd() const { return m_left == 0; }

private:
    void advance(qsizetype n)
    {
        m_data += n;
        m_left -= n;
    }
    const char *m_data;
    qsizetype m_left;
};

bool decodeSubscriptions(const QByteArray &blob, qint64 count, QList<domain::SubscriptionRecord> &into,
                         Interners &interners)
{
    if (count < 0 || count > blob.size())
        return false;
    BlobReader in(blob);
    into.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        domain::SubscriptionRecord s;
        QString *texts[textFields] = {&s.id,           &s.offerId, &s.offerName,
                                      &s.friendlyName, &s.status,  &s.unitType,
                                      &s.etag,         &s.orderId, &s.parentSubscriptionId};
        // Same order as texts: unique ids are decoded, repeated values shared.
        TextInterner *const shared[textFields] = {nullptr,
                                                  &interners.offerId,
                                                  &interners.offerName,
                                                  &interners.friendlyName,
                                                  &interners.status,
                                                  &interners.unitType,
                                                  nullptr,
                                                  nullptr,
                                                  nullptr};
        for (int f = 0; f < textFields; ++f) {
            if (!in.getText(*texts[f], shared[f]))
                return false;
        }
        qint32 quantity = 0;
        quint8 autoRenew = 0;
        qint64 commitmentEnd = 0;
        quint8 hasCreation = 0;
        qint64 creation = 0;
        if (!in.get(quantity) || !in.get(autoRenew) || !in.get(commitmentEnd) || !in.get(hasCreation) ||
            !in.get(creation))
            return false;
        s.quantity = quantity;
        s.autoRenewEnabled = autoRenew != 0;
        s.commitmentEndDate = QDate::fromJulianDay(commitmentEnd);
        if (hasCreation)
            s.creationDate = QDateTime::fromMSecsSinceEpoch(creation, Qt::UTC);
        into.append(std::move(s));
    }
    return in.atEnd();
}

SqliteConnection::Options cacheOptions(bool readOnly)
{
    SqliteConnection::Options o;
    o.synchronous = QStringLiteral("NORMAL"); // a lost cache only costs a rescan
    o.readOnly = readOnly;
    return o;
}

Status createSchema(SqliteConnection &db)
{
    const QString op = QStringLiteral("create the tables");
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"), {}, op);
    if (!version)
        return version.error();
    if (version->toInt() == formatVersion)
        return {};
    auto tables = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, op);
    if (!tables)
        return tables.error();
    if (tables->toInt() != 0)
        return db.storageError(op, QStringLiteral("the file has another format"),
                               SqliteConnection::damagedCode);
    SqliteTransaction tx(db);
    if (auto s = tx.begin(op); !s)
        return s;
    for (const char *sql : schema) {
        if (auto q = db.exec(QLatin1String(sql), {}, op); !q)
            return q.error();
    }
    return tx.commit();
}

void removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

Status writeSnapshot(SqliteConnection &db, const domain::ScanSnapshot &snapshot)
{
    const QString op = QStringLiteral("save the scan");
    SqliteTransaction tx(db);
    if (auto s = tx.begin(op); !s)
        return s;
    for (const char *sql : {"DELETE FROM customers", "DELETE FROM snapshot"}) {
        if (auto q = db.exec(QLatin1String(sql), {}, op); !q)
            return q.error();
    }
    if (auto q = db.exec(
            QStringLiteral("INSERT INTO snapshot (id, scanned_at, environment) VALUES (1, ?, ?)"),
            {rows::timeValue(snapshot.scannedAt), SqliteConnection::bindable(snapshot.environment)}, op);
        !q)
        return q.error();
    auto insert =
        db.prepare(QStringLiteral("INSERT INTO customers (idx, id, company_name, domain, market,"
                                  " subscription_count, subscriptions) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   op);
    if (!insert)
        return insert.error();
    QSqlQuery &q = insert.value();
    for (qsizetype i = 0; i < snapshot.customers.size(); ++i) {
        const domain::CustomerRecord &c = snapshot.customers.at(i);
        q.bindValue(0, qint64(i));
        q.bindValue(1, SqliteConnection::bindable(c.id));
        q.bindValue(2, c.companyName);
        q.bindValue(3, c.domain);
        q.bindValue(4, c.market);
        q.bindValue(5, qint64(c.subscriptions.size()));
        q.bindValue(6, encodeSubscriptions(c.subscriptions));
        if (!q.exec())
            return db.storageError(op, q.lastError());
    }
    q.finish();
    return tx.commit();
}

} // namespace

ScanCache::ScanCache(QString path)
    : m_path(std::move(path))
{}

Result<QString> ScanCache::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("Could not create the application data folder \"%1\".").arg(dir),
                           QStringLiteral("scan cache path"));
    return QDir(dir).filePath(QStringLiteral("scan-cache.sqlite"));
}

Result<domain::ScanSnapshot> ScanCache::load() const
{
    domain::ScanSnapshot snapshot;
    if (!QFile::exists(m_path))
        return snapshot;
    SqliteConnection db(QStringLiteral("scan cache"));
    if (auto s = db.open(m_path, cacheOptions(true)); !s)
        return s.error();
    const QString op = QStringLiteral("load the scan");
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"), {}, op);
    if (!version)
        return version.error();
    if (version->toInt() != formatVersion)
        return db.storageError(
            op, QStringLiteral("the file has another format (version %1)").arg(version->toInt()),
            SqliteConnection::damagedCode);

    // The file mapped into memory while it is read: SQLite then reads its pages without copying them
    // through read() calls (about 10,000 overflow pages at 100,000 subscriptions).
    db.execQuietly(QStringLiteral("PRAGMA mmap_size = 268435456"));
    // One read transaction so the three reads see one snapshot even if a save runs meanwhile.
    if (auto q = db.exec(QStringLiteral("BEGIN"), {}, op); !q)
        return q.error();
    {
        auto head =
            db.exec(QStringLiteral("SELECT scanned_at, environment FROM snapshot WHERE id = 1"), {}, op);
        if (!head)
            return head.error();
        if (head->next()) {
            snapshot.scannedAt = rows::toTime(head->value(0));
            snapshot.environment = head->value(1).toString();
        }
        // The rows are numbered 0..n-1: the last number sizes the list (count(*) would read every page).
        auto count = db.scalar(QStringLiteral("SELECT coalesce(max(idx) + 1, 0) FROM customers"), {}, op);
        if (!count)
            return count.error();
        // Only a size hint: a damaged file's huge number must not abort the start with a failed allocation.
        constexpr qlonglong kMostCustomersReserved = 1'000'000;
        snapshot.customers.reserve(int(std::clamp(count->toLongLong(), 0LL, kMostCustomersReserved)));
        auto customers = db.exec(QStringLiteral("SELECT id, company_name, domain, market, subscription_count,"
                                                " subscriptions FROM customers ORDER BY idx"),
                                 {}, op);
        if (!customers)
            return customers.error();
        QSqlQuery &q = customers.value();
        Interners interners;
        while (q.next()) {
            domain::CustomerRecord c;
            c.id = q.value(0).toString();
            c.companyName = q.value(1).toString();
            c.domain = q.value(2).toString();
            c.market = q.value(3).toString();
            if (!decodeSubscriptions(q.value(5).toByteArray(), q.value(4).toLongLong(), c.subscriptions,
                                     interners))
                return db.storageError(
                    op, QStringLiteral("the subscriptions of customer %1 are damaged").arg(c.id),
                    SqliteConnection::damagedCode);
            snapshot.customers.append(std::move(c));
        }
        if (q.lastError().isValid())
            return db.storageError(op, q.lastError());
    }
    (void)db.exec(QStringLiteral("COMMIT"), {}, op);
    return snapshot;
}

Status ScanCache::save(const domain::ScanSnapshot &snapshot)
{
    {
        SqliteConnection db(QStringLiteral("scan cache"));
        Status opened = db.open(m_path, cacheOptions(false));
        if (opened)
            opened = createSchema(db);
        if (opened)
            return writeSnapshot(db, snapshot);
        if (!db.lastErrorMeansDamaged())
            return opened; // busy, full, read-only: not a reason to throw the file away
        qCWarning(lcJournal) << "replacing the unreadable scan cache" << m_path;
    }
    // The cache is disposable: a damaged or foreign file is replaced by a fresh one.
    removeFiles(m_path);
    SqliteConnection db(QStringLiteral("scan cache"));
    if (auto s = db.open(m_path, cacheOptions(false)); !s)
        return s;
    if (auto s = createSchema(db); !s)
        return s;
    return writeSnapshot(db, snapshot);
}

} // namespace om::journal
