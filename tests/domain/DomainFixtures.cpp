#include "DomainFixtures.h"

#include <QFile>

#include <gtest/gtest.h>

namespace om::domain::test {

QString dataPath(const QString &name)
{
    return QStringLiteral(OM_TEST_DATA_DIR "/domain/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read test data " << name.toStdString();
        return {};
    }
    return file.readAll();
}

const OfferCatalogue &builtInCatalogue()
{
    static const OfferCatalogue catalogue = [] {
        Result<OfferCatalogue> loaded = OfferCatalogue::loadBuiltIn();
        if (!loaded.ok())
            qFatal("built-in catalogue: %s", qPrintable(loaded.error().toString()));
        return loaded.take();
    }();
    return catalogue;
}

SubscriptionRecord subscription(const QString &id, const QString &offerName, int quantity,
                                const QString &status, bool autoRenew, QDate end, const QString &offerId)
{
    SubscriptionRecord s;
    s.id = id;
    s.offerId = offerId;
    s.offerName = offerName;
    s.quantity = quantity;
    s.status = status;
    s.autoRenewEnabled = autoRenew;
    s.commitmentEndDate = end;
    s.unitType = QStringLiteral("Licenses");
    return s;
}

ScanSnapshot sampleSnapshot()
{
    ScanSnapshot snapshot;
    snapshot.scannedAt = QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);
    snapshot.environment = QStringLiteral("sandbox");

    CustomerRecord contoso;
    contoso.id = QStringLiteral("c-0001");
    contoso.companyName = QStringLiteral("Contoso Ltd");
    contoso.domain = QStringLiteral("contoso.onmicrosoft.com");
    contoso.market = QStringLiteral("GB");
    contoso.subscriptions
        << subscription(QStringLiteral("s-0001"), QStringLiteral("Office 365 E3"), 50,
                        QStringLiteral("active"), true, QDate(2027, 1, 31), QStringLiteral("OID-E3"))
        << subscription(QStringLiteral("s-0003"),
                        QStringLiteral("Dynamics 365 Customer Engagement Plan Enterprise Edition "
                                       "Add-On for CRM Basic (Qualified Offer) for Students"),
                        3, QStringLiteral("Suspended"), false, QDate(2026, 11, 24),
                        QStringLiteral("OID-CE-ADDON"))
        << subscription(QStringLiteral("s-0002"),
                        QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic "
                                       "(Qualified Offer)"),
                        12, QStringLiteral("active"), false, QDate(2026, 12, 31),
                        QStringLiteral("OID-SALES"));

    CustomerRecord adatum;
    adatum.id = QStringLiteral("c-0002");
    adatum.companyName = QStringLiteral("adatum, \"Inc\"");
    adatum.domain = QStringLiteral("adatum.com");
    adatum.market = QStringLiteral("US");
    adatum.subscriptions << subscription(
        QStringLiteral("s-0100"),
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition (Government "
                       "Pricing) From SA for CRM Basic (Qualified Offer)"),
        1, QStringLiteral("active"), true, QDate(), QStringLiteral("OID-GOV"));

    CustomerRecord emile;
    emile.id = QStringLiteral("c-0003");
    emile.companyName = QStringLiteral("Émile & Zoë 😀");
    emile.domain = QStringLiteral("-evil.example");
    emile.market = QStringLiteral("FR");
    // Lower case and a no-break space: still the retired Customer Engagement Plan offer.
    emile.subscriptions << subscription(
        QStringLiteral("s-0200"),
        QStringLiteral("dynamics 365 customer engagement plan enterprise edition "
                       "crmol basic (qualified offer)\u00A0for faculty"),
        40, QStringLiteral("active"), false, QDate(2028, 2, 29), QStringLiteral("+OID-CE"));

    CustomerRecord fabrikam;
    fabrikam.id = QStringLiteral("c-0004");
    fabrikam.companyName = QStringLiteral("Fabrikam");
    fabrikam.domain = QStringLiteral("fabrikam.com");
    fabrikam.market = QStringLiteral("GB");
    fabrikam.subscriptions << subscription(QStringLiteral("s-0300"),
                                           QStringLiteral("Dynamics 365 for Sales Enterprise Edition"), 5,
                                           QStringLiteral("active"), false, QDate(2026, 11, 30));

    snapshot.customers << contoso << adatum << emile << fabrikam;
    return snapshot;
}

MigrationProgressMap sampleProgress()
{
    MigrationProgressMap map;

    MigrationProgress suspended;
    suspended.state = MigrationState::Suspended;
    suspended.replacementOfferId = QStringLiteral("CFQ7TTC0LF8Q:0001:abc");
    suspended.replacementOfferName = QStringLiteral("Dynamics 365 Customer Engagement Plan for Students");
    suspended.newSubscriptionId = QStringLiteral("n-0003");
    suspended.usersTotal = 3;
    suspended.usersMoved = 3;
    suspended.suspendedAt = QDateTime(QDate(2026, 11, 20), QTime(23, 30), Qt::UTC);
    suspended.deprovisionDate = QDate(2027, 3, 20);
    map.insert(QStringLiteral("s-0003"), suspended);

    MigrationProgress failed;
    failed.state = MigrationState::Failed;
    failed.usersTotal = 5;
    failed.usersMoved = 2;
    failed.lastError = QStringLiteral("=HYPERLINK(\"http://x\")");
    map.insert(QStringLiteral("s-0100"), failed);

    MigrationProgress purchasing;
    purchasing.state = MigrationState::Purchasing;
    purchasing.lastError = QStringLiteral("line1\nline2");
    map.insert(QStringLiteral("s-0200"), purchasing);
    return map;
}

ScanSnapshot largeSnapshot(int customers, int perCustomer)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    ScanSnapshot snapshot;
    snapshot.customers.reserve(customers);
    for (int c = 0; c < customers; ++c) {
        CustomerRecord customer;
        customer.id = QStringLiteral("cust-%1").arg(c, 6, 10, QLatin1Char('0'));
        customer.companyName = QStringLiteral("Company %1").arg(c);
        customer.domain = QStringLiteral("company%1.onmicrosoft.com").arg(c);
        customer.market = c % 2 == 0 ? QStringLiteral("GB") : QStringLiteral("US");
        customer.subscriptions.reserve(perCustomer);
        for (int s = 0; s < perCustomer; ++s) {
            const bool retired = s % 2 == 0;
            const QString name = retired ? catalogue.entries().at((c + s) % catalogue.size()).name
                                         : QStringLiteral("Office 365 E%1").arg(s);
            customer.subscriptions << subscription(QStringLiteral("sub-%1-%2").arg(c).arg(s), name, 1 + s,
                                                   QStringLiteral("active"), false,
                                                   QDate(2026, 11, 27).addDays((c * 7 + s) % 400 - 30));
        }
        snapshot.customers << customer;
    }
    return snapshot;
}

} // namespace om::domain::test
