#include "partnercenter/WriteRequest.h"

#include <QJsonDocument>
#include <QStringBuilder>

namespace om::pc {

QString customerPath(const QString &customerId)
{
    return QStringLiteral("/v1/customers/") % pathSegment(customerId);
}

QString subscriptionPath(const QString &customerId, const QString &subscriptionId)
{
    return customerPath(customerId) % QStringLiteral("/subscriptions/") % pathSegment(subscriptionId);
}

QByteArray WriteRequest::body() const
{
    return QJsonDocument(request.body).toJson(QJsonDocument::Compact);
}

WriteRequest createCartWrite(const QString &customerId, const QList<CartLineItemRequest> &lines)
{
    WriteRequest w;
    w.request =
        ApiRequest::withBody(QByteArrayLiteral("POST"), customerPath(customerId) % QStringLiteral("/carts"),
                             cartRequestJson(lines));
    w.ids.customerId = customerId;
    return w;
}

WriteRequest checkoutWrite(const QString &customerId, const QString &cartId)
{
    WriteRequest w;
    w.request = ApiRequest::withBody(QByteArrayLiteral("POST"),
                                     customerPath(customerId) % QStringLiteral("/carts/") %
                                         pathSegment(cartId) % QStringLiteral("/checkout"),
                                     QJsonObject());
    w.ids.customerId = customerId;
    w.ids.cartId = cartId;
    return w;
}

WriteRequest licenseUpdateWrite(const QString &customerId, const QString &userId, const LicenseUpdate &update)
{
    WriteRequest w;
    w.request = ApiRequest::withBody(QByteArrayLiteral("POST"),
                                     customerPath(customerId) % QStringLiteral("/users/") %
                                         pathSegment(userId) % QStringLiteral("/licenseupdates"),
                                     update.toJson());
    w.ids.customerId = customerId;
    w.ids.userId = userId;
    return w;
}

WriteRequest subscriptionPatchWrite(const QString &customerId, const QString &subscriptionId,
                                    const QJsonObject &body, const QString &etag)
{
    WriteRequest w;
    w.request =
        ApiRequest::withBody(QByteArrayLiteral("PATCH"), subscriptionPath(customerId, subscriptionId), body);
    if (!etag.isEmpty())
        w.request.headers.append({QByteArrayLiteral("If-Match"), '"' + etag.toLatin1() + '"'});
    w.ids.customerId = customerId;
    w.ids.subscriptionId = subscriptionId;
    return w;
}

WriteRequest upgradeWrite(const QString &customerId, const QString &subscriptionId, const Upgrade &upgrade)
{
    WriteRequest w;
    w.request = ApiRequest::withBody(
        QByteArrayLiteral("POST"), subscriptionPath(customerId, subscriptionId) % QStringLiteral("/upgrades"),
        upgrade.raw);
    w.ids.customerId = customerId;
    w.ids.subscriptionId = subscriptionId;
    return w;
}

WriteRequest customerUserUpdateWrite(const QString &customerId, const QString &userId,
                                     const CustomerUserUpdate &update)
{
    WriteRequest w;
    w.request = customerUserUpdateRequest(customerId, userId, update);
    w.ids.customerId = customerId;
    w.ids.userId = userId;
    return w;
}

} // namespace om::pc
