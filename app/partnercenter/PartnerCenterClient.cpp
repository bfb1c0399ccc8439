#include "partnercenter/PartnerCenterClient.h"

#include "partnercenter/Parsers.h"
#include "partnercenter/RequestScheduler.h"

#include <QStringBuilder>

#include <type_traits>

namespace om::pc {

namespace {

QUrlQuery countryQuery(const QString &country)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("country"), country);
    return q;
}

ApiRequest withOptions(ApiRequest request, const RequestOptions &options)
{
    request.options = options;
    return request;
}

// The parser of each write's answer (PartnerCenterClient::sendWrite).
template<typename T>
constexpr auto writeAnswerParser()
{
    if constexpr (std::is_same_v<T, Cart>)
        return &parseCart;
    else if constexpr (std::is_same_v<T, CartCheckoutResult>)
        return &parseCheckoutResult;
    else if constexpr (std::is_same_v<T, LicenseUpdateResult>)
        return &parseLicenseUpdateResult;
    else if constexpr (std::is_same_v<T, Subscription>)
        return &parseSubscription;
    else if constexpr (std::is_same_v<T, UpgradeResult>)
        return &parseUpgradeResult;
    else {
        static_assert(std::is_same_v<T, CustomerUser>, "not the answer of a write");
        return &parseCustomerUser;
    }
}

} // namespace

PartnerCenterClient::PartnerCenterClient(QNetworkAccessManager *network, AccessTokenProvider *tokens,
                                         const Clock &clock, ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_scheduler(new RequestScheduler(clock, m_config.maxConcurrentRequests, m_config.requestsPerMinute,
                                       std::max(1, m_config.maxConcurrentRequests), this))
{}

PartnerCenterClient::~PartnerCenterClient()
{
    // Jobs are children: delete them first so they release scheduler slots while it still exists.
    const auto jobs = findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly);
    for (QObject *child : jobs) {
        if (child != m_scheduler)
            delete child;
    }
}

JobContext PartnerCenterClient::jobContext() const
{
    return JobContext{m_network, m_tokens, m_scheduler, &m_clock, &m_config};
}

template<typename T, typename Parser>
ApiJob *PartnerCenterClient::startObject(ApiRequest request, Parser parse, QObject *receiver, Done<T> done)
{
    auto *job = new ApiJob(jobContext(), std::move(request), this);
    const QString context = job->request().describe(m_config.baseUrl);
    const QUuid requestId = job->requestId();
    const QUuid correlationId = job->correlationId();
    connect(job, &ApiJob::finished, receiver ? receiver : this,
            [done = std::move(done), parse, context, requestId, correlationId](const Result<ApiReply> &r) {
                if (!r.ok()) {
                    done(Reply<T>{Result<T>(r.error()), r.error().httpStatus, requestId, correlationId});
                    return;
                }
                Result<T> parsed = parse(r->json, context);
                if (!parsed.ok()) {
                    Error e = parsed.error();
                    e.httpStatus = r->httpStatus;
                    parsed = Result<T>(e);
                }
                done(Reply<T>{std::move(parsed), r->httpStatus, requestId, correlationId});
            });
    job->start();
    return job;
}

template<typename T, typename Parser>
PagedJob *PartnerCenterClient::startList(ApiRequest request, Parser parse, QObject *receiver,
                                         Done<QList<T>> done)
{
    const QString context = request.describe(m_config.baseUrl);
    auto *job = new PagedJob(jobContext(), std::move(request), this);
    const QUuid correlationId = job->correlationId();
    connect(
        job, &PagedJob::finished, receiver ? receiver : this,
        [done = std::move(done), parse, context, correlationId](const Result<PagedReply> &r) {
            if (!r.ok()) {
                done(Reply<QList<T>>{Result<QList<T>>(r.error()), r.error().httpStatus, {}, correlationId});
                return;
            }
            Result<QList<T>> items = parseItems<T>(r->items, context, parse);
            done(Reply<QList<T>>{std::move(items), r->httpStatus, {}, correlationId});
        });
    job->start();
    return job;
}

