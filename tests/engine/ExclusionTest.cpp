// Issue 17's engine side, against the in-process sandbox: users the operator leaves out (they keep the old
// licence, so the suspend waits), and a retired subscription nobody uses suspended without buying anything.

#include "engine/ResumeLogic.h"
#include "tests/engine/EngineFixture.h"

using namespace om;
using namespace om::test;
using om::journal::JournalState;
using om::journal::UserMoveState;
using om::sandbox::SubscriptionStatus;

namespace {

class ExclusionTest : public EngineFixture
{
protected:
    engine::MigrationRequest requestFor(const Custom &c) const
    {
        engine::MigrationRequest r;
        r.customerId = c.customerId;
        return r;
    }

    journal::MigrationRecord record(const Custom &c)
    {
        const auto rec = m_journal->findMigration(c.customerId, c.subscriptionId);
        EXPECT_TRUE(rec.ok() && rec.value().has_value());
        return rec.ok() && rec.value() ? *rec.value() : journal::MigrationRecord{};
    }

    std::optional<UserMoveState> moveState(qint64 migrationId, const QString &userId)
    {
        const auto moves = m_journal->userMoves(migrationId);
        if (!moves)
            return std::nullopt;
        for (const journal::UserMove &m : moves.value()) {
            if (m.userId == userId)
                return m.state;
        }
        return std::nullopt;
    }

    SubscriptionStatus status(const Custom &c)
    {
        return store().effectiveStatus(*store().subscription(c.customerId, c.subscriptionId));
    }
};

TEST_F(ExclusionTest, AnExcludedUserKeepsTheOldLicenceBuysNoSeatAndBlocksTheSuspend)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")},
                                                {QStringLiteral("ben"), QStringLiteral("IT")},
                                                {QStringLiteral("cid"), QStringLiteral("IT")}});
    const QString ben = c.users.at(1);
    engine::MigrationRequest request = requestFor(c);
    request.excludedUsers.insert(c.subscriptionId.toUpper(), {ben.toUpper()}); // ids compare case-blind
    ASSERT_TRUE(plan(*m_engine, request).ok);
    const engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    ASSERT_EQ(p.users.size(), 3);
    for (const engine::PlannedUser &u : p.users)
        EXPECT_EQ(u.excluded, u.id == ben) << u.upn.toStdString();
    EXPECT_EQ(p.usersToMove(), 2);
    EXPECT_EQ(p.excludedHolders(), 1);
    EXPECT_EQ(p.quantity, 2); // two seats: ann and cid
    EXPECT_FALSE(p.hasBlockingIssue());
    EXPECT_TRUE(m_engine->currentPlan().describe().contains(QLatin1String("[excluded")));

    QList<engine::UserResult> results;
    QObject::connect(m_engine.get(), &engine::MigrationEngine::userResult, m_engine.get(),
                     [&](const engine::UserResult &r) { results.append(r); });
    const engine::EngineResult done = runAll(*m_engine);
    EXPECT_FALSE(done.ok); // the suspend is refused
    EXPECT_EQ(done.usersMoved, 2);
    EXPECT_EQ(done.usersFailed, 0);
    EXPECT_EQ(done.usersExcluded, 1);
    EXPECT_TRUE(done.summary.contains(QLatin1String("excluded"))) << done.summary.toStdString();
    int excludedResults = 0;
    for (const engine::UserResult &r : std::as_const(results)) {
        if (r.userId == ben) {
            EXPECT_TRUE(r.excluded);
            EXPECT_FALSE(r.moved);
            EXPECT_TRUE(r.error.isEmpty());
            ++excludedResults;
        } else {
            EXPECT_TRUE(r.moved);
            EXPECT_FALSE(r.excluded);
        }
    }
    EXPECT_EQ(excludedResults, 1);

    const journal::MigrationRecord rec = record(c);
    EXPECT_EQ(rec.state, JournalState::Verified);
    EXPECT_EQ(moveState(rec.id, ben), UserMoveState::Skipped);
    EXPECT_EQ(moveState(rec.id, c.users.at(0)), UserMoveState::Moved);
    const sandbox::SubscriptionRecord *bought = store().subscription(c.customerId, rec.newSubscriptionId);
    ASSERT_NE(bought, nullptr);
    EXPECT_EQ(bought->quantity, 2);
    EXPECT_TRUE(store().userHasSku(c.customerId, ben, p.oldSku));
    EXPECT_FALSE(store().userHasSku(c.customerId, ben, p.targetSku));
    EXPECT_FALSE(store().userHasSku(c.customerId, c.users.at(2), p.oldSku));
    EXPECT_EQ(status(c), SubscriptionStatus::Active);
    // Asked again, alone: still refused, and the refusal names the exclusion.
    const engine::EngineResult again = await(*m_engine, [&]() { return m_engine->suspend(); });
    EXPECT_FALSE(again.ok);
    ASSERT_FALSE(again.errors.isEmpty());
    EXPECT_TRUE(again.errors.first().message.contains(QLatin1String("excluded")))
        << again.errors.first().toString().toStdString();
    EXPECT_EQ(status(c), SubscriptionStatus::Active);
}

