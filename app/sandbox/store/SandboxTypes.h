#pragma once

// Plain records held by SandboxStore. Ids are stored lower-case (GUIDs) except offer ids, which are
// upper-case like the legacy catalogue; every lookup is case-insensitive.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <utility>

namespace om::sandbox {

struct ServicePlanRecord
{
    QString id;
    QString serviceName; // e.g. "DYN365_ENTERPRISE_SALES"
    QString displayName;
};

// An AAD product SKU (what licences are assigned from).
struct SkuRecord
{
    QString id; // AAD SKU GUID, lower-case
    QString name;
    QString partNumber;
    QList<ServicePlanRecord> servicePlans;
    bool fictitious = false; // invented for the sandbox: no real GUID is known
};

enum class Segment
{
    Commercial,
    Faculty,
    Students,
    Government
};

// A legacy catalogue offer; the same id is sold in every market listed.
struct OfferRecord
{
    QString id; // upper-case GUID
    QString name;
    QString description;
    QString skuId; // product.id = the AAD SKU GUID it provisions
    int minimumQuantity = 1;
    int maximumQuantity = 10000;
    int rank = 100;
    bool isAvailableForPurchase = true;
    bool isAutoRenewable = true;
    bool isAddOn = false;
    QStringList prerequisiteOffers;
    QStringList upgradeTargetOffers; // offer ids reachable with upgrade_with_license_transfer
    QString categoryId = QStringLiteral("Enterprise_Key");
    QString categoryName = QStringLiteral("Enterprise");
    Segment segment = Segment::Commercial;
    QStringList markets; // ISO2 upper-case; empty = every market the catalogue knows
};

// New commerce (NCE) catalogue: product -> SKU -> availability (docs/partner-center-api.md "New commerce").
// Ids are stored upper-case (product and availability ids look like "CFQ7TTC0LH18", SKU ids like "0001").
struct NceProductRecord
{
    QString id;
    QString title;
    QString description;
};

struct NceSkuRecord
{
    QString productId;
    QString id;
    QString title;
    QString description;
    int minimumQuantity = 1;
    int maximumQuantity = 10000;
    bool isTrial = false;
    bool isAddon = false;
    QStringList supportedBillingCycles; // lower-case: "monthly", "annual", "triennial"
    QString provisioningId;             // the AAD SKU GUID licence calls use, lower-case
};

// One (duration, billingCycle) pair an availability offers.
struct NceTermRecord
{
    QString id;           // opaque, 12 lower-case characters; generated when empty
    QString duration;     // "P1M", "P1Y", "P3Y"
    QString billingCycle; // lower-case: "monthly", "annual", "triennial"
    QString description;
};

struct NceAvailabilityRecord
{
    QString productId;
    QString skuId;
    QString id;                                     // reissued by SandboxCatalogue::rotateAvailabilityIds()
    QString segment = QStringLiteral("commercial"); // "commercial" | "education" | "government"
    QStringList markets;                            // ISO2 upper-case; empty = every market
    bool isPurchasable = true;
    QList<NceTermRecord> terms;

    QString catalogItemId() const { return productId + QLatin1Char(':') + skuId + QLatin1Char(':') + id; }
};

enum class SubscriptionStatus
{
    Pending,
    Active,
    Suspended,
    Deleted
};
QString subscriptionStatusName(SubscriptionStatus status); // "pending", "active", ...
std::optional<SubscriptionStatus>
parseSubscriptionStatus(const QString &text); // case-insensitive, '_' ignored
// start + an ISO 8601 term ("P1M", "P1Y", "P3Y"); an unparsable term counts as one year.
QDateTime addTerm(const QDateTime &start, const QString &duration);

struct SubscriptionRecord
{
    QString id;
    QString customerId;
    QString offerId;
    QString offerName;
    QString friendlyName;
    QString market; // ISO2 of the customer; drives links.offer ?country=
    int quantity = 1;
    // The stored state; SandboxStore::effectiveStatus() applies the clock (pending -> active,
    // suspended -> deleted) lazily.
    SubscriptionStatus status = SubscriptionStatus::Active;
    QDateTime provisionedAt; // when a pending subscription becomes active
    QDateTime suspendedAt;   // when it was last suspended (grace period starts here)
    bool autoRenewEnabled = false;
    QDateTime creationDate;
    QDateTime effectiveStartDate;
    QDateTime commitmentEndDate;
    QString billingCycle = QStringLiteral("monthly");
    QString termDuration = QStringLiteral("P1Y");
    QString orderId;
    QString parentSubscriptionId; // add-ons only
    int version = 1;              // bumped on every change; part of the etag
    // New commerce only: the last moment PATCH "status": "deleted" is accepted (creation + 168 h).
    QDateTime cancellationAllowedUntil;

