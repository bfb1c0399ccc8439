#include "JournalFixture.h"
#include "RawSqlite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace om::journal::test {
namespace {

using JournalOpen = JournalFixture;
using JournalMigrations = JournalFixture;
using JournalWrites = JournalFixture;
using JournalUsers = JournalFixture;

TEST_F(JournalOpen, CreatesFileAndFolderInWalModeAtCurrentVersion)
{
    const QString path = m_dir.filePath(QStringLiteral("nested/folder/journal.sqlite"));
    const Status opened = m_journal.open(path);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().toString());
    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_EQ(m_journal.journalMode(), QStringLiteral("wal"));
    auto version = m_journal.schemaVersion();
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(version.value(), 7);
    auto list = m_journal.migrations();
    ASSERT_TRUE(list.ok());
    EXPECT_TRUE(list->isEmpty());
}

TEST_F(JournalOpen, DefaultPathsAreInTheAppDataFolder)
{
    auto path = Journal::defaultPath();
    ASSERT_TRUE(path.ok());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    EXPECT_EQ(path.value(), QDir(dir).filePath(QStringLiteral("journal.sqlite")));
    EXPECT_TRUE(QFileInfo(dir).isDir());
}

TEST_F(JournalOpen, UpgradesAVersion1FileKeepingItsData)
{
    {
        RawSqlite raw(journalPath());
        ASSERT_TRUE(raw.isOpen());
        for (const char *sql : {
                 "CREATE TABLE migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id TEXT NOT NULL,"
                 " customer_name TEXT NOT NULL DEFAULT '', old_subscription_id TEXT NOT NULL,"
                 " old_offer_id TEXT NOT NULL DEFAULT '', old_offer_name TEXT NOT NULL DEFAULT '',"
                 " target_offer_id TEXT NOT NULL DEFAULT '', target_offer_name TEXT NOT NULL DEFAULT '',"
                 " planned_quantity INTEGER NOT NULL DEFAULT 0, path TEXT NOT NULL, state TEXT NOT NULL,"
                 " new_subscription_id TEXT NOT NULL DEFAULT '', order_id TEXT NOT NULL DEFAULT '',"
                 " last_error TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
                 "CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " migration_id INTEGER NOT NULL REFERENCES migrations(id), step TEXT NOT NULL,"
                 " event TEXT NOT NULL, at TEXT NOT NULL)",
                 "INSERT INTO migrations (customer_id, customer_name, old_subscription_id, old_offer_id,"
                 " target_offer_id, planned_quantity, path, state, new_subscription_id, order_id, created_at,"
                 " updated_at) VALUES ('cust-9', 'Fabrikam', 'sub-old-9', 'OLD', 'NEW', 3, 'purchase',"
                 " 'reassigning', 'sub-new-9', 'order-9', '2026-11-01T10:00:00.000Z', "
                 "'2026-11-01T10:05:00.000Z')",
                 "INSERT INTO events (migration_id, step, event, at)"
                 " VALUES (1, 'state', 'created in v1', '2026-11-01T10:00:00.000Z')",
                 "PRAGMA user_version = 1",
             })
            ASSERT_EQ(raw.exec(QLatin1String(sql)), QString()) << sql;
    }

    const Status opened = m_journal.open(journalPath());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().toString());
    EXPECT_EQ(m_journal.schemaVersion().value(), 7);
    auto m = m_journal.migration(1);
    ASSERT_TRUE(m.ok()) << qPrintable(m.error().toString());
    EXPECT_EQ(m->plan.customerName, QStringLiteral("Fabrikam"));
    EXPECT_EQ(m->plan.oldSubscriptionId, QStringLiteral("sub-old-9"));
    EXPECT_EQ(m->plan.plannedQuantity, 3);
    EXPECT_EQ(m->state, JournalState::Reassigning);
    EXPECT_EQ(m->newSubscriptionId, QStringLiteral("sub-new-9"));
    EXPECT_EQ(m->orderId, QStringLiteral("order-9"));
    EXPECT_EQ(m->createdAt, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
    EXPECT_TRUE(m->plan.oldSku.isEmpty());
    EXPECT_FALSE(m->suspendedAt.isValid());
    EXPECT_TRUE(m->plan.termDuration.isEmpty()); // v3 columns default to empty on old rows
    EXPECT_TRUE(m->plan.billingCycle.isEmpty());

    // The v2 tables work on the upgraded file.
    UserMove u;
    u.userId = QStringLiteral("user-1");
    u.state = UserMoveState::Moved;
    ASSERT_TRUE(m_journal.upsertUserMove(1, u).ok());
    auto moved = m_journal.transition(1, JournalState::Reassigned);
    ASSERT_TRUE(moved.ok()) << qPrintable(moved.error().toString());
    auto events = m_journal.events(1);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 2);
    EXPECT_EQ(events->at(0).text, QStringLiteral("created in v1"));
    EXPECT_EQ(events->at(1).text, QStringLiteral("reassigning -> reassigned"));
    // And the one-active-migration rule now holds for it too.
    MigrationPlan again = plan(QStringLiteral("cust-9"), QStringLiteral("sub-old-9"));
    EXPECT_EQ(m_journal.createMigration(again).error().kind, Error::Kind::Conflict);
}

