#pragma once

// Typed Partner Center resources: only the fields the migration uses (docs/partner-center-api.md, "Customers"
// to "Licences"). Parsed by the free functions in Parsers.h. Plain values, cheap to copy.

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace om::pc {

struct Customer
{
    QString id; // customer tenant id
    QString companyName;
    QString domain;
    QString tenantId;
    QString relationshipToPartner;
    QString billingCountry; // billingProfile.defaultAddress.country (ISO2, upper-case); only GET by id has it
};

struct Subscription
{
    QString id;
    QString offerId;
    QString offerName;
    QString friendlyName;
    int quantity = 0;
    QString unitType;
    QString status; // lower-case: active, suspended, ...
    bool autoRenewEnabled = false;
    QDate commitmentEndDate;
    QDateTime creationDate;
    QString orderId;
    QString parentSubscriptionId;
    QString etag;
    QString offerUri; // links.offer.uri (legacy) or product/sku link (new commerce)
    QString market;   // ISO2 from the offer link's country= query; empty when unknown
    // New commerce (docs/partner-center-api.md "New commerce"): productType.id "OnlineServicesNCE",
    // offerId productId:skuId:availabilityId. Empty/invalid for legacy subscriptions.
    QString productTypeId;
    QString termDuration; // P1M, P1Y, P3Y
    QString billingCycle; // lower-case: monthly, annual, triennial
    QDateTime cancellationAllowedUntil;
    int refundableQuantity = 0; // refundableQuantity.totalQuantity; 0 when absent
    QJsonObject raw;            // the resource as received: PATCH sends it whole with the one change

    bool isNewCommerce() const;
};

// New-commerce catalogue (GET /v1/products, /skus, /availabilities).
struct Product
{
    QString id; // e.g. CFQ7TTC0LH18
    QString title;
    QString productTypeId; // "OnlineServicesNCE" for new commerce
};

struct CatalogSku
{
    QString id; // "0001"
    QString productId;
    QString title;
    int minimumQuantity = 0;
    int maximumQuantity = 0;
    bool isTrial = false;
    bool isAddon = false;
    QStringList supportedBillingCycles; // lower-case
    QString provisioningId; // dynamicAttributes.provisioningId: the AAD SKU GUID licences use (lower-case)
};

struct AvailabilityTerm
{
    QString id;
    QString duration;     // P1M, P1Y, P3Y (upper-case)
    QString billingCycle; // lower-case: monthly, annual, triennial
    QString description;
};

struct Availability
{
    QString id;
    QString productId;
    QString skuId;
    QString catalogItemId; // productId:skuId:availabilityId, the only value a cart line takes
    QString segment;       // lower-case: commercial, education, government, nonprofit
    QString country;
    bool isPurchasable = false;
    QList<AvailabilityTerm> terms;
};

struct ProductSku
{
    QString id; // AAD SKU GUID (the skuId of licence calls)
    QString name;
    QString skuPartNumber;
};

struct ServicePlan
{
    QString id;
    QString displayName;
    QString serviceName;
    QString capabilityStatus;
};

struct Offer
{
    QString id;
    QString name;
    int minimumQuantity = 0;
    int maximumQuantity = 0;
    bool isAvailableForPurchase = false;
    bool isAddOn = false;
    QString productId; // = AAD SKU GUID for legacy licence offers (INFERRED,
                       // docs/partner-center-api.md "Legacy offers")
    QString productName;
    QStringList upgradeTargetOffers;
    QString country;
};

struct CustomerUser
{
    QString id;
    QString userPrincipalName;
    QString displayName;
    QString usageLocation;
};

struct License
{
    ProductSku productSku;
    QList<ServicePlan> servicePlans;
};

struct SubscribedSku
{
    int availableUnits = 0;
    int activeUnits = 0;
    int consumedUnits = 0;
    int suspendedUnits = 0;
    int totalUnits = 0;
    int warningUnits = 0;
    QString capabilityStatus;
    ProductSku productSku;
    QList<ServicePlan> servicePlans;
};

struct SubscriptionProvisioningStatus
{
    QString skuId;
    QString status; // success, pending, failed
    int quantity = 0;
};

struct CartLineItem
{
    int id = 0;
    QString catalogItemId;
    int quantity = 0;
    QString billingCycle;
    QString termDuration;
    QString friendlyName;
    QString orderGroup;
    QString errorCode; // per-line error, empty when none
    QString errorDescription;
};

struct Cart
{
    QString id;
    QString status;              // Active, Ordered
    QDateTime creationTimestamp; // Partner Center's clock; invalid when absent
    QList<CartLineItem> lineItems;
};

struct OrderLineItem
{
    int lineItemNumber = 0;
    QString offerId;
    QString subscriptionId; // empty until provisioned
    QString friendlyName;
    int quantity = 0;
    QString termDuration;
    QString subscriptionUri; // links.subscription.uri once provisioned
};

struct Order
{
    QString id;
    QString referenceCustomerId;
    QString status;
    QDateTime creationDate;
    QList<OrderLineItem> lineItems;
};

struct OrderError
{
    QString orderGroupId;
    QString code;
    QString description;
};

struct CartCheckoutResult
{
    QList<Order> orders;
    QList<OrderError> orderErrors;
};

struct UpgradeError
{
    QString code; // enum name or number as text
    QString description;
};

struct Upgrade
{
    Offer targetOffer;
    QString upgradeType;
    bool isEligible = false;
    int quantity = 0;
    QList<UpgradeError> upgradeErrors;
    QJsonObject raw; // POST upgrades sends this item back as received
};

struct UserLicenseError
{
    QString userObjectId;
    QString name;
    QString email;
    QStringList errors; // each ApiFault as text
};

struct UpgradeResult
{
    QString sourceSubscriptionId;
    QString targetSubscriptionId;
    QString upgradeType;
    QList<UpgradeError> upgradeErrors;
    QList<UserLicenseError> licenseErrors;
};

// Request bodies.
struct LicenseAssignment
{
    QString skuId;
    QStringList excludedPlans;
};

struct LicenseUpdate
{
    QList<LicenseAssignment> licensesToAssign;
    QStringList licensesToRemove; // skuIds; assign + remove go in one call to swap conflicting products
    QJsonObject toJson() const;
};

struct LicenseWarning
{
    QString code;
    QString message;
    QStringList servicePlans;
};

struct LicenseUpdateResult
{
    QStringList assignedSkuIds;
    QList<LicenseWarning> warnings;
};

struct CartLineItemRequest
{
    int id = 0;
    QString catalogItemId;
    int quantity = 0;
    QString billingCycle = QStringLiteral("monthly");
    QString termDuration; // required for new commerce
    QString friendlyName;
};

// The cart body of create-a-cart (docs/partner-center-api.md "Cart"): every line with id, catalogItemId,
// quantity, billingCycle, termDuration and an empty provisioningContext (licence SKUs need none).
QJsonObject cartRequestJson(const QList<CartLineItemRequest> &lineItems);

} // namespace om::pc
