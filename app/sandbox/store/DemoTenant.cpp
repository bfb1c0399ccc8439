#include "sandbox/store/DemoTenant.h"

#include "sandbox/store/DemoNames.h"
#include "sandbox/store/SandboxStore.h"

#include <QSet>

#include <iterator>
#include <random>

namespace om::sandbox {

namespace {

enum class CustomerKind
{
    Business,
    Education,
    Government
};

// A retired family: its commercial offer name and whether it is an add-on to the CRMOL offer.
struct RetiredFamily
{
    const char *name;
    const char *baseForAddOn; // nullptr unless an add-on
    int weight;
};

const RetiredFamily kFamilies[] = {
    {"Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)", nullptr, 35},
    {"Dynamics 365 for Sales Enterprise Edition From SA for CRM Basic (Qualified Offer)", nullptr, 15},
    {"Dynamics 365 for Sales Enterprise Edition Add-On for CRM Basic (Qualified Offer)",
     "Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)", 8},
    {"Dynamics 365 Customer Engagement Plan Enterprise Edition CRMOL Basic (Qualified Offer)", nullptr, 22},
    {"Dynamics 365 Customer Engagement Plan Enterprise Edition From SA for CRM Basic (Qualified Offer)",
     nullptr, 12},
    {"Dynamics 365 Customer Engagement Plan Enterprise Edition Add-On for CRM Basic (Qualified Offer)",
     "Dynamics 365 Customer Engagement Plan Enterprise Edition CRMOL Basic (Qualified Offer)", 8},
};

const char *const kLookAlikes[] = {
    "Dynamics 365 for Sales Enterprise Edition",
    "Dynamics 365 for Sales Enterprise Edition CRMOL Basic",
    "Dynamics 365 for Sales Enterprise Edition Add-On for CRM Basic",
    "Dynamics 365 Customer Engagement Plan Enterprise Edition From SA for CRM",
    "Dynamics 365 for Team Members Enterprise Edition (Qualified Offer)",
};

// Fills %1..%4 of a name pattern; patterns may use any subset of them.
QString fill(QString pattern, const QStringList &values)
{
    for (int i = 0; i < values.size(); ++i)
        pattern.replace(QLatin1Char('%') + QString::number(i + 1), values.at(i));
    return pattern;
}

class DemoBuilder
{
public:
    DemoBuilder(SandboxStore &store, quint32 seed)
        : m_store(store)
        , m_random(seed)
        , m_now(store.clock().now())
    {}

    void build(int customerCount)
    {
        const QStringList markets = m_store.catalogue().marketCodes();
        if (markets.isEmpty())
            return;
        // Market mix: every market once, then weighted towards the larger ones.
        const QList<int> weights{20, 15, 15, 12, 10, 8, 6, 4, 3, 3, 2, 2};
        for (int i = 0; i < customerCount; ++i) {
            QString market;
            if (i < markets.size()) {
                market = markets.at(i);
            } else {
                int pick = int(next(100));
                int m = 0;
                while (m < markets.size() - 1 && pick >= weights.value(m, 1)) {
                    pick -= weights.value(m, 1);
                    ++m;
                }
                market = markets.at(m);
            }
            addCustomer(market);
        }
    }

private:
    quint32 next(quint32 bound) { return bound ? m_random() % bound : 0; }
    bool chance(int percent) { return int(next(100)) < percent; }
    const QString &pick(const QStringList &items) { return items.at(int(next(quint32(items.size())))); }

    // Slugs of the (few, repeating) person names are cached: normalising is the slow part.
    // Returned by value: a reference into the hash would dangle once the next insert grows it.
    QString slug(const QString &name)
    {
        auto it = m_slugs.constFind(name);
        if (it == m_slugs.constEnd())
            it = m_slugs.insert(name, demo::asciiSlug(name));
        return *it;
    }

    QString uniqueDomain(const QString &companyName)
    {
        QString base = demo::asciiSlug(companyName).left(24);
        if (base.isEmpty())
            base = QStringLiteral("tenant");
        QString domain = base;
        for (int n = 2; m_domains.contains(domain); ++n)
            domain = base + QString::number(n);
        m_domains.insert(domain);
        return domain + QStringLiteral(".onmicrosoft.com");
    }