TEST_F(ExclusionTest, IncludingTheUserAgainMovesThemAndThenSuspends)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")},
                                                {QStringLiteral("ben"), QStringLiteral("IT")}});
    const QString ben = c.users.at(1);
    engine::MigrationRequest request = requestFor(c);
    request.excludedUsers.insert(c.subscriptionId, {ben});
    ASSERT_TRUE(plan(*m_engine, request).ok);
    ASSERT_FALSE(runAll(*m_engine).ok);
    ASSERT_EQ(record(c).state, JournalState::Verified);
    // The bought subscription has one seat; the other user needs one more. Give it (as an operator would).
    const QString boughtId = record(c).newSubscriptionId;
    const_cast<sandbox::SubscriptionRecord *>(store().subscription(c.customerId, boughtId))->quantity = 2;

    auto engine = newEngine(); // a later run: the exclusion is gone
    ASSERT_TRUE(plan(*engine, requestFor(c)).ok);
    EXPECT_FALSE(engine->currentPlan().subscriptions.first().users.at(1).excluded);
    const engine::EngineResult done = runAll(*engine);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_EQ(done.usersMoved, 2);
    EXPECT_EQ(done.usersExcluded, 0);
    const journal::MigrationRecord rec = record(c);
    EXPECT_EQ(rec.state, JournalState::Suspended);
    EXPECT_EQ(moveState(rec.id, ben), UserMoveState::Moved);
    EXPECT_EQ(status(c), SubscriptionStatus::Suspended);
    EXPECT_EQ(store().countSubscriptions(c.customerId, rec.plan.targetOfferId), 1); // bought once
}

TEST_F(ExclusionTest, AUserAlreadyMovedCannotBeExcluded)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")},
                                                {QStringLiteral("ben"), QStringLiteral("")}});
    ASSERT_TRUE(plan(*m_engine, requestFor(c)).ok);
    ASSERT_FALSE(runAll(*m_engine).ok); // ben has no usage location: he fails, ann moves
    const QString ann = c.users.at(0);
    const QString ben = c.users.at(1);
    ASSERT_EQ(moveState(record(c).id, ann), UserMoveState::Moved);
    ASSERT_EQ(moveState(record(c).id, ben), UserMoveState::Failed);

    engine::MigrationRequest request = requestFor(c);
    request.excludedUsers.insert(c.subscriptionId, {ann, ben});
    auto engine = newEngine();
    ASSERT_TRUE(plan(*engine, request).ok);
    const engine::SubscriptionPlan p = engine->currentPlan().subscriptions.first();
    for (const engine::PlannedUser &u : p.users)
        EXPECT_EQ(u.excluded, u.id == ben) << u.upn.toStdString();
    const bool warned = std::any_of(p.issues.cbegin(), p.issues.cend(), [&](const engine::PlanIssue &i) {
        return i.userId == ann && i.severity == engine::IssueSeverity::Warning &&
               i.text.contains(QLatin1String("can no longer be excluded"));
    });
    EXPECT_TRUE(warned);
    // The failed user, now excluded, is no failure any more: the migration verifies; the suspend waits.
    const engine::EngineResult done = runAll(*engine);
    EXPECT_EQ(done.usersFailed, 0);
    EXPECT_EQ(done.usersExcluded, 1);
    EXPECT_EQ(record(c).state, JournalState::Verified);
    EXPECT_EQ(moveState(record(c).id, ben), UserMoveState::Skipped);
    EXPECT_EQ(status(c), SubscriptionStatus::Active);
}

