// The journal file under hostile conditions not covered by tests/journal: a lock held by another
// PROCESS (the sqlite3 command-line tool), waited for up to the busy timeout; a read-only folder;
// truncated files; a newer version's file is never written, not even its bytes touched.
// The journal is the truth: no case deletes or overwrites a record that was there before.
#include "journal/JournalSchema.h"
#include "tests/journal/JournalFixture.h"
#include "tests/journal/RawSqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace om::journal::test {
namespace {

class JournalHardening : public JournalFixture
{
protected:
    QByteArray fileBytes(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Starts `sqlite3 <journal>` reading commands from stdin; nullptr when the tool is missing.
    std::unique_ptr<QProcess> startSqlite(const QByteArray &script)
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (tool.isEmpty())
            return nullptr;
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(tool, {journalPath()});
        if (!p->waitForStarted(10000))
            return nullptr;
        p->write(script);
        return p;
    }

    static bool waitForOutput(QProcess &p, const QByteArray &marker, QByteArray *seen)
    {
        while (!seen->contains(marker)) {
            if (!p.waitForReadyRead(30000))
                return false;
            *seen += p.readAll();
        }
        return true;
    }

    void finish(QProcess &p)
    {
        p.closeWriteChannel();
        if (!p.waitForFinished(10000))
            p.kill();
    }
};

TEST_F(JournalHardening, LockHeldByAnotherProcessFailsClearlyAfterABoundedWaitAndLosesNothing)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    m_journal.close();
    Journal::Options shortWait;
    shortWait.busyTimeoutMs = 200;
    ASSERT_TRUE(m_journal.open(journalPath(), shortWait).ok());

    std::unique_ptr<QProcess> other =
        startSqlite("BEGIN IMMEDIATE;\n"
                    "INSERT INTO events (migration_id, step, event, at) VALUES (1, 'x', 'other process', "
                    "'2026-01-01T00:00:00.000Z');\n"
                    ".print LOCKED\n");
    if (!other)
        GTEST_SKIP() << "the sqlite3 tool is not installed";
    QByteArray seen;
    ASSERT_TRUE(waitForOutput(*other, "LOCKED", &seen)) << seen.constData();

    auto locked = m_journal.recordWriteBeforeSend(cartWrite(id));
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(locked.error().message.contains(journalPath())) << qPrintable(locked.error().message);
    EXPECT_TRUE(locked.error().message.contains(u"locked")) << qPrintable(locked.error().message);
    EXPECT_EQ(m_journal.migration(id)->plan.customerId, QStringLiteral("cust-1")); // reads go on (WAL)

    other->write("ROLLBACK;\n.quit\n");
    finish(*other);
    auto after = m_journal.recordWriteBeforeSend(cartWrite(id));
    ASSERT_TRUE(after.ok()) << qPrintable(after.error().toString());
    auto events = m_journal.events(id);
    ASSERT_TRUE(events.ok());
    for (const JournalEvent &e : events.value())
        EXPECT_NE(e.text, QStringLiteral("other process")); // rolled back there, not half-applied here
}

TEST_F(JournalHardening, LockReleasedWithinTheBusyTimeoutIsWaitedFor)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    m_journal.close();
    Journal::Options longWait;
    longWait.busyTimeoutMs = 20000; // far longer than the other process holds its lock
    ASSERT_TRUE(m_journal.open(journalPath(), longWait).ok());

    std::unique_ptr<QProcess> other =
        startSqlite("BEGIN IMMEDIATE;\n"
                    "INSERT INTO events (migration_id, step, event, at) VALUES (1, 'x', 'other process', "
                    "'2026-01-01T00:00:00.000Z');\n"
                    ".print LOCKED\n"
                    ".shell sleep 0.3\n"
                    "COMMIT;\n"
                    ".quit\n");
    if (!other)
        GTEST_SKIP() << "the sqlite3 tool is not installed";
    QByteArray seen;
    ASSERT_TRUE(waitForOutput(*other, "LOCKED", &seen)) << seen.constData();

    auto written = m_journal.recordWriteBeforeSend(cartWrite(id)); // blocks until the lock is free
    ASSERT_TRUE(written.ok()) << qPrintable(written.error().toString());
    finish(*other);
    EXPECT_EQ(other->exitCode(), 0) << other->readAll().constData();
    auto events = m_journal.events(id);
    ASSERT_TRUE(events.ok());
    bool theirs = false;
    for (const JournalEvent &e : events.value())
        theirs = theirs || e.text == QStringLiteral("other process");
    EXPECT_TRUE(theirs); // both writers' records are there
    EXPECT_EQ(m_journal.pendingWrites()->size(), 1);
}

