// The planner's choice of what to buy, against the in-process sandbox's new-commerce catalogue: which
// product, SKU and availability, which term and billing cycle, which market and segment, and the refusals.

#include "tests/engine/EngineFixture.h"

using namespace om;
using namespace om::test;
namespace nce = om::sandbox::nce;

namespace {

class PlannerTest : public EngineFixture
{
protected:
    engine::SubscriptionPlan planOf(const QString &customerId, const QString &to = {},
                                    const QString &term = {}, const QString &billing = {})
    {
        engine::MigrationRequest request;
        request.customerId = customerId;
        request.targetItem = to;
        request.termDuration = term;
        request.billingCycle = billing;
        const engine::EngineResult r = plan(*m_engine, request);
        EXPECT_TRUE(r.ok) << r.summary.toStdString();
        EXPECT_EQ(m_engine->currentPlan().subscriptions.size(), 1);
        return m_engine->currentPlan().subscriptions.value(0);
    }

    static QStringList blocking(const engine::SubscriptionPlan &p)
    {
        QStringList out;
        for (const engine::PlanIssue &i : p.issues) {
            if (i.severity == engine::IssueSeverity::Blocking)
                out.append(i.text);
        }
        return out;
    }
};

const QString kSalesFromSaFaculty = QStringLiteral(
    "Dynamics 365 for Sales Enterprise Edition From SA for CRM Basic (Qualified Offer) for Faculty");
const QString kCepFromSa = QStringLiteral(
    "Dynamics 365 Customer Engagement Plan Enterprise Edition From SA for CRM Basic (Qualified Offer)");

TEST_F(PlannerTest, RecommendsTheNewCommerceItemWithTheAnnualTermBilledMonthly)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")}});
    const engine::SubscriptionPlan p = planOf(c.customerId);
    EXPECT_TRUE(blocking(p).isEmpty()) << blocking(p).join(u'\n').toStdString();
    EXPECT_EQ(p.market, QStringLiteral("IT"));
    EXPECT_EQ(p.target.id, QStringLiteral("CFQ7TTC0XP01:0001:CFQ7TTC0XA01"));
    EXPECT_EQ(p.target.productId, QStringLiteral("CFQ7TTC0XP01"));
    EXPECT_EQ(p.target.name, QStringLiteral("Dynamics 365 Sales Professional"));
    EXPECT_EQ(p.target.segment, QStringLiteral("commercial"));
    EXPECT_EQ(p.target.termDuration, QStringLiteral("P1Y"));
    EXPECT_EQ(p.target.billingCycle, QStringLiteral("monthly"));
    EXPECT_EQ(p.targetSku, QStringLiteral("be9f9771-1c64-4618-9907-244325141096"));
    EXPECT_FALSE(p.useUpgrade);
    EXPECT_EQ(p.quantity, 1);
    // The other replacements of the catalogue, in its order; the trial SKU never, nor Customer Engagement
    // Plan (not sold in new commerce here).
    QStringList alternatives;
    for (const engine::Replacement &r : p.alternatives)
        alternatives.append(r.id);
    EXPECT_EQ(alternatives, (QStringList{QStringLiteral("CFQ7TTC0XP03:0001:CFQ7TTC0XA06"),
                                         QStringLiteral("CFQ7TTC0XP05:0001:CFQ7TTC0XA10")}));
    // The journal plan the purchase reads.
    const journal::MigrationPlan j = p.toJournalPlan(QStringLiteral("op"));
    EXPECT_EQ(j.targetOfferId, QStringLiteral("CFQ7TTC0XP01:0001:CFQ7TTC0XA01"));
    EXPECT_EQ(j.termDuration, QStringLiteral("P1Y"));
    EXPECT_EQ(j.billingCycle, QStringLiteral("monthly"));
}

