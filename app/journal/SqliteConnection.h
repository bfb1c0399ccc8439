#pragma once

#include "common/Error.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace om::journal {

// Owns one QtSql connection (a unique connection name per instance) to one SQLite file and turns
// every SQLite failure into an om::Error of kind Storage that names the file and the operation.
// QtSql rule: create, use and destroy it on one thread. Destroying it closes and removes the connection.
class SqliteConnection
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000; // how long a write waits for another process's lock
        QString synchronous;      // "FULL" or "NORMAL"
        bool readOnly = false;    // open with SQLITE_OPEN_READONLY
        qint64 maxPageCount = 0;  // > 0 caps the file size (tests simulate a full disk with it)
        // >= 0: a file whose PRAGMA user_version is higher (a newer app's) is refused before anything
        // in it is changed, even before switching it to WAL. -1: no check.
        int newestUserVersion = -1;
        // PRAGMA quick_check before anything in the file is changed: a damaged file fails at open
        // ("check the file") and is left byte for byte as it was.
        bool checkIntegrityFirst = false;
    };

    // purpose: how people call the file in messages, e.g. "migration journal", "scan cache".
    explicit SqliteConnection(QString purpose);
    ~SqliteConnection();
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    // Opens (creating if missing, unless read-only), applies busy timeout, WAL, synchronous and
    // foreign keys. A file that is not SQLite fails here, not later.
    Status open(const QString &path, const Options &options);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    const QString &path() const { return m_path; }
    const QString &journalMode() const { return m_journalMode; }

    // Runs one statement with positional bind values; the returned query is positioned before the
    // first row. operation: what we were doing, for the error ("record the write before sending").
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds, const QString &operation);
    // Runs a statement ignoring any failure (rollback on a path that already failed).
    void execQuietly(const QString &sql);
    // A null QString as '' (QtSql would bind SQL NULL); anything else unchanged. exec() applies it.
    static QVariant bindable(const QVariant &value);
    // A prepared statement to run many times (bulk inserts).
    Result<QSqlQuery> prepare(const QString &sql, const QString &operation);
    // Runs a statement that returns one value (PRAGMA user_version, count(*)).
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds, const QString &operation);

    Error storageError(const QString &operation, const QSqlError &error) const;
    // sqliteCode: the primary SQLite result code this failure amounts to (0: none).
    Error storageError(const QString &operation, const QString &reason, int sqliteCode = 0) const;
    // The code of the last failure made into an Error, and whether it says the file is damaged or
    // not ours (as opposed to busy, full, read-only: conditions that pass).
    int lastErrorCode() const { return m_lastErrorCode; }
    bool lastErrorMeansDamaged() const;
    // How many statements exec() (and so scalar()) ran on this connection since it was made: lets tests
    // tell a getter that reads a snapshot from one that asks the file again.
    qint64 statementsRun() const { return m_statementsRun; }
    static constexpr int damagedCode = 11; // SQLITE_CORRUPT

private:
    QString m_purpose;
    QString m_connectionName;
    QString m_path;
    QString m_journalMode;
    QSqlDatabase m_db;
    mutable int m_lastErrorCode = 0;
    qint64 m_statementsRun = 0;
};

// BEGIN IMMEDIATE ... COMMIT. Immediate so a writer takes the lock up front (and waits the busy
// timeout for it) instead of failing half-way. Rolls back when destroyed uncommitted.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteConnection &connection);
    ~SqliteTransaction();
    Q_DISABLE_COPY_MOVE(SqliteTransaction)

    Status begin(const QString &operation);
    Status commit();

private:
    SqliteConnection &m_connection;
    QString m_operation;
    bool m_active = false;
};

} // namespace om::journal
