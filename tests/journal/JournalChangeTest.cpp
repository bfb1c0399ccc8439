// The journal's change signal (Journal::changes()): one migrationChanged(customer, migration) after every
// committed change of a migration, none for reads, refused writes or another customer's lease; and the
// statement counter the wizard's query-count test relies on.
#include "tests/journal/JournalFixture.h"

#include <QSignalSpy>

namespace om::journal::test {
namespace {

class JournalChanges : public JournalFixture
{
protected:
    void SetUp() override
    {
        m_id = openWithOneMigration();
        ASSERT_GT(m_id, 0);
        m_spy = std::make_unique<QSignalSpy>(&m_journal.changes(), &JournalNotifier::migrationChanged);
    }

    // The (customer, migration) of every signal since the last call.
    QList<QPair<QString, qint64>> taken()
    {
        QList<QPair<QString, qint64>> out;
        for (const QList<QVariant> &args : std::as_const(*m_spy))
            out.append({args.at(0).toString(), args.at(1).toLongLong()});
        m_spy->clear();
        return out;
    }

    qint64 m_id = 0;
    std::unique_ptr<QSignalSpy> m_spy;
};

using Change = QPair<QString, qint64>;

TEST_F(JournalChanges, EveryCommittedChangeOfAMigrationSignalsOnce)
{
    const Change mine{QStringLiteral("cust-1"), m_id};

    auto other = m_journal.createMigration(plan(QStringLiteral("cust-2"), QStringLiteral("sub-x")));
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(taken(), (QList<Change>{{QStringLiteral("cust-2"), other->id}}));

    ASSERT_TRUE(m_journal.transition(m_id, JournalState::Purchasing).ok());
    EXPECT_EQ(taken(), QList<Change>{mine});

    ASSERT_TRUE(m_journal.appendEvent(m_id, QStringLiteral("note"), QStringLiteral("hello")).ok());
    EXPECT_EQ(taken(), QList<Change>{mine});

    auto write = m_journal.recordWriteBeforeSend(cartWrite(m_id));
    ASSERT_TRUE(write.ok());
    EXPECT_EQ(taken(), QList<Change>{mine});
    // The same pending write again changes nothing.
    ASSERT_TRUE(m_journal.recordWriteBeforeSend(cartWrite(m_id)).ok());
    EXPECT_TRUE(taken().isEmpty());

    ASSERT_TRUE(m_journal.recordWriteAnswer(write->requestId, 201, QByteArrayLiteral("{}")).ok());
    EXPECT_EQ(taken(), QList<Change>{mine});

    UserMove u;
    u.userId = QStringLiteral("user-1");
    u.upn = QStringLiteral("a@contoso.com");
    ASSERT_TRUE(m_journal.upsertUserMove(m_id, u).ok());
    EXPECT_EQ(taken(), QList<Change>{mine});
}

TEST_F(JournalChanges, ReadsRefusalsAndLeasesDoNotSignal)
{
    ASSERT_TRUE(m_journal.migrations().ok());
    ASSERT_TRUE(m_journal.migration(m_id).ok());
    ASSERT_TRUE(m_journal.userMoves(m_id).ok());
    ASSERT_TRUE(m_journal.userMovesOfCustomer(QStringLiteral("cust-1")).ok());
    ASSERT_TRUE(m_journal.events(m_id).ok());
    ASSERT_TRUE(m_journal.progressBySubscription().ok());
    EXPECT_FALSE(m_journal.transition(m_id, JournalState::Suspended).ok()) << "not allowed from not_started";
    EXPECT_FALSE(m_journal.createMigration(plan()).ok()) << "a second active migration";
    EXPECT_FALSE(m_journal.appendEvent(m_id + 100, QStringLiteral("x"), QStringLiteral("y")).ok());
    ASSERT_TRUE(m_journal.takeLease(QStringLiteral("cust-1")).ok());
    ASSERT_TRUE(m_journal.releaseLease(QStringLiteral("cust-1")).ok());
    EXPECT_TRUE(taken().isEmpty());
}

TEST_F(JournalChanges, TheSignalComesAfterTheCommit)
{
    // A slot reading the journal sees the change (and another connection does too: it is on disk).
    Journal reader(m_clock);
    ASSERT_TRUE(reader.open(journalPath()).ok());
    JournalState seen = JournalState::NotStarted;
    JournalState seenByOther = JournalState::NotStarted;
    QObject receiver;
    QObject::connect(&m_journal.changes(), &JournalNotifier::migrationChanged, &receiver,
                     [&](const QString &, qint64 id) {
                         seen = m_journal.migration(id)->state;
                         seenByOther = reader.migration(id)->state;
                     });
    ASSERT_TRUE(m_journal.transition(m_id, JournalState::Purchasing).ok());
    EXPECT_EQ(seen, JournalState::Purchasing);
    EXPECT_EQ(seenByOther, JournalState::Purchasing);
}

TEST_F(JournalChanges, CountsTheStatementsItRuns)
{
    const qint64 before = m_journal.statementCount();
    ASSERT_TRUE(m_journal.migration(m_id).ok());
    EXPECT_EQ(m_journal.statementCount(), before + 1);
    ASSERT_TRUE(m_journal.userMovesOfCustomer(QStringLiteral("cust-1")).ok());
    EXPECT_EQ(m_journal.statementCount(), before + 2);
}

TEST_F(JournalChanges, UsersOfACustomerInOneRead)
{
    auto second = m_journal.createMigration(plan(QStringLiteral("cust-1"), QStringLiteral("sub-old-2")));
    auto foreign = m_journal.createMigration(plan(QStringLiteral("cust-2"), QStringLiteral("sub-old-1")));
    ASSERT_TRUE(second.ok() && foreign.ok());
    UserMove a;
    a.userId = QStringLiteral("a");
    a.state = UserMoveState::Moved;
    UserMove b;
    b.userId = QStringLiteral("b");
    b.state = UserMoveState::Failed;
    b.lastError = QStringLiteral("no usage location");
    ASSERT_TRUE(m_journal.upsertUserMove(m_id, a).ok());
    ASSERT_TRUE(m_journal.upsertUserMove(second->id, b).ok());
    ASSERT_TRUE(m_journal.upsertUserMove(m_id, b).ok());
    ASSERT_TRUE(m_journal.upsertUserMove(foreign->id, a).ok());

    auto users = m_journal.userMovesOfCustomer(QStringLiteral("cust-1"));
    ASSERT_TRUE(users.ok());
    ASSERT_EQ(users->size(), 2);
    ASSERT_EQ(users->value(m_id).size(), 2);
    EXPECT_EQ(users->value(m_id).at(0).userId, QStringLiteral("a"));
    EXPECT_EQ(users->value(m_id).at(0).state, UserMoveState::Moved);
    EXPECT_EQ(users->value(m_id).at(1).userId, QStringLiteral("b"));
    EXPECT_EQ(users->value(m_id).at(1).lastError, QStringLiteral("no usage location"));
    ASSERT_EQ(users->value(second->id).size(), 1);
    EXPECT_EQ(users->value(second->id).at(0).state, UserMoveState::Failed);
    EXPECT_FALSE(users->contains(foreign->id));
    EXPECT_EQ(users->value(m_id).at(1).lastError, m_journal.userMoves(m_id)->at(1).lastError);
}

} // namespace
} // namespace om::journal::test
