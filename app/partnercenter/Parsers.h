#pragma once

// Free parsing functions: JSON object in, typed value or a Parse error out. `context` names the
// request ("GET /v1/customers") and appears in the error with the field path. Never crash, never
// a silent default for a required field. Safe to call from a fuzzer.

#include "common/JsonReader.h"
#include "common/Result.h"
#include "partnercenter/Models.h"

#include <QJsonArray>
#include <QList>

namespace om::pc {

Result<Customer> parseCustomer(const QJsonObject &o, const QString &context);
Result<Subscription> parseSubscription(const QJsonObject &o, const QString &context);
Result<Offer> parseOffer(const QJsonObject &o, const QString &context);
Result<CustomerUser> parseCustomerUser(const QJsonObject &o, const QString &context);
Result<License> parseLicense(const QJsonObject &o, const QString &context);
Result<SubscribedSku> parseSubscribedSku(const QJsonObject &o, const QString &context);
Result<SubscriptionProvisioningStatus> parseProvisioningStatus(const QJsonObject &o, const QString &context);
Result<Cart> parseCart(const QJsonObject &o, const QString &context);
Result<Order> parseOrder(const QJsonObject &o, const QString &context);
Result<CartCheckoutResult> parseCheckoutResult(const QJsonObject &o, const QString &context);
Result<Upgrade> parseUpgrade(const QJsonObject &o, const QString &context);
Result<UpgradeResult> parseUpgradeResult(const QJsonObject &o, const QString &context);
Result<LicenseUpdateResult> parseLicenseUpdateResult(const QJsonObject &o, const QString &context);
Result<Product> parseProduct(const QJsonObject &o, const QString &context);
Result<CatalogSku> parseCatalogSku(const QJsonObject &o, const QString &context);
Result<Availability> parseAvailability(const QJsonObject &o, const QString &context);

// ISO2 market from a link such as "/offers/ABC?country=GB" (case-insensitive key); empty if none.
QString marketFromLink(const QString &uri);

// Field readers shared by the parsers (internal; exposed for the parser files only).
namespace detail {
// Partner Center codes come as numbers or strings: returns them as text, "" when absent.
QString codeAsText(JsonReader &reader, const QJsonObject &o, QStringView key);
ProductSku readProductSku(JsonReader &parent, QStringView key, JsonReader::Presence presence);
QList<ServicePlan> readServicePlans(JsonReader &parent);
int readInt(JsonReader &reader, QStringView key, JsonReader::Presence presence = JsonReader::Required);
void readOffer(JsonReader &r, Offer &out);
} // namespace detail

// Parses every element of a collection's items with `parse`; the first failure names the index.
template<typename T, typename Parser>
Result<QList<T>> parseItems(const QJsonArray &items, const QString &context, Parser parse)
{
    QList<T> out;
    out.reserve(items.size());
    for (int i = 0; i < items.size(); ++i) {
        const QJsonValue v = items.at(i);
        const QString where = context + QStringLiteral(" items[") + QString::number(i) + QLatin1Char(']');
        if (!v.isObject())
            return Error::make(Error::Kind::Parse, QStringLiteral("expected an object"), where);
        Result<T> item = parse(v.toObject(), where);
        if (!item.ok())
            return item.error();
        out.append(item.take());
    }
    return out;
}

} // namespace om::pc