template<typename T>
ApiJob *PartnerCenterClient::sendWrite(const WriteRequest &write, QObject *receiver, Done<T> done,
                                       const RequestOptions &options)
{
    return startObject<T>(withOptions(write.request, options), writeAnswerParser<T>(), receiver,
                          std::move(done));
}

template ApiJob *PartnerCenterClient::sendWrite<Cart>(const WriteRequest &, QObject *, Done<Cart>,
                                                      const RequestOptions &);
template ApiJob *PartnerCenterClient::sendWrite<CartCheckoutResult>(const WriteRequest &, QObject *,
                                                                    Done<CartCheckoutResult>,
                                                                    const RequestOptions &);
template ApiJob *PartnerCenterClient::sendWrite<LicenseUpdateResult>(const WriteRequest &, QObject *,
                                                                     Done<LicenseUpdateResult>,
                                                                     const RequestOptions &);
template ApiJob *PartnerCenterClient::sendWrite<Subscription>(const WriteRequest &, QObject *,
                                                              Done<Subscription>, const RequestOptions &);
template ApiJob *PartnerCenterClient::sendWrite<UpgradeResult>(const WriteRequest &, QObject *,
                                                               Done<UpgradeResult>, const RequestOptions &);
template ApiJob *PartnerCenterClient::sendWrite<CustomerUser>(const WriteRequest &, QObject *,
                                                              Done<CustomerUser>, const RequestOptions &);

PagedJob *PartnerCenterClient::listCustomers(int pageSize, QObject *receiver, Done<QList<Customer>> done,
                                             const RequestOptions &options)
{
    QUrlQuery query;
    if (pageSize > 0)
        query.addQueryItem(QStringLiteral("size"), QString::number(pageSize));
    return startList<Customer>(withOptions(ApiRequest::get(QStringLiteral("/v1/customers"), query), options),
                               &parseCustomer, receiver, std::move(done));
}

ApiJob *PartnerCenterClient::getCustomer(const QString &customerId, QObject *receiver, Done<Customer> done,
                                         const RequestOptions &options)
{
    return startObject<Customer>(withOptions(ApiRequest::get(customerPath(customerId)), options),
                                 &parseCustomer, receiver, std::move(done));
}

PagedJob *PartnerCenterClient::listSubscriptions(const QString &customerId, QObject *receiver,
                                                 Done<QList<Subscription>> done,
                                                 const RequestOptions &options)
{
    return startList<Subscription>(
        withOptions(ApiRequest::get(customerPath(customerId) % QStringLiteral("/subscriptions")), options),
        &parseSubscription, receiver, std::move(done));
}

ApiJob *PartnerCenterClient::getSubscription(const QString &customerId, const QString &subscriptionId,
                                             QObject *receiver, Done<Subscription> done,
                                             const RequestOptions &options)
{
    return startObject<Subscription>(
        withOptions(ApiRequest::get(subscriptionPath(customerId, subscriptionId)), options),
        &parseSubscription, receiver, std::move(done));
}

ApiJob *PartnerCenterClient::patchSubscription(const QString &customerId, const QString &subscriptionId,
                                               const QJsonObject &body, const QString &etag,
                                               QObject *receiver, Done<Subscription> done,
                                               const RequestOptions &options)
{
    return sendWrite<Subscription>(subscriptionPatchWrite(customerId, subscriptionId, body, etag), receiver,
                                   std::move(done), options);
}

ApiJob *PartnerCenterClient::getProvisioningStatus(const QString &customerId, const QString &subscriptionId,
                                                   QObject *receiver,
                                                   Done<SubscriptionProvisioningStatus> done,
                                                   const RequestOptions &options)
{
    return startObject<SubscriptionProvisioningStatus>(
        withOptions(ApiRequest::get(subscriptionPath(customerId, subscriptionId) %
                                    QStringLiteral("/provisioningstatus")),
                    options),
        &parseProvisioningStatus, receiver, std::move(done));
}

