#include "JsonFuzzDispatch.h"

#include "common/JsonReader.h"
#include "domain/OfferCatalogue.h"
#include "partnercenter/ApiError.h"
#include "partnercenter/Links.h"
#include "partnercenter/Parsers.h"
#include "secrets/TokenClient.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <array>

namespace om::fuzz {

namespace {

using namespace om::pc;

constexpr std::array<int, 12> kStatuses{200, 201, 400, 401, 403, 404, 409, 412, 429, 500, 503, 302};

QString context()
{
    return QStringLiteral("FUZZ /v1/fuzz");
}

Target targetFor(std::uint8_t byte, int count)
{
    return static_cast<Target>(static_cast<std::uint8_t>(byte - 'A') % count);
}

template<typename T>
Outcome outcomeOf(const Result<T> &r)
{
    if (r.ok())
        return Outcome::Parsed;
    // Read the message so a bad string in the error is used, not just moved around.
    (void)r.error().message.toUtf8();
    return Outcome::Rejected;
}

template<typename T, typename Parser>
Outcome parseOne(const QByteArray &body, Parser parse)
{
    const Result<QJsonObject> json = JsonReader::parseObject(body, context());
    if (!json.ok())
        return Outcome::Rejected;
    return outcomeOf<T>(parse(json.value(), context()));
}

// Parses every element of `items` as the resource type `type`, as PartnerCenterClient does per page.
Outcome parseItemsAs(Target type, const QJsonArray &items)
{
    switch (type) {
    case Target::Customer:
        return outcomeOf(parseItems<Customer>(items, context(), parseCustomer));
    case Target::Subscription:
        return outcomeOf(parseItems<Subscription>(items, context(), parseSubscription));
    case Target::Offer:
        return outcomeOf(parseItems<Offer>(items, context(), parseOffer));
    case Target::CustomerUser:
        return outcomeOf(parseItems<CustomerUser>(items, context(), parseCustomerUser));
    case Target::License:
        return outcomeOf(parseItems<License>(items, context(), parseLicense));
    case Target::SubscribedSku:
        return outcomeOf(parseItems<SubscribedSku>(items, context(), parseSubscribedSku));
    case Target::ProvisioningStatus:
        return outcomeOf(
            parseItems<SubscriptionProvisioningStatus>(items, context(), parseProvisioningStatus));
    case Target::Cart:
        return outcomeOf(parseItems<Cart>(items, context(), parseCart));
    case Target::Order:
        return outcomeOf(parseItems<Order>(items, context(), parseOrder));
    case Target::CheckoutResult:
        return outcomeOf(parseItems<CartCheckoutResult>(items, context(), parseCheckoutResult));
    case Target::Upgrade:
        return outcomeOf(parseItems<Upgrade>(items, context(), parseUpgrade));
    case Target::UpgradeResult:
        return outcomeOf(parseItems<UpgradeResult>(items, context(), parseUpgradeResult));
    case Target::Product:
        return outcomeOf(parseItems<Product>(items, context(), parseProduct));
    case Target::CatalogSku:
        return outcomeOf(parseItems<CatalogSku>(items, context(), parseCatalogSku));
    case Target::Availability:
        return outcomeOf(parseItems<Availability>(items, context(), parseAvailability));
    default: // LicenseUpdateResult, and the targets that are not resources
        return outcomeOf(parseItems<LicenseUpdateResult>(items, context(), parseLicenseUpdateResult));
    }
}

// One page of a collection: items, then links.next resolved into the next request (PagedJob::onPage).
Outcome parseCollection(std::uint8_t itemType, const QByteArray &body)
{
    const Result<QJsonObject> json = JsonReader::parseObject(body, context());
    if (!json.ok())
        return Outcome::Rejected;
    JsonReader reader(json.value(), context());
    const QJsonArray items = reader.array(u"items");
    if (!reader.ok())
        return Outcome::Rejected;
    const Outcome parsed = parseItemsAs(targetFor(itemType, static_cast<int>(Target::Count)), items);
    const Result<Link> next = parseLink(json.value(), u"next", context());
    if (!next.ok())
        return Outcome::Rejected;
    if (!next->uri.isEmpty()) {
        const Result<LinkTarget> target = resolveLink(next->uri, context());
        if (!target.ok())
            return Outcome::Rejected;
        (void)target->query.toString(QUrl::FullyEncoded); // what the next request's URL gets
    }
    return parsed;
}

} // namespace

int statusForParam(std::uint8_t param)
{
    return kStatuses[param % kStatuses.size()];
}

Outcome parseFuzzInput(QByteArrayView input)
{
    if (input.size() < 2)
        return Outcome::TooShort;
    const auto target = targetFor(static_cast<std::uint8_t>(input[0]), static_cast<int>(Target::Count));
    const auto param = static_cast<std::uint8_t>(input[1]);
    const QByteArray body = input.sliced(2).toByteArray();
    const QDateTime now(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);

    switch (target) {
    case Target::Customer:
        return parseOne<Customer>(body, parseCustomer);
    case Target::Subscription:
        return parseOne<Subscription>(body, parseSubscription);
    case Target::Offer:
        return parseOne<Offer>(body, parseOffer);
    case Target::CustomerUser:
        return parseOne<CustomerUser>(body, parseCustomerUser);
    case Target::License:
        return parseOne<License>(body, parseLicense);
    case Target::SubscribedSku:
        return parseOne<SubscribedSku>(body, parseSubscribedSku);
    case Target::ProvisioningStatus:
        return parseOne<SubscriptionProvisioningStatus>(body, parseProvisioningStatus);
    case Target::Cart:
        return parseOne<Cart>(body, parseCart);
    case Target::Order:
        return parseOne<Order>(body, parseOrder);
    case Target::CheckoutResult:
        return parseOne<CartCheckoutResult>(body, parseCheckoutResult);
    case Target::Upgrade:
        return parseOne<Upgrade>(body, parseUpgrade);
    case Target::UpgradeResult:
        return parseOne<UpgradeResult>(body, parseUpgradeResult);
    case Target::LicenseUpdateResult:
        return parseOne<LicenseUpdateResult>(body, parseLicenseUpdateResult);
    case Target::ApiErrorBody: {
        // Always an Error (with a fallback text for a body that is not JSON); "Parsed" for a JSON body.
        const Error e = errorFromResponse(statusForParam(param), body, context());
        (void)e.message.toUtf8();
        return JsonReader::parseObject(body, context()).ok() ? Outcome::Parsed : Outcome::Rejected;
    }
    case Target::Collection:
        return parseCollection(param, body);
    case Target::RetryAfter: {
        (void)marketFromLink(QString::fromUtf8(body));
        return parseRetryAfter(body, now) >= 0 ? Outcome::Parsed : Outcome::Rejected;
    }
    case Target::TokenAnswer: {
        const int status = statusForParam(param);
        const Result<secrets::TokenSet> tokens =
            secrets::TokenClient::parseAnswer(status, body, now, context());
        if (status >= 200 && status < 300)
            return outcomeOf(tokens);
        return !tokens.ok() && !tokens.error().serviceCode.isEmpty() ? Outcome::Parsed : Outcome::Rejected;
    }
    case Target::Catalogue:
        return outcomeOf(domain::OfferCatalogue::fromJson(body, context()));
    case Target::Product:
        return parseOne<Product>(body, parseProduct);
    case Target::CatalogSku:
        return parseOne<CatalogSku>(body, parseCatalogSku);
    case Target::Availability:
        return parseOne<Availability>(body, parseAvailability);
    case Target::Count:
        break;
    }
    return Outcome::Rejected;
}

} // namespace om::fuzz
