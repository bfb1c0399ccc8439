// Customer, user, licence and subscribed-SKU parsing (docs/partner-center-api.md "Customers", "Licences").
#include "partnercenter/Parsers.h"

#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace om::pc {

namespace detail {

QString codeAsText(JsonReader &reader, const QJsonObject &o, QStringView key)
{
    const QJsonValue v = jsonValueCi(o, key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        // Range first: converting 1e300 to an integer is undefined behaviour.
        const double d = v.toDouble();
        if (std::isfinite(d) && std::abs(d) < 9.0e15 && d == std::trunc(d))
            return QString::number(static_cast<qint64>(d));
        reader.fail(key, QStringLiteral("expected a whole-number code"));
        return {};
    }
    reader.fail(key, QStringLiteral("expected a number or a string"));
    return {};
}

int readInt(JsonReader &reader, QStringView key, JsonReader::Presence presence)
{
    const qint64 v = reader.integer(key, presence);
    if (v > std::numeric_limits<int>::max() || v < std::numeric_limits<int>::min()) {
        reader.fail(key, QStringLiteral("number out of range"));
        return 0;
    }
    return static_cast<int>(v);
}

ProductSku readProductSku(JsonReader &parent, QStringView key, JsonReader::Presence presence)
{
    ProductSku sku;
    if (presence == JsonReader::Optional && !parent.has(key))
        return sku;
    JsonReader r = parent.child(key, presence);
    sku.id = r.string(u"id");
    sku.name = r.string(u"name", JsonReader::Optional);
    sku.skuPartNumber = r.string(u"skuPartNumber", JsonReader::Optional);
    parent.merge(r);
    return sku;
}

QList<ServicePlan> readServicePlans(JsonReader &parent)
{
    QList<ServicePlan> plans;
    const QJsonArray a = parent.array(u"servicePlans", JsonReader::Optional);
    for (int i = 0; i < a.size() && parent.ok(); ++i) {
        JsonReader p = parent.element(a, i, u"servicePlans");
        ServicePlan plan;
        plan.id = p.string(u"id");
        plan.displayName = p.string(u"displayName", JsonReader::Optional);
        plan.serviceName = p.string(u"serviceName", JsonReader::Optional);
        plan.capabilityStatus = p.string(u"capabilityStatus", JsonReader::Optional);
        parent.merge(p);
        plans.append(plan);
    }
    return plans;
}

} // namespace detail

using namespace detail;

QString marketFromLink(const QString &uri)
{
    const int q = uri.indexOf(QLatin1Char('?'));
    if (q < 0)
        return {};
    const QUrlQuery query(uri.mid(q + 1));
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first.compare(u"country", Qt::CaseInsensitive) == 0)
            return item.second.trimmed().toUpper();
    }
    return {};
}

Result<Customer> parseCustomer(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    Customer c;
    c.id = r.string(u"id");
    JsonReader profile = r.child(u"companyProfile");
    c.companyName = profile.string(u"companyName");
    c.domain = profile.string(u"domain", JsonReader::Optional);
    c.tenantId = profile.string(u"tenantId", JsonReader::Optional);
    r.merge(profile);
    c.relationshipToPartner = r.string(u"relationshipToPartner", JsonReader::Optional).toLower();
    // The market when a subscription's links carry no ?country= (docs/partner-center-api.md "Customers").
    if (r.has(u"billingProfile") && jsonValueCi(o, u"billingProfile").isObject()) {
        JsonReader billing = r.child(u"billingProfile");
        if (billing.has(u"defaultAddress") &&
            jsonValueCi(billing.object(u"defaultAddress"), u"country").isString()) {
            JsonReader address = billing.child(u"defaultAddress");
            c.billingCountry = address.string(u"country", JsonReader::Optional).trimmed().toUpper();
            billing.merge(address);
        }
        r.merge(billing);
    }
    if (!r.ok())
        return r.error();
    if (c.id.trimmed().isEmpty())
        return Error::make(Error::Kind::Parse, QStringLiteral("field id: empty"), context);
    return c;
}

Result<CustomerUser> parseCustomerUser(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    CustomerUser u;
    u.id = r.string(u"id");
    u.userPrincipalName = r.string(u"userPrincipalName");
    u.displayName = r.string(u"displayName", JsonReader::Optional);
    u.usageLocation = r.string(u"usageLocation", JsonReader::Optional);
    if (!r.ok())
        return r.error();
    return u;
}

Result<License> parseLicense(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    License l;
    l.productSku = readProductSku(r, u"productSku", JsonReader::Required);
    l.servicePlans = readServicePlans(r);
    if (!r.ok())
        return r.error();
    return l;
}

Result<SubscribedSku> parseSubscribedSku(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    SubscribedSku s;
    s.availableUnits = readInt(r, u"availableUnits");
    s.activeUnits = readInt(r, u"activeUnits");
    s.consumedUnits = readInt(r, u"consumedUnits");
    s.suspendedUnits = readInt(r, u"suspendedUnits", JsonReader::Optional);
    s.totalUnits = readInt(r, u"totalUnits", JsonReader::Optional);
    s.warningUnits = readInt(r, u"warningUnits", JsonReader::Optional);
    s.capabilityStatus = r.string(u"capabilityStatus", JsonReader::Optional);
    s.productSku = readProductSku(r, u"productSku", JsonReader::Required);
    s.servicePlans = readServicePlans(r);
    if (!r.ok())
        return r.error();
    return s;
}

} // namespace om::pc
