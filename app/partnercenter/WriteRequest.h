#pragma once

// The Partner Center writes the app sends, built in one place: PartnerCenterClient sends exactly these,
// and the migration journal records exactly these (method, path, the SHA-256 of body(), and the ids as
// typed fields), so nothing builds a write's path a second time or reads an id back out of one.

#include "partnercenter/ApiTypes.h"
#include "partnercenter/CustomerUserUpdate.h"
#include "partnercenter/Models.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace om::pc {

// What a write is about, as typed fields (empty when it does not apply).
struct WriteIds
{
    QString customerId;
    QString subscriptionId; // the subscription a PATCH changes or an upgrade starts from
    QString cartId;         // the cart a checkout orders
    QString userId;         // the user whose licences or fields a write changes
};

// One write: the request as sent (method, path, JSON body, If-Match) and its ids.
struct WriteRequest
{
    ApiRequest request;
    WriteIds ids;

    QString method() const { return QString::fromLatin1(request.method); }
    const QString &path() const { return request.path; }
    QByteArray body() const; // the body as sent: compact JSON
};

// "/v1/customers/{customer}" and ".../subscriptions/{subscription}", segments percent-encoded: the client's
// reads and the writes below start from these.
QString customerPath(const QString &customerId);
QString subscriptionPath(const QString &customerId, const QString &subscriptionId);

// POST /v1/customers/{customer}/carts
WriteRequest createCartWrite(const QString &customerId, const QList<CartLineItemRequest> &lines);
// POST /v1/customers/{customer}/carts/{cart}/checkout (an empty JSON object as body)
WriteRequest checkoutWrite(const QString &customerId, const QString &cartId);
// POST /v1/customers/{customer}/users/{user}/licenseupdates
WriteRequest licenseUpdateWrite(const QString &customerId, const QString &userId,
                                const LicenseUpdate &update);
// PATCH /v1/customers/{customer}/subscriptions/{subscription} with the whole resource (subscriptionPatchBody)
// and If-Match: "<etag>" (none when etag is empty).
WriteRequest subscriptionPatchWrite(const QString &customerId, const QString &subscriptionId,
                                    const QJsonObject &body, const QString &etag);
// POST /v1/customers/{customer}/subscriptions/{subscription}/upgrades
WriteRequest upgradeWrite(const QString &customerId, const QString &subscriptionId, const Upgrade &upgrade);
// PATCH /v1/customers/{customer}/users/{user} (CustomerUserUpdate.h)
WriteRequest customerUserUpdateWrite(const QString &customerId, const QString &userId,
                                     const CustomerUserUpdate &update);

} // namespace om::pc