    QString companyName(const demo::LanguageNames &names, const QString &country, CustomerKind kind)
    {
        const QStringList &cities = demo::citiesFor(country);
        for (int attempt = 0; attempt < 8; ++attempt) {
            QString name;
            if (kind == CustomerKind::Government)
                name = (chance(50) ? QStringLiteral("City of %1") : QStringLiteral("%1 County"))
                           .arg(pick(cities));
            else
                name =
                    fill(pick(kind == CustomerKind::Education ? names.schoolPatterns : names.companyPatterns),
                         {pick(names.surnames), pick(names.sectors), pick(names.surnames), pick(cities)});
            if (!m_companyNames.contains(name)) {
                m_companyNames.insert(name);
                return name;
            }
        }
        const QString fallback =
            fill(pick(names.companyPatterns),
                 {pick(names.surnames), pick(names.sectors), pick(names.surnames), pick(cities)}) +
            QStringLiteral(" (%1)").arg(country + QString::number(m_companyNames.size()));
        m_companyNames.insert(fallback);
        return fallback;
    }

    QDateTime daysFromNow(int days) const
    {
        return QDateTime(m_now.date().addDays(days), QTime(0, 0), Qt::UTC);
    }

    QString offerId(const QString &name) const { return sandboxOfferId(name); }

    QString addSubscription(const QString &customerId, const QString &offerName, int quantity, bool autoRenew,
                            int endInDays, SubscriptionStatus status, const QString &parent = {})
    {
        SubscriptionRecord s;
        s.customerId = customerId;
        s.offerId = offerId(offerName);
        s.quantity = quantity;
        s.autoRenewEnabled = autoRenew;
        s.status = status;
        s.commitmentEndDate = daysFromNow(endInDays);
        s.effectiveStartDate = daysFromNow(endInDays + 1).addYears(-1);
        // Originally bought years ago (the offers date from 2017-2018); renewed yearly since.
        s.creationDate = s.effectiveStartDate.addYears(-int(next(4))).addSecs(qint64(next(86400)));
        if (status == SubscriptionStatus::Suspended)
            s.suspendedAt = m_now.addDays(-qint64(next(60))).addSecs(-qint64(next(86400)));
        s.orderId = m_store.newId().toUpper();
        s.parentSubscriptionId = parent;
        if (chance(30))
            s.friendlyName = QStringLiteral("CRM users");
        return m_store.addSubscription(s);
    }

    void addCustomer(const QString &market)
    {
        const demo::LanguageNames &names = demo::namesFor(market);
        CustomerKind kind = CustomerKind::Business;
        if (market == QLatin1String("US") && chance(15))
            kind = CustomerKind::Government;
        else if (chance(10))
            kind = CustomerKind::Education;

        const QStringList &cities = demo::citiesFor(market);
        CustomerRecord c;
        c.companyName = companyName(names, market, kind);
        c.domain = uniqueDomain(c.companyName);
        c.country = market;
        c.city = pick(cities);
        c.addressLine1 = fill(names.streetPattern, {pick(names.surnames), QString::number(1 + next(120))});
        c.postalCode = QString::number(10000 + next(89999));
        c.contactFirstName = pick(names.firstNames);
        c.contactLastName = pick(names.surnames);
        c.allowDelegatedAccess = !chance(5);
        const QString customerId = m_store.addCustomer(c);
        const QString domain = m_store.customer(customerId)->domain;

        // Users: 1..40, a few without usage location.
        const int userCount = 1 + int(next(40));
        QStringList userIds;
        QList<bool> hasLocation;
        QSet<QString> upns;
        for (int u = 0; u < userCount; ++u) {
            UserRecord user;
            user.customerId = customerId;
            user.firstName = pick(names.firstNames);
            user.lastName = pick(names.surnames);
            const QString stem = slug(user.firstName) + QLatin1Char('.') + slug(user.lastName);
            QString local = stem;
            for (int n = 2; upns.contains(local); ++n)
                local = stem + QString::number(n);
            upns.insert(local);
            user.userPrincipalName = local + QLatin1Char('@') + domain;
            user.usageLocation = chance(4) ? QString() : market;
            user.createdAt = m_now.addDays(-qint64(30 + next(2000)));
            hasLocation.append(!user.usageLocation.isEmpty());
            userIds.append(m_store.addUser(user));
        }

        // Office 365 for everybody with a usage location.
        const bool e3 = chance(70);
        const QString officeSku = e3 ? skus::Office365E3 : skus::Office365E1;
        addSubscription(customerId, e3 ? QStringLiteral("Office 365 E3") : QStringLiteral("Office 365 E1"),
                        userCount + int(next(5)), true, 1 + int(next(365)), SubscriptionStatus::Active);
        for (int u = 0; u < userCount; ++u) {
            if (hasLocation.at(u))
                m_store.grantLicence(customerId, userIds.at(u), {officeSku, {}});
        }

        const bool affected = chance(50);
        int firstFree = 0; // users before this index already hold a Dynamics licence
        if (affected) {
            const int familyCount = chance(20) && userCount >= 4 ? 2 : 1;
            bool firstIsSales = false; // the users from index 0 hold a Sales (not CEP) retired SKU
            for (int f = 0; f < familyCount; ++f) {
                const int holders = familyCount == 1 ? std::max(1, userCount * (50 + int(next(51))) / 100)
                                                     : std::max(1, userCount / 2 - 1);
                const int from = firstFree;
                const int to = std::min(userCount, from + holders);
                firstFree = to;
                const bool sales = addRetired(customerId, kind, userIds.mid(from, to - from));
                firstIsSales = f == 0 ? sales : firstIsSales;
            }
            // A few users also hold the full Sales Enterprise licence: its plan conflicts with the
            // replacements, so migrating them needs an excluded plan or an extra removal.
            if (firstIsSales && chance(25) && firstFree > 0) {
                const int extra = std::min(firstFree, 1 + int(next(2)));
                addSubscription(customerId, QStringLiteral("Dynamics 365 for Sales Enterprise Edition"),
                                extra + 1, true, 30 + int(next(300)), SubscriptionStatus::Active);
                for (int i = 0; i < extra; ++i)
                    m_store.grantLicence(customerId, userIds.at(i), {skus::SalesEnterprise, {}});
            }
            if (chance(5)) // a replacement already bought, seats not yet assigned
                addSubscription(customerId, QStringLiteral("Dynamics 365 for Sales Professional"),
                                1 + int(next(5)), true, 200 + int(next(160)), SubscriptionStatus::Active);
            // Every 8th customer holding retired subscriptions (the 4th, 12th, ...) gets offer links
            // without ?country=, so the client must fall back to the customer's billing address.
            // Counted, not drawn: the random sequence stays the same.
            if (++m_affectedCustomers % 8 == 4)
                m_store.setOfferLinksWithoutCountry(customerId, true);
        }
        if (chance(20) && firstFree < userCount) {
            // A look-alike, not retired: must not be mistaken for a Basic (Qualified Offer) one.
            const QString name = QString::fromLatin1(kLookAlikes[next(std::size(kLookAlikes))]);
            const int holders = std::min(userCount - firstFree, 1 + int(next(5)));
            addSubscription(customerId, name, holders + int(next(3)), true, 10 + int(next(340)),
                            SubscriptionStatus::Active);
            const OfferRecord *offer = m_store.catalogue().offer(offerId(name));
            for (int i = firstFree; i < firstFree + holders; ++i)
                m_store.grantLicence(customerId, userIds.at(i), {offer->skuId, {}});
        }
    }

