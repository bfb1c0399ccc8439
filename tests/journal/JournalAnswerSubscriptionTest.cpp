// Schema 7: the subscription an answer made (a checkout's new subscription, an upgrade's target) is a column,
// given with the answer (WriteAnswerIds) and read back as WriteRequest::answerSubscriptionId; a version-6
// file gets it from the answers it stored, once, when it is opened.
#include "tests/journal/JournalFixture.h"
#include "tests/journal/RawSqlite.h"

namespace om::journal::test {
namespace {

using JournalAnswerSubscription = JournalFixture;

WriteRequestSpec writeOf(qint64 migrationId, WriteKind kind, const char *idText)
{
    const QString id = QString::fromLatin1(idText);
    WriteRequestSpec w;
    w.migrationId = migrationId;
    w.kind = kind;
    w.method = QStringLiteral("POST");
    w.body = QByteArrayLiteral("{}");
    if (kind == WriteKind::Checkout) {
        w.path = QStringLiteral("/v1/customers/cust-1/carts/%1/checkout").arg(id);
        w.cartId = id;
    } else if (kind == WriteKind::Upgrade) {
        w.path = QStringLiteral("/v1/customers/cust-1/subscriptions/%1/upgrades").arg(id);
        w.subscriptionId = id;
    } else { // a licence update, keyed by user
        w.path = QStringLiteral("/v1/customers/cust-1/users/%1/licenseupdates").arg(id);
        w.key = id;
    }
    return w;
}

WriteAnswerIds subscriptionIds(const QString &subscriptionId)
{
    WriteAnswerIds ids;
    ids.answerSubscriptionId = subscriptionId;
    return ids;
}

TEST_F(JournalAnswerSubscription, StoresTheSubscriptionGivenWithTheAnswerNotTheBodys)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    const auto checkout = m_journal.recordWriteBeforeSend(writeOf(id, WriteKind::Checkout, "cart-1"));
    ASSERT_TRUE(checkout.ok()) << qPrintable(checkout.error().toString());
    EXPECT_TRUE(checkout->answerSubscriptionId.isEmpty()) << "no answer yet";
    WriteAnswerIds ids;
    ids.orderId = QStringLiteral("order-1");
    ids.answerSubscriptionId = QStringLiteral("sub-new-1");
    const auto ordered = m_journal.recordWriteAnswer(
        checkout->requestId, 201, QByteArrayLiteral(R"({"orderId":"o-text","subscriptionId":"s-text"})"),
        ids);
    ASSERT_TRUE(ordered.ok()) << qPrintable(ordered.error().toString());
    EXPECT_EQ(ordered->orderId, QStringLiteral("order-1"));
    EXPECT_EQ(ordered->answerSubscriptionId, QStringLiteral("sub-new-1"));

    const auto upgrade = m_journal.recordWriteBeforeSend(writeOf(id, WriteKind::Upgrade, "sub-old-1"));
    ASSERT_TRUE(upgrade.ok()) << qPrintable(upgrade.error().toString());
    const auto upgraded = m_journal.recordWriteAnswer(upgrade->requestId, 200,
                                                      QByteArrayLiteral(R"({"targetSubscriptionId":"x"})"),
                                                      subscriptionIds(QStringLiteral("sub-target-1")));
    ASSERT_TRUE(upgraded.ok()) << qPrintable(upgraded.error().toString());
    EXPECT_EQ(upgraded->answerSubscriptionId, QStringLiteral("sub-target-1"));
    EXPECT_TRUE(upgraded->orderId.isEmpty());
    EXPECT_EQ(upgraded->subscriptionId, QStringLiteral("sub-old-1")) << "what the request is about stays";

    const auto writes = m_journal.writes(id);
    ASSERT_TRUE(writes.ok());
    ASSERT_EQ(writes->size(), 2);
    EXPECT_EQ(writes->at(0).answerSubscriptionId, QStringLiteral("sub-new-1"));
    EXPECT_EQ(writes->at(1).answerSubscriptionId, QStringLiteral("sub-target-1"));
}

TEST_F(JournalAnswerSubscription, AnAnswerWithoutIdsStoresNone)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    const auto w = m_journal.recordWriteBeforeSend(writeOf(id, WriteKind::Upgrade, "sub-old-1"));
    ASSERT_TRUE(w.ok());
    const auto answered = m_journal.recordWriteAnswer(
        w->requestId, 200, QByteArrayLiteral(R"({"targetSubscriptionId":"in-text"})"));
    ASSERT_TRUE(answered.ok());
    EXPECT_TRUE(answered->answerSubscriptionId.isEmpty());
}

