#pragma once

// The parser dispatch of the libFuzzer target, shared with the normal test suite so every input in
// fuzz/corpus (seeds and inputs that once crashed) is also replayed by partnercenter_tests.
//
// Input layout: byte 0 picks the parser ('A' + Target, taken modulo Target::Count so any byte is
// valid), byte 1 is a parameter (an HTTP status index, or a collection's item type as 'A' + Target),
// the rest is the body exactly as the server would send it.

#include <QByteArrayView>

#include <cstdint>

namespace om::fuzz {

enum class Target : std::uint8_t
{
    Customer,            // 'A'
    Subscription,        // 'B'
    Offer,               // 'C'
    CustomerUser,        // 'D'
    License,             // 'E'
    SubscribedSku,       // 'F'
    ProvisioningStatus,  // 'G'
    Cart,                // 'H'
    Order,               // 'I'
    CheckoutResult,      // 'J'
    Upgrade,             // 'K'
    UpgradeResult,       // 'L'
    LicenseUpdateResult, // 'M'
    ApiErrorBody,        // 'N' byte 1 = status index: the ApiFault / APIM error bodies
    Collection,          // 'O' byte 1 = item type ('A'..'U'): items + links.next as PagedJob reads them
    RetryAfter,          // 'P' a Retry-After header value and a link's ?country= market (not JSON)
    TokenAnswer,         // 'Q' byte 1 = status index: the token endpoint's answer (secrets/TokenClient)
    Catalogue,           // 'R' the retired-offer catalogue file (domain/OfferCatalogue)
    Product,             // 'S' new-commerce catalogue: GET /v1/products items
    CatalogSku,          // 'T' .../skus items
    Availability,        // 'U' .../availabilities items
    Count
};

enum class Outcome
{
    TooShort, // fewer than two bytes: nothing parsed
    Parsed,   // the parser returned a value (or, for error bodies, understood the service's fields)
    Rejected  // the parser returned an om::Error
};

// HTTP status for a parameter byte (200, 201, 400, 401, 403, 404, 409, 412, 429, 500, 503, 302).
int statusForParam(std::uint8_t param);

// Runs the parser that byte 0 selects over the input. Never crashes, whatever the bytes.
Outcome parseFuzzInput(QByteArrayView input);

} // namespace om::fuzz
