#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/MigrationProgress.h"
#include "journal/JournalNotifier.h"
#include "journal/JournalTypes.h"
#include "journal/SqliteConnection.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace om::journal {

// The migration journal: the truth about every migration and every write sent to Partner Center.
//
// Rule for callers (the engine): record a write BEFORE sending it (recordWriteBeforeSend gives the
// MS-RequestId to send; after a crash it gives the same id again, so Partner Center replays instead of
// buying twice) and record the answer AFTER (recordWriteAnswer). A timeout or a dropped connection is
// not an answer: leave the write pending and retry it with the same id.
//
// Storage: one SQLite file in WAL mode with synchronous=FULL, so every commit is on disk (fsync) before
// the call returns, and a power cut right after "record before send" cannot lose the request id of an
// order that may then be placed. That costs a few milliseconds per write, next to a Partner Center call
// of hundreds. Every change is one IMMEDIATE transaction; a failure (disk full, read-only, locked past
// the busy timeout, damaged file) returns an Error of kind Storage naming the file and the operation
// and leaves what was committed before untouched.
//
// Secrets: nothing secret is given to the journal. It stores the SHA-256 of each request body (the JSON
// of a Partner Center write), the method and path, and the response body (truncated); never a header.
//
// Changes: changes() signals every committed change of a migration, so views keep a snapshot instead of
// asking the file on every repaint.
//
// Lifetime: the Clock must outlive the journal. Use on one thread (QtSql connections are per thread).
class Journal
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000;
        bool readOnly = false;   // view progress without writing
        qint64 maxPageCount = 0; // > 0 caps the file size; for tests that simulate a full disk
    };

    explicit Journal(const Clock &clock);
    ~Journal();
    Q_DISABLE_COPY_MOVE(Journal)

    // Default file: QStandardPaths::AppDataLocation/journal.sqlite (the folder is created).
    static Result<QString> defaultPath();
    // The OS user name recorded as a migration's operator when the plan names none.
    static QString currentOsUser();

    Status open(const QString &path, const Options &options);
    Status open(const QString &path) { return open(path, Options()); }
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }
    QString journalMode() const { return m_db.journalMode(); } // "wal"
    Result<int> schemaVersion();

    // Change signal: JournalNotifier::migrationChanged(customerId, migrationId) after every committed
    // change of a migration (its row, users, writes, events) made through this object.
    const JournalNotifier &changes() const { return m_changes; }
    // SQL statements this object ran since it was made (tests count the queries a view costs).
    qint64 statementCount() const { return m_db.statementsRun(); }

    // Migrations. create refuses (Conflict) a second active migration of the same old subscription.
    Result<MigrationRecord> createMigration(const MigrationPlan &plan);
    Result<MigrationRecord> migration(qint64 id);
    // The active (not cancelled) migration of this old subscription, if any.
    Result<std::optional<MigrationRecord>> findMigration(const QString &customerId,
                                                         const QString &oldSubscriptionId);
    Result<QList<MigrationRecord>>
    migrations(const QString &customerId = {}); // empty: all, in creation order
    // Moves the state (Validation error on an illegal transition; see isTransitionAllowed) and applies
    // the update; adds a "state" event. Cancelling is refused while a write is pending.
    Result<MigrationRecord> transition(qint64 id, JournalState to, const MigrationUpdate &update = {});
    // Append-only log of what happened.
    Status appendEvent(qint64 migrationId, const QString &step, const QString &text);
    Result<QList<JournalEvent>> events(qint64 migrationId);

    // Writes to Partner Center.
    // Returns the pending write for (migration, kind, key) if there is one (reused == true) or records a
    // new one with a fresh request id. A pending write with another method, path or body is a Conflict:
    // the engine must first find out what happened to it.
    Result<WriteRequest> recordWriteBeforeSend(const WriteRequestSpec &spec);
    Result<std::optional<WriteRequest>> pendingWrite(qint64 migrationId, WriteKind kind,
                                                     const QString &key = {});
    Result<QList<WriteRequest>> pendingWrites(); // every unanswered write, for resuming after a crash
    // 2xx -> Answered, anything else -> Failed. The response body is truncated to maxStoredResponseBytes.
    // ids: what the answer named, stored as columns (an order or subscription id only with a 2xx:
    // Validation otherwise).
    Result<WriteRequest> recordWriteAnswer(const QString &requestId, int httpStatus,
                                           const QByteArray &responseBody, const WriteAnswerIds &ids = {});
    Result<QList<WriteRequest>> writes(qint64 migrationId);

    // Users whose licence a migration moves, one row per (migration, user id).
    Status upsertUserMove(qint64 migrationId, const UserMove &move);
    Result<QList<UserMove>> userMoves(qint64 migrationId);
    // The users of every migration of one customer in one read: migration id -> userMoves(id).
    Result<QHash<qint64, QList<UserMove>>> userMovesOfCustomer(const QString &customerId);

    // One runner per customer. takeLease() records this process (user, pid, host) as the customer's runner,
    // or renews its own lease; it refuses (Conflict, naming the holder) while another live runner holds it,
    // and takes over a stale one (see Lease). releaseLease() removes this process's lease only.
    Result<Lease> takeLease(const QString &customerId);
    Status renewLease(const QString &customerId);
    Status releaseLease(const QString &customerId);
    Result<std::optional<Lease>> lease(const QString &customerId);
    // Whether a process with this id runs on this host (always true where that cannot be known).
    static bool processAlive(qint64 pid);

    // For the report and the views: old subscription id -> progress. Cancelled migrations only show
    // when nothing else exists for that subscription (as not started). usersTotal excludes skipped users.
    Result<domain::MigrationProgressMap> progressBySubscription();

private:
    Result<MigrationRecord> readMigration(qint64 id, const QString &operation);
    Result<std::optional<WriteRequest>> readPendingWrite(qint64 migrationId, WriteKind kind,
                                                         const QString &key, const QString &operation);
    Status insertEvent(qint64 migrationId, const QString &step, const QString &text,
                       const QString &operation);
    QString now() const;
    void changed(const QString &customerId, qint64 migrationId); // after the commit

    const Clock &m_clock;
    SqliteConnection m_db;
    JournalNotifier m_changes;
};

} // namespace om::journal
