#pragma once

#include "sandbox/store/SandboxHttp.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace om::sandbox {

// A Partner Center style failure: HTTP status + service code + description (+ data), as the
// error body {code, description, data, source:"PartnerFD"} carries it.
struct StoreError
{
    int httpStatus = 400;
    int code = 0;
    QString description;
    QStringList data;

    SandboxReply toReply() const { return SandboxReply::error(httpStatus, code, description, data); }
};

// Either a value or a StoreError (the store never throws).
template<typename T>
class StoreResult
{
public:
    StoreResult(T value) // NOLINT(google-explicit-constructor): like om::Result
        : m_value(std::move(value))
    {}
    StoreResult(StoreError error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const StoreError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

// Codes used by the sandbox. Documented ones carry their Partner Center meaning; the ones
// docs/partner-center-api.md "Not confirmed" lists are our choice and say so.
namespace codes {
inline constexpr int InvalidInput = 800002;           // documented: 400 invalid input
inline constexpr int InvalidOfferId = 800004;         // documented: 400 invalid offer id
inline constexpr int CustomerNotFound = 60003;        // documented as 404 "Tenant not found" (licence API)
inline constexpr int UserNotFound = 60002;            // documented: 404 user object id not found
inline constexpr int SubscriptionNotFound = 20003;    // documented: 404
inline constexpr int OrderNotFound = 20000;           // documented: 404
inline constexpr int CartNotFound = 800008;           // documented: 404
inline constexpr int CartAlreadySubmitted = 800065;   // documented: 400
inline constexpr int CartItemsInError = 800009;       // documented: 400
inline constexpr int OfferNotAvailable = 2091;        // documented: 403 no longer available for purchase
inline constexpr int OfferNotEligible = 2085;         // documented: 403 (used: offer not sold in the market)
inline constexpr int StaleEtag = 2055;                // documented: 400
inline constexpr int DeletedSubscription = 2011;      // documented: 400
inline constexpr int QuantityWhileSuspending = 2001;  // documented
inline constexpr int SuspendedSubscription = 800091;  // documented: cannot update a suspended subscription
inline constexpr int StatusChangeNotAllowed = 800096; // documented
inline constexpr int NotAutoRenewable = 800093;       // documented
inline constexpr int ParentNotActive = 27009;         // documented: 409
inline constexpr int NoLicencesLeft = 60012;          // documented: 400
inline constexpr int AppOnlyLicence = 900316;         // documented: 400
inline constexpr int AppOnlyNotSupported = 900329;    // documented: 403
// New commerce (docs/partner-center-api.md "New commerce", "Cart").
inline constexpr int ProductNotFound = 400013;          // documented: 404
inline constexpr int SkuNotFound = 400018;              // documented: 404
inline constexpr int AvailabilityNotFound = 400019;     // documented: 404
inline constexpr int TermNotSupported = 400039;         // documented text; HTTP 400 NOT CONFIRMED
inline constexpr int QuantityNotAllowed = 900275;       // documented: 400
inline constexpr int CancellationWindowPassed = 900213; // documented: 400 ("{0}-hour" window)
// CartErrorCode values, carried by a cart line's error (SDK enum; wire spelling NOT CONFIRMED, the
// sandbox emits the names).
inline constexpr int CartCatalogItemIdNotValid = 10001;
inline constexpr int CartLegacyOfferNotEligible = 500600;
// NOT CONFIRMED by any source: our choices, kept stable for the client's tests.
inline constexpr int InvalidUsageLocation = 60015;    // message text is documented, code is not
inline constexpr int ConflictingServicePlans = 60016; // AAD MutuallyExclusiveViolation; PC code unknown
inline constexpr int UnknownSku = 60017;              // SKU the tenant has no subscription for
inline constexpr int SkuNotActive = 60018;            // SKU whose subscriptions are all suspended/pending
inline constexpr int LicenceNotAssigned = 60019;      // licensesToRemove names a SKU the user lacks
inline constexpr int InvalidContinuationToken =
    800002; // garbled/foreign MS-ContinuationToken -> invalid input
} // namespace codes

} // namespace om::sandbox
