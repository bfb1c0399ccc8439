#include "JournalFixture.h"

namespace om::journal::test {
namespace {

using S = JournalState;
using JournalTransitions = JournalFixture;

TEST(JournalStateMachine, TokensRoundTrip)
{
    for (S s : {S::NotStarted, S::Purchasing, S::Purchased, S::Reassigning, S::Reassigned, S::Verifying,
                S::Verified, S::Suspending, S::Suspended, S::Failed, S::Cancelled})
        EXPECT_EQ(journalStateFromToken(journalStateToken(s)), s);
    EXPECT_EQ(journalStateToken(S::NotStarted), QStringLiteral("not_started"));
    EXPECT_FALSE(journalStateFromToken(u"Suspended").has_value());
    for (WriteKind k :
         {WriteKind::CreateOrder, WriteKind::CreateCart, WriteKind::Checkout, WriteKind::LicenseUpdate,
          WriteKind::SuspendPatch, WriteKind::Upgrade, WriteKind::CancelPurchase, WriteKind::UserUpdate})
        EXPECT_EQ(writeKindFromToken(writeKindToken(k)), k);
    EXPECT_EQ(writeKindToken(WriteKind::LicenseUpdate), QStringLiteral("license_update"));
    EXPECT_EQ(writeKindToken(WriteKind::UserUpdate), QStringLiteral("user_update"));
}

TEST(JournalStateMachine, ReportStatesUseTheDomainTokens)
{
    EXPECT_EQ(toReportState(S::Verifying), domain::MigrationState::Reassigned);
    EXPECT_EQ(toReportState(S::Suspending), domain::MigrationState::Reassigned);
    EXPECT_EQ(toReportState(S::Cancelled), domain::MigrationState::NotStarted);
    EXPECT_EQ(toReportState(S::Suspended), domain::MigrationState::Suspended);
    EXPECT_EQ(toReportState(S::Failed), domain::MigrationState::Failed);
}

TEST(JournalStateMachine, SuspendingNeedsVerificationFirst)
{
    const auto purchase = MigrationPath::Purchase;
    EXPECT_FALSE(isTransitionAllowed(S::NotStarted, S::Suspended, purchase, S::NotStarted));
    EXPECT_FALSE(isTransitionAllowed(S::Purchased, S::Suspending, purchase, S::NotStarted));
    EXPECT_FALSE(isTransitionAllowed(S::Reassigning, S::Suspending, purchase, S::NotStarted));
    EXPECT_FALSE(isTransitionAllowed(S::Reassigned, S::Suspending, purchase, S::NotStarted));
    EXPECT_FALSE(isTransitionAllowed(S::Reassigned, S::Suspended, purchase, S::NotStarted));
    EXPECT_TRUE(isTransitionAllowed(S::Verified, S::Suspending, purchase, S::NotStarted));
    EXPECT_FALSE(isTransitionAllowed(S::Purchasing, S::Reassigning, purchase, S::NotStarted));
    EXPECT_TRUE(isTransitionAllowed(S::Verifying, S::Reassigning, purchase, S::NotStarted));
    EXPECT_FALSE(isTransitionAllowed(S::Purchased, S::Reassigned, purchase, S::NotStarted));
    EXPECT_TRUE(isTransitionAllowed(S::Purchased, S::Reassigned, MigrationPath::Upgrade, S::NotStarted));
    EXPECT_FALSE(isTransitionAllowed(S::Suspended, S::Failed, purchase, S::NotStarted));
    EXPECT_FALSE(isTransitionAllowed(S::Cancelled, S::NotStarted, purchase, S::NotStarted));
    EXPECT_FALSE(isTransitionAllowed(S::Purchasing, S::Cancelled, purchase, S::NotStarted));
    EXPECT_TRUE(isTransitionAllowed(S::Failed, S::Reassigning, purchase, S::Reassigning));
    EXPECT_FALSE(isTransitionAllowed(S::Failed, S::Suspending, purchase, S::Reassigning));
}

TEST_F(JournalTransitions, IllegalTransitionIsRefusedAndChangesNothing)
{
    const qint64 id = openWithOneMigration();
    ASSERT_TRUE(m_journal.transition(id, S::Purchasing).ok());
    MigrationUpdate u;
    u.newSubscriptionId = QStringLiteral("sub-new");
    ASSERT_TRUE(m_journal.transition(id, S::Purchased, u).ok());
    ASSERT_TRUE(m_journal.transition(id, S::Reassigning).ok());
    ASSERT_TRUE(m_journal.transition(id, S::Reassigned).ok());
    const int eventsBefore = int(m_journal.events(id)->size());

    MigrationUpdate sneaky;
    sneaky.orderId = QStringLiteral("should-not-stick");
    auto refused = m_journal.transition(id, S::Suspended, sneaky);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Validation);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("reassigned")));
    EXPECT_EQ(m_journal.transition(id, S::Suspending).error().kind, Error::Kind::Validation);

    auto now = m_journal.migration(id);
    EXPECT_EQ(now->state, S::Reassigned);
    EXPECT_TRUE(now->orderId.isEmpty());
    EXPECT_EQ(now->newSubscriptionId, QStringLiteral("sub-new"));
    EXPECT_EQ(m_journal.events(id)->size(), eventsBefore);
    EXPECT_EQ(m_journal.transition(999, S::Purchasing).error().kind, Error::Kind::NotFound);
}