TEST_F(JournalOpen, RefusesAFileFromANewerVersion)
{
    {
        RawSqlite raw(journalPath());
        ASSERT_EQ(raw.exec(QStringLiteral("PRAGMA user_version = 99")), QString());
    }
    const Status opened = m_journal.open(journalPath());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer")))
        << qPrintable(opened.error().message);
    EXPECT_FALSE(m_journal.isOpen());
}

TEST_F(JournalOpen, LeavesAnotherProgramsDatabaseAlone)
{
    {
        RawSqlite raw(journalPath());
        ASSERT_EQ(raw.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")), QString());
    }
    const Status opened = m_journal.open(journalPath());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("another program")))
        << qPrintable(opened.error().message);
    RawSqlite raw(journalPath());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);
}

TEST_F(JournalMigrations, CreateGetFindAndList)
{
    ASSERT_TRUE(m_journal.open(journalPath()).ok());
    auto a = m_journal.createMigration(plan(QStringLiteral("cust-1"), QStringLiteral("sub-a")));
    ASSERT_TRUE(a.ok()) << qPrintable(a.error().toString());
    m_clock.advanceSecs(60);
    MigrationPlan other = plan(QStringLiteral("cust-2"), QStringLiteral("sub-b"));
    other.operatorName.clear();
    other.path = MigrationPath::Upgrade;
    auto b = m_journal.createMigration(other);
    ASSERT_TRUE(b.ok());

    EXPECT_EQ(a->state, JournalState::NotStarted);
    EXPECT_EQ(a->plan.operatorName, QStringLiteral("alice"));
    EXPECT_EQ(b->plan.operatorName, Journal::currentOsUser());
    EXPECT_EQ(b->plan.path, MigrationPath::Upgrade);
    EXPECT_EQ(a->createdAt, m_clock.now().addSecs(-60));

    auto got = m_journal.migration(a->id);
    ASSERT_TRUE(got.ok());
    const MigrationPlan expected = plan(QStringLiteral("cust-1"), QStringLiteral("sub-a"));
    EXPECT_EQ(got->plan.customerName, expected.customerName);
    EXPECT_EQ(got->plan.oldOfferId, expected.oldOfferId);
    EXPECT_EQ(got->plan.oldOfferName, expected.oldOfferName);
    EXPECT_EQ(got->plan.oldSku, expected.oldSku);
    EXPECT_EQ(got->plan.targetOfferId, expected.targetOfferId);
    EXPECT_EQ(got->plan.targetOfferName, expected.targetOfferName);
    EXPECT_EQ(got->plan.targetSku, expected.targetSku);
    EXPECT_EQ(got->plan.plannedQuantity, 5);

    auto found = m_journal.findMigration(QStringLiteral("cust-2"), QStringLiteral("sub-b"));
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ(found->value().id, b->id);
    auto none = m_journal.findMigration(QStringLiteral("cust-2"), QStringLiteral("sub-a"));
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());

    EXPECT_EQ(m_journal.migrations()->size(), 2);
    auto ofCust1 = m_journal.migrations(QStringLiteral("cust-1"));
    ASSERT_EQ(ofCust1->size(), 1);
    EXPECT_EQ(ofCust1->at(0).id, a->id);
    EXPECT_EQ(m_journal.migration(12345).error().kind, Error::Kind::NotFound);
}

