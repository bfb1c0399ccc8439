// GET /v1/products?country=&targetView=[&targetSegment=], GET /v1/products/{p}[/skus[/{s}
// [/availabilities[/{a}]]]]?country=[&targetSegment=]: the new-commerce catalogue
// (docs/partner-center-api.md "New commerce"). Authenticated and throttled like every /v1 read
// (SandboxServer).

#include "sandbox/store/RouteParts.h"
#include "sandbox/store/RouteSupport.h"
#include "sandbox/store/SandboxJson.h"
#include "sandbox/store/SandboxStore.h"

#include <QUrl>

namespace om::sandbox {

namespace {

// The checked query of a catalogue read.
struct CatalogQuery
{
    QString country; // upper-case ISO2
    QString segment; // lower-case; empty = every segment
};

StoreResult<CatalogQuery> parseQuery(const SandboxStore &store, const SandboxRequest &request)
{
    const auto country = routes::requireCountry(store, request);
    if (!country)
        return country.error();
    CatalogQuery query{country.value(), request.queryValueCi(QStringLiteral("targetSegment")).toLower()};
    // "nonprofit" is a documented segment the sandbox sells nothing in; anything else is invalid
    // input (code choice: 800002; the documented 403/400030 is "segment not allowed" for the partner).
    static const QStringList segments{QStringLiteral("commercial"), QStringLiteral("education"),
                                      QStringLiteral("government"), QStringLiteral("nonprofit")};
    if (!query.segment.isEmpty() && !segments.contains(query.segment))
        return StoreError{400,
                          codes::InvalidInput,
                          QStringLiteral("The targetSegment '%1' is not valid.").arg(query.segment),
                          {}};
    return query;
}

QString segmentQuery(const CatalogQuery &query)
{
    return query.segment.isEmpty() ? QString() : QStringLiteral("&targetSegment=") + query.segment;
}

SandboxReply productNotFound(const QString &productId)
{
    return SandboxReply::error(404, codes::ProductNotFound,
                               QStringLiteral("Product %1 was not found.").arg(productId));
}

// The product when it exists and is sold in the market (any segment), else nullptr (404/400013).
// Sandbox choice: a product, SKU or availability of another market is "not found" too.
const NceProductRecord *findProduct(const SandboxStore &store, const QString &productId,
                                    const QString &country)
{
    const NceProductRecord *product = store.catalogue().nceProduct(productId);
    if (!product || store.catalogue().nceSkusFor(product->id, country).isEmpty())
        return nullptr;
    return product;
}

const NceSkuRecord *findSku(const SandboxStore &store, const QString &productId, const QString &skuId,
                            const QString &country)
{
    const NceSkuRecord *sku = store.catalogue().nceSku(productId, skuId);
    if (!sku || store.catalogue().nceAvailabilitiesFor(sku->productId, sku->id, country).isEmpty())
        return nullptr;
    return sku;
}

SandboxReply skuNotFound(const QString &productId, const QString &skuId)
{
    return SandboxReply::error(404, codes::SkuNotFound,
                               QStringLiteral("SKU %1 of product %2 was not found.").arg(skuId, productId));
}

SandboxReply listProducts(const SandboxStore &store, const SandboxRequest &request)
{
    const auto query = parseQuery(store, request);
    if (!query)
        return query.error().toReply();
    const QString view = request.queryValueCi(QStringLiteral("targetView"));
    if (view.isEmpty())
        return SandboxReply::error(400, codes::InvalidInput,
                                   QStringLiteral("The targetView parameter is required."));
    QJsonArray items;
    // Sandbox choice: only OnlineServices is modelled, and in it only the NCE products (the
    // traditional ones the real view also lists can no longer be bought). Any other view is empty.
    if (view.compare(QLatin1String("OnlineServices"), Qt::CaseInsensitive) == 0) {
        for (const NceProductRecord *p : store.catalogue().nceProductsFor(query->country, query->segment))
            items.append(json::nceProduct(*p, query->country));
    }
    // Paging NOT CONFIRMED: one collection with links.self, as in the examples.
    const QString self =
        QStringLiteral("/products?country=%1&targetView=%2%3")
            .arg(query->country, QString::fromLatin1(QUrl::toPercentEncoding(view)), segmentQuery(*query));
    return SandboxReply::json(200, json::collection(items, {{QStringLiteral("self"), json::link(self)}}));
}

SandboxReply getProduct(const SandboxStore &store, const SandboxRequest &request, const RouteArgs &args)
{
    const auto query = parseQuery(store, request);
    if (!query)
        return query.error().toReply();
    const NceProductRecord *product = findProduct(store, args.at(0), query->country);
    if (!product)
        return productNotFound(args.at(0));
    return SandboxReply::json(200, json::nceProduct(*product, query->country));
}

SandboxReply listSkus(const SandboxStore &store, const SandboxRequest &request, const RouteArgs &args)
{
    const auto query = parseQuery(store, request);
    if (!query)
        return query.error().toReply();
    const NceProductRecord *product = findProduct(store, args.at(0), query->country);
    if (!product)
        return productNotFound(args.at(0));
    QJsonArray items;
    for (const NceSkuRecord *sku : store.catalogue().nceSkusFor(product->id, query->country, query->segment))
        items.append(json::nceSku(*sku, query->country));
    const QString self = QStringLiteral("/products/%1/skus?country=%2%3")
                             .arg(product->id, query->country, segmentQuery(*query));
    return SandboxReply::json(200, json::collection(items, {{QStringLiteral("self"), json::link(self)}}));
}

SandboxReply getSku(const SandboxStore &store, const SandboxRequest &request, const RouteArgs &args)
{
    const auto query = parseQuery(store, request);
    if (!query)
        return query.error().toReply();
    if (!findProduct(store, args.at(0), query->country))
        return productNotFound(args.at(0));
    const NceSkuRecord *sku = findSku(store, args.at(0), args.at(1), query->country);
    if (!sku)
        return skuNotFound(args.at(0), args.at(1));
    return SandboxReply::json(200, json::nceSku(*sku, query->country));
}

SandboxReply listAvailabilities(const SandboxStore &store, const SandboxRequest &request,
                                const RouteArgs &args)
{
    const auto query = parseQuery(store, request);
    if (!query)
        return query.error().toReply();
    if (!findProduct(store, args.at(0), query->country))
        return productNotFound(args.at(0));
    const NceSkuRecord *sku = findSku(store, args.at(0), args.at(1), query->country);
    if (!sku)
        return skuNotFound(args.at(0), args.at(1));
    QJsonArray items;
    for (const NceAvailabilityRecord *a :
         store.catalogue().nceAvailabilitiesFor(sku->productId, sku->id, query->country, query->segment))
        items.append(json::nceAvailability(store.catalogue(), *a, query->country));
    const QString self = QStringLiteral("/products/%1/skus/%2/availabilities?country=%3%4")
                             .arg(sku->productId, sku->id, query->country, segmentQuery(*query));
    return SandboxReply::json(200, json::collection(items, {{QStringLiteral("self"), json::link(self)}}));
}

SandboxReply getAvailability(const SandboxStore &store, const SandboxRequest &request, const RouteArgs &args)
{
    const auto query = parseQuery(store, request);
    if (!query)
        return query.error().toReply();
    if (!findProduct(store, args.at(0), query->country))
        return productNotFound(args.at(0));
    const NceSkuRecord *sku = findSku(store, args.at(0), args.at(1), query->country);
    if (!sku)
        return skuNotFound(args.at(0), args.at(1));
    const NceAvailabilityRecord *a =
        store.catalogue().nceAvailability(nce::catalogItemId(sku->productId, sku->id, args.at(2)));
    // An availability of another market, or one reissued since (stale id), is not found.
    if (!a || !store.catalogue().isSoldIn(*a, query->country))
        return SandboxReply::error(404, codes::AvailabilityNotFound,
                                   QStringLiteral("Availability %1 was not found.").arg(args.at(2)));
    return SandboxReply::json(200, json::nceAvailability(store.catalogue(), *a, query->country));
}

} // namespace

void registerCatalogRoutes(SandboxRouter &router, SandboxStore &store)
{
    const QString products = QStringLiteral("/v1/products");
    const QString skus = products + QStringLiteral("/{}/skus");
    const QString availabilities = skus + QStringLiteral("/{}/availabilities");
    router.add("GET", products,
               [&store](const SandboxRequest &r, const RouteArgs &) { return listProducts(store, r); });
    router.add("GET", products + QStringLiteral("/{}"),
               [&store](const SandboxRequest &r, const RouteArgs &a) { return getProduct(store, r, a); });
    router.add("GET", skus,
               [&store](const SandboxRequest &r, const RouteArgs &a) { return listSkus(store, r, a); });
    router.add("GET", skus + QStringLiteral("/{}"),
               [&store](const SandboxRequest &r, const RouteArgs &a) { return getSku(store, r, a); });
    router.add("GET", availabilities, [&store](const SandboxRequest &r, const RouteArgs &a) {
        return listAvailabilities(store, r, a);
    });
    router.add(
        "GET", availabilities + QStringLiteral("/{}"),
        [&store](const SandboxRequest &r, const RouteArgs &a) { return getAvailability(store, r, a); });
}

} // namespace om::sandbox
