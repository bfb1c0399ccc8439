// Contract tests: Microsoft's documented example requests and answers for every Partner Center call
// the client makes (tests/data/contract, one file per call, each naming its source page; README.md
// there lists them) through our parsers and our request-body builders. The real service is the
// target, not our sandbox: a documented example our code rejects is a bug in our code.
//
// Request bodies are compared with the documented ones property by property: names case-insensitively
// (Partner Center accepts any case; the docs send PascalCase, we send camelCase), values and nesting
// exactly. Every difference that remains is listed in the test with the reason it is legitimate.

#include "partnercenter/ApiError.h"
#include "partnercenter/CustomerUserUpdate.h"
#include "partnercenter/Models.h"
#include "partnercenter/Parsers.h"
#include "partnercenter/PartnerCenterClient.h"
#include "partnercenter/ProfileClient.h"
#include "partnercenter/WriteRequest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <gtest/gtest.h>

using namespace om;
using namespace om::pc;

namespace {

const QString kCtx = QStringLiteral("CONTRACT /v1/contract");

QString contractDir()
{
    return QStringLiteral(OM_TEST_DATA_DIR "/contract");
}

// The whole fixture file: source, method, path, request, response (and moreExamples/moreRequests).
QJsonObject contract(const QString &name)
{
    QFile f(contractDir() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << f.fileName().toStdString();
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        ADD_FAILURE() << name.toStdString() << ": " << error.errorString().toStdString();
    return doc.object();
}

QJsonObject response(const QString &name)
{
    return contract(name).value(u"response").toObject();
}

QJsonObject request(const QString &name)
{
    return contract(name).value(u"request").toObject();
}

QJsonObject moreExample(const QString &name, const QString &title)
{
    const QJsonValue v = contract(name).value(u"moreExamples").toObject().value(title);
    EXPECT_TRUE(v.isObject()) << name.toStdString() << ": no example \"" << title.toStdString() << '"';
    return v.toObject();
}

// A collection's items through the parser, as PartnerCenterClient::startList does per page.
template<typename T, typename Parser>
QList<T> parseCollection(const QJsonObject &collection, Parser parse)
{
    EXPECT_TRUE(collection.value(u"items").isArray());
    Result<QList<T>> items = parseItems<T>(collection.value(u"items").toArray(), kCtx, parse);
    if (!items.ok()) {
        ADD_FAILURE() << items.error().toString().toStdString();
        return {};
    }
    return items.take();
}

template<typename T>
T parsedOrFail(Result<T> r)
{
    if (!r.ok()) {
        ADD_FAILURE() << r.error().toString().toStdString();
        return T();
    }
    return r.take();
}

QString jsonText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    const QString one = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    return one.mid(1, one.size() - 2);
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QStringList keysCi(const QJsonObject &o, const QString &key)
{
    QStringList out;
    const QStringList keys = o.keys();
    for (const QString &k : keys) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            out << k;
    }
    return out;
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

enum class Compare
{
    Values, // scalars must be equal
    Shapes  // scalars must have the same JSON type; arrays compared by their first element
};

// What the documented body `doc` has that `ours` lacks or holds differently, one line each:
// "lineItems[0].renewsTo: missing", "Status: \"suspended\" vs \"active\"", "UpgradeType: number vs string".
// Property names match case-insensitively; a name we send twice in different case is reported too.
QStringList differences(const QJsonValue &doc, const QJsonValue &ours, Compare mode = Compare::Values,
                        const QString &path = {})
{
    QStringList out;
    if (doc.isObject() && ours.isObject()) {
        const QJsonObject d = doc.toObject();
        const QJsonObject o = ours.toObject();
        for (auto it = d.constBegin(); it != d.constEnd(); ++it) {
            const QString p = join(path, it.key());
            const QStringList matches = keysCi(o, it.key());
            if (matches.isEmpty()) {
                out << p + QStringLiteral(": missing");
                continue;
            }
            if (matches.size() > 1)
                out << p + QStringLiteral(": sent %1 times").arg(matches.size());
            out << differences(it.value(), o.value(matches.first()), mode, p);
        }
        return out;
    }
    if (doc.isArray() && ours.isArray()) {
        const QJsonArray d = doc.toArray();
        const QJsonArray o = ours.toArray();
        if (mode == Compare::Shapes) {
            if (!d.isEmpty() && !o.isEmpty())
                out << differences(d.first(), o.first(), mode, path + QStringLiteral("[0]"));
            return out;
        }
        if (d.size() != o.size()) {
            out << path + QStringLiteral(": %1 items vs %2").arg(d.size()).arg(o.size());
            return out;
        }
        for (int i = 0; i < d.size(); ++i)
            out << differences(d.at(i), o.at(i), mode, path + QStringLiteral("[%1]").arg(i));
        return out;
    }
    if (mode == Compare::Shapes) {
        if (doc.type() != ours.type())
            out << path + QStringLiteral(": %1 vs %2").arg(typeName(doc), typeName(ours));
        return out;
    }
    if (doc != ours)
        out << path + QStringLiteral(": %1 vs %2").arg(jsonText(doc), jsonText(ours));
    return out;
}

// Property paths (our spelling) that `ours` sends and the documented body `doc` does not show.
QStringList extraKeys(const QJsonValue &doc, const QJsonValue &ours, const QString &path = {})
{
    QStringList out;
    if (doc.isObject() && ours.isObject()) {
        const QJsonObject d = doc.toObject();
        const QJsonObject o = ours.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QStringList matches = keysCi(d, it.key());
            if (matches.isEmpty())
                out << join(path, it.key());
            else
                out << extraKeys(d.value(matches.first()), it.value(), join(path, it.key()));
        }
    } else if (doc.isArray() && ours.isArray()) {
        const QJsonArray d = doc.toArray();
        const QJsonArray o = ours.toArray();
        for (int i = 0; i < std::min(d.size(), o.size()); ++i)
            out << extraKeys(d.at(i), o.at(i), path + QStringLiteral("[%1]").arg(i));
    }
    return out;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// The files, one per PartnerCenterClient call (patchSubscription has two: suspend and cancel).
const QStringList kFixtures{
    QStringLiteral("list-customers.json"),       // listCustomers
    QStringLiteral("get-customer.json"),         // getCustomer
    QStringLiteral("list-subscriptions.json"),   // listSubscriptions
    QStringLiteral("get-subscription.json"),     // getSubscription
    QStringLiteral("suspend-subscription.json"), // patchSubscription + subscriptionPatchBody("suspended")
    QStringLiteral("cancel-subscription.json"),  // patchSubscription + subscriptionPatchBody("deleted")
    QStringLiteral("subscription-provisioning-status.json"), // getProvisioningStatus
    QStringLiteral("list-offers.json"),                      // listOffers
    QStringLiteral("get-offer.json"),                        // getOffer
    QStringLiteral("list-products.json"),                    // listProducts
    QStringLiteral("list-skus.json"),                        // listSkus
    QStringLiteral("list-availabilities.json"),              // listAvailabilities
    QStringLiteral("create-cart.json"),                      // createCart + cartRequestJson
    QStringLiteral("checkout-cart.json"),                    // checkoutCart
    QStringLiteral("get-order.json"),                        // getOrder
    QStringLiteral("list-orders.json"),                      // listOrders
    QStringLiteral("list-users.json"),                       // listUsers
    QStringLiteral("list-user-licenses.json"),               // listUserLicenses
    QStringLiteral("update-licenses.json"),                  // updateLicenses + LicenseUpdate::toJson
    QStringLiteral("update-customer-user.json"),     // customerUserUpdateWrite + CustomerUserUpdate::toJson
    QStringLiteral("list-subscribed-skus.json"),     // listSubscribedSkus
    QStringLiteral("list-upgrades.json"),            // listUpgrades
    QStringLiteral("post-upgrade.json"),             // postUpgrade (sends Upgrade::raw)
    QStringLiteral("get-organization-profile.json"), // getOrganizationProfile (ProfileClient.h)
};

} // namespace

// ---- The fixture files themselves ----------------------------------------------------------------

TEST(ContractFixtures, OneFilePerCallEachNamingItsSourceAndListedInTheReadme)
{
    QStringList files = QDir(contractDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QStringList expected = kFixtures;
    expected.sort();
    EXPECT_EQ(files, expected);

    QFile readme(contractDir() + QStringLiteral("/README.md"));
    ASSERT_TRUE(readme.open(QIODevice::ReadOnly));
    const QString readmeText = QString::fromUtf8(readme.readAll());
    for (const QString &name : kFixtures) {
        SCOPED_TRACE(name.toStdString());
        const QJsonObject c = contract(name);
        EXPECT_TRUE(c.value(u"source").toString().contains(QStringLiteral("developer/")));
        EXPECT_TRUE(c.value(u"source").toString().contains(QStringLiteral(".md")));
        EXPECT_TRUE(QStringList({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PATCH")})
                        .contains(c.value(u"method").toString()));
        EXPECT_TRUE(c.value(u"path").toString().startsWith(QStringLiteral("/v1/")));
        EXPECT_TRUE(c.contains(u"request"));
        EXPECT_TRUE(c.value(u"response").isObject());
        EXPECT_TRUE(readmeText.contains(QLatin1Char('`') + name + QLatin1Char('`')));
    }
}

// The comparison helpers, on small bodies, so a pass of the tests below means what it says.
TEST(ContractFixtures, DifferencesMatchNamesCaseInsensitivelyAndValuesExactly)
{
    const QJsonObject doc{{QStringLiteral("Status"), QStringLiteral("suspended")},
                          {QStringLiteral("Items"), QJsonArray{1, 2}},
                          {QStringLiteral("Gone"), true}};
    const QJsonObject ours{{QStringLiteral("status"), QStringLiteral("active")},
                           {QStringLiteral("items"), QJsonArray{1, 2}},
                           {QStringLiteral("extra"), 1}};
    EXPECT_EQ(differences(doc, ours), QStringList({QStringLiteral("Gone: missing"),
                                                   QStringLiteral("Status: \"suspended\" vs \"active\"")}));
    EXPECT_EQ(differences(doc, ours, Compare::Shapes), QStringList{QStringLiteral("Gone: missing")});
    EXPECT_EQ(extraKeys(doc, ours), QStringList{QStringLiteral("extra")});
    const QJsonObject twice{{QStringLiteral("status"), QStringLiteral("a")},
                            {QStringLiteral("Status"), QStringLiteral("a")}};
    EXPECT_EQ(differences(QJsonObject{{QStringLiteral("status"), QStringLiteral("a")}}, twice),
              QStringList{QStringLiteral("status: sent 2 times")});
}

// ---- Customers ------------------------------------------------------------------------------------

TEST(ContractCustomers, ListCustomersExampleParses)
{
    const QList<Customer> customers =
        parseCollection<Customer>(response(QStringLiteral("list-customers.json")), parseCustomer);
    ASSERT_EQ(customers.size(), 2);
    EXPECT_EQ(customers[0].id, QStringLiteral("b44bb1fb-c595-45b0-9e09-d657365580bf"));
    EXPECT_EQ(customers[0].companyName, QStringLiteral("companyName"));
    EXPECT_EQ(customers[0].domain, QStringLiteral("domain"));
    EXPECT_EQ(customers[0].tenantId, QStringLiteral("<guid>"));
    EXPECT_EQ(customers[0].relationshipToPartner, QStringLiteral("reseller"));
    EXPECT_EQ(customers[0].billingCountry, QString()); // the list carries no billingProfile
    EXPECT_EQ(customers[1].id, QStringLiteral("45c44870-ef77-4fdd-b6fe-3dacb075cff2"));
}

TEST(ContractCustomers, GetCustomerByIdExampleParsesWithBillingCountry)
{
    const Customer c = parsedOrFail(parseCustomer(response(QStringLiteral("get-customer.json")), kCtx));
    EXPECT_EQ(c.id, QStringLiteral("eebd1b55-5360-4438-a11d-5c06918c3014"));
    EXPECT_EQ(c.tenantId, QStringLiteral("eebd1b55-5360-4438-a11d-5c06918c3014"));
    EXPECT_EQ(c.companyName, QStringLiteral("1kl as kjk"));
    EXPECT_EQ(c.domain, QStringLiteral("abcdefgh1234.ccsctp.net"));
    EXPECT_EQ(c.relationshipToPartner, QStringLiteral("reseller"));
    EXPECT_EQ(c.billingCountry, QStringLiteral("US")); // billingProfile.defaultAddress.country
}

// ---- Subscriptions --------------------------------------------------------------------------------

// The doc's first example has no offerId at all (nor has the suspend page's answer): the item must still
// be read, with the offer known by its link.
TEST(ContractSubscriptions, ListSubscriptionsExampleWithoutOfferIdParses)
{
    const QList<Subscription> subs =
        parseCollection<Subscription>(response(QStringLiteral("list-subscriptions.json")), parseSubscription);
    ASSERT_EQ(subs.size(), 1);
    const Subscription &s = subs[0];
    EXPECT_EQ(s.id, QStringLiteral("83ef9d05-4169-4ef9-9657-0e86b1eab1de"));
    EXPECT_EQ(s.offerId, QString());
    EXPECT_EQ(s.offerUri, QStringLiteral("/v1/offers/0CCA44D6-68E9-4762-94EE-31ECE98783B9"));
    EXPECT_EQ(s.market, QString()); // the link has no ?country=
    EXPECT_EQ(s.friendlyName, QStringLiteral("nickname"));
    EXPECT_EQ(s.quantity, 1);
    EXPECT_EQ(s.unitType, QStringLiteral("none"));
    EXPECT_EQ(s.status, QStringLiteral("active"));
    EXPECT_FALSE(s.autoRenewEnabled);
    EXPECT_EQ(s.creationDate, utc(2015, 11, 25, 6, 41, 12));
    EXPECT_EQ(s.commitmentEndDate, QDate(2016, 12, 12));
    EXPECT_EQ(s.orderId, QStringLiteral("6183db3d-6318-4e52-877e-25806e4971be"));
    EXPECT_EQ(s.etag, QStringLiteral("<etag>"));
    EXPECT_FALSE(s.isNewCommerce());
}

TEST(ContractSubscriptions, ListSubscriptionsSecondExampleReadsTermsAndCancellationDate)
{
    const QList<Subscription> subs = parseCollection<Subscription>(
        moreExample(QStringLiteral("list-subscriptions.json"),
                    QStringLiteral("second response example (software subscription)")),
        parseSubscription);
    ASSERT_EQ(subs.size(), 1);
    const Subscription &s = subs[0];
    EXPECT_EQ(s.id, QStringLiteral("924671ba-eab9-45d7-95ed-dbd9477f182b"));
    EXPECT_EQ(s.offerId, QStringLiteral("DG7GMGF0FKZV:0003:DG7GMGF0DQLM"));
    EXPECT_EQ(s.offerName, QStringLiteral("SQL Server Enterprise - 2 Core License Pack - 3 year"));
    EXPECT_EQ(s.productTypeId, QStringLiteral("Software"));
    EXPECT_EQ(s.quantity, 1);
    EXPECT_EQ(s.status, QStringLiteral("active"));
    EXPECT_TRUE(s.autoRenewEnabled);
    EXPECT_EQ(s.termDuration, QStringLiteral("P3Y"));
    EXPECT_EQ(s.billingCycle, QStringLiteral("triennial"));
    EXPECT_EQ(s.commitmentEndDate, QDate(2024, 10, 14));
    EXPECT_EQ(s.cancellationAllowedUntil, utc(2021, 11, 14, 23, 59, 0));
    EXPECT_EQ(s.offerUri,
              QStringLiteral("/products/DG7GMGF0FKZV/skus/0003/availabilities/DG7GMGF0DQLM?country=US"));
    EXPECT_EQ(s.market, QStringLiteral("US"));
    EXPECT_EQ(s.orderId, QStringLiteral("12345678901"));
    EXPECT_EQ(s.refundableQuantity, 0); // not in this example
}

TEST(ContractSubscriptions, GetNewCommerceSubscriptionExampleParses)
{
    const QJsonObject o = response(QStringLiteral("get-subscription.json"));
    const Subscription s = parsedOrFail(parseSubscription(o, kCtx));
    EXPECT_EQ(s.id, QStringLiteral("a4c1340d-6911-4758-bba3-0c4c6007d161"));
    EXPECT_EQ(s.offerId, QStringLiteral("CFQ7TTC0LH18:0001:CFQ7TTC0K971"));
    EXPECT_EQ(s.offerName, QStringLiteral("Microsoft 365 Business Basic"));
    EXPECT_EQ(s.productTypeId, QStringLiteral("OnlineServicesNCE"));
    EXPECT_TRUE(s.isNewCommerce());
    EXPECT_EQ(s.quantity, 15);
    EXPECT_EQ(s.unitType, QStringLiteral("Licenses"));
    EXPECT_EQ(s.status, QStringLiteral("expired"));
    EXPECT_FALSE(s.autoRenewEnabled);
    EXPECT_EQ(s.creationDate.date(), QDate(2021, 1, 14));
    EXPECT_EQ(s.commitmentEndDate, QDate(2022, 1, 13));
    EXPECT_EQ(s.termDuration, QStringLiteral("P1Y"));
    EXPECT_EQ(s.billingCycle, QStringLiteral("monthly"));
    EXPECT_EQ(s.refundableQuantity, 10);
    EXPECT_FALSE(s.cancellationAllowedUntil.isValid()); // not in this example
    EXPECT_EQ(s.orderId, QStringLiteral("34b37d7340cc"));
    EXPECT_EQ(s.etag, QString()); // this example's attributes carry no etag
    EXPECT_EQ(s.offerUri,
              QStringLiteral("/products/CFQ7TTC0LH18/skus/0001/availabilities/CFQ7TTC0K971?country=US"));
    EXPECT_EQ(s.market, QStringLiteral("US"));
    EXPECT_EQ(s.raw, o); // what a PATCH sends back
}

TEST(ContractSubscriptions, GetAddOnAndAzureSubscriptionExamplesParse)
{
    const Subscription addOn = parsedOrFail(
        parseSubscription(moreExample(QStringLiteral("get-subscription.json"),
                                      QStringLiteral("Response example for an add-on subscription")),
                          kCtx));
    EXPECT_EQ(addOn.id, QStringLiteral("968BA1CF-C146-4ADF-A300-308DCF718EEE"));
    EXPECT_EQ(addOn.offerId, QStringLiteral("2828BE95-46BA-4F91-B2FD-0BEF192ECF60"));
    EXPECT_EQ(addOn.parentSubscriptionId, QStringLiteral("1C2B75C1-74A5-472A-A729-7F8CEFC477F9"));
    EXPECT_EQ(addOn.quantity, 2);
    EXPECT_TRUE(addOn.autoRenewEnabled);
    EXPECT_EQ(addOn.commitmentEndDate, QDate(2018, 2, 10));
    EXPECT_EQ(addOn.etag,
              QStringLiteral("eyJpZCI6Ijk2OGJhMWNmLWMxNDYtNGFkZi1hMzAwLTMwOGRjZjcxOGVlZSIsInZlcnNpb24iOjF9"));
    EXPECT_EQ(addOn.offerUri, QStringLiteral("/offers/2828BE95-46BA-4F91-B2FD-0BEF192ECF60?country=US"));
    EXPECT_EQ(addOn.market, QStringLiteral("US"));
    EXPECT_FALSE(addOn.isNewCommerce());

    const Subscription azure = parsedOrFail(
        parseSubscription(moreExample(QStringLiteral("get-subscription.json"),
                                      QStringLiteral("Response example for a Microsoft Azure subscription")),
                          kCtx));
    EXPECT_EQ(azure.offerId, QStringLiteral("MS-AZR-0145P"));
    EXPECT_EQ(azure.unitType, QStringLiteral("Usage-based"));
    EXPECT_EQ(azure.commitmentEndDate, QDate(9999, 12, 10));
    EXPECT_EQ(azure.orderId, QStringLiteral("B23FDEDD-D6BD-415A-8B71-3624C81C9644"));
}

TEST(ContractSubscriptions, ProvisioningStatusExampleParses)
{
    const SubscriptionProvisioningStatus p = parsedOrFail(
        parseProvisioningStatus(response(QStringLiteral("subscription-provisioning-status.json")), kCtx));
    // Upper-case as sent: the licence calls' SKU ids are compared ignoring case.
    EXPECT_EQ(p.skuId, QStringLiteral("6FD2C87F-B296-42F0-B197-1E91E994B900"));
    EXPECT_EQ(p.status, QStringLiteral("success"));
    EXPECT_EQ(p.quantity, 5);
}

// ---- PATCH: suspend and cancel ------------------------------------------------------------------------

// The PascalCase answer of the suspend page, which has no OfferId either.
TEST(ContractSuspend, SuspendAnswerExampleParses)
{
    const Subscription s =
        parsedOrFail(parseSubscription(response(QStringLiteral("suspend-subscription.json")), kCtx));
    EXPECT_EQ(s.id, QStringLiteral("83ef9d05-4169-4ef9-9657-0e86b1eab1de"));
    EXPECT_EQ(s.status, QStringLiteral("suspended"));
    EXPECT_EQ(s.quantity, 2);
    EXPECT_FALSE(s.autoRenewEnabled);
    EXPECT_EQ(s.offerId, QString());
    // Links.Offer.Uri and Attributes.Etag, read in PascalCase.
    EXPECT_EQ(s.offerUri, QStringLiteral("/v1/offers/0CCA44D6-68E9-4762-94EE-31ECE98783B9"));
    EXPECT_EQ(s.etag, QStringLiteral("<etag>"));
    EXPECT_EQ(s.orderId, QStringLiteral("6183db3d-6318-4e52-877e-25806e4971be"));
}

// The doc: "A full Subscription resource is required in the request body. Ensure that the Status property
// has been updated." So the subscription as read before is the documented body with Status still active;
// subscriptionPatchBody must give back exactly the documented body.
TEST(ContractSuspend, PatchBodyEqualsTheDocumentedRequest)
{
    const QJsonObject doc = request(QStringLiteral("suspend-subscription.json"));
    QJsonObject asRead = doc;
    asRead.insert(QStringLiteral("Status"), QStringLiteral("active"));
    const Subscription s = parsedOrFail(parseSubscription(asRead, kCtx));
    const QJsonObject body = subscriptionPatchBody(s, QStringLiteral("suspended"));
    EXPECT_EQ(differences(doc, body), QStringList());
    EXPECT_EQ(extraKeys(doc, body), QStringList());
}

// The same subscription as GET really returns it (camelCase; the list page's example has the same id,
// nickname and order id): our body has every property of the documented request.
TEST(ContractSuspend, PatchBodyFromTheDocumentedGetHasEveryDocumentedProperty)
{
    const QList<Subscription> subs =
        parseCollection<Subscription>(response(QStringLiteral("list-subscriptions.json")), parseSubscription);
    ASSERT_EQ(subs.size(), 1);
    const QJsonObject body = subscriptionPatchBody(subs[0], QStringLiteral("suspended"));
    const QJsonObject doc = request(QStringLiteral("suspend-subscription.json"));
    // Only names and types: the two pages show the subscription at different quantities (1 and 2).
    // ParentSubscriptionId and PartnerId are null in the documented body and absent from the documented
    // GET answer we send back; for the service (and the SDK's deserializer) absent and null are the same.
    EXPECT_EQ(
        differences(doc, body, Compare::Shapes),
        QStringList({QStringLiteral("ParentSubscriptionId: missing"), QStringLiteral("PartnerId: missing")}));
    EXPECT_EQ(body.value(u"status"), QJsonValue(QStringLiteral("suspended")));
    EXPECT_EQ(keysCi(body, QStringLiteral("status")).size(), 1);
}

TEST(ContractCancel, CancelAnswerExampleParses)
{
    const Subscription s =
        parsedOrFail(parseSubscription(response(QStringLiteral("cancel-subscription.json")), kCtx));
    EXPECT_EQ(s.id, QStringLiteral("6e7aa601-629e-461b-8933-0898c3cc3c7c"));
    EXPECT_EQ(s.offerId, QStringLiteral("DZH318Z0BXWC:0001:DZH318Z0BMJX"));
    EXPECT_EQ(s.status, QStringLiteral("deleted"));
    EXPECT_EQ(s.quantity, 1);
    EXPECT_EQ(s.termDuration, QStringLiteral("P1M"));
    EXPECT_EQ(s.billingCycle, QStringLiteral("monthly"));
    EXPECT_EQ(s.commitmentEndDate, QDate(2019, 2, 8));
    EXPECT_EQ(s.etag, QString()); // "etag": ""
    EXPECT_EQ(s.market, QStringLiteral("US"));
    EXPECT_EQ(s.orderId, QStringLiteral("ImxjLNL4_fOc-2KoyOxGTZcrlIquzls11"));
}

// "A full Subscription resource is required ... ensure that the Status property has been updated to the
// value of deleted": the body from the subscription as read (status active) equals the documented one.
TEST(ContractCancel, PatchBodyEqualsTheDocumentedRequest)
{
    const QJsonObject doc = request(QStringLiteral("cancel-subscription.json"));
    QJsonObject asRead = doc;
    asRead.insert(QStringLiteral("status"), QStringLiteral("active"));
    const Subscription s = parsedOrFail(parseSubscription(asRead, kCtx));
    const QJsonObject body = subscriptionPatchBody(s, QStringLiteral("deleted"));
    EXPECT_EQ(differences(doc, body), QStringList());
    EXPECT_EQ(extraKeys(doc, body), QStringList());
}

// Cancelling our own new-commerce purchase starts from GET by id: that documented answer has every property
// the documented cancel request has.
TEST(ContractCancel, PatchBodyFromTheDocumentedNewCommerceGetHasEveryDocumentedProperty)
{
    const Subscription s =
        parsedOrFail(parseSubscription(response(QStringLiteral("get-subscription.json")), kCtx));
    const QJsonObject body = subscriptionPatchBody(s, QStringLiteral("deleted"));
    // Names and types only: the two pages show different subscriptions.
    EXPECT_EQ(differences(request(QStringLiteral("cancel-subscription.json")), body, Compare::Shapes),
              QStringList());
    EXPECT_EQ(body.value(u"status"), QJsonValue(QStringLiteral("deleted")));
    EXPECT_EQ(body.value(u"autoRenewEnabled"), QJsonValue(false)); // kept as read, never dropped
}

// ---- Offers (legacy catalogue) ---------------------------------------------------------------------

TEST(ContractOffers, ListOffersExampleParses)
{
    const QList<Offer> offers =
        parseCollection<Offer>(response(QStringLiteral("list-offers.json")), parseOffer);
    ASSERT_EQ(offers.size(), 1);
    const Offer &o = offers[0];
    EXPECT_EQ(o.id, QStringLiteral("E60E0348-1710-484B-992A-32B294D4CDE1"));
    EXPECT_EQ(o.name, QStringLiteral("Azure Rights Management Premium (Government Pricing)"));
    EXPECT_EQ(o.minimumQuantity, 1);
    EXPECT_EQ(o.maximumQuantity, 10000000);
    EXPECT_TRUE(o.isAvailableForPurchase);
    EXPECT_FALSE(o.isAddOn);
    EXPECT_EQ(o.productId, QStringLiteral("c52ea49f-fe5d-4e95-93ba-1de91d380f89"));
    EXPECT_EQ(o.productName, QStringLiteral("Azure Rights Management Premium"));
    EXPECT_EQ(o.country, QStringLiteral("US"));
    EXPECT_TRUE(o.upgradeTargetOffers.isEmpty());
}

TEST(ContractOffers, GetOfferByIdExampleParses)
{
    const Offer o = parsedOrFail(parseOffer(response(QStringLiteral("get-offer.json")), kCtx));
    EXPECT_EQ(o.id, QStringLiteral("031C9E47-4802-4248-838E-778FB1D2CC05"));
    EXPECT_EQ(o.name, QStringLiteral("Office 365 Business Premium"));
    EXPECT_EQ(o.minimumQuantity, 1);
    EXPECT_EQ(o.maximumQuantity, 300);
    EXPECT_TRUE(o.isAvailableForPurchase);
    EXPECT_EQ(o.productId, QStringLiteral("f245ecc8-75af-4f8e-b61f-27d8114de5f3"));
    EXPECT_EQ(o.country, QStringLiteral("US"));
}

// ---- New-commerce catalogue ------------------------------------------------------------------------

TEST(ContractCatalogue, ListProductsExampleParses)
{
    const QList<Product> products =
        parseCollection<Product>(response(QStringLiteral("list-products.json")), parseProduct);
    ASSERT_EQ(products.size(), 1);
    EXPECT_EQ(products[0].id, QStringLiteral("CFQ7TTC0LH18"));
    EXPECT_EQ(products[0].title, QStringLiteral("Microsoft 365 Business Basic"));
    EXPECT_EQ(products[0].productTypeId, QStringLiteral("OnlineServicesNCE"));
}

TEST(ContractCatalogue, ListSkusExampleParses)
{
    const QList<CatalogSku> skus =
        parseCollection<CatalogSku>(response(QStringLiteral("list-skus.json")), parseCatalogSku);
    ASSERT_EQ(skus.size(), 1);
    const CatalogSku &s = skus[0];
    EXPECT_EQ(s.id, QStringLiteral("0001"));
    EXPECT_EQ(s.productId, QStringLiteral("CFQ7TTC0LH18"));
    EXPECT_EQ(s.title, QStringLiteral("Microsoft 365 Business Basic"));
    EXPECT_EQ(s.minimumQuantity, 1);
    EXPECT_EQ(s.maximumQuantity, 300);
    EXPECT_FALSE(s.isTrial);
    EXPECT_FALSE(s.isAddon);
    EXPECT_EQ(s.supportedBillingCycles, QStringList({QStringLiteral("annual"), QStringLiteral("monthly")}));
    EXPECT_EQ(s.provisioningId, QStringLiteral("3b555118-da6a-4418-894f-7df1e2096870"));
}

TEST(ContractCatalogue, ListAvailabilitiesExampleParses)
{
    const QList<Availability> availabilities = parseCollection<Availability>(
        response(QStringLiteral("list-availabilities.json")), parseAvailability);
    ASSERT_EQ(availabilities.size(), 1);
    const Availability &a = availabilities[0];
    EXPECT_EQ(a.id, QStringLiteral("CFQ7TTC0K971"));
    EXPECT_EQ(a.productId, QStringLiteral("CFQ7TTC0LH18"));
    EXPECT_EQ(a.skuId, QStringLiteral("0001"));
    EXPECT_EQ(a.catalogItemId, QStringLiteral("CFQ7TTC0LH18:0001:CFQ7TTC0K971"));
    EXPECT_EQ(a.segment, QStringLiteral("commercial"));
    EXPECT_EQ(a.country, QStringLiteral("US"));
    EXPECT_TRUE(a.isPurchasable);
    ASSERT_EQ(a.terms.size(), 1);
    EXPECT_EQ(a.terms[0].id, QStringLiteral("5aeco6mffyxo"));
    EXPECT_EQ(a.terms[0].duration, QStringLiteral("P1Y"));
    // Documented "Annual"; the model is lower-case.
    EXPECT_EQ(a.terms[0].billingCycle, QStringLiteral("annual"));
    EXPECT_EQ(a.terms[0].description, QStringLiteral("One-Year commitment for monthly/yearly billing"));
}

// The same page's other example: terms with a duration and no billingCycle. One such availability must not
// make the whole list unreadable; its term just has no billing cycle (and the purchase step refuses a plan
// without one).
TEST(ContractCatalogue, AvailabilityExampleWithTermsWithoutBillingCycleParses)
{
    const QList<Availability> availabilities = parseCollection<Availability>(
        moreExample(QStringLiteral("list-availabilities.json"),
                    QStringLiteral("Response example for Azure VM reservations (Azure plan)")),
        parseAvailability);
    ASSERT_EQ(availabilities.size(), 1);
    EXPECT_EQ(availabilities[0].catalogItemId, QStringLiteral("DZH318Z0BQ3Q:0001:DZH318XZXVNF"));
    ASSERT_EQ(availabilities[0].terms.size(), 1);
    EXPECT_EQ(availabilities[0].terms[0].duration, QStringLiteral("P1Y"));
    EXPECT_EQ(availabilities[0].terms[0].billingCycle, QString());
}

// ---- Carts and orders ------------------------------------------------------------------------------

TEST(ContractCarts, CreateCartAnswerExampleParses)
{
    const Cart cart = parsedOrFail(parseCart(response(QStringLiteral("create-cart.json")), kCtx));
    EXPECT_EQ(cart.id, QStringLiteral("2517c51b-58cd-4abe-87ed-3ab812401ab4"));
    EXPECT_EQ(cart.status, QStringLiteral("Active"));
    ASSERT_EQ(cart.lineItems.size(), 1);
    const CartLineItem &l = cart.lineItems[0];
    EXPECT_EQ(l.id, 0);
    EXPECT_EQ(l.catalogItemId, QStringLiteral("CFQ7TTC0LF8S:0001:CFQ7TTC0VZW5"));
    EXPECT_EQ(l.quantity, 1);
    EXPECT_EQ(l.billingCycle, QStringLiteral("monthly"));
    EXPECT_EQ(l.termDuration, QStringLiteral("P1Y"));
    EXPECT_EQ(l.orderGroup, QStringLiteral("0"));
    EXPECT_EQ(l.errorCode, QString());
}

// The page's 'Request sample' (new-commerce catalog items): our line must carry every field it shows.
TEST(ContractCarts, CartRequestCarriesEveryFieldOfTheDocumentedLine)
{
    const QJsonObject doc = request(QStringLiteral("create-cart.json"));
    CartLineItemRequest line;
    line.id = 0;
    line.catalogItemId = QStringLiteral("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P");
    line.quantity = 1;
    line.billingCycle = QStringLiteral("monthly");
    line.termDuration = QStringLiteral("P1M");
    const QJsonObject ours = cartRequestJson({line});

    // id, catalogItemId, quantity, billingCycle, termDuration and provisioningContext ({}) match exactly.
    // Not sent, legitimately:
    // - PartnerOnRecordAttestationAccepted: the request-body table marks it required, but the same page's
    //   new-commerce example (checked below) buys without it. Reported as an open question.
    // - renewsTo (null here): optional ("Required: No"); absent renews to the same term.
    // - customTermEndDate: optional coterminosity with another subscription; a replacement starts its own
    // term.
    EXPECT_EQ(differences(doc, ours),
              QStringList({QStringLiteral("PartnerOnRecordAttestationAccepted: missing"),
                           QStringLiteral("lineItems[0].customTermEndDate: missing"),
                           QStringLiteral("lineItems[0].renewsTo: missing")}));
    const QJsonObject nceExample = contract(QStringLiteral("create-cart.json"))
                                       .value(u"moreRequests")
                                       .toObject()
                                       .value(u"Example for new commerce license-based services")
                                       .toObject();
    EXPECT_TRUE(keysCi(nceExample, QStringLiteral("PartnerOnRecordAttestationAccepted")).isEmpty());

    // Sent although no documented request shows it: the cart-level attributes {objectType: Cart}. The doc
    // shows it only on answers (and the Cart table does not list it); the service ignores read-only
    // metadata (the SDK sends its resources' attributes, e.g. LicenseUpdate's).
    EXPECT_EQ(extraKeys(doc, ours), QStringList{QStringLiteral("attributes")});
    EXPECT_EQ(ours.value(u"attributes").toObject().value(u"objectType"), QJsonValue(QStringLiteral("Cart")));

    // friendlyName, when we set one, is in the page's CartLineItem table (optional).
    line.friendlyName = QStringLiteral("D365 Sales Professional");
    EXPECT_EQ(extraKeys(doc, cartRequestJson({line})),
              QStringList({QStringLiteral("attributes"), QStringLiteral("lineItems[0].friendlyName")}));
}

// The page's new-commerce request (PascalCase, as the SDK sends it).
TEST(ContractCarts, CartRequestMatchesTheDocumentedNewCommerceExample)
{
    const QJsonObject doc = contract(QStringLiteral("create-cart.json"))
                                .value(u"moreRequests")
                                .toObject()
                                .value(u"Example for new commerce license-based services")
                                .toObject();
    ASSERT_FALSE(doc.isEmpty());
    CartLineItemRequest line;
    line.id = 0;
    line.catalogItemId = QStringLiteral("CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS");
    line.quantity = 1;
    line.billingCycle = QStringLiteral("monthly"); // as the availability term gives it, lower-cased
    line.termDuration = QStringLiteral("P1M");
    const QJsonObject ours = cartRequestJson({line});
    // BillingCycle is an enum: the service reads it case-insensitively, and the page's own answer echoes
    // the "Monthly" it was sent as "monthly".
    EXPECT_EQ(differences(doc, ours),
              QStringList{QStringLiteral("LineItems[0].BillingCycle: \"Monthly\" vs \"monthly\"")});
    // id and provisioningContext are in the page's other request and in every answer line.
    EXPECT_EQ(extraKeys(doc, ours),
              QStringList({QStringLiteral("attributes"), QStringLiteral("lineItems[0].id"),
                           QStringLiteral("lineItems[0].provisioningContext")}));
}

TEST(ContractCarts, CheckoutAnswerExampleParsesWithSubscriptionId)
{
    const CartCheckoutResult r =
        parsedOrFail(parseCheckoutResult(response(QStringLiteral("checkout-cart.json")), kCtx));
    ASSERT_EQ(r.orders.size(), 1);
    EXPECT_TRUE(r.orderErrors.isEmpty());
    const Order &o = r.orders[0];
    EXPECT_EQ(o.id, QStringLiteral("a68736758d9c"));
    EXPECT_EQ(o.referenceCustomerId, QStringLiteral("94cd6638-11b6-4323-8c9f-6ae3088adc59"));
    EXPECT_EQ(o.status, QStringLiteral("pending"));
    EXPECT_EQ(o.creationDate.date(), QDate(2023, 4, 18));
    ASSERT_EQ(o.lineItems.size(), 1);
    EXPECT_EQ(o.lineItems[0].lineItemNumber, 0);
    EXPECT_EQ(o.lineItems[0].offerId, QStringLiteral("CFQ7TTC0LF8S:0001:CFQ7TTC0N81H"));
    EXPECT_EQ(o.lineItems[0].subscriptionId, QStringLiteral("0c353b8e-da9d-4007-d0d4-bca8bd5b5ce1"));
    EXPECT_EQ(o.lineItems[0].quantity, 1);
    EXPECT_EQ(o.lineItems[0].termDuration, QStringLiteral("P1M"));
    EXPECT_EQ(o.lineItems[0].friendlyName, QStringLiteral("Office 365 E5 without Audio Conferencing"));
}

TEST(ContractCarts, CheckoutAnswerWithSeveralOrdersParses)
{
    const CartCheckoutResult r = parsedOrFail(parseCheckoutResult(
        moreExample(QStringLiteral("checkout-cart.json"),
                    QStringLiteral("Response example for software, multiple reservations, Azure plan and "
                                   "third-party product SKU")),
        kCtx));
    ASSERT_EQ(r.orders.size(), 3);
    EXPECT_EQ(r.orders[0].status, QStringLiteral("completed"));
    ASSERT_EQ(r.orders[0].lineItems.size(), 1);
    EXPECT_EQ(r.orders[0].lineItems[0].subscriptionId,
              QStringLiteral("EF2E1307-86E6-40E3-A794-872403FBD31C"));
    EXPECT_EQ(r.orders[1].id, QStringLiteral("311qiN8iFwkv-XARWMvXRYAwYKMACVqv1"));
    EXPECT_EQ(r.orders[1].status, QStringLiteral("pending"));
    ASSERT_EQ(r.orders[1].lineItems.size(), 3);
    EXPECT_EQ(r.orders[1].lineItems[1].termDuration, QStringLiteral("P3Y"));
    EXPECT_EQ(r.orders[1].lineItems[2].subscriptionId, QString()); // not provisioned yet
    EXPECT_EQ(r.orders[2].lineItems[0].offerId, QStringLiteral("DZH318Z0BXWC:0002:DZH318Z0BMRV"));
}

TEST(ContractOrders, GetOrderByIdExampleParses)
{
    const Order o = parsedOrFail(parseOrder(response(QStringLiteral("get-order.json")), kCtx));
    EXPECT_EQ(o.id, QStringLiteral("YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1"));
    EXPECT_EQ(o.referenceCustomerId, QStringLiteral("b0d70a69-4c42-4b27-b17b-91a835d8686a"));
    EXPECT_EQ(o.status, QStringLiteral("completed"));
    EXPECT_EQ(o.creationDate, utc(2018, 3, 13, 22, 49, 54, 340));
    ASSERT_EQ(o.lineItems.size(), 1);
    EXPECT_EQ(o.lineItems[0].offerId, QStringLiteral("DZH318Z0BQ4Z:002L:DZH318Z0CMNP"));
    EXPECT_EQ(o.lineItems[0].friendlyName,
              QStringLiteral("Reserved_VM_Instance_Standard_NC12_AU_East_1_Year"));
    EXPECT_EQ(o.lineItems[0].quantity, 1);
    EXPECT_EQ(o.lineItems[0].subscriptionId, QString());
}

TEST(ContractOrders, ListOrdersExampleParsesWithSubscriptionOfTheCompletedLine)
{
    const QList<Order> orders =
        parseCollection<Order>(response(QStringLiteral("list-orders.json")), parseOrder);
    ASSERT_EQ(orders.size(), 2);
    EXPECT_EQ(orders[0].id, QStringLiteral("9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1"));
    EXPECT_EQ(orders[0].status, QStringLiteral("pending"));
    ASSERT_EQ(orders[0].lineItems.size(), 1);
    EXPECT_EQ(orders[0].lineItems[0].subscriptionId, QString());
    EXPECT_EQ(orders[1].id, QStringLiteral("eeba9d00-7b46-443a-917e-22887a8fc993"));
    EXPECT_EQ(orders[1].status, QStringLiteral("completed"));
    EXPECT_EQ(orders[1].creationDate, utc(2018, 3, 7, 1, 37, 5, 253)); // "2018-03-06T17:37:05.253-08:00"
    ASSERT_EQ(orders[1].lineItems.size(), 1);
    EXPECT_EQ(orders[1].lineItems[0].offerId, QStringLiteral("E59159FC-6F67-4599-B3CB-17FF4020F643"));
    EXPECT_EQ(orders[1].lineItems[0].subscriptionId, QStringLiteral("DB8C695B-1C3C-4C55-B697-771503DD46BF"));
    EXPECT_EQ(orders[1].lineItems[0].subscriptionUri,
              QStringLiteral("/customers/b0d70a69-4c42-4b27-b17b-91a835d8686a/subscriptions/"
                             "DB8C695B-1C3C-4C55-B697-771503DD46BF"));
}

// ---- Users and licences -------------------------------------------------------------------------------

TEST(ContractUsers, ListUsersExampleParses)
{
    const QList<CustomerUser> users =
        parseCollection<CustomerUser>(response(QStringLiteral("list-users.json")), parseCustomerUser);
    ASSERT_EQ(users.size(), 2);
    EXPECT_EQ(users[0].id, QStringLiteral("a9ef48bb-8758-4590-a312-d4a47bfaded4"));
    EXPECT_EQ(users[0].userPrincipalName, QStringLiteral("Daniel@dtdemocspcustomer005.onmicrosoft.com"));
    EXPECT_EQ(users[0].displayName, QStringLiteral("Daniel Tsai"));
    EXPECT_EQ(users[0].usageLocation, QStringLiteral("US"));
    EXPECT_EQ(users[1].id, QStringLiteral("6e668259-1f09-479d-bcb8-d9b03e826b8d"));
    EXPECT_EQ(users[1].usageLocation, QString()); // not in the example
}

TEST(ContractLicences, UserLicensesExampleParses)
{
    const QList<License> licenses =
        parseCollection<License>(response(QStringLiteral("list-user-licenses.json")), parseLicense);
    ASSERT_EQ(licenses.size(), 1);
    EXPECT_EQ(licenses[0].productSku.id, QStringLiteral("efccb6f7-5641-4e0e-bd10-b4976e1bf68e"));
    EXPECT_EQ(licenses[0].productSku.name, QStringLiteral("Enterprise Mobility + Security E3"));
    EXPECT_EQ(licenses[0].productSku.skuPartNumber, QStringLiteral("EMS"));
    ASSERT_EQ(licenses[0].servicePlans.size(), 5);
    EXPECT_EQ(licenses[0].servicePlans[0].id, QStringLiteral("6c57d4b6-3b23-47a5-9bc9-69f17b4947b3"));
    EXPECT_EQ(licenses[0].servicePlans[0].serviceName, QStringLiteral("RMS_S_PREMIUM"));
    EXPECT_EQ(licenses[0].servicePlans[0].capabilityStatus, QStringLiteral("Assigned"));
}

TEST(ContractLicences, SubscribedSkusExampleParses)
{
    const QList<SubscribedSku> skus = parseCollection<SubscribedSku>(
        response(QStringLiteral("list-subscribed-skus.json")), parseSubscribedSku);
    ASSERT_EQ(skus.size(), 2);
    EXPECT_EQ(skus[0].availableUnits, 4);
    EXPECT_EQ(skus[0].activeUnits, 5);
    EXPECT_EQ(skus[0].consumedUnits, 1);
    EXPECT_EQ(skus[0].suspendedUnits, 0);
    EXPECT_EQ(skus[0].totalUnits, 5);
    EXPECT_EQ(skus[0].warningUnits, 0);
    EXPECT_EQ(skus[0].capabilityStatus, QStringLiteral("Enabled"));
    EXPECT_EQ(skus[0].productSku.id, QStringLiteral("efccb6f7-5641-4e0e-bd10-b4976e1bf68e"));
    EXPECT_EQ(skus[0].productSku.skuPartNumber, QStringLiteral("EMS"));
    EXPECT_EQ(skus[0].servicePlans.size(), 5);
    EXPECT_EQ(skus[1].availableUnits, 0);
    EXPECT_EQ(skus[1].consumedUnits, 1);
    EXPECT_EQ(skus[1].productSku.id, QStringLiteral("f8a1db68-be16-40ed-86d5-cb42ce701560"));
    EXPECT_EQ(skus[1].productSku.name, QStringLiteral("Power BI Pro"));
    ASSERT_EQ(skus[1].servicePlans.size(), 2);
    EXPECT_EQ(skus[1].servicePlans[1].id, QStringLiteral("70d33638-9c74-4d01-bfd3-562de28bd4ba"));
}

TEST(ContractLicences, LicenseUpdateAnswerAndQuotaErrorExamplesParse)
{
    const LicenseUpdateResult r =
        parsedOrFail(parseLicenseUpdateResult(response(QStringLiteral("update-licenses.json")), kCtx));
    EXPECT_EQ(r.assignedSkuIds, QStringList{QStringLiteral("f8a1db68-be16-40ed-86d5-cb42ce701560")});
    EXPECT_TRUE(r.warnings.isEmpty());

    const QJsonObject fault = moreExample(QStringLiteral("update-licenses.json"),
                                          QStringLiteral("Response example (license isn't available)"));
    const Error e = errorFromResponse(400, QJsonDocument(fault).toJson(), kCtx);
    EXPECT_EQ(e.serviceCode, QStringLiteral("60012"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("run out of licenses"))) << e.message.toStdString();
}

TEST(ContractLicences, LicenseUpdateBodyEqualsTheDocumentedRequest)
{
    const QJsonObject doc = request(QStringLiteral("update-licenses.json"));
    LicenseUpdate update;
    update.licensesToAssign = {{QStringLiteral("f8a1db68-be16-40ed-86d5-cb42ce701560"), {}}};
    const QJsonObject ours = update.toJson();
    // LicenseWarnings (null in the doc) is output only: the service fills it in its answer; we leave it out.
    EXPECT_EQ(differences(doc, ours), QStringList{QStringLiteral("LicenseWarnings: missing")});
    EXPECT_EQ(extraKeys(doc, ours), QStringList());

    // A swap: licensesToRemove is "array of strings" (license-resources.md, LicenseUpdate), the SKU ids.
    update.licensesToRemove = {QStringLiteral("efccb6f7-5641-4e0e-bd10-b4976e1bf68e")};
    update.licensesToAssign[0].excludedPlans = {QStringLiteral("113feb6c-3fe4-4440-bddc-54d774bf0318")};
    const QJsonObject swap = update.toJson();
    EXPECT_EQ(swap.value(u"licensesToRemove"),
              QJsonValue(QJsonArray{QStringLiteral("efccb6f7-5641-4e0e-bd10-b4976e1bf68e")}));
    // The documented example has nothing to exclude or remove (null); with something to, both are arrays.
    EXPECT_EQ(differences(doc, swap, Compare::Shapes),
              QStringList({QStringLiteral("LicenseWarnings: missing"),
                           QStringLiteral("LicensesToAssign[0].ExcludedPlans: null vs array"),
                           QStringLiteral("LicensesToRemove: null vs array")}));
}

// "Update user accounts for a customer": the app sets a user's usage location so a licence can be assigned.
TEST(ContractUsers, UpdateUserAnswerExampleParses)
{
    const CustomerUser u =
        parsedOrFail(parseCustomerUser(response(QStringLiteral("update-customer-user.json")), kCtx));
    EXPECT_EQ(u.id, QStringLiteral("4b10bf41-ab11-40e3-8c53-cd67849b50de"));
    EXPECT_EQ(u.userPrincipalName, QStringLiteral("emailidchange@abcdefgh1234.ccsctp.net"));
    EXPECT_EQ(u.displayName, QStringLiteral("DisplayNameChange"));
    EXPECT_EQ(u.usageLocation, QStringLiteral("new country/region code")); // the doc's placeholder, as sent
}

// The request as the app sends it: the usage-location fix journals pc::customerUserUpdateWrite and the
// client sends that very write (PartnerCenterClient::sendWrite), so that write is what is compared.
TEST(ContractUsers, UpdateUserRequestMatchesTheDocumentedOne)
{
    const QJsonObject c = contract(QStringLiteral("update-customer-user.json"));
    const QJsonObject doc = c.value(u"request").toObject();
    CustomerUserUpdate update;
    update.usageLocation = QStringLiteral("us");
    const WriteRequest ours =
        customerUserUpdateWrite(QStringLiteral("eebd1b55-5360-4438-a11d-5c06918c3014"),
                                QStringLiteral("4b10bf41-ab11-40e3-8c53-cd67849b50de"), update);
    EXPECT_EQ(ours.method(), c.value(u"method").toString());
    EXPECT_EQ(ours.method(), QStringLiteral("PATCH"));
    EXPECT_EQ(ours.path(), QStringLiteral("/v1/customers/eebd1b55-5360-4438-a11d-5c06918c3014/users/"
                                          "4b10bf41-ab11-40e3-8c53-cd67849b50de"));
    EXPECT_EQ(ours.ids.customerId, QStringLiteral("eebd1b55-5360-4438-a11d-5c06918c3014"));
    EXPECT_EQ(ours.ids.userId, QStringLiteral("4b10bf41-ab11-40e3-8c53-cd67849b50de"));
    EXPECT_TRUE(ours.ids.subscriptionId.isEmpty());
    EXPECT_TRUE(ours.ids.cartId.isEmpty());
    EXPECT_TRUE(ours.request.hasBody);
    // The body as sent (and hashed by the journal): compact JSON of the request's object.
    QJsonParseError parseError;
    const QJsonDocument sent = QJsonDocument::fromJson(ours.body(), &parseError);
    ASSERT_EQ(parseError.error, QJsonParseError::NoError) << ours.body().toStdString();
    ASSERT_TRUE(sent.isObject());
    const QJsonObject body = sent.object();
    // The doc's value is a placeholder ("new country/region code"): the shapes must agree, and the code is
    // sent upper case, as ISO 3166-1 writes it.
    EXPECT_EQ(differences(doc, body, Compare::Shapes), QStringList());
    EXPECT_EQ(extraKeys(doc, body), QStringList());
    EXPECT_EQ(body.value(u"usageLocation").toString(), QStringLiteral("US"));
    EXPECT_EQ(body.value(u"attributes").toObject(), doc.value(u"attributes").toObject());
}

TEST(ContractUsers, UsageLocationIsTwoLetters)
{
    EXPECT_TRUE(CustomerUserUpdate::isValidUsageLocation(QStringLiteral("IT")));
    EXPECT_TRUE(CustomerUserUpdate::isValidUsageLocation(QStringLiteral("us")));
    EXPECT_FALSE(CustomerUserUpdate::isValidUsageLocation(QString()));
    EXPECT_FALSE(CustomerUserUpdate::isValidUsageLocation(QStringLiteral("ITA")));
    EXPECT_FALSE(CustomerUserUpdate::isValidUsageLocation(QStringLiteral("I1")));
    EXPECT_FALSE(CustomerUserUpdate::isValidUsageLocation(QStringLiteral("É1")));
}

// ---- Legacy upgrades ---------------------------------------------------------------------------------

TEST(ContractUpgrades, ListUpgradesExampleParses)
{
    const QJsonObject page = response(QStringLiteral("list-upgrades.json"));
    const QList<Upgrade> upgrades = parseCollection<Upgrade>(page, parseUpgrade);
    ASSERT_EQ(upgrades.size(), 1);
    const Upgrade &u = upgrades[0];
    EXPECT_EQ(u.targetOffer.id, QStringLiteral("91FD106F-4B2C-4938-95AC-F54F74E9A239"));
    EXPECT_EQ(u.targetOffer.name, QStringLiteral("Office 365 Enterprise E1"));
    EXPECT_EQ(u.targetOffer.productId, QStringLiteral("18181a46-0d4e-45cd-891e-60aabd171b4e"));
    EXPECT_EQ(u.upgradeType, QStringLiteral("upgrade_only"));
    EXPECT_FALSE(u.isEligible);
    EXPECT_EQ(u.quantity, 1);
    ASSERT_EQ(u.upgradeErrors.size(), 1);
    EXPECT_EQ(u.upgradeErrors[0].code, QStringLiteral("2"));
    EXPECT_EQ(u.raw, page.value(u"items").toArray().first().toObject());
}

// postUpgrade sends Upgrade::raw, the item exactly as GET .../upgrades returned it. Read the documented
// POST body as if GET had returned it: we would send exactly the documented body.
TEST(ContractUpgrades, PostBodyEqualsTheDocumentedRequest)
{
    const QJsonObject doc = request(QStringLiteral("post-upgrade.json"));
    const Upgrade u = parsedOrFail(parseUpgrade(doc, kCtx));
    EXPECT_EQ(u.upgradeType, QStringLiteral("1"));
    EXPECT_TRUE(u.isEligible);
    EXPECT_EQ(differences(doc, u.raw), QStringList());
    EXPECT_EQ(extraKeys(doc, u.raw), QStringList());
}

// What we really send: the documented GET item, unchanged. It has every property of the documented POST
// body; the pages show different offers, so names and types are compared, not values.
TEST(ContractUpgrades, PostBodyFromTheDocumentedGetHasEveryDocumentedProperty)
{
    const QJsonObject item =
        response(QStringLiteral("list-upgrades.json")).value(u"items").toArray().first().toObject();
    const Upgrade u = parsedOrFail(parseUpgrade(item, kCtx));
    // UpgradeType: the POST example sends the enum's number (1 = upgrade_only, the second of "none",
    // "upgrade_only", "upgrade_with_license_transfer" in upgrade-resources.md); GET returns its name, which
    // we send back. The service's enum reader accepts both (docs/partner-center-api.md "Conventions").
    EXPECT_EQ(differences(request(QStringLiteral("post-upgrade.json")), u.raw, Compare::Shapes),
              QStringList{QStringLiteral("UpgradeType: number vs string")});
    EXPECT_EQ(u.raw, item);
}

TEST(ContractUpgrades, UpgradeResultExampleParses)
{
    const UpgradeResult r =
        parsedOrFail(parseUpgradeResult(response(QStringLiteral("post-upgrade.json")), kCtx));
    EXPECT_EQ(r.sourceSubscriptionId, QStringLiteral("896a2862-67e2-4f3d-bb3f-c50c42b5fad8"));
    EXPECT_EQ(r.targetSubscriptionId, QStringLiteral("2add8a55-454a-4ae5-a4c9-5107dc6e9768"));
    EXPECT_EQ(r.upgradeType, QStringLiteral("1"));
    EXPECT_TRUE(r.upgradeErrors.isEmpty());
    EXPECT_TRUE(r.licenseErrors.isEmpty());
}

// ---- The partner's own profile (the account page's Test connection) ---------------------------------

TEST(ContractProfile, OrganizationProfileExampleParses)
{
    const Result<OrganizationProfile> p =
        parseOrganizationProfile(response(QStringLiteral("get-organization-profile.json")), kCtx);
    ASSERT_TRUE(p.ok()) << p.error().toString().toStdString();
    EXPECT_EQ(p->companyName, QStringLiteral("TEST_TEST_BugBash1"));
    EXPECT_EQ(p->domain, QStringLiteral("testtestbugbash1.onmicrosoft.com"));
    EXPECT_EQ(p->tenantId, QStringLiteral("3b33e682-00c3-41ee-9dd2-a548adf56438"));
    EXPECT_EQ(p->email, QStringLiteral("test-partner@microsoft.com"));
    EXPECT_EQ(p->country, QStringLiteral("US"));
    // companyName is what the page shows: without it the answer is not the profile.
    QJsonObject noName = response(QStringLiteral("get-organization-profile.json"));
    noName.remove(QStringLiteral("companyName"));
    EXPECT_FALSE(parseOrganizationProfile(noName, kCtx).ok());
}