TEST_F(JournalMigrations, OneActiveMigrationPerSubscriptionUntilCancelled)
{
    const qint64 id = openWithOneMigration();
    auto dup = m_journal.createMigration(plan());
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().kind, Error::Kind::Conflict);

    ASSERT_TRUE(m_journal.transition(id, JournalState::Cancelled).ok());
    auto again = m_journal.createMigration(plan());
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().toString());
    EXPECT_NE(again->id, id);
    EXPECT_EQ(m_journal.findMigration(QStringLiteral("cust-1"), QStringLiteral("sub-old-1"))->value().id,
              again->id);
}

TEST_F(JournalWrites, RecordBeforeSendThenAnswer)
{
    const qint64 id = openWithOneMigration();
    const WriteRequestSpec spec = cartWrite(id);
    auto w = m_journal.recordWriteBeforeSend(spec);
    ASSERT_TRUE(w.ok()) << qPrintable(w.error().toString());
    EXPECT_FALSE(w->reused);
    EXPECT_EQ(w->status, WriteStatus::Pending);
    EXPECT_FALSE(QUuid::fromString(w->requestId).isNull()) << qPrintable(w->requestId);
    EXPECT_EQ(w->bodySha256, QCryptographicHash::hash(spec.body, QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(w->method, QStringLiteral("POST"));
    EXPECT_EQ(w->path, spec.path);

    auto pending = m_journal.pendingWrite(id, WriteKind::CreateCart);
    ASSERT_TRUE(pending.ok());
    ASSERT_TRUE(pending->has_value());
    EXPECT_EQ(pending->value().requestId, w->requestId);

    m_clock.advanceSecs(2);
    const QByteArray response = QByteArrayLiteral(R"({"id":"cart-1","status":"Active"})");
    auto answered = m_journal.recordWriteAnswer(w->requestId, 201, response);
    ASSERT_TRUE(answered.ok()) << qPrintable(answered.error().toString());
    EXPECT_EQ(answered->status, WriteStatus::Answered);
    EXPECT_EQ(answered->httpStatus, 201);
    EXPECT_EQ(answered->responseBody, response);
    EXPECT_EQ(answered->answeredAt, m_clock.now());
    EXPECT_FALSE(m_journal.pendingWrite(id, WriteKind::CreateCart)->has_value());

    // Answered: the next logical call of the same kind gets a new request id.
    auto next = m_journal.recordWriteBeforeSend(spec);
    ASSERT_TRUE(next.ok());
    EXPECT_NE(next->requestId, w->requestId);
    EXPECT_FALSE(next->reused);
    EXPECT_EQ(m_journal.writes(id)->size(), 2);

    // Answering twice or an unknown id is refused.
    EXPECT_EQ(m_journal.recordWriteAnswer(w->requestId, 201, response).error().kind, Error::Kind::Conflict);
    EXPECT_EQ(m_journal.recordWriteAnswer(QStringLiteral("nope"), 201, {}).error().kind,
              Error::Kind::NotFound);
}

TEST_F(JournalWrites, ErrorAnswerMarksFailedAndLongBodiesAreTruncated)
{
    const qint64 id = openWithOneMigration();
    auto w = m_journal.recordWriteBeforeSend(cartWrite(id));
    ASSERT_TRUE(w.ok());
    const QByteArray huge(maxStoredResponseBytes + 1000, 'x');
    auto answered = m_journal.recordWriteAnswer(w->requestId, 400, huge);
    ASSERT_TRUE(answered.ok());
    EXPECT_EQ(answered->status, WriteStatus::Failed);
    EXPECT_EQ(answered->responseBody.size(), maxStoredResponseBytes);
    EXPECT_FALSE(m_journal.pendingWrite(id, WriteKind::CreateCart)->has_value());
}

TEST_F(JournalWrites, PendingWriteIsReusedAndKeyedPerUser)
{
    const qint64 id = openWithOneMigration();
    WriteRequestSpec forUser1;
    forUser1.migrationId = id;
    forUser1.kind = WriteKind::LicenseUpdate;
    forUser1.key = QStringLiteral("user-1");
    forUser1.method = QStringLiteral("POST");
    forUser1.path = QStringLiteral("/v1/customers/cust-1/users/user-1/licenseupdates");
    forUser1.body = QByteArrayLiteral(R"({"licensesToAssign":[{"skuId":"new"}],"licensesToRemove":["old"]})");
    WriteRequestSpec forUser2 = forUser1;
    forUser2.key = QStringLiteral("user-2");
    forUser2.path = QStringLiteral("/v1/customers/cust-1/users/user-2/licenseupdates");

    auto first = m_journal.recordWriteBeforeSend(forUser1);
    auto second = m_journal.recordWriteBeforeSend(forUser2);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_NE(first->requestId, second->requestId);

    auto retry = m_journal.recordWriteBeforeSend(forUser1); // e.g. after a timeout
    ASSERT_TRUE(retry.ok());
    EXPECT_TRUE(retry->reused);
    EXPECT_EQ(retry->requestId, first->requestId);
    EXPECT_EQ(m_journal.writes(id)->size(), 2);

    WriteRequestSpec changed = forUser1;
    changed.body = QByteArrayLiteral(R"({"licensesToAssign":[{"skuId":"other"}]})");
    auto conflict = m_journal.recordWriteBeforeSend(changed);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(conflict.error().message.contains(first->requestId));
}

TEST_F(JournalWrites, PendingWriteIsFoundAfterReopen)
{
    const qint64 id = openWithOneMigration();
    auto w = m_journal.recordWriteBeforeSend(cartWrite(id));
    ASSERT_TRUE(w.ok());
    m_journal.close(); // the app stops before an answer came

    Journal reopened(m_clock);
    ASSERT_TRUE(reopened.open(journalPath()).ok());
    auto pending = reopened.pendingWrite(id, WriteKind::CreateCart);
    ASSERT_TRUE(pending.ok());
    ASSERT_TRUE(pending->has_value());
    EXPECT_EQ(pending->value().requestId, w->requestId);
    auto all = reopened.pendingWrites();
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->at(0).requestId, w->requestId);
    auto retry = reopened.recordWriteBeforeSend(cartWrite(id));
    ASSERT_TRUE(retry.ok());
    EXPECT_TRUE(retry->reused);
    EXPECT_EQ(retry->requestId, w->requestId);
}

#ifdef Q_OS_UNIX
// A process killed (SIGKILL) right after recording a write: the write and its request id survive.
TEST_F(JournalWrites, RecordedWriteSurvivesAKilledProcess)
{
    const qint64 id = openWithOneMigration();
    m_journal.close();

    const pid_t child = fork();
    ASSERT_NE(child, -1);
    if (child == 0) {
        Journal j(m_clock);
        if (!j.open(journalPath()).ok())
            _exit(2);
        auto w = j.recordWriteBeforeSend(cartWrite(id));
        if (!w.ok())
            _exit(3);
        if (!j.transition(id, JournalState::Purchasing).ok())
            _exit(4);
        raise(SIGKILL); // no close, no checkpoint
        _exit(5);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
    EXPECT_EQ(WTERMSIG(status), SIGKILL);

    ASSERT_TRUE(m_journal.open(journalPath()).ok());
    auto pending = m_journal.pendingWrite(id, WriteKind::CreateCart);
    ASSERT_TRUE(pending.ok());
    ASSERT_TRUE(pending->has_value());
    EXPECT_EQ(m_journal.migration(id)->state, JournalState::Purchasing);
    auto retry = m_journal.recordWriteBeforeSend(cartWrite(id));
    ASSERT_TRUE(retry.ok());
    EXPECT_EQ(retry->requestId, pending->value().requestId);
}
#endif

TEST_F(JournalUsers, UpsertAndList)
{
    const qint64 id = openWithOneMigration();
    for (const char *user : {"u1", "u2", "u3"}) {
        UserMove u;
        u.userId = QLatin1String(user);
        u.upn = QLatin1String(user) + QStringLiteral("@contoso.com");
        u.displayName = QStringLiteral("Zoë Ångström ") + QLatin1String(user);
        ASSERT_TRUE(m_journal.upsertUserMove(id, u).ok());
    }
    m_clock.advanceSecs(30);
    UserMove moved;
    moved.userId = QStringLiteral("u2");
    moved.upn = QStringLiteral("u2@contoso.com");
    moved.displayName = QStringLiteral("Zoë Ångström u2");
    moved.state = UserMoveState::Moved;
    moved.requestId = QStringLiteral("req-2");
    ASSERT_TRUE(m_journal.upsertUserMove(id, moved).ok());

    auto list = m_journal.userMoves(id);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 3);
    EXPECT_EQ(list->at(0).userId, QStringLiteral("u1"));
    EXPECT_EQ(list->at(0).state, UserMoveState::Pending);
    EXPECT_EQ(list->at(0).displayName, QStringLiteral("Zoë Ångström u1"));
    EXPECT_EQ(list->at(1).state, UserMoveState::Moved);
    EXPECT_EQ(list->at(1).requestId, QStringLiteral("req-2"));
    EXPECT_EQ(list->at(1).updatedAt, m_clock.now());
    EXPECT_EQ(m_journal.upsertUserMove(999, moved).error().kind, Error::Kind::NotFound);
    EXPECT_EQ(m_journal.upsertUserMove(id, UserMove()).error().kind, Error::Kind::Validation);
}

TEST_F(JournalUsers, ProgressForTheReport)
{
    ASSERT_TRUE(m_journal.open(journalPath()).ok());
    // A: done. B: failed while reassigning. C: cancelled, then restarted and verifying. D: only cancelled.
    const qint64 a = m_journal.createMigration(plan(QStringLiteral("c1"), QStringLiteral("sub-a")))->id;
    const qint64 b = m_journal.createMigration(plan(QStringLiteral("c1"), QStringLiteral("sub-b")))->id;
    const qint64 c1 = m_journal.createMigration(plan(QStringLiteral("c2"), QStringLiteral("sub-c")))->id;
    const qint64 d = m_journal.createMigration(plan(QStringLiteral("c2"), QStringLiteral("sub-d")))->id;
    ASSERT_TRUE(m_journal.transition(c1, JournalState::Cancelled).ok());
    ASSERT_TRUE(m_journal.transition(d, JournalState::Cancelled).ok());
    const qint64 c2 = m_journal.createMigration(plan(QStringLiteral("c2"), QStringLiteral("sub-c")))->id;

    auto walk = [this](qint64 id, std::initializer_list<JournalState> states) {
        for (JournalState s : states) {
            MigrationUpdate u;
            if (s == JournalState::Purchased)
                u.newSubscriptionId = QStringLiteral("new-") + QString::number(id);
            if (s == JournalState::Failed)
                u.lastError = QStringLiteral("No licences left.");
            if (s == JournalState::Suspended)
                u.deprovisionDate = QDate(2027, 3, 27);
            auto r = m_journal.transition(id, s, u);
            ASSERT_TRUE(r.ok()) << qPrintable(r.error().toString());
        }
    };
    using S = JournalState;
    walk(a, {S::Purchasing, S::Purchased, S::Reassigning, S::Reassigned, S::Verifying, S::Verified,
             S::Suspending, S::Suspended});
    walk(b, {S::Purchasing, S::Purchased, S::Reassigning, S::Failed});
    walk(c2, {S::Purchasing, S::Purchased, S::Reassigning, S::Reassigned, S::Verifying});
    auto addUser = [this](qint64 id, const char *user, UserMoveState state) {
        UserMove u;
        u.userId = QLatin1String(user);
        u.state = state;
        ASSERT_TRUE(m_journal.upsertUserMove(id, u).ok());
    };
    addUser(a, "x", UserMoveState::Moved);
    addUser(a, "y", UserMoveState::Moved);
    addUser(a, "z", UserMoveState::Skipped);
    addUser(b, "x", UserMoveState::Moved);
    addUser(b, "y", UserMoveState::Failed);
    addUser(b, "z", UserMoveState::Pending);

    auto progress = m_journal.progressBySubscription();
    ASSERT_TRUE(progress.ok()) << qPrintable(progress.error().toString());
    ASSERT_EQ(progress->size(), 4);
    const domain::MigrationProgress pa = progress->value(QStringLiteral("sub-a"));
    EXPECT_EQ(pa.state, domain::MigrationState::Suspended);
    EXPECT_EQ(pa.newSubscriptionId, QStringLiteral("new-") + QString::number(a));
    EXPECT_EQ(pa.usersTotal, 2);
    EXPECT_EQ(pa.usersMoved, 2);
    EXPECT_EQ(pa.suspendedAt, m_clock.now());
    EXPECT_EQ(pa.deprovisionDate, QDate(2027, 3, 27));
    EXPECT_EQ(pa.replacementOfferId, QStringLiteral("NEW-OFFER"));
    EXPECT_TRUE(pa.lastError.isEmpty());

    const domain::MigrationProgress pb = progress->value(QStringLiteral("sub-b"));
    EXPECT_EQ(pb.state, domain::MigrationState::Failed);
    EXPECT_EQ(pb.lastError, QStringLiteral("No licences left."));
    EXPECT_EQ(pb.usersTotal, 3);
    EXPECT_EQ(pb.usersMoved, 1);
    EXPECT_FALSE(pb.suspendedAt.isValid());

    EXPECT_EQ(progress->value(QStringLiteral("sub-c")).state, domain::MigrationState::Reassigned);
    EXPECT_EQ(progress->value(QStringLiteral("sub-c")).newSubscriptionId,
              QStringLiteral("new-") + QString::number(c2));
    EXPECT_EQ(progress->value(QStringLiteral("sub-d")).state, domain::MigrationState::NotStarted);
}

TEST_F(JournalUsers, EventsLogEveryStepAndAreAppendOnly)
{
    const qint64 id = openWithOneMigration();
    ASSERT_TRUE(
        m_journal.appendEvent(id, QStringLiteral("verify"), QStringLiteral("3 of 3 users verified")).ok());
    auto w = m_journal.recordWriteBeforeSend(cartWrite(id));
    ASSERT_TRUE(m_journal.recordWriteAnswer(w->requestId, 201, {}).ok());
    auto events = m_journal.events(id);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 4);
    EXPECT_EQ(events->at(0).step, QStringLiteral("state"));
    EXPECT_EQ(events->at(1).text, QStringLiteral("3 of 3 users verified"));
    EXPECT_TRUE(events->at(2).text.contains(w->requestId));
    EXPECT_TRUE(events->at(3).text.contains(QStringLiteral("HTTP 201")));
    EXPECT_EQ(m_journal.appendEvent(4242, QStringLiteral("x"), QStringLiteral("y")).error().kind,
              Error::Kind::NotFound);

    RawSqlite raw(journalPath());
    EXPECT_NE(raw.exec(QStringLiteral("UPDATE events SET event = 'rewritten'")), QString());
    EXPECT_NE(raw.exec(QStringLiteral("DELETE FROM events")), QString());
    EXPECT_EQ(m_journal.events(id)->size(), 4);
}