    // NCE subscriptions carry a catalogItemId (productId:skuId:availabilityId) as offerId; legacy
    // ones a GUID (the NCE bulk migration sample's rule, docs/partner-center-api.md "New commerce").
    bool isNce() const { return offerId.contains(QLatin1Char(':')); }
};

struct LicenceAssignment
{
    QString skuId;
    QStringList excludedPlans; // service plan ids switched off for this user
};

struct UserRecord
{
    QString id;
    QString customerId;
    QString userPrincipalName;
    QString firstName;
    QString lastName;
    QString displayName;
    QString usageLocation; // empty: licences cannot be assigned
    QDateTime createdAt;
    QList<LicenceAssignment> licences;
};

struct CustomerRecord
{
    QString id; // = the customer's AAD tenant id
    QString commerceId;
    QString companyName;
    QString domain;
    QString country; // ISO2: the market
    QString city;
    QString addressLine1;
    QString postalCode;
    QString culture;  // "it-IT"
    QString language; // "it"
    QString contactFirstName;
    QString contactLastName;
    QString contactEmail;
    QString relationshipToPartner = QStringLiteral("reseller");
    bool allowDelegatedAccess = true;
    // Legacy subscriptions' links.offer.uri carry no "?country=": the client must take the market
    // from the customer's billingProfile.defaultAddress.country.
    bool offerLinksWithoutCountry = false;
};

struct OrderLineRecord
{
    int lineItemNumber = 0;
    QString offerId;
    QString subscriptionId;
    QString friendlyName;
    int quantity = 0;
    QString termDuration = QStringLiteral("P1Y");
};

struct OrderRecord
{
    QString id;
    QString customerId;
    QString billingCycle = QStringLiteral("monthly");
    QString currencyCode;
    QDateTime creationDate;
    QList<OrderLineRecord> lineItems;
    bool fromCart = false;
};

struct CartLineRecord
{
    int id = 0;
    QString catalogItemId;
    int quantity = 0;
    QString billingCycle = QStringLiteral("monthly");
    QString termDuration; // empty when the request had none (required for NCE lines)
    QString friendlyName;
    QString orderGroup = QStringLiteral("0");
    // Set when the line cannot be bought: CartErrorCode name and value.
    int errorCode = 0;
    QString errorName;
    QString errorDescription;
};

struct CartRecord
{
    QString id;
    QString customerId;
    QDateTime creationTimestamp;
    QDateTime lastModifiedTimestamp;
    QDateTime expirationTimestamp;
    QString lastModifiedUser;
    bool ordered = false; // status "Ordered" after checkout, else "Active"
    QList<CartLineRecord> lineItems;
    QStringList orderIds; // set by checkout
};

struct CartOrderError
{
    QString orderGroupId;
    int code = 0;
    QString description;
};

struct CheckoutResult
{
    QList<OrderRecord> orders;
    QList<CartOrderError> orderErrors;
};

// One SubscribedSku line: the tenant's pool of one AAD SKU.
struct SubscribedSkuView
{
    SkuRecord sku;
    int activeUnits = 0;
    int suspendedUnits = 0;
    int warningUnits = 0;
    int consumedUnits = 0;
    int totalUnits() const { return activeUnits + warningUnits; }
    int availableUnits() const { return std::max(0, activeUnits - consumedUnits); }
    QString capabilityStatus() const;
};

struct LicenceUpdateRequest
{
    QList<LicenceAssignment> licensesToAssign;
    QStringList licensesToRemove;
};

enum class UpgradeType
{
    None,
    UpgradeOnly,
    UpgradeWithLicenseTransfer
};
QString upgradeTypeName(UpgradeType type);                        // "upgrade_with_license_transfer"
std::optional<UpgradeType> parseUpgradeType(const QString &text); // names (any case, '_' optional) or 0-2

struct UpgradeOption
{
    QString targetOfferId;
    UpgradeType upgradeType = UpgradeType::UpgradeWithLicenseTransfer;
    bool isEligible = true;
    int quantity = 0;
    QStringList upgradeErrors; // UpgradeError codes, e.g. "subscription_status_not_active"
};

struct UserLicenceError
{
    QString userId;
    QString name;
    QString email;
    int code = 0;
    QString description;
};

struct UpgradeOutcome
{
    QString sourceSubscriptionId;
    QString targetSubscriptionId;
    UpgradeType upgradeType = UpgradeType::UpgradeWithLicenseTransfer;
    QStringList upgradeErrors;
    QList<UserLicenceError> licenseErrors;
};

} // namespace om::sandbox
