// Subscription, provisioning status, offer and upgrade parsing (docs/partner-center-api.md "Subscriptions",
// "Legacy offers", "New commerce", "Upgrades").
#include "partnercenter/Parsers.h"

namespace om::pc {

using namespace detail;

namespace {

QString linkUri(JsonReader &links, QStringView name)
{
    if (!links.has(name))
        return {};
    JsonReader link = links.child(name);
    const QString uri = link.string(u"uri");
    links.merge(link);
    return uri;
}

QList<UpgradeError> readUpgradeErrors(JsonReader &r, const QJsonObject &o)
{
    Q_UNUSED(o)
    QList<UpgradeError> out;
    const QJsonArray a = r.array(u"upgradeErrors", JsonReader::Optional);
    for (int i = 0; i < a.size() && r.ok(); ++i) {
        JsonReader e = r.element(a, i, u"upgradeErrors");
        UpgradeError err;
        err.code = codeAsText(e, a.at(i).toObject(), u"code");
        err.description = e.string(u"description", JsonReader::Optional);
        r.merge(e);
        out.append(err);
    }
    return out;
}

} // namespace

namespace detail {

void readOffer(JsonReader &r, Offer &out)
{
    out.id = r.string(u"id");
    out.name = r.string(u"name", JsonReader::Optional);
    out.minimumQuantity = readInt(r, u"minimumQuantity", JsonReader::Optional);
    out.maximumQuantity = readInt(r, u"maximumQuantity", JsonReader::Optional);
    out.isAvailableForPurchase = r.boolean(u"isAvailableForPurchase", JsonReader::Optional);
    out.isAddOn = r.boolean(u"isAddOn", JsonReader::Optional);
    out.upgradeTargetOffers = r.stringList(u"upgradeTargetOffers", JsonReader::Optional);
    out.country = r.string(u"country", JsonReader::Optional).toUpper();
    if (r.has(u"product")) {
        JsonReader product = r.child(u"product");
        out.productId = product.string(u"id");
        out.productName = product.string(u"name", JsonReader::Optional);
        r.merge(product);
    }
}

} // namespace detail

Result<Subscription> parseSubscription(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    Subscription s;
    s.id = r.string(u"id");
    s.offerId = r.string(u"offerId", JsonReader::Optional);
    s.offerName = r.string(u"offerName", JsonReader::Optional);
    s.friendlyName = r.string(u"friendlyName", JsonReader::Optional);
    s.quantity = readInt(r, u"quantity");
    s.unitType = r.string(u"unitType", JsonReader::Optional);
    s.status = r.string(u"status").toLower();
    s.autoRenewEnabled = r.boolean(u"autoRenewEnabled");
    s.commitmentEndDate = r.dateTime(u"commitmentEndDate", JsonReader::Optional).date();
    s.creationDate = r.dateTime(u"creationDate", JsonReader::Optional);
    s.orderId = r.string(u"orderId", JsonReader::Optional);
    s.parentSubscriptionId = r.string(u"parentSubscriptionId", JsonReader::Optional);
    JsonReader attributes = r.child(u"attributes", JsonReader::Optional);
    s.etag = attributes.string(u"etag", JsonReader::Optional);
    r.merge(attributes);
    JsonReader links = r.child(u"links", JsonReader::Optional);
    // Legacy subscriptions link their offer; new-commerce ones their product/sku/availability.
    for (QStringView name : {u"offer", u"availability", u"sku", u"product"}) {
        const QString uri = linkUri(links, name);
        if (!uri.isEmpty() && s.offerUri.isEmpty())
            s.offerUri = uri;
        if (s.market.isEmpty())
            s.market = marketFromLink(uri);
    }
    r.merge(links);
    if (r.has(u"productType")) {
        JsonReader type = r.child(u"productType");
        s.productTypeId = type.string(u"id", JsonReader::Optional);
        r.merge(type);
    }
    s.termDuration = r.string(u"termDuration", JsonReader::Optional).toUpper();
    s.billingCycle = r.string(u"billingCycle", JsonReader::Optional).toLower();
    s.cancellationAllowedUntil = r.dateTime(u"cancellationAllowedUntilDate", JsonReader::Optional);
    if (r.has(u"refundableQuantity") && !jsonValueCi(o, u"refundableQuantity").isNull()) {
        JsonReader refundable = r.child(u"refundableQuantity");
        s.refundableQuantity = readInt(refundable, u"totalQuantity", JsonReader::Optional);
        r.merge(refundable);
    }
    if (!r.ok())
        return r.error();
    s.raw = o;
    return s;
}

bool Subscription::isNewCommerce() const
{
    // The NCE bulk migration sample's rule (docs/partner-center-api.md "New commerce"): the product type, or
    // an offer id of the productId:skuId:availabilityId shape.
    // A product type that is not OnlineServicesNCE (e.g. "Software", whose ids have three parts too) says no.
    if (!productTypeId.isEmpty())
        return productTypeId.compare(QLatin1String("OnlineServicesNCE"), Qt::CaseInsensitive) == 0;
    return offerId.count(QLatin1Char(':')) == 2;
}

Result<SubscriptionProvisioningStatus> parseProvisioningStatus(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    SubscriptionProvisioningStatus p;
    p.skuId = r.string(u"skuId");
    p.status = r.string(u"status").toLower();
    p.quantity = readInt(r, u"quantity", JsonReader::Optional);
    if (!r.ok())
        return r.error();
    return p;
}

Result<Offer> parseOffer(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    Offer offer;
    readOffer(r, offer);
    if (!r.ok())
        return r.error();
    return offer;
}

Result<Upgrade> parseUpgrade(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    Upgrade u;
    JsonReader target = r.child(u"targetOffer");
    readOffer(target, u.targetOffer);
    r.merge(target);
    const QJsonValue type = jsonValueCi(o, u"upgradeType");
    u.upgradeType =
        type.isDouble() ? QString::number(type.toInt()) : r.string(u"upgradeType", JsonReader::Optional);
    u.isEligible = r.boolean(u"isEligible");
    u.quantity = readInt(r, u"quantity", JsonReader::Optional);
    u.upgradeErrors = readUpgradeErrors(r, o);
    if (!r.ok())
        return r.error();
    u.raw = o;
    return u;
}

Result<UpgradeResult> parseUpgradeResult(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    UpgradeResult u;
    u.sourceSubscriptionId = r.string(u"sourceSubscriptionId", JsonReader::Optional);
    u.targetSubscriptionId = r.string(u"targetSubscriptionId", JsonReader::Optional);
    u.upgradeType = codeAsText(r, o, u"upgradeType");
    u.upgradeErrors = readUpgradeErrors(r, o);
    const QJsonArray a = r.array(u"licenseErrors", JsonReader::Optional);
    for (int i = 0; i < a.size() && r.ok(); ++i) {
        JsonReader e = r.element(a, i, u"licenseErrors");
        UserLicenseError le;
        le.userObjectId = e.string(u"userObjectId", JsonReader::Optional);
        le.name = e.string(u"name", JsonReader::Optional);
        le.email = e.string(u"email", JsonReader::Optional);
        const QJsonArray faults = e.array(u"errors", JsonReader::Optional);
        for (int j = 0; j < faults.size() && e.ok(); ++j) {
            JsonReader f = e.element(faults, j, u"errors");
            const QString code = codeAsText(f, faults.at(j).toObject(), u"code");
            const QString description = f.string(u"description", JsonReader::Optional);
            e.merge(f);
            le.errors << (code.isEmpty() ? description : code + QStringLiteral(": ") + description);
        }
        r.merge(e);
        u.licenseErrors.append(le);
    }
    if (!r.ok())
        return r.error();
    return u;
}

} // namespace om::pc
