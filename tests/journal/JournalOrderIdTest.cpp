// Schema 6: the order a checkout's answer placed is a column, given with the answer (WriteAnswerIds) and read
// back as WriteRequest::orderId; a version-5 file gets it from the answers it stored, once, when it is
// opened.
#include "tests/journal/JournalFixture.h"
#include "tests/journal/RawSqlite.h"

namespace om::journal::test {
namespace {

using JournalOrderId = JournalFixture;

WriteRequestSpec checkoutOf(qint64 migrationId, const QString &cartId)
{
    WriteRequestSpec w;
    w.migrationId = migrationId;
    w.kind = WriteKind::Checkout;
    w.method = QStringLiteral("POST");
    w.path = QStringLiteral("/v1/customers/cust-1/carts/%1/checkout").arg(cartId);
    w.body = QByteArrayLiteral("{}");
    w.cartId = cartId;
    return w;
}

WriteRequestSpec createCartOf(qint64 migrationId)
{
    WriteRequestSpec w;
    w.migrationId = migrationId;
    w.kind = WriteKind::CreateCart;
    w.method = QStringLiteral("POST");
    w.path = QStringLiteral("/v1/customers/cust-1/carts");
    w.body = QByteArrayLiteral(R"({"lineItems":[]})");
    return w;
}

TEST_F(JournalOrderId, StoresTheOrderGivenWithTheAnswerNotTheBodys)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    const auto w = m_journal.recordWriteBeforeSend(checkoutOf(id, QStringLiteral("cart-1")));
    ASSERT_TRUE(w.ok()) << qPrintable(w.error().toString());
    EXPECT_TRUE(w->orderId.isEmpty()) << "no answer yet";
    // The body names another order: the journal stores what it is given, it does not read the body.
    const auto answered =
        m_journal.recordWriteAnswer(w->requestId, 201, QByteArrayLiteral(R"({"orderId":"in-the-body"})"),
                                    WriteAnswerIds{QStringLiteral("order-77")});
    ASSERT_TRUE(answered.ok()) << qPrintable(answered.error().toString());
    EXPECT_EQ(answered->orderId, QStringLiteral("order-77"));
    const auto writes = m_journal.writes(id);
    ASSERT_TRUE(writes.ok());
    ASSERT_EQ(writes->size(), 1);
    EXPECT_EQ(writes->at(0).orderId, QStringLiteral("order-77"));
    EXPECT_EQ(writes->at(0).status, WriteStatus::Answered);
}

TEST_F(JournalOrderId, AnAnswerWithoutIdsStoresNoOrder)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    const auto w = m_journal.recordWriteBeforeSend(checkoutOf(id, QStringLiteral("cart-1")));
    ASSERT_TRUE(w.ok());
    const auto answered =
        m_journal.recordWriteAnswer(w->requestId, 201, QByteArrayLiteral(R"({"orderId":"in-the-body"})"));
    ASSERT_TRUE(answered.ok());
    EXPECT_TRUE(answered->orderId.isEmpty());
}

TEST_F(JournalOrderId, AnOrderWithAFailedAnswerIsRefusedAndTheWriteStaysPending)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    const auto w = m_journal.recordWriteBeforeSend(checkoutOf(id, QStringLiteral("cart-1")));
    ASSERT_TRUE(w.ok());
    const auto refused = m_journal.recordWriteAnswer(w->requestId, 503, QByteArrayLiteral("HTTP 503"),
                                                     WriteAnswerIds{QStringLiteral("order-1")});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Validation);
    const auto pending = m_journal.pendingWrite(id, WriteKind::Checkout);
    ASSERT_TRUE(pending.ok());
    ASSERT_TRUE(pending->has_value()) << "a refused answer records nothing";
    EXPECT_EQ(pending->value().requestId, w->requestId);
    EXPECT_TRUE(pending->value().orderId.isEmpty());
}

TEST_F(JournalOrderId, AVersion5FileFindsTheOrderInTheCheckoutAnswersItStoredOnce)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    // What version 5 stored: the checkout answer's summary as compact JSON, no order column.
    const auto answer = [this](const WriteRequestSpec &spec, int http, const QByteArray &body) {
        const auto w = m_journal.recordWriteBeforeSend(spec);
        EXPECT_TRUE(w.ok());
        EXPECT_TRUE(m_journal.recordWriteAnswer(w->requestId, http, body).ok());
        m_clock.advanceSecs(1);
    };
    answer(createCartOf(id), 201, QByteArrayLiteral(R"({"cartId":"cart-a"})"));
    answer(checkoutOf(id, QStringLiteral("cart-a")), 503, QByteArrayLiteral("HTTP 503: unavailable"));
    answer(checkoutOf(id, QStringLiteral("cart-a")), 201,
           QByteArrayLiteral(R"({"orderErrors":["10001 the offer is not available"]})"));
    answer(checkoutOf(id, QStringLiteral("cart-b")), 201, QByteArrayLiteral("not JSON"));
    answer(checkoutOf(id, QStringLiteral("cart-b")), 201,
           QByteArrayLiteral(R"({"orderId":"ORDER-V5","subscriptionId":"sub-new-1","orderErrors":[]})"));
    // Pending at the upgrade: no answer, no order.
    ASSERT_TRUE(m_journal.recordWriteBeforeSend(checkoutOf(id, QStringLiteral("cart-c"))).ok());
    m_journal.close();
    {
        RawSqlite raw(journalPath());
        ASSERT_TRUE(raw.isOpen());
        ASSERT_EQ(raw.downgradeWriteRequests(5), QString());
    }
    Journal reopened(m_clock);
    const Status opened = reopened.open(journalPath());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().toString());
    EXPECT_EQ(reopened.schemaVersion().value(), 7); // through version 6 and on to 7
    const auto writes = reopened.writes(id);
    ASSERT_TRUE(writes.ok());
    ASSERT_EQ(writes->size(), 6);
    EXPECT_EQ(writes->at(0).kind, WriteKind::CreateCart);
    EXPECT_TRUE(writes->at(0).orderId.isEmpty());
    EXPECT_TRUE(writes->at(1).orderId.isEmpty()) << "a failed checkout placed no order";
    EXPECT_TRUE(writes->at(2).orderId.isEmpty()) << "a refused checkout placed no order";
    EXPECT_TRUE(writes->at(3).orderId.isEmpty()) << "an unreadable answer names no order";
    EXPECT_EQ(writes->at(4).orderId, QStringLiteral("ORDER-V5"));
    EXPECT_EQ(writes->at(4).answerSubscriptionId, QStringLiteral("sub-new-1")); // by the version 7 step
    EXPECT_EQ(writes->at(4).cartId, QStringLiteral("cart-b"));
    EXPECT_EQ(writes->at(4).status, WriteStatus::Answered);
    EXPECT_EQ(writes->at(5).status, WriteStatus::Pending);
    EXPECT_TRUE(writes->at(5).orderId.isEmpty());
    // The pending checkout is still the one a resumed run replays, and its answer now carries the column.
    const auto again = reopened.recordWriteBeforeSend(checkoutOf(id, QStringLiteral("cart-c")));
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().toString());
    EXPECT_TRUE(again->reused);
    const auto answered = reopened.recordWriteAnswer(again->requestId, 201, QByteArrayLiteral("{}"),
                                                     WriteAnswerIds{QStringLiteral("order-c")});
    ASSERT_TRUE(answered.ok()) << qPrintable(answered.error().toString());
    EXPECT_EQ(answered->orderId, QStringLiteral("order-c"));
}

} // namespace
} // namespace om::journal::test
