#include "journal/SqliteConnection.h"

#include "journal/JournalLog.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStringBuilder>
#include <QUuid>

namespace om::journal {

namespace {

// Primary SQLite result codes (sqlite3.h); QtSql reports them as text in nativeErrorCode().
enum SqliteCode
{
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

QString reasonFor(int code)
{
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return QStringLiteral("the file is locked by another program (is another Offer Migrator running?); "
                              "close it and retry");
    case SqliteReadOnly:
        return QStringLiteral("the file is read-only; check its permissions");
    case SqliteIoErr:
        return QStringLiteral("the disk reported a read or write error");
    case SqliteCorrupt:
    case SqliteNotADb:
        return QStringLiteral("the file is damaged or is not an Offer Migrator database");
    case SqliteFull:
        return QStringLiteral("the disk is full; free some space and retry");
    case SqliteCantOpen:
        return QStringLiteral("the file cannot be opened; check that its folder exists and is writable");
    case SqliteConstraint:
        return QStringLiteral("the change breaks a rule of the database");
    default:
        return QStringLiteral("the database reported an error");
    }
}

} // namespace

SqliteConnection::SqliteConnection(QString purpose)
    : m_purpose(std::move(purpose))
    , m_connectionName(QStringLiteral("om-sqlite-") % QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SqliteConnection::~SqliteConnection()
{
    close();
}

Status SqliteConnection::open(const QString &path, const Options &options)
{
    close();
    m_path = QDir::cleanPath(path);
    const QFileInfo info(m_path);
    if (!options.readOnly && !QDir().mkpath(info.absolutePath()))
        return storageError(QStringLiteral("create the folder"),
                            QStringLiteral("the folder cannot be created; check its permissions"));
    if (info.exists() && !options.readOnly && !info.isWritable())
        return storageError(QStringLiteral("open"), reasonFor(SqliteReadOnly));
    // WAL keeps two files next to the database (-wal, -shm): the folder must be writable too.
    if (!options.readOnly && !QFileInfo(info.absolutePath()).isWritable())
        return storageError(
            QStringLiteral("open"),
            QStringLiteral("its folder is read-only and the journal needs to create files next to "
                           "it; check the folder's permissions"));
    if (!info.exists() && options.readOnly)
        return storageError(QStringLiteral("open"), QStringLiteral("the file does not exist"));

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=") % QString::number(options.busyTimeoutMs);
    if (options.readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(connectOptions);
    if (!m_db.open()) {
        const Error e = storageError(QStringLiteral("open"), m_db.lastError());
        close();
        return e;
    }

    const QString op = QStringLiteral("open");
    const auto fail = [this](const Error &e) -> Status {
        close();
        return e;
    };
    const QString setup[] = {QStringLiteral("PRAGMA busy_timeout = ") %
                                 QString::number(options.busyTimeoutMs),
                             QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString &sql : setup) {
        if (auto q = exec(sql, {}, op); !q)
            return fail(q.error());
    }
    // The first statement that reads the file: one that is not SQLite fails here, not later.
    if (options.newestUserVersion >= 0) {
        const QString readOp = QStringLiteral("read the schema version");
        auto version = scalar(QStringLiteral("PRAGMA user_version"), {}, readOp);
        if (!version)
            return fail(version.error());
        if (version->toInt() > options.newestUserVersion) {
            return fail(
                storageError(readOp, QStringLiteral("the file was written by a newer Offer Migrator (schema "
                                                    "version %1, this one knows up to %2); update the app")
                                         .arg(version->toInt())
                                         .arg(options.newestUserVersion)));
        }
    }
    if (options.checkIntegrityFirst) {
        const QString checkOp = QStringLiteral("check the file");
        auto check = scalar(QStringLiteral("PRAGMA quick_check"), {}, checkOp);
        if (!check)
            return fail(check.error());
        if (check->toString() != QLatin1String("ok")) {
            const QString firstProblem = check->toString().simplified().left(160);
            return fail(storageError(checkOp, QStringLiteral("the file is damaged (SQLite: ") % firstProblem %
                                                  QLatin1Char(')')));
        }
    }
    // A read-only connection cannot change the mode: it only reads it.
    auto mode = scalar(options.readOnly ? QStringLiteral("PRAGMA journal_mode")
                                        : QStringLiteral("PRAGMA journal_mode = WAL"),
                       {}, op);
    if (!mode)
        return fail(mode.error());
    m_journalMode = mode->toString().toLower();
    if (m_journalMode != QLatin1String("wal"))
        qCWarning(lcJournal) << "WAL not available for" << m_path << "- using" << m_journalMode;
    if (!options.synchronous.isEmpty()) {
        if (auto q = exec(QStringLiteral("PRAGMA synchronous = ") % options.synchronous, {}, op); !q)
            return fail(q.error());
    }
    if (options.maxPageCount > 0) {
        if (auto q = exec(QStringLiteral("PRAGMA max_page_count = ") % QString::number(options.maxPageCount),
                          {}, op);
            !q)
            return fail(q.error());
    }
    return {};
}

void SqliteConnection::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_journalMode.clear();
}

Result<QSqlQuery> SqliteConnection::exec(const QString &sql, const QVariantList &binds,
                                         const QString &operation)
{
    if (!m_db.isOpen())
        return storageError(operation, QStringLiteral("the file is not open"));
    ++m_statementsRun;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storageError(operation, query.lastError());
    for (const QVariant &value : binds)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return storageError(operation, query.lastError());
    return query;
}

void SqliteConnection::execQuietly(const QString &sql)
{
    if (!m_db.isOpen())
        return;
    QSqlQuery query(m_db);
    (void)query.exec(sql);
}

QVariant SqliteConnection::bindable(const QVariant &value)
{
    // QtSql binds a null QString as SQL NULL; our text columns want ''. A null QVariant stays NULL.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

Result<QSqlQuery> SqliteConnection::prepare(const QString &sql, const QString &operation)
{
    if (!m_db.isOpen())
        return storageError(operation, QStringLiteral("the file is not open"));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storageError(operation, query.lastError());
    return query;
}

Result<QVariant> SqliteConnection::scalar(const QString &sql, const QVariantList &binds,
                                          const QString &operation)
{
    auto query = exec(sql, binds, operation);
    if (!query)
        return query.error();
    if (!query->next()) {
        if (query->lastError().isValid())
            return storageError(operation, query->lastError());
        return QVariant();
    }
    return query->value(0);
}

Error SqliteConnection::storageError(const QString &operation, const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString reason = reasonFor(code);
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    if (!detail.isEmpty())
        reason += QStringLiteral(" (SQLite: ") % detail % QLatin1Char(')');
    return storageError(operation, reason, code);
}

Error SqliteConnection::storageError(const QString &operation, const QString &reason, int sqliteCode) const
{
    m_lastErrorCode = sqliteCode;
    // "Could not open (migration journal /home/a/journal.sqlite): the file is damaged ... ."
    const QString message = QStringLiteral("Could not ") % operation % QStringLiteral(" (") % m_purpose %
                            QLatin1Char(' ') % m_path % QStringLiteral("): ") % reason % QLatin1Char('.');
    qCWarning(lcJournal).noquote() << message;
    return Error::make(Error::Kind::Storage, message, m_purpose % QLatin1Char(' ') % operation);
}

bool SqliteConnection::lastErrorMeansDamaged() const
{
    return m_lastErrorCode == SqliteCorrupt || m_lastErrorCode == SqliteNotADb;
}

SqliteTransaction::SqliteTransaction(SqliteConnection &connection)
    : m_connection(connection)
{}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active) // quietly: SQLite may already have rolled back by itself (disk full, I/O error)
        m_connection.execQuietly(QStringLiteral("ROLLBACK"));
}

Status SqliteTransaction::begin(const QString &operation)
{
    m_operation = operation;
    auto q = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE"), {}, operation);
    if (!q)
        return q.error();
    m_active = true;
    return {};
}

Status SqliteTransaction::commit()
{
    auto q = m_connection.exec(QStringLiteral("COMMIT"), {}, m_operation);
    if (!q)
        return q.error(); // still active: the destructor rolls back
    m_active = false;
    return {};
}

} // namespace om::journal
