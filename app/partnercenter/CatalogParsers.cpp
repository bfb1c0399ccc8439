// New-commerce catalogue parsing: products, SKUs and availabilities (docs/partner-center-api.md "New
// commerce").
#include "partnercenter/Parsers.h"

namespace om::pc {

using namespace detail;

Result<Product> parseProduct(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    Product p;
    p.id = r.string(u"id");
    p.title = r.string(u"title");
    if (r.has(u"productType")) {
        JsonReader type = r.child(u"productType");
        p.productTypeId = type.string(u"id", JsonReader::Optional);
        r.merge(type);
    }
    if (!r.ok())
        return r.error();
    if (p.id.trimmed().isEmpty())
        return Error::make(Error::Kind::Parse, QStringLiteral("field id: empty"), context);
    return p;
}

Result<CatalogSku> parseCatalogSku(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    CatalogSku s;
    s.id = r.string(u"id");
    s.productId = r.string(u"productId", JsonReader::Optional);
    s.title = r.string(u"title");
    s.minimumQuantity = readInt(r, u"minimumQuantity", JsonReader::Optional);
    s.maximumQuantity = readInt(r, u"maximumQuantity", JsonReader::Optional);
    s.isTrial = r.boolean(u"isTrial", JsonReader::Optional);
    for (const QString &cycle : r.stringList(u"supportedBillingCycles", JsonReader::Optional))
        s.supportedBillingCycles.append(cycle.toLower());
    if (r.has(u"dynamicAttributes") && jsonValueCi(o, u"dynamicAttributes").isObject()) {
        JsonReader dynamic = r.child(u"dynamicAttributes");
        s.isAddon = dynamic.boolean(u"isAddon", JsonReader::Optional);
        s.provisioningId = dynamic.string(u"provisioningId", JsonReader::Optional).toLower();
        r.merge(dynamic);
    }
    if (!r.ok())
        return r.error();
    if (s.id.trimmed().isEmpty())
        return Error::make(Error::Kind::Parse, QStringLiteral("field id: empty"), context);
    return s;
}

Result<Availability> parseAvailability(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    Availability a;
    a.id = r.string(u"id");
    a.productId = r.string(u"productId", JsonReader::Optional);
    a.skuId = r.string(u"skuId", JsonReader::Optional);
    a.catalogItemId = r.string(u"catalogItemId");
    a.segment = r.string(u"segment", JsonReader::Optional).toLower();
    a.country = r.string(u"country", JsonReader::Optional).toUpper();
    a.isPurchasable = r.boolean(u"isPurchasable", JsonReader::Optional);
    const QJsonArray terms = r.array(u"terms", JsonReader::Optional);
    for (int i = 0; i < terms.size() && r.ok(); ++i) {
        JsonReader t = r.element(terms, i, u"terms");
        AvailabilityTerm term;
        term.id = t.string(u"id", JsonReader::Optional);
        term.duration = t.string(u"duration").toUpper();
        term.billingCycle = t.string(u"billingCycle", JsonReader::Optional).toLower();
        term.description = t.string(u"description", JsonReader::Optional);
        r.merge(t);
        a.terms.append(term);
    }
    if (!r.ok())
        return r.error();
    // The cart takes catalogItemId as it is; one that is not productId:skuId:availabilityId cannot be bought.
    if (a.catalogItemId.count(QLatin1Char(':')) != 2)
        return Error::make(Error::Kind::Parse,
                           QStringLiteral("field catalogItemId: \"%1\" is not productId:skuId:availabilityId")
                               .arg(a.catalogItemId),
                           context);
    if (a.productId.isEmpty())
        a.productId = a.catalogItemId.section(QLatin1Char(':'), 0, 0);
    if (a.skuId.isEmpty())
        a.skuId = a.catalogItemId.section(QLatin1Char(':'), 1, 1);
    return a;
}

} // namespace om::pc