TEST_F(ExclusionTest, ASubscriptionNobodyUsesIsOfferedSuspendOnlyAndBuysNothingUnlessConfirmed)
{
    const Custom c = addCustomer(kSalesFromSa, {});
    ASSERT_TRUE(plan(*m_engine, requestFor(c)).ok);
    const engine::SubscriptionPlan offered = m_engine->currentPlan().subscriptions.first();
    EXPECT_TRUE(offered.suspendOnlyOffered);
    EXPECT_FALSE(offered.suspendOnly);
    EXPECT_EQ(offered.quantity, 1); // unconfirmed: today's plan, the minimum

    engine::MigrationRequest request = requestFor(c);
    request.suspendOnly = {c.subscriptionId};
    ASSERT_TRUE(plan(*m_engine, request).ok);
    const engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    EXPECT_TRUE(p.suspendOnly);
    EXPECT_EQ(p.quantity, 0);
    EXPECT_FALSE(p.hasBlockingIssue());
    EXPECT_TRUE(m_engine->currentPlan().describe().contains(QLatin1String("suspend only")));

    const int subscriptionsBefore = store().subscriptionCount();
    const engine::EngineResult done = runAll(*m_engine);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_EQ(store().subscriptionCount(), subscriptionsBefore);
    EXPECT_TRUE(store().orders(c.customerId).isEmpty());
    EXPECT_EQ(status(c), SubscriptionStatus::Suspended);
    const journal::MigrationRecord rec = record(c);
    EXPECT_EQ(rec.state, JournalState::Suspended);
    EXPECT_EQ(rec.plan.path, journal::MigrationPath::SuspendOnly);
    EXPECT_TRUE(rec.newSubscriptionId.isEmpty());
    const auto writes = m_journal->writes(rec.id);
    ASSERT_TRUE(writes.ok());
    ASSERT_EQ(writes->size(), 1); // the suspend PATCH, journalled; nothing else was written
    EXPECT_EQ(writes->first().kind, journal::WriteKind::SuspendPatch);
    EXPECT_EQ(writes->first().status, journal::WriteStatus::Answered);
    EXPECT_EQ(m_engine->currentStep(), engine::Step::Done);
}

TEST_F(ExclusionTest, SuspendOnlyIsIgnoredWhileSomebodyHoldsTheLicence)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")}});
    engine::MigrationRequest request = requestFor(c);
    request.suspendOnly = {c.subscriptionId};
    ASSERT_TRUE(plan(*m_engine, request).ok);
    const engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    EXPECT_FALSE(p.suspendOnlyOffered);
    EXPECT_FALSE(p.suspendOnly);
    EXPECT_EQ(p.quantity, 1);
    const bool warned = std::any_of(p.issues.cbegin(), p.issues.cend(), [](const engine::PlanIssue &i) {
        return i.severity == engine::IssueSeverity::Warning &&
               i.text.contains(QLatin1String("1 user(s) still hold the old licence"));
    });
    EXPECT_TRUE(warned);
    // An excluded holder still holds it: no suspend-only either.
    request.excludedUsers.insert(c.subscriptionId, {c.users.first()});
    ASSERT_TRUE(plan(*m_engine, request).ok);
    EXPECT_FALSE(m_engine->currentPlan().subscriptions.first().suspendOnly);
}

TEST_F(ExclusionTest, SuspendOnlyResumesFromTheJournalWithoutAskingAgain)
{
    const Custom c = addCustomer(kSalesFromSa, {});
    engine::MigrationRequest request = requestFor(c);
    request.suspendOnly = {c.subscriptionId};
    ASSERT_TRUE(plan(*m_engine, request).ok);
    // The first step only records the migration (nothing to buy); the run stops there, as after a crash.
    ASSERT_TRUE(await(*m_engine, [&]() { return m_engine->purchase(); }).ok);
    ASSERT_EQ(record(c).state, JournalState::NotStarted);
    ASSERT_EQ(record(c).plan.path, journal::MigrationPath::SuspendOnly);
    ASSERT_TRUE(await(*m_engine, [&]() { return m_engine->verify(); }).ok);
    ASSERT_EQ(record(c).state, JournalState::Verified);

    auto engine = newEngine(); // restarted: the request no longer confirms anything
    ASSERT_TRUE(plan(*engine, requestFor(c)).ok);
    EXPECT_TRUE(engine->currentPlan().subscriptions.first().suspendOnly);
    const engine::EngineResult done = runAll(*engine);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_EQ(record(c).state, JournalState::Suspended);
    EXPECT_EQ(status(c), SubscriptionStatus::Suspended);
    EXPECT_TRUE(store().orders(c.customerId).isEmpty());
}