PagedJob *PartnerCenterClient::listOffers(const QString &country, QObject *receiver, Done<QList<Offer>> done,
                                          const RequestOptions &options)
{
    return startList<Offer>(
        withOptions(ApiRequest::get(QStringLiteral("/v1/offers"), countryQuery(country)), options),
        &parseOffer, receiver, std::move(done));
}

PagedJob *PartnerCenterClient::listProducts(const QString &country, const QString &targetSegment,
                                            QObject *receiver, Done<QList<Product>> done,
                                            const RequestOptions &options)
{
    QUrlQuery query = countryQuery(country);
    query.addQueryItem(QStringLiteral("targetView"), QStringLiteral("OnlineServices"));
    if (!targetSegment.isEmpty())
        query.addQueryItem(QStringLiteral("targetSegment"), targetSegment);
    return startList<Product>(withOptions(ApiRequest::get(QStringLiteral("/v1/products"), query), options),
                              &parseProduct, receiver, std::move(done));
}

PagedJob *PartnerCenterClient::listSkus(const QString &productId, const QString &country, QObject *receiver,
                                        Done<QList<CatalogSku>> done, const RequestOptions &options)
{
    return startList<CatalogSku>(
        withOptions(ApiRequest::get(QStringLiteral("/v1/products/") % pathSegment(productId) %
                                        QStringLiteral("/skus"),
                                    countryQuery(country)),
                    options),
        &parseCatalogSku, receiver, std::move(done));
}

PagedJob *PartnerCenterClient::listAvailabilities(const QString &productId, const QString &skuId,
                                                  const QString &country, const QString &targetSegment,
                                                  QObject *receiver, Done<QList<Availability>> done,
                                                  const RequestOptions &options)
{
    QUrlQuery query = countryQuery(country);
    if (!targetSegment.isEmpty())
        query.addQueryItem(QStringLiteral("targetSegment"), targetSegment);
    return startList<Availability>(
        withOptions(ApiRequest::get(QStringLiteral("/v1/products/") % pathSegment(productId) %
                                        QStringLiteral("/skus/") % pathSegment(skuId) %
                                        QStringLiteral("/availabilities"),
                                    query),
                    options),
        &parseAvailability, receiver, std::move(done));
}

ApiJob *PartnerCenterClient::getOffer(const QString &offerId, const QString &country, QObject *receiver,
                                      Done<Offer> done, const RequestOptions &options)
{
    return startObject<Offer>(
        withOptions(
            ApiRequest::get(QStringLiteral("/v1/offers/") % pathSegment(offerId), countryQuery(country)),
            options),
        &parseOffer, receiver, std::move(done));
}

ApiJob *PartnerCenterClient::createCart(const QString &customerId, const QList<CartLineItemRequest> &lines,
                                        QObject *receiver, Done<Cart> done, const RequestOptions &options)
{
    return sendWrite<Cart>(createCartWrite(customerId, lines), receiver, std::move(done), options);
}

ApiJob *PartnerCenterClient::checkoutCart(const QString &customerId, const QString &cartId, QObject *receiver,
                                          Done<CartCheckoutResult> done, const RequestOptions &options)
{
    return sendWrite<CartCheckoutResult>(checkoutWrite(customerId, cartId), receiver, std::move(done),
                                         options);
}

ApiJob *PartnerCenterClient::getCart(const QString &customerId, const QString &cartId, QObject *receiver,
                                     Done<Cart> done, const RequestOptions &options)
{
    return startObject<Cart>(withOptions(ApiRequest::get(customerPath(customerId) %
                                                         QStringLiteral("/carts/") % pathSegment(cartId)),
                                         options),
                             &parseCart, receiver, std::move(done));
}

