#pragma once

// Router-level helpers for the sandbox store suites: build a SandboxRequest, dispatch, read JSON.

#include "sandbox/store/SandboxHttp.h"
#include "sandbox/store/SandboxRoutes.h"
#include "sandbox/store/SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace om::sandbox::testing {

inline QJsonObject bodyOf(const SandboxReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

// A store on a ManualClock with the routes registered. The clock outlives the store, the store the
// router (member order).
struct RouterFixture
{
    explicit RouterFixture(const StoreOptions &options = {})
        : store(clock, options)
    {
        registerResourceRoutes(router, store);
    }

    SandboxReply call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {},
                      const QHash<QByteArray, QByteArray> &headers = {}, bool appOnly = false) const
    {
        SandboxRequest request;
        request.method = method;
        const int q = pathAndQuery.indexOf(QLatin1Char('?'));
        request.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
        if (q >= 0)
            request.query = QUrlQuery(pathAndQuery.mid(q + 1));
        request.headers = headers;
        if (!body.isEmpty())
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.auth.authenticated = true;
        request.auth.appOnly = appOnly;
        request.auth.mfa = !appOnly;
        request.auth.partnerTenantId = store.partnerTenantId();
        if (!appOnly)
            request.auth.userPrincipalName = QStringLiteral("admin@partner.onmicrosoft.com");
        return router.dispatch(request);
    }
    SandboxReply get(const QString &pathAndQuery, const QHash<QByteArray, QByteArray> &headers = {},
                     bool appOnly = false) const
    {
        return call("GET", pathAndQuery, {}, headers, appOnly);
    }

    om::ManualClock clock;
    SandboxStore store;
    SandboxRouter router;
};

inline QString offerId(const char *name)
{
    return sandboxOfferId(QString::fromLatin1(name));
}

inline const char *const kSalesQo = "Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)";
inline const char *const kSalesQoAddOn =
    "Dynamics 365 for Sales Enterprise Edition Add-On for CRM Basic (Qualified Offer)";
inline const char *const kSalesFromSaQo =
    "Dynamics 365 for Sales Enterprise Edition From SA for CRM Basic (Qualified Offer)";
inline const char *const kSalesPro = "Dynamics 365 for Sales Professional";
inline const char *const kSalesEnterprise = "Dynamics 365 for Sales Enterprise Edition";
inline const char *const kOfficeE3 = "Office 365 E3";

inline QString addCustomer(SandboxStore &store, const QString &country = QStringLiteral("IT"),
                           const QString &name = QStringLiteral("Trattoria Rossi S.r.l."))
{
    CustomerRecord c;
    c.companyName = name;
    c.country = country;
    c.city = QStringLiteral("Milano");
    return store.addCustomer(c);
}

inline QString addSubscription(SandboxStore &store, const QString &customerId, const char *offerName,
                               int quantity, SubscriptionStatus status = SubscriptionStatus::Active,
                               const QString &parent = {})
{
    SubscriptionRecord s;
    s.customerId = customerId;
    s.offerId = offerId(offerName);
    s.quantity = quantity;
    s.status = status;
    s.parentSubscriptionId = parent;
    return store.addSubscription(s);
}

inline QString addUser(SandboxStore &store, const QString &customerId, const QString &first,
                       const QString &last, const QStringList &skuIds = {},
                       const QString &usageLocation = QStringLiteral("IT"))
{
    UserRecord u;
    u.customerId = customerId;
    u.firstName = first;
    u.lastName = last;
    u.userPrincipalName =
        first.toLower() + QLatin1Char('.') + last.toLower() + QStringLiteral("@rossi.onmicrosoft.com");
    u.usageLocation = usageLocation;
    for (const QString &sku : skuIds)
        u.licences.append({sku, {}});
    return store.addUser(u);
}

inline QJsonObject object(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

// The default catalogue's NCE items ("productId:skuId:availabilityId").
inline QString salesProItem()
{
    return nce::catalogItemId(nce::SalesProfessionalProduct, nce::MainSku, nce::SalesProfessionalCommercial);
}
inline QString businessBasicItem()
{
    return nce::catalogItemId(nce::BusinessBasicProduct, nce::MainSku, nce::BusinessBasicCommercial);
}
inline QString teamMembersItem()
{
    return nce::catalogItemId(nce::TeamMembersProduct, nce::MainSku, nce::TeamMembersCommercial);
}

// A cart line as the client sends it for new commerce.
inline QJsonObject nceLine(int id, const QString &catalogItemId, int quantity,
                           const QString &term = QStringLiteral("P1Y"),
                           const QString &billingCycle = QStringLiteral("monthly"),
                           const QString &group = QStringLiteral("0"))
{
    QJsonObject line{{QStringLiteral("id"), id},
                     {QStringLiteral("catalogItemId"), catalogItemId},
                     {QStringLiteral("quantity"), quantity},
                     {QStringLiteral("billingCycle"), billingCycle},
                     {QStringLiteral("orderGroup"), group},
                     {QStringLiteral("provisioningContext"), QJsonObject()}};
    if (!term.isEmpty())
        line.insert(QStringLiteral("termDuration"), term);
    return line;
}

inline QJsonObject cartOf(const QJsonArray &lines)
{
    return {{QStringLiteral("lineItems"), lines}};
}

// One NCE purchase through POST carts + checkout, and the subscription read from GET order (the
// checkout answer carries no subscription id). Empty ids (and a test failure) when it fails.
struct NcePurchase
{
    QString orderId;
    QString subscriptionId;
    QJsonObject checkout;
};
inline NcePurchase buyNce(const RouterFixture &f, const QString &customerId, const QString &catalogItemId,
                          int quantity, const QString &term = QStringLiteral("P1Y"),
                          const QString &billingCycle = QStringLiteral("monthly"))
{
    NcePurchase out;
    const QString customer = QStringLiteral("/v1/customers/") + customerId;
    const SandboxReply cart = f.call("POST", customer + QStringLiteral("/carts"),
                                     cartOf({nceLine(0, catalogItemId, quantity, term, billingCycle)}));
    EXPECT_EQ(cart.status, 201) << cart.body.constData();
    const QString cartId = bodyOf(cart).value(QStringLiteral("id")).toString();
    const SandboxReply checkout = f.call("POST", customer + QStringLiteral("/carts/%1/checkout").arg(cartId));
    EXPECT_EQ(checkout.status, 201) << checkout.body.constData();
    out.checkout = bodyOf(checkout);
    out.orderId = out.checkout.value(QStringLiteral("orders"))
                      .toArray()
                      .at(0)
                      .toObject()
                      .value(QStringLiteral("id"))
                      .toString();
    if (out.orderId.isEmpty())
        return out;
    const QJsonObject order = bodyOf(f.get(customer + QStringLiteral("/orders/") + out.orderId));
    out.subscriptionId = order.value(QStringLiteral("lineItems"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("subscriptionId"))
                             .toString();
    return out;
}

} // namespace om::sandbox::testing