TEST_F(JournalHardening, TruncatedFilesAreRefusedAndLeftByteForByte)
{
    const qint64 id = openWithOneMigration();
    for (int i = 0; i < 40; ++i)
        ASSERT_TRUE(m_journal.appendEvent(id, QStringLiteral("note"), QString(300, QLatin1Char('t'))).ok());
    m_journal.close(); // checkpoints the WAL into the file
    const QByteArray whole = fileBytes(journalPath());
    ASSERT_GT(whole.size(), 8 * 4096);

    for (const qsizetype size : {qsizetype(60), qsizetype(100), qsizetype(4096), whole.size() / 2,
                                 whole.size() - 4096, whole.size() - 1}) {
        {
            QFile f(journalPath());
            ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            ASSERT_EQ(f.write(whole.left(size)), size);
        }
        Journal j(m_clock);
        const Status opened = j.open(journalPath());
        if (opened.ok()) {
            // Only acceptable if nothing recorded is missing.
            auto events = j.events(id);
            ASSERT_TRUE(events.ok()) << size << qPrintable(events.error().toString());
            EXPECT_EQ(events->size(), 41) << size;
        } else {
            EXPECT_EQ(opened.error().kind, Error::Kind::Storage) << size;
            EXPECT_TRUE(opened.error().message.contains(journalPath())) << qPrintable(opened.error().message);
            EXPECT_TRUE(opened.error().message.contains(u"damaged"))
                << size << qPrintable(opened.error().message);
        }
        j.close();
        EXPECT_EQ(fileBytes(journalPath()), whole.left(size))
            << "a damaged journal was rewritten, size " << size;
    }
    // The intact copy still opens with every record.
    {
        QFile f(journalPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(whole);
    }
    ASSERT_TRUE(m_journal.open(journalPath()).ok());
    EXPECT_EQ(m_journal.events(id)->size(), 41);
}

TEST_F(JournalHardening, DamagedFileIsRefusedBeforeAnythingInItChanges)
{
    const qint64 id = openWithOneMigration();
    for (int i = 0; i < 40; ++i)
        ASSERT_TRUE(m_journal.appendEvent(id, QStringLiteral("note"), QString(300, QLatin1Char('d'))).ok());
    m_journal.close();
    {
        // Rollback-journal mode (as an older build or a copied file may be): opening used to switch it to
        // WAL, rewriting the header of a damaged file, before the integrity check refused it.
        RawSqlite raw(journalPath());
        ASSERT_EQ(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")), QString());
    }
    {
        QFile f(journalPath());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_GT(f.size(), 8 * 4096);
        for (qint64 page = 2; page * 4096 < f.size(); page += 2) { // header page intact, others trashed
            f.seek(page * 4096);
            f.write(QByteArray(4096, char(0x33)));
        }
    }
    const QByteArray before = fileBytes(journalPath());
    const Status opened = m_journal.open(journalPath());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(opened.error().message.contains(u"damaged")) << qPrintable(opened.error().message);
    EXPECT_TRUE(opened.error().message.contains(journalPath())) << qPrintable(opened.error().message);
    EXPECT_EQ(fileBytes(journalPath()), before) << "a damaged journal was written to";
}

TEST_F(JournalHardening, NewerVersionFileIsNeverWritten)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    m_journal.close();
    {
        RawSqlite raw(journalPath());
        // As a newer app might leave it: rollback-journal mode, so even switching to WAL would be a write.
        ASSERT_EQ(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")), QString());
        // One past this build's version, whatever it is (a literal went stale with each new schema).
        ASSERT_EQ(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(JournalSchema::currentVersion + 1)),
                  QString());
    }
    const QByteArray before = fileBytes(journalPath());
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
    for (const bool readOnly : {false, true}) {
        Journal::Options options;
        options.readOnly = readOnly;
        Journal j(m_clock);
        const Status opened = j.open(journalPath(), options);
        ASSERT_FALSE(opened.ok()) << "read-only " << readOnly;
        EXPECT_EQ(opened.error().kind, Error::Kind::Storage);
        EXPECT_TRUE(opened.error().message.contains(u"newer")) << qPrintable(opened.error().message);
        EXPECT_TRUE(opened.error().message.contains(journalPath())) << qPrintable(opened.error().message);
        EXPECT_FALSE(j.isOpen());
    }
    EXPECT_EQ(fileBytes(journalPath()), before);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
}

#ifdef Q_OS_UNIX
// A journal in a folder the user may not write (WAL needs its -wal/-shm files there). Root ignores
// modes, so as root the check runs in a child that became "nobody", like JournalFailureTest.
TEST_F(JournalHardening, ReadOnlyFolderGivesAClearErrorAndLosesNothing)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    m_journal.close();
    const QByteArray before = fileBytes(journalPath());
    ASSERT_TRUE(QFile::setPermissions(journalPath(), QFileDevice::Permissions(0x6666)));
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                        QFileDevice::ReadOther | QFileDevice::ExeOther |
                                                        QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    // 0: a clear Storage error (at open or at the first write); 1: a write reported success;
    // 2: an unclear error; 3: could not drop root.
    const auto tryIt = [this]() -> int {
        Journal j(m_clock);
        const auto clear = [this](const Error &e) {
            return e.kind == Error::Kind::Storage && e.message.contains(journalPath()) &&
                           e.message.contains(QStringLiteral("folder is read-only"))
                       ? 0
                       : 2;
        };
        const Status s = j.open(journalPath());
        if (!s.ok())
            return clear(s.error());
        auto m = j.createMigration(plan(QStringLiteral("cust-2"), QStringLiteral("sub-old-2")));
        return m.ok() ? 1 : clear(m.error());
    };
    int result = -1;
    if (geteuid() == 0) {
        const pid_t child = fork();
        ASSERT_NE(child, -1);
        if (child == 0) {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(3);
            _exit(tryIt());
        }
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        ASSERT_TRUE(WIFEXITED(status));
        result = WEXITSTATUS(status);
    } else {
        result = tryIt();
    }
    QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7700));
    EXPECT_NE(result, 2) << "unclear error";
    EXPECT_NE(result, 3) << "could not drop root";
    if (result == 1) {
        // SQLite managed without the folder (possible): then the write must really be there.
        ASSERT_TRUE(m_journal.open(journalPath()).ok());
        EXPECT_TRUE(
            m_journal.findMigration(QStringLiteral("cust-2"), QStringLiteral("sub-old-2"))->has_value());
    } else {
        EXPECT_EQ(fileBytes(journalPath()), before);
        ASSERT_TRUE(m_journal.open(journalPath()).ok());
    }
    EXPECT_EQ(m_journal.migration(id)->plan.customerId, QStringLiteral("cust-1"));
}
#endif

} // namespace
} // namespace om::journal::test
