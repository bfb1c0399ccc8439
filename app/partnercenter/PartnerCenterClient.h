#pragma once

#include "common/Clock.h"
#include "partnercenter/ApiJob.h"
#include "partnercenter/ClientConfig.h"
#include "partnercenter/Models.h"
#include "partnercenter/PagedJob.h"
#include "partnercenter/WriteRequest.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace om::pc {

class AccessTokenProvider;
class RequestScheduler;

template<typename T>
using Done = std::function<void(const Reply<T> &)>;

// The Partner Center endpoints the app uses, each one call = one job. Every method starts its job
// at once and returns it (owned by the client, deleted after it finishes: keep a QPointer if you
// keep it at all) so the caller can cancel() it or read requestId(). `done` runs once, on the
// client's thread, unless `receiver` (the client itself when null) is destroyed first. A token error
// can finish a job inside the call itself.
// Idempotency: for a POST/PATCH whose repeat would buy or change something twice, pass
// RequestOptions::requestId stored in the journal BEFORE calling, and the same one on resume.
// Not owned: the network manager, the token provider and the clock; they must outlive the client.
class PartnerCenterClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerCenterClient)

public:
    PartnerCenterClient(QNetworkAccessManager *network, AccessTokenProvider *tokens, const Clock &clock,
                        ClientConfig config, QObject *parent = nullptr);
    ~PartnerCenterClient() override;

    const ClientConfig &config() const { return m_config; }
    RequestScheduler *scheduler() const { return m_scheduler; }
    JobContext jobContext() const;

    // Customers (paged with links.next + MS-ContinuationToken). pageSize <= 0: the service default.
    PagedJob *listCustomers(int pageSize, QObject *receiver, Done<QList<Customer>> done,
                            const RequestOptions &options = {});
    ApiJob *getCustomer(const QString &customerId, QObject *receiver, Done<Customer> done,
                        const RequestOptions &options = {});

    // Subscriptions.
    PagedJob *listSubscriptions(const QString &customerId, QObject *receiver, Done<QList<Subscription>> done,
                                const RequestOptions &options = {});
    ApiJob *getSubscription(const QString &customerId, const QString &subscriptionId, QObject *receiver,
                            Done<Subscription> done, const RequestOptions &options = {});
    // PATCH with the whole resource `body` (see subscriptionPatchBody) and If-Match: "<etag>".
    ApiJob *patchSubscription(const QString &customerId, const QString &subscriptionId,
                              const QJsonObject &body, const QString &etag, QObject *receiver,
                              Done<Subscription> done, const RequestOptions &options = {});
    ApiJob *getProvisioningStatus(const QString &customerId, const QString &subscriptionId, QObject *receiver,
                                  Done<SubscriptionProvisioningStatus> done,
                                  const RequestOptions &options = {});

    // Offers (legacy catalogue) for a market (ISO2).
    PagedJob *listOffers(const QString &country, QObject *receiver, Done<QList<Offer>> done,
                         const RequestOptions &options = {});
    ApiJob *getOffer(const QString &offerId, const QString &country, QObject *receiver, Done<Offer> done,
                     const RequestOptions &options = {});

    // New-commerce catalogue for a market (ISO2). targetView OnlineServices lists licence-based products;
    // targetSegment empty: every segment but nonprofit (docs/partner-center-api.md "New commerce").
    PagedJob *listProducts(const QString &country, const QString &targetSegment, QObject *receiver,
                           Done<QList<Product>> done, const RequestOptions &options = {});
    PagedJob *listSkus(const QString &productId, const QString &country, QObject *receiver,
                       Done<QList<CatalogSku>> done, const RequestOptions &options = {});
    PagedJob *listAvailabilities(const QString &productId, const QString &skuId, const QString &country,
                                 const QString &targetSegment, QObject *receiver,
                                 Done<QList<Availability>> done, const RequestOptions &options = {});

    // Ordering.
    ApiJob *createCart(const QString &customerId, const QList<CartLineItemRequest> &lines, QObject *receiver,
                       Done<Cart> done, const RequestOptions &options = {});
    ApiJob *checkoutCart(const QString &customerId, const QString &cartId, QObject *receiver,
                         Done<CartCheckoutResult> done, const RequestOptions &options = {});
    // The cart as Partner Center keeps it: status "Ordered" once a checkout of it placed an order.
    ApiJob *getCart(const QString &customerId, const QString &cartId, QObject *receiver, Done<Cart> done,
                    const RequestOptions &options = {});
    ApiJob *getOrder(const QString &customerId, const QString &orderId, QObject *receiver, Done<Order> done,
                     const RequestOptions &options = {});
    PagedJob *listOrders(const QString &customerId, QObject *receiver, Done<QList<Order>> done,
                         const RequestOptions &options = {});

    // Users and licences (App+User token).
    PagedJob *listUsers(const QString &customerId, int pageSize, QObject *receiver,
                        Done<QList<CustomerUser>> done, const RequestOptions &options = {});
    PagedJob *listUserLicenses(const QString &customerId, const QString &userId, QObject *receiver,
                               Done<QList<License>> done, const RequestOptions &options = {});
    ApiJob *updateLicenses(const QString &customerId, const QString &userId, const LicenseUpdate &update,
                           QObject *receiver, Done<LicenseUpdateResult> done,
                           const RequestOptions &options = {});
    PagedJob *listSubscribedSkus(const QString &customerId, QObject *receiver,
                                 Done<QList<SubscribedSku>> done, const RequestOptions &options = {});

    // Legacy upgrades.
    PagedJob *listUpgrades(const QString &customerId, const QString &subscriptionId, QObject *receiver,
                           Done<QList<Upgrade>> done, const RequestOptions &options = {});
    ApiJob *postUpgrade(const QString &customerId, const QString &subscriptionId, const Upgrade &upgrade,
                        QObject *receiver, Done<UpgradeResult> done, const RequestOptions &options = {});

    // Sends a write exactly as built (WriteRequest.h): the request the journal recorded before it is sent.
    // T is the answer: Cart (createCartWrite), CartCheckoutResult (checkoutWrite), LicenseUpdateResult
    // (licenseUpdateWrite), Subscription (subscriptionPatchWrite), UpgradeResult (upgradeWrite) or
    // CustomerUser (customerUserUpdateWrite: PATCH one user, sent only this way, through the journal); the
    // typed methods above send the same requests.
    template<typename T>
    ApiJob *sendWrite(const WriteRequest &write, QObject *receiver, Done<T> done,
                      const RequestOptions &options = {});

private:
    template<typename T, typename Parser>
    ApiJob *startObject(ApiRequest request, Parser parse, QObject *receiver, Done<T> done);
    template<typename T, typename Parser>
    PagedJob *startList(ApiRequest request, Parser parse, QObject *receiver, Done<QList<T>> done);

    QNetworkAccessManager *m_network;
    AccessTokenProvider *m_tokens;
    const Clock &m_clock;
    ClientConfig m_config;
    RequestScheduler *m_scheduler; // child
};

// The PATCH body: the subscription exactly as read, with `status` replaced (any key casing).
QJsonObject subscriptionPatchBody(const Subscription &subscription, const QString &newStatus);

} // namespace om::pc