TEST_F(PlannerTest, TakesTheOperatorsTermAndBillingOrSaysWhatIsOffered)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")}});
    engine::SubscriptionPlan p = planOf(c.customerId, {}, QStringLiteral("P3Y"), QStringLiteral("triennial"));
    EXPECT_TRUE(blocking(p).isEmpty());
    EXPECT_EQ(p.target.termDuration, QStringLiteral("P3Y"));
    EXPECT_EQ(p.target.billingCycle, QStringLiteral("triennial"));
    // Only the term: billed monthly where offered.
    p = planOf(c.customerId, {}, QStringLiteral("P1M"));
    EXPECT_EQ(p.target.termDuration, QStringLiteral("P1M"));
    EXPECT_EQ(p.target.billingCycle, QStringLiteral("monthly"));
    // Only the billing cycle: the annual term.
    p = planOf(c.customerId, {}, {}, QStringLiteral("annual"));
    EXPECT_EQ(p.target.termDuration, QStringLiteral("P1Y"));
    EXPECT_EQ(p.target.billingCycle, QStringLiteral("annual"));
    // Team Members has no three-year term: blocked, naming what is offered.
    p = planOf(c.customerId, QStringLiteral("CFQ7TTC0XP05"), QStringLiteral("P3Y"));
    const QStringList issues = blocking(p);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues.first().contains(QLatin1String("P1Y/annual"))) << issues.first().toStdString();
}

TEST_F(PlannerTest, ToTakesAProductProductSkuOrCatalogItemAndRefusesAStaleAvailability)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")}});
    EXPECT_EQ(planOf(c.customerId, QStringLiteral("CFQ7TTC0XP05")).target.id,
              QStringLiteral("CFQ7TTC0XP05:0001:CFQ7TTC0XA10"));
    EXPECT_EQ(planOf(c.customerId, QStringLiteral("cfq7ttc0xp03:0001")).target.id,
              QStringLiteral("CFQ7TTC0XP03:0001:CFQ7TTC0XA06"));
    const engine::SubscriptionPlan full =
        planOf(c.customerId, QStringLiteral("CFQ7TTC0XP02:0001:CFQ7TTC0XA05"));
    EXPECT_EQ(full.target.id, QStringLiteral("CFQ7TTC0XP02:0001:CFQ7TTC0XA05"));
    EXPECT_EQ(full.targetSku, QStringLiteral("1e1a282c-9c54-43a2-9310-98ef728faace"));
    // Availability ids are reissued: a remembered one is refused with the product:sku to use.
    store().catalogue().rotateAvailabilityIds();
    const engine::SubscriptionPlan stale =
        planOf(c.customerId, QStringLiteral("CFQ7TTC0XP02:0001:CFQ7TTC0XA05"));
    ASSERT_EQ(blocking(stale).size(), 1);
    EXPECT_TRUE(blocking(stale).first().contains(QLatin1String("choose CFQ7TTC0XP02:0001")))
        << blocking(stale).first().toStdString();
    EXPECT_FALSE(stale.target.isValid());
    // Not an id at all, or a product the market does not sell.
    EXPECT_EQ(blocking(planOf(c.customerId, QStringLiteral("a:b:c:d"))).size(), 1);
    EXPECT_TRUE(blocking(planOf(c.customerId, QStringLiteral("NOPE")))
                    .value(0)
                    .contains(QLatin1String("not sold in market IT")));
}

TEST_F(PlannerTest, ALegacyOfferIdIsRefusedNamingTheNewCommerceItem)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")}});
    // The legacy Team Members offer of 2018: its new-commerce product is named, not the recommendation.
    const QString legacy = sandbox::sandboxOfferId(QStringLiteral("Dynamics 365 Team Members"));
    ASSERT_NE(store().catalogue().offer(legacy), nullptr);
    const engine::SubscriptionPlan p = planOf(c.customerId, legacy);
    const QStringList issues = blocking(p);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues.first().contains(QLatin1String("legacy offer id"))) << issues.first().toStdString();
    EXPECT_TRUE(issues.first().contains(QLatin1String("CFQ7TTC0XP05:0001 (Dynamics 365 Team Members)")))
        << issues.first().toStdString();
    EXPECT_FALSE(p.target.isValid());
    // A blocked plan buys nothing.
    const engine::EngineResult r = await(*m_engine, [&]() { return m_engine->purchase(); });
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(store().orders(c.customerId).isEmpty());
    EXPECT_EQ(store().subscriptions(c.customerId).size(), 1);
}

TEST_F(PlannerTest, FacultyBuysTheEducationAvailabilityAndSkipsWhatNewCommerceDoesNotSell)
{
    const Custom faculty = addCustomer(kSalesFromSaFaculty, {{QStringLiteral("ann"), QStringLiteral("IT")}});
    const engine::SubscriptionPlan p = planOf(faculty.customerId);
    EXPECT_EQ(p.target.id, QStringLiteral("CFQ7TTC0XP01:0001:CFQ7TTC0XA02"));
    EXPECT_EQ(p.target.segment, QStringLiteral("education"));
    // Customer Engagement Plan comes first for its family but is not sold: Sales Professional is next.
    const Custom cep = addCustomer(kCepFromSa, {{QStringLiteral("bob"), QStringLiteral("IT")}});
    const engine::SubscriptionPlan q = planOf(cep.customerId);
    EXPECT_EQ(q.target.id, QStringLiteral("CFQ7TTC0XP01:0001:CFQ7TTC0XA01"));
}

