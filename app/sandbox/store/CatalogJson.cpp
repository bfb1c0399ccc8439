// Wire shapes of the new-commerce catalogue: Product, Sku, Availability
// (docs/partner-center-api.md "New commerce").

#include "sandbox/store/SandboxJson.h"

namespace om::sandbox::json {

namespace {
QString productPath(const QString &productId)
{
    return QStringLiteral("/products/") + productId;
}

QString skuPath(const QString &productId, const QString &skuId)
{
    return productPath(productId) + QStringLiteral("/skus/") + skuId;
}

QString countryQuery(const QString &country)
{
    return QStringLiteral("?country=") + country.toUpper();
}

// "annual" -> "Annual": availability terms spell the billing cycle capitalised (doc example).
QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}
} // namespace

QJsonObject nceProduct(const NceProductRecord &product, const QString &country)
{
    const QString self = productPath(product.id);
    return {
        {QStringLiteral("id"), product.id},
        {QStringLiteral("title"), product.title},
        {QStringLiteral("description"), product.description},
        {QStringLiteral("productType"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("OnlineServicesNCE")},
                     {QStringLiteral("displayName"), QStringLiteral("OnlineServicesNCE")}}},
        {QStringLiteral("isMicrosoftProduct"), true},
        {QStringLiteral("publisherName"), QStringLiteral("Microsoft Corporation")},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("skus"), link(self + QStringLiteral("/skus") + countryQuery(country))},
                     {QStringLiteral("self"), link(self + countryQuery(country))}}},
        {QStringLiteral("attributes"), attributes(QStringLiteral("Product"))}};
}

QJsonObject nceSku(const NceSkuRecord &sku, const QString &country)
{
    const QString self = skuPath(sku.productId, sku.id);
    const QJsonObject dynamicAttributes{{QStringLiteral("isMicrosoftProduct"), true},
                                        {QStringLiteral("hasConstraints"), true},
                                        {QStringLiteral("isAddon"), sku.isAddon},
                                        {QStringLiteral("prerequisiteSkus"), QJsonArray()},
                                        {QStringLiteral("upgradeTargetOffers"), QJsonArray()},
                                        {QStringLiteral("provisioningId"), sku.provisioningId}};
    return {
        {QStringLiteral("id"), sku.id},
        {QStringLiteral("productId"), sku.productId},
        {QStringLiteral("title"), sku.title},
        {QStringLiteral("description"), sku.description},
        {QStringLiteral("minimumQuantity"), sku.minimumQuantity},
        {QStringLiteral("maximumQuantity"), sku.maximumQuantity},
        {QStringLiteral("isTrial"), sku.isTrial},
        {QStringLiteral("supportedBillingCycles"), QJsonArray::fromStringList(sku.supportedBillingCycles)},
        {QStringLiteral("purchasePrerequisites"), QJsonArray{QStringLiteral("MicrosoftCloudAgreement")}},
        {QStringLiteral("inventoryVariables"), QJsonArray()},
        {QStringLiteral("provisioningVariables"), QJsonArray()},
        {QStringLiteral("actions"), QJsonArray{QStringLiteral("Refund")}},
        {QStringLiteral("dynamicAttributes"), dynamicAttributes},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("availabilities"),
                      link(self + QStringLiteral("/availabilities") + countryQuery(country))},
                     {QStringLiteral("self"), link(self + countryQuery(country))}}},
        {QStringLiteral("attributes"), attributes(QStringLiteral("Sku"))}};
}

QJsonObject nceAvailability(const SandboxCatalogue &catalogue, const NceAvailabilityRecord &availability,
                            const QString &country)
{
    const MarketInfo *market = catalogue.market(country);
    QJsonArray terms;
    QJsonArray termIds;
    for (const NceTermRecord &term : availability.terms) {
        // The doc example and a real 2023 answer both say P1D although the policy is 7 days.
        const QJsonObject refund{{QStringLiteral("sequenceId"), 0},
                                 {QStringLiteral("type"), QStringLiteral("Full")},
                                 {QStringLiteral("expiresAfter"), QStringLiteral("P1D")}};
        terms.append(
            QJsonObject{{QStringLiteral("id"), term.id},
                        {QStringLiteral("duration"), term.duration},
                        {QStringLiteral("description"), term.description},
                        {QStringLiteral("billingCycle"), capitalised(term.billingCycle)},
                        {QStringLiteral("cancellationPolicies"),
                         QJsonArray{QJsonObject{{QStringLiteral("refundOptions"), QJsonArray{refund}}}}}});
        termIds.append(term.id);
    }
    const QJsonObject renewal{
        {QStringLiteral("applicableTermIds"), termIds},
        {QStringLiteral("renewalOptions"),
         QJsonArray{QJsonObject{{QStringLiteral("renewToId"),
                                 QString(availability.productId + QLatin1Char(':') + availability.skuId)},
                                {QStringLiteral("isAutoRenewable"), true}}}}};
    const QString self = skuPath(availability.productId, availability.skuId) +
                         QStringLiteral("/availabilities/") + availability.id + countryQuery(country);
    return {{QStringLiteral("id"), availability.id},
            {QStringLiteral("productId"), availability.productId},
            {QStringLiteral("skuId"), availability.skuId},
            {QStringLiteral("catalogItemId"), availability.catalogItemId()},
            {QStringLiteral("defaultCurrency"),
             QJsonObject{{QStringLiteral("code"), market ? market->currencyCode : QStringLiteral("USD")},
                         {QStringLiteral("symbol"), market ? market->currencySymbol : QStringLiteral("$")}}},
            {QStringLiteral("segment"), availability.segment},
            {QStringLiteral("country"), country.toUpper()},
            {QStringLiteral("isPurchasable"), availability.isPurchasable},
            {QStringLiteral("isRenewable"), true},
            {QStringLiteral("renewalInstructions"), QJsonArray{renewal}},
            {QStringLiteral("terms"), terms},
            {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), link(self)}}},
            {QStringLiteral("attributes"), attributes(QStringLiteral("Availability"))}};
}

} // namespace om::sandbox::json