TEST_F(JournalMigrations, KeepsTheNewCommerceTermAndTheProvisionedSku)
{
    ASSERT_TRUE(m_journal.open(journalPath()).ok());
    MigrationPlan p = plan();
    p.targetOfferId = QStringLiteral("CFQ7TTC0XP01:0001:CFQ7TTC0XA01");
    p.termDuration = QStringLiteral("P1Y");
    p.billingCycle = QStringLiteral("monthly");
    const auto created = m_journal.createMigration(p);
    ASSERT_TRUE(created.ok()) << qPrintable(created.error().toString());
    EXPECT_EQ(created->plan.targetOfferId, QStringLiteral("CFQ7TTC0XP01:0001:CFQ7TTC0XA01"));
    EXPECT_EQ(created->plan.termDuration, QStringLiteral("P1Y"));
    EXPECT_EQ(created->plan.billingCycle, QStringLiteral("monthly"));
    ASSERT_TRUE(m_journal.transition(created->id, JournalState::Purchasing).ok());
    MigrationUpdate bought;
    bought.newSubscriptionId = QStringLiteral("sub-new-1");
    ASSERT_TRUE(m_journal.transition(created->id, JournalState::Purchased, bought).ok());
    // The new subscription provisions another licence than the catalogue said: recorded, the rest kept.
    MigrationUpdate sku;
    sku.targetSku = QStringLiteral("be9f9771-1c64-4618-9907-244325141096");
    ASSERT_TRUE(m_journal.transition(created->id, JournalState::Purchased, sku).ok());
    m_journal.close();
    Journal reopened(m_clock);
    ASSERT_TRUE(reopened.open(journalPath()).ok());
    const auto read = reopened.migration(created->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->plan.targetSku, QStringLiteral("be9f9771-1c64-4618-9907-244325141096"));
    EXPECT_EQ(read->plan.termDuration, QStringLiteral("P1Y"));
    EXPECT_EQ(read->plan.billingCycle, QStringLiteral("monthly"));
    EXPECT_EQ(read->newSubscriptionId, QStringLiteral("sub-new-1"));
}

