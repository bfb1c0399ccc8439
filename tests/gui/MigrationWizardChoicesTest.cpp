// Issue 17, the wizard's controller against the in-process sandbox: per-user exclusion, a usage location
// set in place (journalled) and the user tried again, suspend-only, and one choice per retired subscription
// with the run covering all of them.
#include "partnercenter/CustomerUserUpdate.h"
#include "tests/gui/MigrationWizardFixture.h"
#include "ui/wizard/WizardUserModel.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTranslator>

namespace om::test {
namespace {

using Page = gui::MigrationWizardController::Page;

class MigrationWizardChoicesTest : public MigrationWizardFixture
{
protected:
    std::unique_ptr<gui::MigrationWizardController> planned(const QString &customerId)
    {
        auto c = newWizardController(customerId);
        c->setReplanDelay(20);
        EXPECT_TRUE(c->start());
        EXPECT_TRUE(waitIdle(*c));
        EXPECT_TRUE(c->hasPlan()) << c->errorText().toStdString();
        return c;
    }

    static int rowOf(gui::MigrationWizardController &c, const QString &userId)
    {
        return c.users()->rowOf(userId);
    }
};

TEST_F(MigrationWizardChoicesTest, AnExcludedUserKeepsTheOldLicenceAndBlocksTheSuspension)
{
    startController(24);
    const QStringList offers = plainRetiredOffers();
    ASSERT_FALSE(offers.isEmpty());
    const QString cid = addCustomer(QStringLiteral("Esclusi Srl"));
    const QString oldId = addRetired(cid, offers.first(), 3);
    const QString anna = addHolder(cid, offers.first(), QStringLiteral("anna"));
    const QString bruno = addHolder(cid, offers.first(), QStringLiteral("bruno"));
    const QString carla = addHolder(cid, offers.first(), QStringLiteral("carla"));
    const QString oldSku = store().catalogue().offer(offers.first())->skuId;

    auto c = planned(cid);
    QAbstractItemModelTester tester(c->users(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(c->users()->rowCount(), 3);
    const int quantityBefore = c->plan().subscriptions.first().quantity;
    for (int r = 0; r < 3; ++r) // everybody moves by default
        EXPECT_EQ(c->users()->index(r, gui::WizardUserModel::MoveColumn).data(Qt::CheckStateRole).toInt(),
                  int(Qt::Checked));

    // Unticked in the table, as the operator does it.
    QSignalSpy planned(c.get(), &gui::MigrationWizardController::planChanged);
    const QModelIndex tick = c->users()->index(rowOf(*c, bruno), gui::WizardUserModel::MoveColumn);
    ASSERT_TRUE(c->users()->flags(tick) & Qt::ItemIsUserCheckable);
    ASSERT_TRUE(c->users()->setData(tick, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_TRUE(c->isExcluded(oldId, bruno));
    EXPECT_TRUE(c->planPending());
    EXPECT_FALSE(c->canPurchase()) << "bought before the change was planned";
    ASSERT_TRUE(planned.wait(30000));
    ASSERT_TRUE(waitIdle(*c));
    EXPECT_FALSE(c->planPending());
    EXPECT_EQ(c->plan().subscriptions.first().quantity, quantityBefore - 1) << "a seat bought for bruno";
    EXPECT_EQ(c->users()->user(rowOf(*c, bruno)).result, gui::WizardUser::Result::Excluded);
    EXPECT_FALSE(gui::WizardUserModel::nextStep(c->users()->user(rowOf(*c, bruno))).isEmpty());

    ASSERT_TRUE(c->purchase()) << c->purchaseBlockedReason().toStdString();
    ASSERT_TRUE(waitIdle(*c));
    ASSERT_TRUE(c->reassign()) << c->errorText().toStdString();
    ASSERT_TRUE(waitIdle(*c));
    const QString newSku = c->plan().subscriptions.first().targetSku;
    EXPECT_TRUE(store().userHasSku(cid, anna, newSku));
    EXPECT_TRUE(store().userHasSku(cid, carla, newSku));
    EXPECT_TRUE(store().userHasSku(cid, bruno, oldSku)) << "the excluded user lost the old licence";
    EXPECT_FALSE(store().userHasSku(cid, bruno, newSku));
    EXPECT_FALSE(c->hasFailedUsers()) << "an excluded user counts as failed";

    if (c->canVerify()) {
        ASSERT_TRUE(c->verify());
        ASSERT_TRUE(waitIdle(*c));
    }
    EXPECT_FALSE(c->canSuspend());
    const QString reason = c->suspendBlockedReason();
    EXPECT_TRUE(reason.contains(store().user(cid, bruno)->userPrincipalName)) << reason.toStdString();
    EXPECT_TRUE(reason.contains(QStringLiteral("left out"))) << reason.toStdString();
    EXPECT_EQ(store().effectiveStatus(*store().subscription(cid, oldId)),
              sandbox::SubscriptionStatus::Active);

    // Plurals with the English translation loaded: "2 users moved", never "user(s)".
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(":/i18n/offer-migrator_en.qm")));
    QCoreApplication::installTranslator(&english);
    const QString summary = c->summaryText();
    QCoreApplication::removeTranslator(&english);
    EXPECT_TRUE(summary.contains(QStringLiteral("2 users moved to the new licence.")))
        << summary.toStdString();
}

TEST_F(MigrationWizardChoicesTest, SettingAUsageLocationInPlaceIsJournalledAndTheUserMoves)
{
    startController(24);
    const QStringList offers = plainRetiredOffers();
    ASSERT_FALSE(offers.isEmpty());
    const QString cid = addCustomer(QStringLiteral("Senza Luogo Srl"));
    const QString oldId = addRetired(cid, offers.first(), 2);
    const QString anna = addHolder(cid, offers.first(), QStringLiteral("anna"));
    const QString nowhere = addHolder(cid, offers.first(), QStringLiteral("nowhere"), QString());

    auto c = planned(cid);
    EXPECT_FALSE(c->canFixUsageLocation(nowhere)) << "nothing is recorded before the purchase";
    ASSERT_TRUE(c->purchase()) << c->purchaseBlockedReason().toStdString();
    ASSERT_TRUE(waitIdle(*c));
    ASSERT_TRUE(c->reassign());
    ASSERT_TRUE(waitIdle(*c));
    const QString newSku = c->plan().subscriptions.first().targetSku;
    ASSERT_EQ(c->users()->user(rowOf(*c, nowhere)).result, gui::WizardUser::Result::Failed);
    { // Plurals with the English translation loaded: "1 user moved", never "user(s)".
        QTranslator english;
        ASSERT_TRUE(english.load(QStringLiteral(":/i18n/offer-migrator_en.qm")));
        QCoreApplication::installTranslator(&english);
        const QString summary = c->summaryText();
        QCoreApplication::removeTranslator(&english);
        EXPECT_TRUE(summary.contains(QStringLiteral("1 user moved to the new licence.")))
            << summary.toStdString();
    }
    EXPECT_TRUE(gui::WizardUserModel::nextStep(c->users()->user(rowOf(*c, nowhere)))
                    .contains(QStringLiteral("usage location")));
    EXPECT_FALSE(c->canFixUsageLocation(anna)) << "anna has a usage location";
    ASSERT_TRUE(c->canFixUsageLocation(nowhere));
    EXPECT_EQ(c->suggestedUsageLocation(), QStringLiteral("IT"));
    EXPECT_FALSE(c->fixUsageLocation(nowhere, QStringLiteral("Italy"))) << "not a country code";

    QSignalSpy fixed(c.get(), &gui::MigrationWizardController::userFixed);
    ASSERT_TRUE(c->fixUsageLocation(nowhere, QStringLiteral("it")));
    EXPECT_TRUE(c->isBusy());
    ASSERT_TRUE(fixed.wait(30000));
    EXPECT_TRUE(fixed.first().at(1).toBool()) << c->errorText().toStdString();
    ASSERT_TRUE(
        QTest::qWaitFor([&]() { return !c->isBusy() && store().userHasSku(cid, nowhere, newSku); }, 60000))
        << "not tried again: " << c->errorText().toStdString();
    ASSERT_TRUE(waitIdle(*c));
    EXPECT_EQ(store().user(cid, nowhere)->usageLocation, QStringLiteral("IT"));
    EXPECT_EQ(c->users()->user(rowOf(*c, nowhere)).result, gui::WizardUser::Result::Moved);
    EXPECT_FALSE(c->hasFailedUsers());

    // Recorded before it was sent and after it answered, as every write: the very request the client sent
    // (pc::customerUserUpdateWrite), its body as JSON with sorted keys.
    const QByteArray body =
        QByteArrayLiteral(R"({"attributes":{"objectType":"CustomerUser"},"usageLocation":"IT"})");
    const auto rec = journal().findMigration(cid, oldId);
    ASSERT_TRUE(rec.ok() && rec.value());
    const auto writes = journal().writes(rec.value()->id);
    ASSERT_TRUE(writes.ok());
    int userUpdates = 0;
    for (const journal::WriteRequest &w : writes.value()) {
        if (w.kind != journal::WriteKind::UserUpdate)
            continue;
        ++userUpdates;
        EXPECT_EQ(w.key, nowhere.toLower());
        EXPECT_EQ(w.method, QStringLiteral("PATCH"));
        EXPECT_EQ(w.path, QStringLiteral("/v1/customers/%1/users/%2").arg(cid, nowhere));
        EXPECT_EQ(w.bodySha256, QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
        EXPECT_EQ(w.status, journal::WriteStatus::Answered);
        EXPECT_EQ(w.httpStatus, 200);
    }
    EXPECT_EQ(userUpdates, 1);
    const auto events = journal().events(rec.value()->id);
    ASSERT_TRUE(events.ok());
    EXPECT_TRUE(std::any_of(events->cbegin(), events->cend(), [](const journal::JournalEvent &e) {
        return e.text.contains(QStringLiteral("usage location")) && e.text.contains(QStringLiteral("IT"));
    }));
}

// A user update whose answer was lost stays pending in the journal: the next attempt sends the same
// MS-RequestId (Partner Center answers the first result again) instead of a new request.
TEST_F(MigrationWizardChoicesTest, AUsageLocationWriteLeftPendingIsReplayedWithItsRequestId)
{
    startController(24);
    const QStringList offers = plainRetiredOffers();
    ASSERT_FALSE(offers.isEmpty());
    const QString cid = addCustomer(QStringLiteral("Ripeti Srl"));
    const QString oldId = addRetired(cid, offers.first(), 1);
    const QString nowhere = addHolder(cid, offers.first(), QStringLiteral("nowhere"), QString());
    auto c = planned(cid);
    ASSERT_TRUE(c->purchase());
    ASSERT_TRUE(waitIdle(*c));
    ASSERT_TRUE(c->reassign());
    ASSERT_TRUE(waitIdle(*c));
    const auto rec = journal().findMigration(cid, oldId);
    ASSERT_TRUE(rec.ok() && rec.value());

    // As a crash right after "record before send" leaves it (spelt out as an earlier version recorded it: the
    // typed write the app sends now is the same method, path and body, so the pending one is replayed).
    pc::CustomerUserUpdate update;
    update.usageLocation = QStringLiteral("IT");
    const pc::ApiRequest request = pc::customerUserUpdateRequest(cid, nowhere, update);
    journal::WriteRequestSpec spec;
    spec.migrationId = rec.value()->id;
    spec.kind = journal::WriteKind::UserUpdate;
    spec.key = nowhere.toLower();
    spec.method = QStringLiteral("PATCH");
    spec.path = request.path;
    spec.body = QJsonDocument(request.body).toJson(QJsonDocument::Compact);
    const auto pending = journal().recordWriteBeforeSend(spec);
    ASSERT_TRUE(pending.ok()) << pending.error().toString().toStdString();

    QSignalSpy fixed(c.get(), &gui::MigrationWizardController::userFixed);
    ASSERT_TRUE(c->fixUsageLocation(nowhere, QStringLiteral("IT")));
    ASSERT_TRUE(fixed.wait(30000));
    EXPECT_TRUE(fixed.first().at(1).toBool()) << c->errorText().toStdString();
    ASSERT_TRUE(waitIdle(*c));
    QList<journal::WriteRequest> updates;
    const auto written =
        journal().writes(rec.value()->id); // kept: a range-for over .value() of a temporary dangles
    ASSERT_TRUE(written.ok());
    for (const journal::WriteRequest &w : written.value()) {
        if (w.kind == journal::WriteKind::UserUpdate)
            updates.append(w);
    }
    ASSERT_EQ(updates.size(), 1) << "a second request instead of the replay";
    EXPECT_EQ(updates.first().requestId, pending->requestId);
    EXPECT_EQ(updates.first().status, journal::WriteStatus::Answered);
    EXPECT_EQ(store().user(cid, nowhere)->usageLocation, QStringLiteral("IT"));
}

TEST_F(MigrationWizardChoicesTest, ASubscriptionNobodyHoldsIsSuspendedWithoutBuying)
{
    startController(24);
    const QStringList offers = plainRetiredOffers();
    ASSERT_FALSE(offers.isEmpty());
    const QString cid = addCustomer(QStringLiteral("Vuota Srl"));
    const QString oldId = addRetired(cid, offers.first(), 5);
    const int subscriptionsBefore = store().subscriptionCount();

    auto c = planned(cid);
    ASSERT_EQ(c->suspendOnlyOffered(), QStringList{oldId});
    EXPECT_TRUE(c->canSuspendOnly());
    EXPECT_FALSE(c->suspendOnly({QStringLiteral("not-a-subscription")}));
    ASSERT_TRUE(c->suspendOnly({oldId})) << c->errorText().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !c->isBusy() && c->stage() == Page::Verify; }, 60000))
        << "stage " << int(c->stage()) << ": " << c->errorText().toStdString();
    EXPECT_TRUE(c->plan().subscriptions.first().suspendOnly);
    EXPECT_EQ(store().subscriptionCount(), subscriptionsBefore) << "something was bought";
    ASSERT_TRUE(c->verify()) << c->errorText().toStdString();
    ASSERT_TRUE(waitIdle(*c));
    ASSERT_TRUE(c->canSuspend()) << c->suspendBlockedReason().toStdString();
    ASSERT_TRUE(c->suspend());
    ASSERT_TRUE(waitIdle(*c));
    EXPECT_EQ(c->stage(), Page::Summary) << c->errorText().toStdString();
    EXPECT_EQ(store().effectiveStatus(*store().subscription(cid, oldId)),
              sandbox::SubscriptionStatus::Suspended);
    EXPECT_EQ(store().subscriptionCount(), subscriptionsBefore);
    EXPECT_TRUE(c->summaryText().contains(QStringLiteral("without a replacement")))
        << c->summaryText().toStdString();
}

TEST_F(MigrationWizardChoicesTest, EachRetiredSubscriptionGetsItsOwnChoiceAndTheRunCoversAll)
{
    startController(24);
    const QStringList offers = plainRetiredOffers();
    ASSERT_GE(offers.size(), 2) << "the sandbox catalogue has too few retired offers without an upgrade";
    const QString cid = addCustomer(QStringLiteral("Due Abbonamenti Srl"));
    const QString first = addRetired(cid, offers.at(0), 2);
    const QString second = addRetired(cid, offers.at(1), 2);
    addHolder(cid, offers.at(0), QStringLiteral("anna"));
    addHolder(cid, offers.at(1), QStringLiteral("bruno"));

    auto c = planned(cid);
    ASSERT_EQ(c->plan().subscriptions.size(), 2);
    const auto planOf = [&c](const QString &id) -> const engine::SubscriptionPlan & {
        for (const engine::SubscriptionPlan &p : c->plan().subscriptions) {
            if (p.oldSubscription.id.compare(id, Qt::CaseInsensitive) == 0)
                return p;
        }
        ADD_FAILURE() << "no plan for " << id.toStdString();
        return c->plan().subscriptions.first();
    };
    const int firstQuantity = planOf(first).quantity;
    // A copy on purpose: setChoice() below plans again and replaces the plan a reference would point into.
    // NOLINTNEXTLINE(performance-unnecessary-copy-initialization)
    const engine::SubscriptionPlan secondPlan = planOf(second);
    const int chosen = secondPlan.quantity + 3;

    QSignalSpy planned(c.get(), &gui::MigrationWizardController::planChanged);
    ASSERT_TRUE(c->setChoice(second, {secondPlan.target.id, secondPlan.target.termDuration,
                                      secondPlan.target.billingCycle, chosen}));
    ASSERT_TRUE(planned.wait(30000));
    ASSERT_TRUE(waitIdle(*c));
    ASSERT_EQ(c->plan().subscriptions.size(), 2) << "the choice narrowed the run to one subscription";
    EXPECT_EQ(planOf(second).quantity, chosen);
    EXPECT_EQ(planOf(first).quantity, firstQuantity) << "the other subscription changed too";
    EXPECT_EQ(c->choice(second).quantity, chosen);

    ASSERT_TRUE(c->purchase()) << c->purchaseBlockedReason().toStdString();
    ASSERT_TRUE(waitIdle(*c));
    EXPECT_TRUE(c->errorText().isEmpty()) << c->errorText().toStdString();
    EXPECT_EQ(c->stage(), Page::Reassign);
    const auto one = journal().findMigration(cid, first);
    const auto two = journal().findMigration(cid, second);
    ASSERT_TRUE(one.ok() && one.value() && two.ok() && two.value()) << "not every subscription was bought";
    EXPECT_EQ(one.value()->plan.plannedQuantity, firstQuantity);
    EXPECT_EQ(two.value()->plan.plannedQuantity, chosen);
    const sandbox::SubscriptionRecord *bought = store().subscription(cid, two.value()->newSubscriptionId);
    ASSERT_NE(bought, nullptr);
    EXPECT_EQ(bought->quantity, chosen);
    EXPECT_FALSE(c->setChoice(second, {secondPlan.target.id, {}, {}, chosen + 1})) << "changed after buying";
}

} // namespace
} // namespace om::test