TEST_F(JournalAnswerSubscription, ASubscriptionWithAFailedAnswerIsRefusedAndTheWriteStaysPending)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    const auto w = m_journal.recordWriteBeforeSend(writeOf(id, WriteKind::Upgrade, "sub-old-1"));
    ASSERT_TRUE(w.ok());
    const auto refused = m_journal.recordWriteAnswer(w->requestId, 409, QByteArrayLiteral("HTTP 409"),
                                                     subscriptionIds(QStringLiteral("sub-target-1")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Validation);
    const auto pending = m_journal.pendingWrite(id, WriteKind::Upgrade);
    ASSERT_TRUE(pending.ok());
    ASSERT_TRUE(pending->has_value()) << "a refused answer records nothing";
    EXPECT_EQ(pending->value().requestId, w->requestId);
    EXPECT_TRUE(pending->value().answerSubscriptionId.isEmpty());
}

TEST_F(JournalAnswerSubscription, AVersion6FileFindsTheSubscriptionsInTheAnswersItStoredOnce)
{
    const qint64 id = openWithOneMigration();
    ASSERT_GT(id, 0);
    // What version 6 stored: each answer's summary as compact JSON, the order typed, no subscription column.
    const auto answer = [this](const WriteRequestSpec &spec, int http, const QByteArray &body,
                               const QString &orderId = {}) {
        const auto w = m_journal.recordWriteBeforeSend(spec);
        EXPECT_TRUE(w.ok());
        WriteAnswerIds ids;
        ids.orderId = orderId;
        EXPECT_TRUE(m_journal.recordWriteAnswer(w->requestId, http, body, ids).ok());
        m_clock.advanceSecs(1);
    };
    answer(writeOf(id, WriteKind::Checkout, "cart-a"), 503, QByteArrayLiteral("HTTP 503: unavailable"));
    answer(writeOf(id, WriteKind::Checkout, "cart-a"), 201,
           QByteArrayLiteral(R"({"orderErrors":["10001 the offer is not available"]})"));
    answer(writeOf(id, WriteKind::Checkout, "cart-b"), 201, QByteArrayLiteral("not JSON"));
    answer(writeOf(id, WriteKind::Checkout, "cart-b"), 201,
           QByteArrayLiteral(R"({"orderId":"ORDER-V6","subscriptionId":"SUB-NEW-V6","orderErrors":[]})"),
           QStringLiteral("ORDER-V6"));
    answer(writeOf(id, WriteKind::Upgrade, "sub-old-1"), 409, QByteArrayLiteral("HTTP 409 (code 800060)"));
    answer(
        writeOf(id, WriteKind::Upgrade, "sub-old-1"), 200,
        QByteArrayLiteral(R"({"targetSubscriptionId":"","upgradeErrors":["subscription_add_ons_present"]})"));
    answer(writeOf(id, WriteKind::Upgrade, "sub-old-1"), 200,
           QByteArrayLiteral(R"({"targetSubscriptionId":7})"));
    answer(writeOf(id, WriteKind::Upgrade, "sub-old-1"), 200,
           QByteArrayLiteral(R"({"targetSubscriptionId":"SUB-TARGET-V6","upgradeErrors":[]})"));
    // Settled by re-reading the subscriptions (the purchase step's adoptUpgrade wrote this in version 6).
    answer(writeOf(id, WriteKind::Upgrade, "sub-old-2"), 200,
           QByteArrayLiteral(
               R"({"targetSubscriptionId":"SUB-ADOPTED-V6","resolvedBy":"subscriptions re-read"})"));
    // Another kind whose answer happens to carry a subscriptionId: not an answer's subscription.
    answer(writeOf(id, WriteKind::LicenseUpdate, "user-1"), 201,
           QByteArrayLiteral(R"({"subscriptionId":"NOT-MADE","targetSubscriptionId":"NOT-MADE"})"));
    // Pending at the upgrade: no answer, no subscription.
    ASSERT_TRUE(m_journal.recordWriteBeforeSend(writeOf(id, WriteKind::Upgrade, "sub-old-3")).ok());
    m_journal.close();
    {
        RawSqlite raw(journalPath());
        ASSERT_TRUE(raw.isOpen());
        ASSERT_EQ(raw.downgradeWriteRequests(6), QString());
    }
    Journal reopened(m_clock);
    const Status opened = reopened.open(journalPath());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().toString());
    EXPECT_EQ(reopened.schemaVersion().value(), 7);
    const auto writes = reopened.writes(id);
    ASSERT_TRUE(writes.ok());
    ASSERT_EQ(writes->size(), 11);
    EXPECT_TRUE(writes->at(0).answerSubscriptionId.isEmpty()) << "a failed checkout made nothing";
    EXPECT_TRUE(writes->at(1).answerSubscriptionId.isEmpty()) << "a refused checkout made nothing";
    EXPECT_TRUE(writes->at(2).answerSubscriptionId.isEmpty()) << "an unreadable answer names nothing";
    EXPECT_EQ(writes->at(3).answerSubscriptionId, QStringLiteral("SUB-NEW-V6"));
    EXPECT_EQ(writes->at(3).orderId, QStringLiteral("ORDER-V6")) << "version 6's column is kept";
    EXPECT_EQ(writes->at(3).status, WriteStatus::Answered);
    EXPECT_TRUE(writes->at(4).answerSubscriptionId.isEmpty()) << "a failed upgrade made nothing";
    EXPECT_TRUE(writes->at(5).answerSubscriptionId.isEmpty()) << "a refused upgrade made nothing";
    EXPECT_TRUE(writes->at(6).answerSubscriptionId.isEmpty()) << "a target that is not text names nothing";
    EXPECT_EQ(writes->at(7).answerSubscriptionId, QStringLiteral("SUB-TARGET-V6"));
    EXPECT_EQ(writes->at(7).subscriptionId, QStringLiteral("sub-old-1"));
    EXPECT_EQ(writes->at(8).answerSubscriptionId, QStringLiteral("SUB-ADOPTED-V6"));
    EXPECT_EQ(writes->at(9).kind, WriteKind::LicenseUpdate);
    EXPECT_TRUE(writes->at(9).answerSubscriptionId.isEmpty()) << "only checkouts and upgrades make one";
    EXPECT_EQ(writes->at(10).status, WriteStatus::Pending);
    EXPECT_TRUE(writes->at(10).answerSubscriptionId.isEmpty());
    reopened.close();

    // Once: opened again, the file is not upgraded again (a column changed since stays as it is).
    {
        RawSqlite raw(journalPath());
        ASSERT_TRUE(raw.isOpen());
        ASSERT_EQ(raw.exec(QStringLiteral("UPDATE write_requests SET answer_subscription_id = 'CHANGED'"
                                          " WHERE answer_subscription_id = 'SUB-TARGET-V6'")),
                  QString());
    }
    Journal third(m_clock);
    ASSERT_TRUE(third.open(journalPath()).ok());
    const auto again = third.writes(id);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->size(), 11);
    EXPECT_EQ(again->at(7).answerSubscriptionId, QStringLiteral("CHANGED"));

    // The pending upgrade is still the one a resumed run replays, and its answer now carries the column.
    const auto replay = third.recordWriteBeforeSend(writeOf(id, WriteKind::Upgrade, "sub-old-3"));
    ASSERT_TRUE(replay.ok()) << qPrintable(replay.error().toString());
    EXPECT_TRUE(replay->reused);
    const auto answered = third.recordWriteAnswer(replay->requestId, 200, QByteArrayLiteral("{}"),
                                                  subscriptionIds(QStringLiteral("sub-target-3")));
    ASSERT_TRUE(answered.ok()) << qPrintable(answered.error().toString());
    EXPECT_EQ(answered->answerSubscriptionId, QStringLiteral("sub-target-3"));
}

} // namespace
} // namespace om::journal::test