TEST_F(PlannerTest, TheMarketComesFromTheBillingCountryWhenTheOfferLinkHasNone)
{
    const Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")}});
    store().setOfferLinksWithoutCountry(c.customerId, true);
    const engine::SubscriptionPlan p = planOf(c.customerId);
    EXPECT_TRUE(p.oldSubscription.market.isEmpty()) << "the link really has no country";
    EXPECT_EQ(p.market, QStringLiteral("IT"));
    EXPECT_TRUE(blocking(p).isEmpty()) << blocking(p).join(u'\n').toStdString();
    EXPECT_EQ(p.target.id, QStringLiteral("CFQ7TTC0XP01:0001:CFQ7TTC0XA01"));
}

// Two retired subscriptions that provision the same licence: the holders are split between them, so the
// customer buys seats for each user once, and both old subscriptions end suspended.
TEST_F(PlannerTest, TwoRetiredSubscriptionsSharingALicenceSplitTheirHolders)
{
    Custom c = addCustomer(kSalesFromSa, {{QStringLiteral("ann"), QStringLiteral("IT")},
                                          {QStringLiteral("ben"), QStringLiteral("IT")},
                                          {QStringLiteral("cal"), QStringLiteral("IT")},
                                          {QStringLiteral("dee"), QStringLiteral("IT")}});
    // addCustomer's subscription has a seat per user plus one (5 for 4 users); six hold the licence: the
    // second subscription (1 seat) takes the sixth.
    sandbox::SubscriptionRecord second;
    second.customerId = c.customerId;
    second.offerId = sandbox::sandboxOfferId(kSalesFromSa);
    second.quantity = 1;
    second.commitmentEndDate = QDateTime::currentDateTimeUtc().addDays(30);
    const QString secondId = store().addSubscription(second);
    for (const QString &name : {QStringLiteral("eve"), QStringLiteral("fay")}) {
        sandbox::UserRecord more;
        more.customerId = c.customerId;
        more.userPrincipalName = QStringLiteral("%1@%2").arg(name, store().customer(c.customerId)->domain);
        more.displayName = name;
        more.usageLocation = QStringLiteral("IT");
        c.users.append(store().addUser(more));
        store().grantLicence(c.customerId, c.users.last(), {sandbox::skus::SalesFromSaQo, {}});
    }

    engine::MigrationRequest request;
    request.customerId = c.customerId;
    ASSERT_TRUE(plan(*m_engine, request).ok);
    const QList<engine::SubscriptionPlan> plans = m_engine->currentPlan().subscriptions;
    ASSERT_EQ(plans.size(), 2);
    int seats = 0;
    QStringList everyone;
    for (const engine::SubscriptionPlan &p : plans) {
        seats += p.quantity;
        for (const engine::PlannedUser &u : p.users)
            everyone.append(u.id);
        EXPECT_EQ(p.quantity, p.users.size()) << p.oldSubscription.id.toStdString();
    }
    EXPECT_EQ(seats, 6) << "one seat per holder, not one per holder per subscription";
    EXPECT_EQ(plans.at(0).users.size(), 5);
    EXPECT_EQ(plans.at(1).users.size(), 1);
    everyone.sort();
    QStringList expected = c.users;
    expected.sort();
    EXPECT_EQ(everyone, expected);

    const engine::EngineResult done = runAll(*m_engine);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();
    EXPECT_EQ(store().orders(c.customerId).size(), 2);
    EXPECT_EQ(store().activeUnits(c.customerId, sandbox::skus::SalesProfessional), 6);
    for (const QString &user : c.users)
        EXPECT_TRUE(store().userHasSku(c.customerId, user, sandbox::skus::SalesProfessional));
    EXPECT_EQ(store().effectiveStatus(*store().subscription(c.customerId, c.subscriptionId)),
              sandbox::SubscriptionStatus::Suspended);
    EXPECT_EQ(store().effectiveStatus(*store().subscription(c.customerId, secondId)),
              sandbox::SubscriptionStatus::Suspended);
}

} // namespace
