#pragma once

#include "common/Clock.h"
#include "sandbox/store/SandboxCatalogue.h"
#include "sandbox/store/SandboxTypes.h"
#include "sandbox/store/StoreResult.h"

#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QString>

#include <random>

Q_DECLARE_LOGGING_CATEGORY(lcSandboxStore)

namespace om::sandbox {

struct StoreOptions
{
    qint64 provisioningDelayMs = 2000; // a new subscription is "pending" this long, then "active"
    // Suspended -> deleted after this many days. The migration articles say 120 days, the
    // subscription lifecycle page says 90 (docs/partner-center-api.md "Subscriptions"): 120 by default,
    // configurable.
    int deprovisionGraceDays = 120;
    int defaultCustomerPageSize = 500; // observed default (docs/partner-center-api.md "Customers")
    int maxCustomerPageSize = 500;     // practical ceiling; exact maximum NOT CONFIRMED
    // Users: NOT CONFIRMED by any source; the sandbox chooses default 100, maximum 500.
    int defaultUserPageSize = 100;
    int maxUserPageSize = 500;
    bool loadDefaultCatalogue = true; // markets, SKUs, retired and replacement offers
    quint32 idSeed = 20190101;        // seeds the id generator: same calls -> same ids
    // The partner itself, for GET /v1/profiles/organization.
    QString partnerCompanyName = QStringLiteral("Sandbox Partner Ltd");
    QString partnerDomain = QStringLiteral("sandboxpartner.onmicrosoft.com");
};

// All Partner Center state of the sandbox: customers, subscriptions, users and licences, orders,
// carts, the catalogue. Single-threaded; statuses are computed lazily from the injected clock (no
// timers). The clock must outlive the store.
class SandboxStore
{
public:
    explicit SandboxStore(const om::Clock &clock, const StoreOptions &options = {});
    Q_DISABLE_COPY_MOVE(SandboxStore)

    QString partnerTenantId() const { return m_partnerTenantId; }
    const om::Clock &clock() const { return m_clock; }
    const StoreOptions &options() const { return m_options; }
    SandboxCatalogue &catalogue() { return m_catalogue; }
    const SandboxCatalogue &catalogue() const { return m_catalogue; }
    QString newId(); // a random-looking lower-case GUID from the seeded generator

    // ---- Setting up state (tests, demo) --------------------------------------------------------
    // Each returns the stored id (generated when empty). The customer/offer must exist.
    QString addCustomer(CustomerRecord customer);
    // Fills offerName, market and dates from the offer/customer/clock when empty. A Pending record
    // becomes active provisioningDelayMs after provisionedAt (default: now). offerId is a legacy offer
    // id or an NCE catalogItemId whose productId:skuId exists (then commitmentEndDate defaults to
    // the start + termDuration and cancellationAllowedUntil to creation + 168 h).
    QString addSubscription(SubscriptionRecord subscription);
    QString addUser(UserRecord user);
    // Sets CustomerRecord::offerLinksWithoutCountry of a stored customer (demo, tests).
    void setOfferLinksWithoutCountry(const QString &customerId, bool withoutCountry);
    // Gives a user a licence with no checks at all (demo data may be over-assigned on purpose).
    void grantLicence(const QString &customerId, const QString &userId, const LicenceAssignment &licence);

    // ---- Reads -------------------------------------------------------------------------------
    // Returned pointers stay valid until the store is next modified. Ids compare case-insensitively.
    int customerCount() const { return int(m_customerOrder.size()); }
    const CustomerRecord *customer(const QString &customerId) const;
    const CustomerRecord *customerAt(int index) const; // insertion order
    QList<const SubscriptionRecord *> subscriptions(const QString &customerId) const;
    const SubscriptionRecord *subscription(const QString &customerId, const QString &subscriptionId) const;
    QList<const UserRecord *> users(const QString &customerId) const;
    const UserRecord *user(const QString &customerId, const QString &userIdOrUpn) const;
    SubscriptionStatus effectiveStatus(const SubscriptionRecord &subscription) const;
    QString etag(const SubscriptionRecord &subscription) const;
    // AAD SKU the offer provisions; for NCE the SKU's provisioningId, matched on productId:skuId
    // (the availability part of offerId may have been reissued since the purchase).
    QString skuOf(const SubscriptionRecord &subscription) const;
    QString currencyOf(const QString &customerId) const;

    // ---- Query helpers (tests, invariants) ---------------------------------------------------
    int subscriptionCount() const { return m_subscriptionCount; }
    int cartCount(const QString &customerId) const;
    int countSubscriptions(const QString &customerId, const QString &offerId = {}) const;
    int countSubscriptions(const QString &customerId, const QString &offerId,
                           SubscriptionStatus status) const;
    QStringList userSkuIds(const QString &customerId, const QString &userId) const;
    bool userHasSku(const QString &customerId, const QString &userId, const QString &skuId) const;
    int consumedUnits(const QString &customerId, const QString &skuId) const;
    int activeUnits(const QString &customerId, const QString &skuId) const;
    int availableUnits(const QString &customerId, const QString &skuId) const;
    QList<SubscribedSkuView> subscribedSkus(const QString &customerId) const;
    // True while a licence change on this SKU is "propagating" (provisioningstatus pending).
    bool licenceChangePending(const QString &customerId, const QString &skuId) const;

