// GET /v1/offers[/{o}], POST|GET .../orders[/{o}[/provisioningstatus]], POST .../carts,
// PUT|GET .../carts/{k}, POST .../carts/{k}/checkout. Carts sell new-commerce catalog items only.

#include "common/JsonReader.h"
#include "sandbox/store/RouteParts.h"
#include "sandbox/store/RouteSupport.h"
#include "sandbox/store/SandboxJson.h"
#include "sandbox/store/SandboxStore.h"

namespace om::sandbox {

namespace {

SandboxReply listOffers(const SandboxStore &store, const SandboxRequest &request)
{
    const auto country = routes::requireCountry(store, request);
    if (!country)
        return country.error().toReply();
    const QList<const OfferRecord *> offers = store.catalogue().offersFor(country.value());
    const auto page = routes::parseIndexPage(request, int(offers.size()));
    if (!page)
        return page.error().toReply();
    QJsonArray items;
    for (int i = page->offset; i < offers.size() && items.size() < page->size; ++i)
        items.append(json::offer(store, *offers.at(i), country.value()));
    const auto pageUri = [&](int offset) {
        return QStringLiteral("/v1/offers?country=%1&offset=%2&size=%3")
            .arg(country.value())
            .arg(offset)
            .arg(page->size);
    };
    QJsonObject links{{QStringLiteral("self"), json::link(pageUri(page->offset))}};
    if (page->offset + page->size < offers.size())
        links.insert(QStringLiteral("next"), json::link(pageUri(page->offset + page->size)));
    if (page->offset > 0)
        links.insert(QStringLiteral("previous"), json::link(pageUri(std::max(0, page->offset - page->size))));
    return SandboxReply::json(200, json::collection(items, links));
}

SandboxReply getOffer(const SandboxStore &store, const SandboxRequest &request, const QString &offerId)
{
    if (offerId.contains(QLatin1Char(':')))
        return SandboxReply::error(
            400, 2100,
            QStringLiteral("The Offers API does not support item with id %1. Please try using "
                           "the Products and/or SKUs APIs")
                .arg(offerId));
    const auto country = routes::requireCountry(store, request);
    if (!country)
        return country.error().toReply();
    const OfferRecord *offer = store.catalogue().offer(offerId);
    // Code choice: 404 with 800004 (invalid offer id); the documented 800004 is a 400 on orders.
    if (!offer || !store.catalogue().isSoldIn(*offer, country.value()))
        return SandboxReply::error(
            404, codes::InvalidOfferId,
            QStringLiteral("Offer %1 was not found in market %2.").arg(offerId, country.value()));
    return SandboxReply::json(200, json::offer(store, *offer, country.value()));
}

SandboxReply createOrder(SandboxStore &store, const SandboxRequest &request, const QString &customerId)
{
    if (auto error = store.checkCustomer(customerId))
        return error->toReply();
    const auto body = routes::parseBody(request);
    if (!body)
        return body.error().toReply();
    om::JsonReader reader(body.value(), QStringLiteral("POST orders"));
    const QJsonArray lineArray = reader.array(u"lineItems");
    const QString billingCycle = reader.string(u"billingCycle", om::JsonReader::Optional);
    QList<SandboxStore::OrderLineRequest> lines;
    for (int i = 0; i < lineArray.size() && reader.ok(); ++i) {
        om::JsonReader line = reader.element(lineArray, i, u"lineItems");
        SandboxStore::OrderLineRequest request_;
        request_.lineItemNumber = int(line.integer(u"lineItemNumber", om::JsonReader::Optional, i));
        request_.offerId = line.string(u"offerId");
        request_.quantity = int(line.integer(u"quantity"));
        request_.friendlyName = line.string(u"friendlyName", om::JsonReader::Optional);
        request_.termDuration = line.string(u"termDuration", om::JsonReader::Optional);
        reader.merge(line);
        lines.append(request_);
    }
    if (!reader.ok())
        return SandboxReply::error(400, codes::InvalidInput, reader.error().message);
    const auto order = store.createOrder(customerId, lines, billingCycle);
    if (!order)
        return order.error().toReply();
    return SandboxReply::json(201, json::order(store, order.value()));
}

SandboxReply orderNotFound(const QString &orderId)
{
    return SandboxReply::error(404, codes::OrderNotFound,
                               QStringLiteral("Order %1 was not found.").arg(orderId));
}

SandboxReply listOrders(const SandboxStore &store, const QString &customerId)
{
    if (auto error = store.checkCustomer(customerId))
        return error->toReply();
    QJsonArray items;
    for (const OrderRecord *o : store.orders(customerId))
        items.append(json::order(store, *o));
    return SandboxReply::json(200, json::collection(items));
}

SandboxReply getOrder(const SandboxStore &store, const RouteArgs &args)
{
    if (auto error = store.checkCustomer(args.at(0)))
        return error->toReply();
    const OrderRecord *o = store.order(args.at(0), args.at(1));
    if (!o)
        return orderNotFound(args.at(1));
    return SandboxReply::json(200, json::order(store, *o));
}

SandboxReply orderProvisioning(const SandboxStore &store, const RouteArgs &args)
{
    if (auto error = store.checkCustomer(args.at(0)))
        return error->toReply();
    const OrderRecord *o = store.order(args.at(0), args.at(1));
    if (!o)
        return orderNotFound(args.at(1));
    QJsonArray items;
    for (const OrderLineRecord &line : o->lineItems) {
        const SubscriptionRecord *s = store.subscription(o->customerId, line.subscriptionId);
        const bool pending = s && store.effectiveStatus(*s) == SubscriptionStatus::Pending;
        const QString status =
            pending ? QStringLiteral("prefulfillmentpending") : QStringLiteral("fulfilled");
        items.append(QJsonObject{
            {QStringLiteral("lineItemNumber"), line.lineItemNumber},
            {QStringLiteral("status"), status},
            {QStringLiteral("quantityProvisioningInformation"),
             QJsonArray{QJsonObject{{QStringLiteral("quantity"), line.quantity},
                                    {QStringLiteral("status"),
                                     pending ? QStringLiteral("pending") : QStringLiteral("fulfilled")}}}},
            {QStringLiteral("attributes"),
             json::attributes(QStringLiteral("OrderLineItemProvisioningStatus"))}});
    }
    return SandboxReply::json(200, json::collection(items));
}

StoreResult<QList<CartLineRecord>> parseCartLines(const SandboxRequest &request)
{
    const auto body = routes::parseBody(request);
    if (!body)
        return body.error();
    om::JsonReader reader(body.value(), QStringLiteral("cart"));
    const QJsonArray lineArray = reader.array(u"lineItems");
    QList<CartLineRecord> lines;
    for (int i = 0; i < lineArray.size() && reader.ok(); ++i) {
        om::JsonReader line = reader.element(lineArray, i, u"lineItems");
        CartLineRecord record;
        record.id = int(line.integer(u"id", om::JsonReader::Optional, i));
        record.catalogItemId = line.string(u"catalogItemId");
        record.quantity = int(line.integer(u"quantity"));
        record.billingCycle = line.string(u"billingCycle");
        // Optional here: a legacy line needs none, an NCE line without one is refused (400039).
        record.termDuration = line.string(u"termDuration", om::JsonReader::Optional);
        record.friendlyName = line.string(u"friendlyName", om::JsonReader::Optional);
        const QJsonValue group = om::jsonValueCi(lineArray.at(i).toObject(), u"orderGroup");
        if (group.isDouble())
            record.orderGroup = QString::number(group.toInt());
        else if (group.isString() && !group.toString().isEmpty())
            record.orderGroup = group.toString();
        reader.merge(line);
        lines.append(record);
    }
    if (!reader.ok())
        return StoreError{400, codes::InvalidInput, reader.error().message, {}};
    return lines;
}

SandboxReply cartNotFound(const QString &cartId)
{
    return SandboxReply::error(404, codes::CartNotFound,
                               QStringLiteral("Cart %1 was not found.").arg(cartId));
}

SandboxReply createCart(SandboxStore &store, const SandboxRequest &request, const QString &customerId)
{
    if (auto error = store.checkCustomer(customerId))
        return error->toReply();
    const auto lines = parseCartLines(request);
    if (!lines)
        return lines.error().toReply();
    const auto cart = store.createCart(customerId, lines.value(), request.auth.userPrincipalName);
    if (!cart)
        return cart.error().toReply();
    return SandboxReply::json(201, json::cart(cart.value()));
}

SandboxReply replaceCart(SandboxStore &store, const SandboxRequest &request, const RouteArgs &args)
{
    if (auto error = store.checkCustomer(args.at(0)))
        return error->toReply();
    if (!store.cart(args.at(0), args.at(1)))
        return cartNotFound(args.at(1));
    const auto lines = parseCartLines(request);
    if (!lines)
        return lines.error().toReply();
    const auto cart =
        store.replaceCart(args.at(0), args.at(1), lines.value(), request.auth.userPrincipalName);
    if (!cart)
        return cart.error().toReply();
    return SandboxReply::json(200, json::cart(cart.value()));
}

SandboxReply getCart(const SandboxStore &store, const RouteArgs &args)
{
    if (auto error = store.checkCustomer(args.at(0)))
        return error->toReply();
    const CartRecord *cart = store.cart(args.at(0), args.at(1));
    if (!cart)
        return cartNotFound(args.at(1));
    return SandboxReply::json(200, json::cart(*cart));
}

SandboxReply checkout(SandboxStore &store, const RouteArgs &args)
{
    const auto result = store.checkoutCart(args.at(0), args.at(1));
    if (!result)
        return result.error().toReply();
    QJsonArray orders;
    for (const OrderRecord &o : result->orders)
        orders.append(json::order(store, o, false)); // subscription ids: read the order
    QJsonArray errors;
    for (const CartOrderError &e : result->orderErrors)
        errors.append(QJsonObject{{QStringLiteral("orderGroupId"), e.orderGroupId},
                                  {QStringLiteral("code"), e.code},
                                  {QStringLiteral("description"), e.description}});
    return SandboxReply::json(201, QJsonObject{{QStringLiteral("orders"), orders},
                                               {QStringLiteral("orderErrors"), errors},
                                               {QStringLiteral("attributes"),
                                                json::attributes(QStringLiteral("CartCheckoutResult"))}});
}

} // namespace

void registerCommerceRoutes(SandboxRouter &router, SandboxStore &store)
{
    router.add("GET", QStringLiteral("/v1/offers"),
               [&store](const SandboxRequest &r, const RouteArgs &) { return listOffers(store, r); });
    router.add("GET", QStringLiteral("/v1/offers/{}"),
               [&store](const SandboxRequest &r, const RouteArgs &a) { return getOffer(store, r, a.at(0)); });
    const QString orders = QStringLiteral("/v1/customers/{}/orders");
    router.add("POST", orders, [&store](const SandboxRequest &r, const RouteArgs &a) {
        return createOrder(store, r, a.at(0));
    });
    router.add("GET", orders,
               [&store](const SandboxRequest &, const RouteArgs &a) { return listOrders(store, a.at(0)); });
    router.add("GET", orders + QStringLiteral("/{}"),
               [&store](const SandboxRequest &, const RouteArgs &a) { return getOrder(store, a); });
    router.add("GET", orders + QStringLiteral("/{}/provisioningstatus"),
               [&store](const SandboxRequest &, const RouteArgs &a) { return orderProvisioning(store, a); });
    const QString carts = QStringLiteral("/v1/customers/{}/carts");
    router.add("POST", carts, [&store](const SandboxRequest &r, const RouteArgs &a) {
        return createCart(store, r, a.at(0));
    });
    router.add("PUT", carts + QStringLiteral("/{}"),
               [&store](const SandboxRequest &r, const RouteArgs &a) { return replaceCart(store, r, a); });
    router.add("GET", carts + QStringLiteral("/{}"),
               [&store](const SandboxRequest &, const RouteArgs &a) { return getCart(store, a); });
    router.add("POST", carts + QStringLiteral("/{}/checkout"),
               [&store](const SandboxRequest &, const RouteArgs &a) { return checkout(store, a); });
}

} // namespace om::sandbox
