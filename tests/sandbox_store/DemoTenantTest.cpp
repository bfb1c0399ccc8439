#include "sandbox/store/DemoTenant.h"

#include "StoreTestSupport.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace om::sandbox;
using namespace om::sandbox::testing;

namespace {

bool isRetired(const SandboxStore &store, const SubscriptionRecord &s)
{
    const OfferRecord *offer = store.catalogue().offer(s.offerId);
    return offer && !offer->isAvailableForPurchase &&
           s.offerName.contains(QLatin1String("Basic (Qualified Offer)"));
}

// True when the user holds two different plans of one conflict group (AAD would not allow it).
bool hasConflict(const SandboxStore &store, const UserRecord &user)
{
    QHash<int, QString> planByGroup;
    for (const LicenceAssignment &l : user.licences) {
        const SkuRecord *sku = store.catalogue().sku(l.skuId);
        for (const ServicePlanRecord &plan : sku->servicePlans) {
            const int group = store.catalogue().conflictGroupOf(plan.id);
            if (group < 0 || l.excludedPlans.contains(plan.id))
                continue;
            if (planByGroup.contains(group) && planByGroup.value(group) != plan.id)
                return true;
            planByGroup.insert(group, plan.id);
        }
    }
    return false;
}

// Everything a client could read, as one string per customer.
QStringList snapshot(const SandboxStore &store)
{
    QStringList out;
    for (int i = 0; i < store.customerCount(); ++i) {
        const CustomerRecord *c = store.customerAt(i);
        QString line =
            c->id + c->companyName + c->domain + c->country + (c->offerLinksWithoutCountry ? u'-' : u'+');
        for (const SubscriptionRecord *s : store.subscriptions(c->id))
            line += s->id + s->offerId + QString::number(s->quantity) +
                    subscriptionStatusName(store.effectiveStatus(*s)) +
                    s->commitmentEndDate.toString(Qt::ISODate) + (s->autoRenewEnabled ? u'1' : u'0');
        for (const UserRecord *u : store.users(c->id))
            line +=
                u->id + u->userPrincipalName + u->usageLocation + store.userSkuIds(c->id, u->id).join(u',');
        out << line;
    }
    return out;
}

TEST(DemoTenant, SameSeedGivesTheSameTenant)
{
    om::ManualClock clock;
    SandboxStore a(clock);
    SandboxStore b(clock);
    SandboxStore c(clock);
    populateDemoTenant(a, 42);
    populateDemoTenant(b, 42);
    populateDemoTenant(c, 43);
    EXPECT_EQ(snapshot(a), snapshot(b));
    EXPECT_NE(snapshot(a), snapshot(c));
}

TEST(DemoTenant, HasTheMixTheMigrationNeeds)
{
    om::ManualClock clock;
    SandboxStore store(clock);
    populateDemoTenant(store, 1, 200);
    ASSERT_EQ(store.customerCount(), 200);

    QSet<QString> markets;
    int affected = 0, suspended = 0, autoRenewing = 0, lookAlikes = 0, noLocation = 0, conflicting = 0;
    const QDate today = clock.today();
    for (int i = 0; i < store.customerCount(); ++i) {
        const CustomerRecord *c = store.customerAt(i);
        markets.insert(c->country);
        EXPECT_FALSE(c->companyName.isEmpty());
        bool hasRetired = false;
        for (const SubscriptionRecord *s : store.subscriptions(c->id)) {
            if (isRetired(store, *s)) {
                hasRetired = true;
                suspended += store.effectiveStatus(*s) == SubscriptionStatus::Suspended;
                autoRenewing += s->autoRenewEnabled;
                const qint64 days = today.daysTo(s->commitmentEndDate.date());
                EXPECT_GE(days, -5);
                EXPECT_LE(days, 300);
                // A retired subscription provisions its own SKU, not a replacement's.
                EXPECT_TRUE(store.skuOf(*s).startsWith(QLatin1String("fa7e")));
            } else if (s->offerName.startsWith(QLatin1String("Dynamics 365 for Sales Enterprise Edition ")) ||
                       s->offerName.endsWith(QLatin1String("(Qualified Offer)")) ||
                       s->offerName.endsWith(QLatin1String("From SA for CRM"))) {
                ++lookAlikes;
            }
        }
        affected += hasRetired;
        const QList<const UserRecord *> users = store.users(c->id);
        EXPECT_GE(users.size(), 1);
        EXPECT_LE(users.size(), 40);
        for (const UserRecord *u : users) {
            EXPECT_FALSE(hasConflict(store, *u)) << qPrintable(u->userPrincipalName);
            noLocation += u->usageLocation.isEmpty();
            conflicting += store.userHasSku(c->id, u->id, skus::SalesEnterprise) &&
                           store.userHasSku(c->id, u->id, skus::SalesCrmolBasicQo);
        }
        // Invariant: consumed units equal the users holding the SKU.
        for (const SubscribedSkuView &view : store.subscribedSkus(c->id)) {
            int holders = 0;
            for (const UserRecord *u : users)
                holders += store.userHasSku(c->id, u->id, view.sku.id);
            EXPECT_EQ(view.consumedUnits, holders);
        }
    }
    for (const char *m : {"IT", "US", "DE", "GB", "FR", "ES", "NL"})
        EXPECT_TRUE(markets.contains(QString::fromLatin1(m))) << m;
    EXPECT_GT(affected, 70);
    EXPECT_LT(affected, 130);
    EXPECT_GT(suspended, 0);
    EXPECT_GT(autoRenewing, 0);
    EXPECT_GT(lookAlikes, 0);
    EXPECT_GT(noLocation, 0);
    EXPECT_GT(conflicting, 0);
}

TEST(DemoTenant, AFewCustomersWithRetiredSubscriptionsHaveOfferLinksWithoutCountry)
{
    RouterFixture f;
    populateDemoTenant(f.store);
    int affected = 0;
    int flagged = 0;
    for (int i = 0; i < f.store.customerCount(); ++i) {
        const CustomerRecord *c = f.store.customerAt(i);
        bool hasRetired = false;
        for (const SubscriptionRecord *s : f.store.subscriptions(c->id))
            hasRetired = hasRetired || isRetired(f.store, *s);
        affected += hasRetired;
        if (!c->offerLinksWithoutCountry)
            continue;
        ++flagged;
        EXPECT_TRUE(hasRetired) << qPrintable(c->companyName);
        const QJsonArray items = bodyOf(f.get(QStringLiteral("/v1/customers/%1/subscriptions").arg(c->id)))
                                     .value(QStringLiteral("items"))
                                     .toArray();
        for (const auto &item : items) {
            const QString uri =
                object(object(item.toObject(), "links"), "offer").value(QStringLiteral("uri")).toString();
            EXPECT_TRUE(uri.startsWith(QLatin1String("/offers/"))) << qPrintable(uri);
            EXPECT_FALSE(uri.contains(QLatin1Char('?'))) << qPrintable(uri);
        }
    }
    // One in eight customers with retired subscriptions (the 4th, 12th, ...).
    EXPECT_EQ(flagged, (affected + 4) / 8);
    EXPECT_GE(flagged, 1);
}

TEST(DemoTenant, DefaultDemoHasAtLeastSixtyCustomers)
{
    om::ManualClock clock;
    SandboxStore store(clock);
    populateDemoTenant(store);
    EXPECT_GE(store.customerCount(), 60);
}

TEST(DemoTenant, ScalesToTwoThousandCustomersAndTwentyThousandSubscriptions)
{
    RouterFixture f;
    QElapsedTimer timer;
    timer.start();
    populateDemoTenant(f.store, 9, 2000);
    const qint64 populateMs = timer.elapsed();
    ASSERT_EQ(f.store.customerCount(), 2000);
    while (f.store.subscriptionCount() < 20000) {
        const CustomerRecord *c = f.store.customerAt(f.store.subscriptionCount() % 2000);
        addSubscription(f.store, c->id, kOfficeE3, 1);
    }
    int pages = 0;
    int seen = 0;
    QString uri = QStringLiteral("/v1/customers?size=500");
    QHash<QByteArray, QByteArray> headers;
    while (!uri.isEmpty() && pages < 10) {
        const QJsonObject body = bodyOf(f.get(uri, headers));
        seen += body.value(QStringLiteral("items")).toArray().size();
        const QJsonObject next = object(object(body, "links"), "next");
        uri = next.value(QStringLiteral("uri")).toString();
        headers = {
            {"ms-continuationtoken", body.value(QStringLiteral("continuationToken")).toString().toLatin1()}};
        ++pages;
    }
    EXPECT_EQ(seen, 2000);
    EXPECT_EQ(pages, 4);
    RecordProperty("populate2000Ms", int(populateMs));
    // Generous bound (debug build, shared CPU): catches quadratic behaviour, not speed.
    EXPECT_LT(timer.elapsed(), 20000);
}

} // namespace