    // ---- Partner Center operations (route handlers call these) -------------------------------
    struct SubscriptionPatch
    {
        std::optional<QString> status;       // absent: unchanged
        std::optional<int> quantity;         // absent: unchanged
        std::optional<QString> friendlyName; // absent: unchanged
        bool autoRenewEnabled = false;       // absent in the body means false (documented reset)
        QString etag;                        // from If-Match or attributes.etag; empty: not checked
    };
    StoreResult<SubscriptionRecord> patchSubscription(const QString &customerId,
                                                      const QString &subscriptionId,
                                                      const SubscriptionPatch &patch);

    struct OrderLineRequest
    {
        int lineItemNumber = 0;
        QString offerId;
        int quantity = 0;
        QString friendlyName;
        QString termDuration;
    };
    StoreResult<OrderRecord> createOrder(const QString &customerId, const QList<OrderLineRequest> &lines,
                                         const QString &billingCycle);
    QList<const OrderRecord *> orders(const QString &customerId) const;
    const OrderRecord *order(const QString &customerId, const QString &orderId) const;
    QString orderStatus(const OrderRecord &order) const; // "pending" until every line is provisioned

    StoreResult<CartRecord> createCart(const QString &customerId, QList<CartLineRecord> lines,
                                       const QString &user);
    StoreResult<CartRecord> replaceCart(const QString &customerId, const QString &cartId,
                                        QList<CartLineRecord> lines, const QString &user);
    const CartRecord *cart(const QString &customerId, const QString &cartId) const;
    StoreResult<CheckoutResult> checkoutCart(const QString &customerId, const QString &cartId);

    StoreResult<LicenceUpdateRequest> updateLicences(const QString &customerId, const QString &userIdOrUpn,
                                                     const LicenceUpdateRequest &update, bool appOnly);

    // PATCH .../users/{u}: sets the user's usage location (ISO2, upper-cased; 400 for anything else), after
    // which licences can be assigned to them. 404 for an unknown customer or user.
    StoreResult<UserRecord> updateUsageLocation(const QString &customerId, const QString &userIdOrUpn,
                                                const QString &usageLocation);

    StoreResult<QList<UpgradeOption>> upgradeOptions(const QString &customerId,
                                                     const QString &subscriptionId) const;
    StoreResult<UpgradeOutcome> upgrade(const QString &customerId, const QString &subscriptionId,
                                        const QString &targetOfferId, UpgradeType type, int quantity,
                                        bool appOnly);

    // Shared checks, exposed for routes: 404 bodies for unknown ids.
    std::optional<StoreError> checkCustomer(const QString &customerId) const;
    static StoreError subscriptionNotFound(const QString &subscriptionId);

private:
    struct CustomerState
    {
        CustomerRecord record;
        QList<QString> subscriptionOrder;
        QHash<QString, SubscriptionRecord> subscriptions;
        QList<QString> userOrder;
        QHash<QString, UserRecord> users;
        QHash<QString, QString> userByUpn; // lower-case UPN -> id
        QHash<QString, int> consumed;      // skuId -> assigned users
        QHash<QString, QDateTime> licenceChangedAt;
        QList<QString> orderOrder;
        QHash<QString, OrderRecord> orders;
        QHash<QString, CartRecord> carts;
    };

    CustomerState *state(const QString &customerId);
    const CustomerState *state(const QString &customerId) const;
    SubscriptionRecord *mutableSubscription(const QString &customerId, const QString &subscriptionId);
    // upgradeTarget: a legacy upgrade may land on an offer that is no longer purchasable.
    std::optional<StoreError> validatePurchase(const CustomerState &customer, const QString &offerId,
                                               int quantity, bool upgradeTarget = false) const;
    QString provisionSubscription(CustomerState &customer, const OfferRecord &offer, int quantity,
                                  const QString &friendlyName, const QString &orderId, bool immediate);
    void setStatus(SubscriptionRecord &subscription, SubscriptionStatus status);
    // Cart lines (StoreNce.cpp): per-line errors (legacy offer, unknown or stale catalog item) are
    // stored on the lines; the first request error (term, billing cycle, quantity) is returned and
    // the cart must not be stored then.
    std::optional<StoreError> validateCartLines(const CustomerState &customer,
                                                QList<CartLineRecord> &lines) const;
    std::optional<StoreError> validateCartLine(const CustomerState &customer, CartLineRecord &line) const;
    QString legacyRefusal(const QString &offerId) const;
    QString provisionNceSubscription(CustomerState &customer, const NceAvailabilityRecord &availability,
                                     const NceSkuRecord &sku, const CartLineRecord &line,
                                     const QString &orderId);
    std::optional<StoreError> checkLicenceChange(const CustomerState &customer, const UserRecord &user,
                                                 const LicenceUpdateRequest &update) const;
    void applyLicenceChange(CustomerState &customer, UserRecord &user, const LicenceUpdateRequest &update);

    const om::Clock &m_clock;
    StoreOptions m_options;
    SandboxCatalogue m_catalogue;
    QString m_partnerTenantId;
    std::mt19937 m_idRandom;
    QHash<QString, CustomerState> m_customers; // key: lower-case id
    QList<QString> m_customerOrder;
    int m_subscriptionCount = 0;
};

} // namespace om::sandbox
