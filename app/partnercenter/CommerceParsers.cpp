// Cart, order and licence-update parsing and request bodies
// (docs/partner-center-api.md "Cart", "After the purchase", "Licences").
#include "partnercenter/Parsers.h"

#include <QJsonArray>
#include <QUrl>

namespace om::pc {

using namespace detail;

namespace {

void readOrderInto(JsonReader &r, Order &order)
{
    order.id = r.string(u"id");
    order.referenceCustomerId = r.string(u"referenceCustomerId", JsonReader::Optional);
    order.status = r.string(u"status", JsonReader::Optional).toLower();
    order.creationDate = r.dateTime(u"creationDate", JsonReader::Optional);
    const QJsonArray lines = r.array(u"lineItems");
    for (int i = 0; i < lines.size() && r.ok(); ++i) {
        JsonReader l = r.element(lines, i, u"lineItems");
        OrderLineItem line;
        line.lineItemNumber = readInt(l, u"lineItemNumber");
        line.offerId = l.string(u"offerId");
        line.subscriptionId = l.string(u"subscriptionId", JsonReader::Optional);
        line.friendlyName = l.string(u"friendlyName", JsonReader::Optional);
        line.quantity = readInt(l, u"quantity");
        line.termDuration = l.string(u"termDuration", JsonReader::Optional).toUpper();
        if (l.has(u"links")) {
            JsonReader links = l.child(u"links");
            if (links.has(u"subscription")) {
                JsonReader sub = links.child(u"subscription");
                line.subscriptionUri = sub.string(u"uri", JsonReader::Optional);
                links.merge(sub);
            }
            l.merge(links);
        }
        // Provisioned lines name their subscription by id, or only by link in some answers: take the link's
        // last segment then.
        if (line.subscriptionId.isEmpty() && !line.subscriptionUri.isEmpty())
            line.subscriptionId = QUrl(line.subscriptionUri).path().section(QLatin1Char('/'), -1);
        r.merge(l);
        order.lineItems.append(line);
    }
}

} // namespace

Result<Cart> parseCart(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    Cart cart;
    cart.id = r.string(u"id");
    cart.status = r.string(u"status", JsonReader::Optional);
    // Read leniently: only the order look-up uses it, and an odd date must not make a created cart
    // unreadable.
    const QString created = jsonValueCi(o, u"creationTimestamp").toString();
    cart.creationTimestamp = QDateTime::fromString(created, Qt::ISODateWithMs).toUTC();
    const QJsonArray lines = r.array(u"lineItems");
    for (int i = 0; i < lines.size() && r.ok(); ++i) {
        JsonReader l = r.element(lines, i, u"lineItems");
        CartLineItem line;
        line.id = readInt(l, u"id");
        line.catalogItemId = l.string(u"catalogItemId");
        line.quantity = readInt(l, u"quantity");
        line.billingCycle = l.string(u"billingCycle", JsonReader::Optional);
        line.termDuration = l.string(u"termDuration", JsonReader::Optional);
        line.friendlyName = l.string(u"friendlyName", JsonReader::Optional);
        line.orderGroup = codeAsText(l, lines.at(i).toObject(), u"orderGroup");
        if (l.has(u"error")) {
            JsonReader e = l.child(u"error");
            line.errorCode =
                codeAsText(e, jsonValueCi(lines.at(i).toObject(), u"error").toObject(), u"errorCode");
            line.errorDescription = e.string(u"errorDescription", JsonReader::Optional);
            l.merge(e);
        }
        r.merge(l);
        cart.lineItems.append(line);
    }
    if (!r.ok())
        return r.error();
    return cart;
}

Result<Order> parseOrder(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    Order order;
    readOrderInto(r, order);
    if (!r.ok())
        return r.error();
    return order;
}

Result<CartCheckoutResult> parseCheckoutResult(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    CartCheckoutResult out;
    const QJsonArray orders = r.array(u"orders", JsonReader::Optional);
    for (int i = 0; i < orders.size() && r.ok(); ++i) {
        JsonReader e = r.element(orders, i, u"orders");
        Order order;
        readOrderInto(e, order);
        r.merge(e);
        out.orders.append(order);
    }
    const QJsonArray errors = r.array(u"orderErrors", JsonReader::Optional);
    for (int i = 0; i < errors.size() && r.ok(); ++i) {
        JsonReader e = r.element(errors, i, u"orderErrors");
        OrderError err;
        err.orderGroupId = codeAsText(e, errors.at(i).toObject(), u"orderGroupId");
        err.code = codeAsText(e, errors.at(i).toObject(), u"code");
        err.description = e.string(u"description", JsonReader::Optional);
        r.merge(e);
        out.orderErrors.append(err);
    }
    if (!r.ok())
        return r.error();
    if (out.orders.isEmpty() && out.orderErrors.isEmpty())
        return Error::make(Error::Kind::Parse,
                           QStringLiteral("checkout result has neither orders nor orderErrors"), context);
    return out;
}

Result<LicenseUpdateResult> parseLicenseUpdateResult(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    LicenseUpdateResult out;
    const QJsonArray assigned = r.array(u"licensesToAssign", JsonReader::Optional);
    for (int i = 0; i < assigned.size() && r.ok(); ++i) {
        JsonReader a = r.element(assigned, i, u"licensesToAssign");
        out.assignedSkuIds << a.string(u"skuId");
        r.merge(a);
    }
    const QJsonArray warnings = r.array(u"licenseWarnings", JsonReader::Optional);
    for (int i = 0; i < warnings.size() && r.ok(); ++i) {
        JsonReader w = r.element(warnings, i, u"licenseWarnings");
        LicenseWarning warning;
        warning.code = codeAsText(w, warnings.at(i).toObject(), u"code");
        warning.message = w.string(u"message", JsonReader::Optional);
        warning.servicePlans = w.stringList(u"servicePlans", JsonReader::Optional);
        r.merge(w);
        out.warnings.append(warning);
    }
    if (!r.ok())
        return r.error();
    return out;
}

QJsonObject LicenseUpdate::toJson() const
{
    QJsonArray assign;
    for (const LicenseAssignment &a : licensesToAssign) {
        QJsonObject item{{QStringLiteral("skuId"), a.skuId}};
        item.insert(QStringLiteral("excludedPlans"),
                    a.excludedPlans.isEmpty() ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(QJsonArray::fromStringList(a.excludedPlans)));
        assign.append(item);
    }
    QJsonObject body;
    body.insert(QStringLiteral("licensesToAssign"), assign);
    body.insert(QStringLiteral("licensesToRemove"),
                licensesToRemove.isEmpty() ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(QJsonArray::fromStringList(licensesToRemove)));
    body.insert(QStringLiteral("attributes"),
                QJsonObject{{QStringLiteral("objectType"), QStringLiteral("LicenseUpdate")}});
    return body;
}

QJsonObject cartRequestJson(const QList<CartLineItemRequest> &lineItems)
{
    QJsonArray lines;
    for (const CartLineItemRequest &l : lineItems) {
        QJsonObject line{{QStringLiteral("id"), l.id},
                         {QStringLiteral("catalogItemId"), l.catalogItemId},
                         {QStringLiteral("quantity"), l.quantity},
                         {QStringLiteral("billingCycle"), l.billingCycle}};
        if (!l.termDuration.isEmpty())
            line.insert(QStringLiteral("termDuration"), l.termDuration);
        if (!l.friendlyName.isEmpty())
            line.insert(QStringLiteral("friendlyName"), l.friendlyName);
        line.insert(QStringLiteral("provisioningContext"), QJsonObject());
        lines.append(line);
    }
    return QJsonObject{
        {QStringLiteral("lineItems"), lines},
        {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Cart")}}}};
}

} // namespace om::pc
