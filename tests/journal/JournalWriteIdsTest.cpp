// Schema 5: the ids a write is about are columns (cart, subscription), recorded with the write and read
// back as typed fields; a version-4 file gets them from its paths once, when it is opened.
#include "tests/journal/JournalFixture.h"
#include "tests/journal/RawSqlite.h"

namespace om::journal::test {
namespace {

using JournalWriteIds = JournalFixture;

WriteRequestSpec spec(qint64 migrationId, WriteKind kind, const QString &path)
{
    WriteRequestSpec w;
    w.migrationId = migrationId;
    w.kind = kind;
    w.method = kind == WriteKind::SuspendPatch ? QStringLiteral("PATCH") : QStringLiteral("POST");
    w.path = path;
    w.body = QByteArrayLiteral("{}");
    return w;
}

TEST_F(JournalWriteIds, StoresTheTypedIdsWithTheWrite)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    WriteRequestSpec checkout =
        spec(id, WriteKind::Checkout, QStringLiteral("/v1/customers/cust-1/carts/IGNORED/checkout"));
    checkout.cartId = QStringLiteral("cart-7");
    WriteRequestSpec patch =
        spec(id, WriteKind::SuspendPatch, QStringLiteral("/v1/customers/cust-1/subscriptions/sub-old-1"));
    patch.subscriptionId = QStringLiteral("sub-old-1");
    auto recorded = m_journal.recordWriteBeforeSend(checkout);
    ASSERT_TRUE(recorded.ok()) << qPrintable(recorded.error().toString());
    EXPECT_EQ(recorded->cartId, QStringLiteral("cart-7")) << "the typed id, not the path's";
    EXPECT_TRUE(recorded->subscriptionId.isEmpty());
    ASSERT_TRUE(m_journal.recordWriteBeforeSend(patch).ok());
    ASSERT_TRUE(m_journal.recordWriteAnswer(recorded->requestId, 201, QByteArrayLiteral("{}")).ok());

    auto writes = m_journal.writes(id);
    ASSERT_TRUE(writes.ok());
    ASSERT_EQ(writes->size(), 2);
    EXPECT_EQ(writes->at(0).cartId, QStringLiteral("cart-7"));
    EXPECT_EQ(writes->at(0).status, WriteStatus::Answered);
    EXPECT_EQ(writes->at(1).subscriptionId, QStringLiteral("sub-old-1"));
    EXPECT_TRUE(writes->at(1).cartId.isEmpty());
}

TEST_F(JournalWriteIds, AVersion4FileGetsTheIdsFromItsPathsOnce)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(m_journal
                    .recordWriteBeforeSend(
                        spec(id, WriteKind::CreateCart, QStringLiteral("/v1/customers/cust-1/carts")))
                    .ok());
    ASSERT_TRUE(
        m_journal
            .recordWriteBeforeSend(
                spec(id, WriteKind::Checkout, QStringLiteral("/v1/customers/cust-1/carts/cart-a1/checkout")))
            .ok());
    ASSERT_TRUE(m_journal
                    .recordWriteBeforeSend(spec(id, WriteKind::SuspendPatch,
                                                QStringLiteral("/v1/customers/cust-1/subscriptions/sub-9")))
                    .ok());
    ASSERT_TRUE(
        m_journal
            .recordWriteBeforeSend(spec(id, WriteKind::Upgrade,
                                        QStringLiteral("/v1/customers/cust-1/subscriptions/sub-8/upgrades")))
            .ok());
    m_journal.close();
    {
        // Back to what version 4 wrote: no id columns (nor version 6's order id, nor version 7's answer
        // subscription).
        RawSqlite raw(journalPath());
        ASSERT_TRUE(raw.isOpen());
        ASSERT_EQ(raw.downgradeWriteRequests(4), QString());
    }
    Journal reopened(m_clock);
    const Status opened = reopened.open(journalPath());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().toString());
    EXPECT_EQ(reopened.schemaVersion().value(), 7);
    auto writes = reopened.writes(id);
    ASSERT_TRUE(writes.ok());
    ASSERT_EQ(writes->size(), 4);
    EXPECT_EQ(writes->at(0).kind, WriteKind::CreateCart);
    EXPECT_TRUE(writes->at(0).cartId.isEmpty());
    EXPECT_TRUE(writes->at(0).subscriptionId.isEmpty());
    EXPECT_EQ(writes->at(1).cartId, QStringLiteral("cart-a1"));
    EXPECT_TRUE(writes->at(1).subscriptionId.isEmpty());
    EXPECT_EQ(writes->at(2).subscriptionId, QStringLiteral("sub-9"));
    EXPECT_EQ(writes->at(3).subscriptionId, QStringLiteral("sub-8"));
    EXPECT_TRUE(writes->at(3).cartId.isEmpty());
    // The pending writes are still the ones a resumed run replays (same path and body: reused).
    auto again = reopened.recordWriteBeforeSend(
        spec(id, WriteKind::Checkout, QStringLiteral("/v1/customers/cust-1/carts/cart-a1/checkout")));
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().toString());
    EXPECT_TRUE(again->reused);
    EXPECT_EQ(again->cartId, QStringLiteral("cart-a1"));
}

} // namespace
} // namespace om::journal::test