TEST_F(JournalMigrations, OneRunnerPerCustomerWithStaleLeasesTakenOver)
{
    ASSERT_TRUE(m_journal.open(journalPath()).ok());
    const auto mine = m_journal.takeLease(QStringLiteral("Cust-1"));
    ASSERT_TRUE(mine.ok()) << qPrintable(mine.error().toString());
    EXPECT_EQ(mine->pid, QCoreApplication::applicationPid());
    EXPECT_EQ(mine->customerId, QStringLiteral("cust-1"));
    // Taking it again from the same process renews it.
    m_clock.advanceSecs(30);
    const auto again = m_journal.takeLease(QStringLiteral("cust-1"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->since, mine->since);
    EXPECT_EQ(again->heartbeat, m_clock.now());

    // Another live process holds it: refused, naming the holder. (pid 1 always runs.)
    {
        RawSqlite raw(journalPath());
        ASSERT_EQ(raw.exec(QStringLiteral("UPDATE leases SET pid = 1, owner = 'carol'")), QString());
    }
    const auto refused = m_journal.takeLease(QStringLiteral("cust-1"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("carol (process 1")))
        << qPrintable(refused.error().message);
    ASSERT_TRUE(m_journal.releaseLease(QStringLiteral("cust-1")).ok());
    EXPECT_TRUE(m_journal.lease(QStringLiteral("cust-1")).value().has_value())
        << "releasing never removes another process's lease";
    // Silent for longer than the stale limit: taken over.
    m_clock.advanceSecs(leaseStaleAfterSecs + 1);
    const auto takenOver = m_journal.takeLease(QStringLiteral("cust-1"));
    ASSERT_TRUE(takenOver.ok()) << qPrintable(takenOver.error().toString());
    EXPECT_EQ(takenOver->pid, QCoreApplication::applicationPid());

    // A holder on this host whose process is gone: taken over at once.
    {
        RawSqlite raw(journalPath());
        ASSERT_EQ(raw.exec(QStringLiteral("UPDATE leases SET pid = 2147483000")), QString());
    }
    ASSERT_FALSE(Journal::processAlive(2147483000));
    EXPECT_TRUE(m_journal.takeLease(QStringLiteral("cust-1")).ok());
    ASSERT_TRUE(m_journal.releaseLease(QStringLiteral("cust-1")).ok());
    EXPECT_FALSE(m_journal.lease(QStringLiteral("cust-1")).value().has_value());
}

} // namespace
} // namespace om::journal::test