TEST_F(JournalTransitions, FailureNeedsAReasonAndRetriesWhereItFailed)
{
    const qint64 id = openWithOneMigration();
    ASSERT_TRUE(m_journal.transition(id, S::Purchasing).ok());
    ASSERT_TRUE(m_journal.transition(id, S::Purchased).ok());
    ASSERT_TRUE(m_journal.transition(id, S::Reassigning).ok());
    EXPECT_EQ(m_journal.transition(id, S::Failed).error().kind, Error::Kind::Validation);

    MigrationUpdate why;
    why.lastError = QStringLiteral("We are sorry, it looks like you have run out of licenses.");
    auto failed = m_journal.transition(id, S::Failed, why);
    ASSERT_TRUE(failed.ok());
    EXPECT_EQ(failed->failedFrom, S::Reassigning);
    EXPECT_EQ(failed->lastError, *why.lastError);

    EXPECT_FALSE(m_journal.transition(id, S::Reassigned).ok());
    EXPECT_FALSE(m_journal.transition(id, S::Purchasing).ok());
    auto retried = m_journal.transition(id, S::Reassigning);
    ASSERT_TRUE(retried.ok());
    EXPECT_TRUE(retried->lastError.isEmpty());
    ASSERT_TRUE(m_journal.transition(id, S::Reassigned).ok());
    ASSERT_TRUE(m_journal.transition(id, S::Verifying).ok());
    ASSERT_TRUE(m_journal.transition(id, S::Verified).ok());
    ASSERT_TRUE(m_journal.transition(id, S::Suspending).ok());
    m_clock.advanceSecs(5);
    auto done = m_journal.transition(id, S::Suspended);
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->suspendedAt, m_clock.now());
    EXPECT_EQ(done->updatedAt, m_clock.now());
    EXPECT_FALSE(m_journal.transition(id, S::Failed, why).ok());
    EXPECT_FALSE(m_journal.transition(id, S::Cancelled).ok());
}

TEST_F(JournalTransitions, CancelIsRefusedWhileAWriteIsUnanswered)
{
    const qint64 id = openWithOneMigration();
    ASSERT_TRUE(m_journal.transition(id, S::Purchasing).ok());
    auto w = m_journal.recordWriteBeforeSend(cartWrite(id));
    ASSERT_TRUE(w.ok());
    MigrationUpdate why;
    why.lastError = QStringLiteral("Timed out.");
    ASSERT_TRUE(m_journal.transition(id, S::Failed, why).ok());
    auto cancel = m_journal.transition(id, S::Cancelled);
    ASSERT_FALSE(cancel.ok());
    EXPECT_EQ(cancel.error().kind, Error::Kind::Conflict);
    ASSERT_TRUE(m_journal.recordWriteAnswer(w->requestId, 400, {}).ok());
    EXPECT_TRUE(m_journal.transition(id, S::Cancelled).ok());
}

} // namespace
} // namespace om::journal::test