TEST_F(ExclusionTest, ALicenceAssignedAfterASuspendOnlyPlanStopsTheSuspend)
{
    const Custom c = addCustomer(kSalesFromSa, {});
    engine::MigrationRequest request = requestFor(c);
    request.suspendOnly = {c.subscriptionId};
    ASSERT_TRUE(plan(*m_engine, request).ok);
    ASSERT_TRUE(await(*m_engine, [&]() { return m_engine->purchase(); }).ok);
    // Somebody is given the old licence between the plan and the run.
    sandbox::UserRecord u;
    u.customerId = c.customerId;
    u.userPrincipalName = QStringLiteral("late@%1").arg(store().customer(c.customerId)->domain);
    u.displayName = QStringLiteral("Late");
    u.usageLocation = QStringLiteral("IT");
    const QString late = store().addUser(u);
    const engine::SubscriptionPlan p = m_engine->currentPlan().subscriptions.first();
    store().grantLicence(c.customerId, late, {p.oldSku, {}});

    const engine::EngineResult done = runAll(*m_engine);
    EXPECT_FALSE(done.ok);
    EXPECT_TRUE(done.summary.contains(QLatin1String("cannot be suspended without a replacement")))
        << done.summary.toStdString();
    EXPECT_EQ(record(c).state, JournalState::Failed);
    EXPECT_EQ(status(c), SubscriptionStatus::Active);
    EXPECT_TRUE(store().userHasSku(c.customerId, late, p.oldSku));
}

// ResumeLogic alone: where each state goes, with and without users left to move.
TEST(ResumeLogicTest, UsersLeftToMoveSendAVerifiedMigrationBackToReassignButNeverASuspendingOne)
{
    using S = JournalState;
    journal::MigrationRecord rec;
    journal::UserMove pending;
    pending.userId = QStringLiteral("u1");
    pending.state = UserMoveState::Pending;
    journal::UserMove skipped = pending;
    skipped.state = UserMoveState::Skipped;
    const QList<journal::UserMove> toMove{pending};
    const QList<journal::UserMove> excludedOnly{skipped};

    rec.state = S::Verified;
    EXPECT_EQ(engine::resumeStep(rec), engine::Step::Suspend);
    EXPECT_EQ(engine::resumeStep(rec, toMove), engine::Step::Reassign);
    EXPECT_EQ(engine::resumeStep(rec, excludedOnly), engine::Step::Suspend);
    rec.state = S::Verifying;
    EXPECT_EQ(engine::resumeStep(rec, toMove), engine::Step::Reassign);
    EXPECT_EQ(engine::resumeStep(rec, excludedOnly), engine::Step::Verify);
    rec.state = S::Suspending;
    EXPECT_EQ(engine::resumeStep(rec, toMove), engine::Step::Suspend);
    rec.state = S::Failed;
    rec.failedFrom = S::Suspending;
    EXPECT_EQ(engine::resumeStep(rec, toMove), engine::Step::Suspend);
    rec.failedFrom = S::Verified;
    EXPECT_EQ(engine::resumeStep(rec, toMove), engine::Step::Reassign);

    rec.plan.path = journal::MigrationPath::SuspendOnly;
    rec.state = S::NotStarted;
    EXPECT_EQ(engine::resumeStep(rec), engine::Step::Verify);
    EXPECT_EQ(engine::resumeStep(rec, toMove), engine::Step::Verify); // nobody is moved in suspend-only
    rec.state = S::Verified;
    EXPECT_EQ(engine::resumeStep(rec, toMove), engine::Step::Suspend);
}

TEST(ResumeLogicTest, SuspendOnlyHasItsOwnWayThroughTheJournal)
{
    using S = JournalState;
    const auto only = journal::MigrationPath::SuspendOnly;
    const auto purchase = journal::MigrationPath::Purchase;
    EXPECT_TRUE(journal::isTransitionAllowed(S::NotStarted, S::Verifying, only, S::NotStarted));
    EXPECT_FALSE(journal::isTransitionAllowed(S::NotStarted, S::Purchasing, only, S::NotStarted));
    EXPECT_FALSE(journal::isTransitionAllowed(S::NotStarted, S::Verifying, purchase, S::NotStarted));
    EXPECT_FALSE(journal::isTransitionAllowed(S::NotStarted, S::Suspending, only, S::NotStarted));
    EXPECT_TRUE(journal::isTransitionAllowed(S::Verified, S::Reassigning, purchase, S::NotStarted));
    EXPECT_FALSE(journal::isTransitionAllowed(S::Verified, S::Reassigning, only, S::NotStarted));
    EXPECT_FALSE(journal::isTransitionAllowed(S::Suspending, S::Reassigning, purchase, S::NotStarted));
    EXPECT_EQ(journal::migrationPathToken(only), QLatin1String("suspend_only"));
    EXPECT_EQ(journal::migrationPathFromToken(u"suspend_only"), only);
}

} // namespace
