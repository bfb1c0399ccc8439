// SandboxStore: new-commerce cart lines and the subscriptions their checkout creates
// (docs/partner-center-api.md "New commerce", "Cart").

#include "sandbox/store/SandboxStore.h"

#include <QRegularExpression>

namespace om::sandbox {

QDateTime addTerm(const QDateTime &start, const QString &duration)
{
    static const QRegularExpression iso(QStringLiteral("^P(\\d+)([MY])$"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = iso.match(duration.trimmed());
    if (!m.hasMatch())
        return start.addYears(1); // sandbox choice: an unknown term counts as one year
    const int n = m.captured(1).toInt();
    return m.captured(2).compare(QLatin1String("M"), Qt::CaseInsensitive) == 0 ? start.addMonths(n)
                                                                               : start.addYears(n);
}

namespace {
// Enum comparison rule of docs/partner-center-api.md "Conventions": case-insensitive, '_' ignored.
bool sameEnum(QString a, QString b)
{
    return a.remove(QLatin1Char('_')).compare(b.remove(QLatin1Char('_')), Qt::CaseInsensitive) == 0;
}
} // namespace

QString SandboxStore::legacyRefusal(const QString &offerId) const
{
    // The SDK's text for CartErrorCode 500600. Whether Partner Center names the NCE equivalent is
    // NOT CONFIRMED: the sandbox does when one SKU obviously replaces it (same AAD SKU).
    QString text = QStringLiteral("The legacy offer is no longer eligible for purchase.");
    const OfferRecord *offer = m_catalogue.offer(offerId);
    if (const NceSkuRecord *equivalent = offer ? m_catalogue.nceEquivalentOf(offer->skuId) : nullptr)
        text += QStringLiteral(" Buy %1 (%2:%3) in new commerce instead.")
                    .arg(equivalent->title, equivalent->productId, equivalent->id);
    return text;
}

std::optional<StoreError> SandboxStore::validateCartLine(const CustomerState &cs, CartLineRecord &line) const
{
    const auto fail = [&line](int code, const char *name, const QString &text) {
        line.errorCode = code;
        line.errorName = QString::fromLatin1(name);
        line.errorDescription = text;
        return std::nullopt;
    };
    // A legacy offer id (a GUID, or anything without ':'): the cart is created and the line carries
    // 500600. Whether Partner Center answers this way or with a 4xx at once is NOT CONFIRMED
    // (docs/partner-center-api.md "Not confirmed"); the sandbox takes the line-error way (then 800009 at
    // checkout).
    if (!line.catalogItemId.contains(QLatin1Char(':')))
        return fail(codes::CartLegacyOfferNotEligible, "legacy_offer_not_eligible_for_purchase",
                    legacyRefusal(line.catalogItemId));
    const NceAvailabilityRecord *a = m_catalogue.nceAvailability(line.catalogItemId);
    if (!a)
        return fail(codes::CartCatalogItemIdNotValid, "catalog_item_id_is_not_valid",
                    QStringLiteral("The catalog item %1 is not valid.").arg(line.catalogItemId));
    // Code choice (NOT CONFIRMED): an availability of another market or one that is not purchasable
    // is reported like an unknown one. Segment eligibility (education/government qualification) is
    // not modelled.
    if (!m_catalogue.isSoldIn(*a, cs.record.country))
        return fail(codes::CartCatalogItemIdNotValid, "catalog_item_id_is_not_valid",
                    QStringLiteral("The catalog item %1 is not sold in market %2.")
                        .arg(line.catalogItemId, cs.record.country));
    if (!a->isPurchasable)
        return fail(codes::CartCatalogItemIdNotValid, "catalog_item_id_is_not_valid",
                    QStringLiteral("The catalog item %1 is not purchasable.").arg(line.catalogItemId));

    // termDuration is required for NCE (INFERRED, docs/partner-center-api.md "New commerce"): missing or not
    // offered -> 400039. HTTP 400 is NOT CONFIRMED (the issue does not show the status).
    QList<const NceTermRecord *> terms;
    for (const NceTermRecord &term : a->terms) {
        if (!line.termDuration.isEmpty() &&
            term.duration.compare(line.termDuration, Qt::CaseInsensitive) == 0)
            terms.append(&term);
    }
    if (terms.isEmpty())
        return StoreError{
            400,
            codes::TermNotSupported,
            QStringLiteral("Availability %1 referenced by line item %2 does not support term '%3'")
                .arg(a->id)
                .arg(line.id)
                .arg(line.termDuration),
            {}};
    const auto term = std::find_if(terms.cbegin(), terms.cend(), [&line](const NceTermRecord *t) {
        return sameEnum(t->billingCycle, line.billingCycle);
    });
    // Code choice: 800002 (invalid input); Partner Center's code for a billing cycle the term does not
    // offer is NOT CONFIRMED.
    if (term == terms.cend())
        return StoreError{
            400,
            codes::InvalidInput,
            QStringLiteral("The billing cycle '%1' of line item %2 is not offered with term '%3' "
                           "by availability %4.")
                .arg(line.billingCycle)
                .arg(line.id)
                .arg(line.termDuration, a->id),
            {}};
    const NceSkuRecord *sku = m_catalogue.nceSku(a->productId, a->skuId);
    if (!sku || line.quantity < sku->minimumQuantity || line.quantity > sku->maximumQuantity)
        return StoreError{
            400,
            codes::QuantityNotAllowed,
            QStringLiteral("The requested quantity for line item %1 is not within the allowed quantity")
                .arg(line.id),
            {}};
    line.catalogItemId = a->catalogItemId();
    line.termDuration = (*term)->duration;
    line.billingCycle = (*term)->billingCycle;
    return std::nullopt;
}

std::optional<StoreError> SandboxStore::validateCartLines(const CustomerState &cs,
                                                          QList<CartLineRecord> &lines) const
{
    std::optional<StoreError> first;
    for (CartLineRecord &line : lines) {
        line.errorCode = 0;
        line.errorName.clear();
        line.errorDescription.clear();
        auto error = validateCartLine(cs, line);
        if (error && !first)
            first = std::move(error);
    }
    return first;
}

QString SandboxStore::provisionNceSubscription(CustomerState &cs, const NceAvailabilityRecord &availability,
                                               const NceSkuRecord &sku, const CartLineRecord &line,
                                               const QString &orderId)
{
    const QDateTime now = m_clock.now();
    SubscriptionRecord s;
    s.customerId = cs.record.id;
    s.offerId = availability.catalogItemId();
    s.offerName = sku.title; // = SKU title in the documented examples
    s.friendlyName = line.friendlyName.isEmpty() ? sku.title : line.friendlyName;
    s.quantity = line.quantity;
    s.status = SubscriptionStatus::Pending;
    s.provisionedAt = now.addMSecs(m_options.provisioningDelayMs);
    s.autoRenewEnabled = true; // NCE examples come back with auto-renew on
    s.creationDate = now;
    s.effectiveStartDate = QDateTime(now.date(), QTime(0, 0), Qt::UTC);
    s.commitmentEndDate = addTerm(s.effectiveStartDate, line.termDuration);
    s.billingCycle = line.billingCycle.toLower();
    s.termDuration = line.termDuration;
    s.orderId = orderId;
    // 168 h is INFERRED from the "{0}-hour cancellation window" error
    // (docs/partner-center-api.md "New commerce").
    s.cancellationAllowedUntil = now.addSecs(qint64{168} * 3600);
    return addSubscription(s);
}

} // namespace om::sandbox