ApiJob *PartnerCenterClient::getOrder(const QString &customerId, const QString &orderId, QObject *receiver,
                                      Done<Order> done, const RequestOptions &options)
{
    return startObject<Order>(withOptions(ApiRequest::get(customerPath(customerId) %
                                                          QStringLiteral("/orders/") % pathSegment(orderId)),
                                          options),
                              &parseOrder, receiver, std::move(done));
}

PagedJob *PartnerCenterClient::listOrders(const QString &customerId, QObject *receiver,
                                          Done<QList<Order>> done, const RequestOptions &options)
{
    return startList<Order>(
        withOptions(ApiRequest::get(customerPath(customerId) % QStringLiteral("/orders")), options),
        &parseOrder, receiver, std::move(done));
}

PagedJob *PartnerCenterClient::listUsers(const QString &customerId, int pageSize, QObject *receiver,
                                         Done<QList<CustomerUser>> done, const RequestOptions &options)
{
    QUrlQuery query;
    if (pageSize > 0)
        query.addQueryItem(QStringLiteral("size"), QString::number(pageSize));
    return startList<CustomerUser>(
        withOptions(ApiRequest::get(customerPath(customerId) % QStringLiteral("/users"), query), options),
        &parseCustomerUser, receiver, std::move(done));
}

PagedJob *PartnerCenterClient::listUserLicenses(const QString &customerId, const QString &userId,
                                                QObject *receiver, Done<QList<License>> done,
                                                const RequestOptions &options)
{
    return startList<License>(
        withOptions(ApiRequest::get(customerPath(customerId) % QStringLiteral("/users/") %
                                    pathSegment(userId) % QStringLiteral("/licenses")),
                    options),
        &parseLicense, receiver, std::move(done));
}

ApiJob *PartnerCenterClient::updateLicenses(const QString &customerId, const QString &userId,
                                            const LicenseUpdate &update, QObject *receiver,
                                            Done<LicenseUpdateResult> done, const RequestOptions &options)
{
    return sendWrite<LicenseUpdateResult>(licenseUpdateWrite(customerId, userId, update), receiver,
                                          std::move(done), options);
}

PagedJob *PartnerCenterClient::listSubscribedSkus(const QString &customerId, QObject *receiver,
                                                  Done<QList<SubscribedSku>> done,
                                                  const RequestOptions &options)
{
    return startList<SubscribedSku>(
        withOptions(ApiRequest::get(customerPath(customerId) % QStringLiteral("/subscribedskus")), options),
        &parseSubscribedSku, receiver, std::move(done));
}

PagedJob *PartnerCenterClient::listUpgrades(const QString &customerId, const QString &subscriptionId,
                                            QObject *receiver, Done<QList<Upgrade>> done,
                                            const RequestOptions &options)
{
    return startList<Upgrade>(withOptions(ApiRequest::get(subscriptionPath(customerId, subscriptionId) %
                                                          QStringLiteral("/upgrades")),
                                          options),
                              &parseUpgrade, receiver, std::move(done));
}

ApiJob *PartnerCenterClient::postUpgrade(const QString &customerId, const QString &subscriptionId,
                                         const Upgrade &upgrade, QObject *receiver, Done<UpgradeResult> done,
                                         const RequestOptions &options)
{
    return sendWrite<UpgradeResult>(upgradeWrite(customerId, subscriptionId, upgrade), receiver,
                                    std::move(done), options);
}

QJsonObject subscriptionPatchBody(const Subscription &subscription, const QString &newStatus)
{
    QJsonObject body = subscription.raw;
    const QStringList keys = body.keys();
    for (const QString &key : keys) {
        if (key.compare(u"status", Qt::CaseInsensitive) == 0)
            body.remove(key);
    }
    body.insert(QStringLiteral("status"), newStatus);
    return body;
}

} // namespace om::pc