    // One retired subscription (plus its base for add-ons), its holders licensed. True for the
    // Sales families (their plan is DYN365_ENTERPRISE_SALES).
    bool addRetired(const QString &customerId, CustomerKind kind, const QStringList &holders)
    {
        int total = 0;
        for (const RetiredFamily &f : kFamilies)
            total += f.weight;
        int roll = int(next(quint32(total)));
        const RetiredFamily *family = &kFamilies[0];
        for (const RetiredFamily &f : kFamilies) {
            if (roll < f.weight) {
                family = &f;
                break;
            }
            roll -= f.weight;
        }
        QString suffix;
        if (kind == CustomerKind::Government)
            suffix = QStringLiteral(" (Government Pricing)");
        else if (kind == CustomerKind::Education)
            suffix = chance(60) ? QStringLiteral(" for Faculty") : QStringLiteral(" for Students");
        const SubscriptionStatus status =
            chance(12) ? SubscriptionStatus::Suspended : SubscriptionStatus::Active;
        const bool autoRenew = chance(10); // unusual, but seen: these are not "expiring"
        const int endInDays = -5 + int(next(306));
        QString parent;
        if (family->baseForAddOn)
            parent = addSubscription(customerId, QString::fromLatin1(family->baseForAddOn) + suffix,
                                     std::max(1, int(holders.size()) / 2), autoRenew, endInDays, status);
        const QString offerName = QString::fromLatin1(family->name) + suffix;
        addSubscription(customerId, offerName, int(holders.size()) + int(next(4)), autoRenew, endInDays,
                        status, parent);
        const OfferRecord *offer = m_store.catalogue().offer(offerId(offerName));
        for (const QString &userId : holders)
            m_store.grantLicence(customerId, userId, {offer->skuId, {}});
        return offer->skuId == skus::SalesCrmolBasicQo || offer->skuId == skus::SalesFromSaQo ||
               offer->skuId == skus::SalesAddOnQo;
    }

    SandboxStore &m_store;
    std::mt19937 m_random;
    QDateTime m_now;
    QSet<QString> m_domains;
    QSet<QString> m_companyNames;
    QHash<QString, QString> m_slugs;
    int m_affectedCustomers = 0; // customers given retired subscriptions so far
};

} // namespace

void populateDemoTenant(SandboxStore &store, quint32 seed, int customerCount)
{
    DemoBuilder(store, seed).build(customerCount);
}

} // namespace om::sandbox
