// Storage failures: each gives an Error of kind Storage naming the file and the operation, and
// nothing committed before is lost.
#include "JournalFixture.h"
#include "RawSqlite.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace om::journal::test {
namespace {

using JournalStorageFailure = JournalFixture;

void expectClearStorageError(const Error &e, const QString &path, const char *reasonWord)
{
    EXPECT_EQ(e.kind, Error::Kind::Storage);
    EXPECT_TRUE(e.message.contains(path)) << qPrintable(e.message);
    EXPECT_TRUE(e.message.contains(QLatin1String(reasonWord))) << qPrintable(e.message);
    EXPECT_TRUE(e.message.startsWith(QStringLiteral("Could not "))) << qPrintable(e.message);
}

// Opening a file the user may not write: a clear error at open, before anything is attempted.
// Root ignores file modes, so as root the check runs in a child process that became "nobody".
TEST_F(JournalStorageFailure, ReadOnlyFileGivesAClearErrorAndLosesNothing)
{
    const qint64 id = openWithOneMigration();
    m_journal.close();
    QFile file(journalPath());
    ASSERT_TRUE(
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    // 0: refused with a clear Storage error; 1: opened anyway; 2: unclear error.
    const auto openReadOnlyFile = [this]() -> int {
        Journal j(m_clock);
        const Status s = j.open(journalPath());
        if (s.ok())
            return 1;
        const Error &e = s.error();
        return e.kind == Error::Kind::Storage && e.message.contains(journalPath()) &&
                       e.message.contains(QStringLiteral("read-only"))
                   ? 0
                   : 2;
    };
#ifdef Q_OS_UNIX
    if (geteuid() == 0) {
        ASSERT_TRUE(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777)));
        const pid_t child = fork();
        ASSERT_NE(child, -1);
        if (child == 0) {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(3);
            _exit(openReadOnlyFile());
        }
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        ASSERT_TRUE(WIFEXITED(status));
        EXPECT_EQ(WEXITSTATUS(status), 0)
            << "0 = clear error, 1 = opened anyway, 2 = unclear error, 3 = setuid";
    } else
#endif
    {
        EXPECT_EQ(openReadOnlyFile(), 0);
    }

    ASSERT_TRUE(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    ASSERT_TRUE(m_journal.open(journalPath()).ok());
    EXPECT_EQ(m_journal.migration(id)->plan.oldSubscriptionId, QStringLiteral("sub-old-1"));
}

TEST_F(JournalStorageFailure, ReadOnlyConnectionRefusesWritesClearly)
{
    const qint64 id = openWithOneMigration();
    m_journal.close();
    Journal::Options readOnly;
    readOnly.readOnly = true;
    const Status opened = m_journal.open(journalPath(), readOnly);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().toString());
    EXPECT_EQ(m_journal.migration(id)->state, JournalState::NotStarted);

    auto refused = m_journal.transition(id, JournalState::Purchasing);
    ASSERT_FALSE(refused.ok());
    expectClearStorageError(refused.error(), journalPath(), "read-only");
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("move migration")))
        << qPrintable(refused.error().message);
    m_journal.close();

    ASSERT_TRUE(m_journal.open(journalPath()).ok());
    EXPECT_EQ(m_journal.migration(id)->state, JournalState::NotStarted);
    EXPECT_TRUE(m_journal.transition(id, JournalState::Purchasing).ok());
}

TEST_F(JournalStorageFailure, GarbageFileGivesAClearErrorAndIsLeftAlone)
{
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919 + 13) % 251));
    {
        QFile f(journalPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    const Status opened = m_journal.open(journalPath());
    ASSERT_FALSE(opened.ok());
    expectClearStorageError(opened.error(), journalPath(), "damaged");
    EXPECT_FALSE(m_journal.isOpen());
    QFile f(journalPath());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), garbage); // never overwritten: a person may still rescue it
}

TEST_F(JournalStorageFailure, DamagedPagesAreDetectedAtOpen)
{
    const qint64 id = openWithOneMigration();
    for (int i = 0; i < 50; ++i)
        ASSERT_TRUE(m_journal.appendEvent(id, QStringLiteral("note"), QString(200, QLatin1Char('n'))).ok());
    m_journal.close(); // checkpoints the WAL into the file
    {
        QFile f(journalPath());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_GT(f.size(), 4 * 4096);
        for (qint64 page = 1; page * 4096 < f.size(); ++page) { // keep the header page, trash the rest
            f.seek(page * 4096);
            f.write(QByteArray(4096, char(0x5a)));
        }
    }
    const Status opened = m_journal.open(journalPath());
    ASSERT_FALSE(opened.ok());
    expectClearStorageError(opened.error(), journalPath(), "damaged");
}

TEST_F(JournalStorageFailure, FileLockedByAnotherWriterFailsAfterTheBusyTimeout)
{
    Journal::Options shortWait;
    shortWait.busyTimeoutMs = 150;
    ASSERT_TRUE(m_journal.open(journalPath(), shortWait).ok());
    auto m = m_journal.createMigration(plan());
    ASSERT_TRUE(m.ok());

    RawSqlite other(journalPath()); // another process's connection
    ASSERT_TRUE(other.isOpen());
    ASSERT_EQ(other.exec(QStringLiteral("BEGIN IMMEDIATE")), QString());
    ASSERT_EQ(other.exec(QStringLiteral("INSERT INTO events (migration_id, step, event, at)"
                                        " VALUES (1, 'x', 'held', '2026-01-01T00:00:00.000Z')")),
              QString());

    auto locked = m_journal.recordWriteBeforeSend(cartWrite(m->id));
    ASSERT_FALSE(locked.ok());
    expectClearStorageError(locked.error(), journalPath(), "locked");
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("before sending")));
    // Reads still work while the other writer holds its lock (WAL).
    EXPECT_EQ(m_journal.migration(m->id)->state, JournalState::NotStarted);

    ASSERT_EQ(other.exec(QStringLiteral("ROLLBACK")), QString());
    auto after = m_journal.recordWriteBeforeSend(cartWrite(m->id));
    ASSERT_TRUE(after.ok()) << qPrintable(after.error().toString());
    EXPECT_FALSE(after->reused);
}

TEST_F(JournalStorageFailure, FullDiskGivesAClearErrorAndKeepsWhatWasCommitted)
{
    const qint64 id = openWithOneMigration();
    m_journal.close();
    Journal::Options capped;
    capped.maxPageCount = 1; // SQLite raises it to the current size: the file cannot grow
    ASSERT_TRUE(m_journal.open(journalPath(), capped).ok());

    int committed = 0;
    std::optional<Error> failure;
    for (int i = 0; i < 200 && !failure; ++i) {
        const Status s =
            m_journal.appendEvent(id, QStringLiteral("note"), QString(2000, QLatin1Char('a' + i % 26)));
        if (s.ok())
            ++committed;
        else
            failure = s.error();
    }
    ASSERT_TRUE(failure.has_value()) << "the capped file never filled up";
    expectClearStorageError(*failure, journalPath(), "disk is full");
    EXPECT_TRUE(failure->message.contains(QStringLiteral("log an event"))) << qPrintable(failure->message);
    m_journal.close();

    ASSERT_TRUE(m_journal.open(journalPath()).ok());
    auto events = m_journal.events(id);
    ASSERT_TRUE(events.ok());
    EXPECT_EQ(events->size(), 1 + committed); // "created" + every event that reported success
    EXPECT_EQ(m_journal.migration(id)->plan.customerId, QStringLiteral("cust-1"));
}

} // namespace
} // namespace om::journal::test
