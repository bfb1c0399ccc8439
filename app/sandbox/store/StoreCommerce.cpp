// SandboxStore: orders, carts and legacy upgrades (everything that creates subscriptions).

#include "sandbox/store/SandboxStore.h"

#include <QMap>
#include <QSet>

namespace om::sandbox {

namespace {
// CartErrorCode values (SDK enum; wire spelling NOT CONFIRMED, the sandbox emits the names).
constexpr int kCatalogItemIdNotValid = 10001;
constexpr int kInvalidInput = 10010;
constexpr int kMaxSeatsExceeded = 10015;
constexpr int kLegacyOfferNotEligible = 500600;
} // namespace

std::optional<StoreError> SandboxStore::validatePurchase(const CustomerState &cs, const QString &offerId,
                                                         int quantity) const
{
    const OfferRecord *offer = m_catalogue.offer(offerId);
    if (!offer)
        return StoreError{
            400, codes::InvalidOfferId, QStringLiteral("The offer id %1 is not valid.").arg(offerId), {}};
    if (!m_catalogue.isSoldIn(*offer, cs.record.country))
        return StoreError{403,
                          codes::OfferNotEligible,
                          QStringLiteral("The offer %1 is not available in the customer's market %2.")
                              .arg(offer->name, cs.record.country),
                          {}};
    if (!offer->isAvailableForPurchase)
        return StoreError{
            403,
            codes::OfferNotAvailable,
            QStringLiteral("The offer %1 is no longer available for purchase.").arg(offer->name),
            {}};
    // Code choice: 800002 (invalid input); the service's exact code for a quantity outside the
    // offer's limits is NOT CONFIRMED.
    if (quantity < offer->minimumQuantity || quantity > offer->maximumQuantity)
        return StoreError{400,
                          codes::InvalidInput,
                          QStringLiteral("The quantity %1 is not valid for %2: it must be between %3 and %4.")
                              .arg(quantity)
                              .arg(offer->name)
                              .arg(offer->minimumQuantity)
                              .arg(offer->maximumQuantity),
                          {}};
    return std::nullopt;
}

QString SandboxStore::provisionSubscription(CustomerState &cs, const OfferRecord &offer, int quantity,
                                            const QString &friendlyName, const QString &orderId,
                                            bool immediate)
{
    const QDateTime now = m_clock.now();
    SubscriptionRecord s;
    s.customerId = cs.record.id;
    s.offerId = offer.id;
    s.friendlyName = friendlyName.isEmpty() ? offer.name : friendlyName;
    s.quantity = quantity;
    s.status = immediate ? SubscriptionStatus::Active : SubscriptionStatus::Pending;
    s.provisionedAt = now.addMSecs(immediate ? 0 : m_options.provisioningDelayMs);
    s.autoRenewEnabled = offer.isAutoRenewable;
    s.creationDate = now;
    s.effectiveStartDate = QDateTime(now.date(), QTime(0, 0), Qt::UTC);
    s.commitmentEndDate = QDateTime(now.date().addYears(1).addDays(-1), QTime(0, 0), Qt::UTC);
    s.orderId = orderId;
    return addSubscription(s);
}

StoreResult<OrderRecord> SandboxStore::createOrder(const QString &customerId,
                                                   const QList<OrderLineRequest> &lines,
                                                   const QString &billingCycle)
{
    if (auto error = checkCustomer(customerId))
        return *error;
    CustomerState *cs = state(customerId);
    if (lines.isEmpty())
        return StoreError{400, codes::InvalidInput, QStringLiteral("The order has no line items."), {}};
    QSet<int> numbers;
    for (const OrderLineRequest &line : lines) {
        if (numbers.contains(line.lineItemNumber))
            return StoreError{400,
                              codes::InvalidInput,
                              QStringLiteral("Line item number %1 is used twice.").arg(line.lineItemNumber),
                              {}};
        numbers.insert(line.lineItemNumber);
        if (auto error = validatePurchase(*cs, line.offerId, line.quantity))
            return *error;
    }
    OrderRecord order;
    order.id = newId();
    order.customerId = cs->record.id;
    order.billingCycle = billingCycle.isEmpty() ? QStringLiteral("monthly") : billingCycle.toLower();
    order.currencyCode = currencyOf(customerId);
    order.creationDate = m_clock.now();
    for (const OrderLineRequest &line : lines) {
        const OfferRecord *offer = m_catalogue.offer(line.offerId);
        OrderLineRecord record;
        record.lineItemNumber = line.lineItemNumber;
        record.offerId = offer->id;
        record.quantity = line.quantity;
        record.friendlyName = line.friendlyName;
        if (!line.termDuration.isEmpty())
            record.termDuration = line.termDuration;
        record.subscriptionId =
            provisionSubscription(*cs, *offer, line.quantity, line.friendlyName, order.id, false);
        order.lineItems.append(record);
    }
    cs->orderOrder.append(order.id);
    cs->orders.insert(order.id, order);
    return order;
}

QList<const OrderRecord *> SandboxStore::orders(const QString &customerId) const
{
    QList<const OrderRecord *> out;
    if (const CustomerState *cs = state(customerId)) {
        for (const QString &id : cs->orderOrder)
            out.append(&*cs->orders.constFind(id));
    }
    return out;
}

const OrderRecord *SandboxStore::order(const QString &customerId, const QString &orderId) const
{
    const CustomerState *cs = state(customerId);
    if (!cs)
        return nullptr;
    const auto it = cs->orders.constFind(orderId.toLower());
    return it == cs->orders.constEnd() ? nullptr : &*it;
}

QString SandboxStore::orderStatus(const OrderRecord &o) const
{
    for (const OrderLineRecord &line : o.lineItems) {
        const SubscriptionRecord *s = subscription(o.customerId, line.subscriptionId);
        if (s && effectiveStatus(*s) == SubscriptionStatus::Pending)
            return QStringLiteral("pending");
    }
    return QStringLiteral("completed");
}

void SandboxStore::validateCartLines(const CustomerState &cs, QList<CartLineRecord> &lines) const
{
    for (CartLineRecord &line : lines) {
        line.errorCode = 0;
        line.errorName.clear();
        line.errorDescription.clear();
        const auto fail = [&line](int code, const char *name, const QString &text) {
            line.errorCode = code;
            line.errorName = QString::fromLatin1(name);
            line.errorDescription = text;
        };
        const OfferRecord *offer = m_catalogue.offer(line.catalogItemId);
        if (!offer || !m_catalogue.isSoldIn(*offer, cs.record.country))
            fail(kCatalogItemIdNotValid, "catalog_item_id_is_not_valid",
                 QStringLiteral("The catalog item %1 is not valid in market %2.")
                     .arg(line.catalogItemId, cs.record.country));
        else if (!offer->isAvailableForPurchase)
            fail(kLegacyOfferNotEligible, "legacy_offer_not_eligible_for_purchase",
                 QStringLiteral("The offer %1 is no longer available for purchase.").arg(offer->name));
        else if (line.quantity > offer->maximumQuantity)
            fail(kMaxSeatsExceeded, "max_allowed_seats_per_subscription_exceeded",
                 QStringLiteral("The quantity %1 exceeds the maximum of %2 for %3.")
                     .arg(line.quantity)
                     .arg(offer->maximumQuantity)
                     .arg(offer->name));
        else if (line.quantity < offer->minimumQuantity)
            // Code choice: invalid_input; the exact CartErrorCode for "below minimum" is NOT CONFIRMED.
            fail(kInvalidInput, "invalid_input",
                 QStringLiteral("The quantity %1 is below the minimum of %2 for %3.")
                     .arg(line.quantity)
                     .arg(offer->minimumQuantity)
                     .arg(offer->name));
        else
            line.catalogItemId = offer->id;
    }
}

namespace {
std::optional<StoreError> checkCartShape(const QList<CartLineRecord> &lines)
{
    if (lines.isEmpty())
        return StoreError{400, codes::InvalidInput, QStringLiteral("The cart has no line items."), {}};
    QSet<int> ids;
    for (const CartLineRecord &line : lines) {
        if (line.catalogItemId.isEmpty() || line.quantity <= 0 || ids.contains(line.id))
            return StoreError{400,
                              codes::InvalidInput,
                              QStringLiteral("Cart line %1 needs a unique id, a catalogItemId and a positive "
                                             "quantity.")
                                  .arg(line.id),
                              {}};
        ids.insert(line.id);
    }
    return std::nullopt;
}
} // namespace

StoreResult<CartRecord> SandboxStore::createCart(const QString &customerId, QList<CartLineRecord> lines,
                                                 const QString &user)
{
    if (auto error = checkCustomer(customerId))
        return *error;
    if (auto error = checkCartShape(lines))
        return *error;
    CustomerState *cs = state(customerId);
    validateCartLines(*cs, lines);
    CartRecord cart;
    cart.id = newId();
    cart.customerId = cs->record.id;
    cart.creationTimestamp = m_clock.now();
    cart.lastModifiedTimestamp = cart.creationTimestamp;
    // Lifetime NOT CONFIRMED (examples show 15 minutes and 7 days); the sandbox never expires carts
    // but reports 7 days.
    cart.expirationTimestamp = cart.creationTimestamp.addDays(7);
    cart.lastModifiedUser = user;
    cart.lineItems = lines;
    cs->carts.insert(cart.id, cart);
    return cart;
}

StoreResult<CartRecord> SandboxStore::replaceCart(const QString &customerId, const QString &cartId,
                                                  QList<CartLineRecord> lines, const QString &user)
{
    if (auto error = checkCustomer(customerId))
        return *error;
    CustomerState *cs = state(customerId);
    const auto it = cs->carts.find(cartId.toLower());
    if (it == cs->carts.end())
        return StoreError{404, codes::CartNotFound, QStringLiteral("Cart %1 was not found.").arg(cartId), {}};
    if (it->ordered)
        return StoreError{
            400, codes::CartAlreadySubmitted, QStringLiteral("Cannot update an already submitted cart."), {}};
    if (auto error = checkCartShape(lines))
        return *error;
    validateCartLines(*cs, lines);
    it->lineItems = lines;
    it->lastModifiedTimestamp = m_clock.now();
    it->lastModifiedUser = user;
    return *it;
}

const CartRecord *SandboxStore::cart(const QString &customerId, const QString &cartId) const
{
    const CustomerState *cs = state(customerId);
    if (!cs)
        return nullptr;
    const auto it = cs->carts.constFind(cartId.toLower());
    return it == cs->carts.constEnd() ? nullptr : &*it;
}

StoreResult<CheckoutResult> SandboxStore::checkoutCart(const QString &customerId, const QString &cartId)
{
    if (auto error = checkCustomer(customerId))
        return *error;
    CustomerState *cs = state(customerId);
    const auto it = cs->carts.find(cartId.toLower());
    if (it == cs->carts.end())
        return StoreError{404, codes::CartNotFound, QStringLiteral("Cart %1 was not found.").arg(cartId), {}};
    if (it->ordered)
        return StoreError{400,
                          codes::CartAlreadySubmitted,
                          QStringLiteral("Cannot check out an already submitted cart."),
                          {}};
    validateCartLines(*cs, it->lineItems); // the catalogue may have changed since the cart was saved

    QMap<QString, QList<CartLineRecord>> groups; // one order per orderGroup, ordered by group id
    for (const CartLineRecord &line : it->lineItems)
        groups[line.orderGroup].append(line);
    CheckoutResult result;
    for (auto g = groups.constBegin(); g != groups.constEnd(); ++g) {
        const auto bad =
            std::find_if(g->cbegin(), g->cend(), [](const CartLineRecord &l) { return l.errorCode; });
        if (bad != g->cend()) {
            result.orderErrors.append({g.key(), bad->errorCode, bad->errorDescription});
            continue;
        }
        OrderRecord order;
        order.id = newId().remove(QLatin1Char('-')).left(12); // newer orders have short hex ids
        order.customerId = cs->record.id;
        order.billingCycle = g->first().billingCycle.toLower();
        order.currencyCode = currencyOf(customerId);
        order.creationDate = m_clock.now();
        order.fromCart = true;
        for (const CartLineRecord &line : *g) {
            const OfferRecord *offer = m_catalogue.offer(line.catalogItemId);
            OrderLineRecord record;
            record.lineItemNumber = int(order.lineItems.size());
            record.offerId = offer->id;
            record.quantity = line.quantity;
            record.friendlyName = line.friendlyName;
            record.termDuration = line.termDuration;
            record.subscriptionId =
                provisionSubscription(*cs, *offer, line.quantity, line.friendlyName, order.id, false);
            order.lineItems.append(record);
        }
        cs->orderOrder.append(order.id);
        cs->orders.insert(order.id, order);
        it->orderIds.append(order.id);
        result.orders.append(order);
    }
    if (!result.orders.isEmpty())
        it->ordered = true; // a cart whose every group failed can be fixed and checked out again
    it->lastModifiedTimestamp = m_clock.now();
    return result;
}

StoreResult<QList<UpgradeOption>> SandboxStore::upgradeOptions(const QString &customerId,
                                                               const QString &subscriptionId) const
{
    if (auto error = checkCustomer(customerId))
        return *error;
    const SubscriptionRecord *s = subscription(customerId, subscriptionId);
    if (!s)
        return subscriptionNotFound(subscriptionId);
    QList<UpgradeOption> out;
    const OfferRecord *offer = m_catalogue.offer(s->offerId);
    if (!offer)
        return out;
    const SubscriptionStatus status = effectiveStatus(*s);
    bool addOnsPresent = false;
    for (const SubscriptionRecord *other : subscriptions(customerId)) {
        if (other->parentSubscriptionId.compare(s->id, Qt::CaseInsensitive) == 0 &&
            effectiveStatus(*other) != SubscriptionStatus::Deleted)
            addOnsPresent = true;
    }
    for (const QString &targetId : offer->upgradeTargetOffers) {
        const OfferRecord *target = m_catalogue.offer(targetId);
        if (!target || !target->isAvailableForPurchase || !m_catalogue.isSoldIn(*target, s->market))
            continue;
        UpgradeOption option;
        option.targetOfferId = target->id;
        option.quantity = s->quantity;
        if (status != SubscriptionStatus::Active)
            option.upgradeErrors.append(QStringLiteral("subscription_status_not_active"));
        if (addOnsPresent)
            option.upgradeErrors.append(QStringLiteral("subscription_add_ons_present"));
        option.isEligible = option.upgradeErrors.isEmpty();
        out.append(option);
    }
    return out;
}

StoreResult<UpgradeOutcome> SandboxStore::upgrade(const QString &customerId, const QString &subscriptionId,
                                                  const QString &targetOfferId, UpgradeType type,
                                                  int quantity, bool appOnly)
{
    const auto options = upgradeOptions(customerId, subscriptionId);
    if (!options)
        return options.error();
    if (type == UpgradeType::None)
        return StoreError{
            400, codes::InvalidInput, QStringLiteral("The upgrade type 'none' cannot be executed."), {}};
    UpgradeOutcome outcome;
    outcome.sourceSubscriptionId = subscriptionId.toLower();
    outcome.upgradeType = type;
    const auto option = std::find_if(options->cbegin(), options->cend(), [&](const UpgradeOption &o) {
        return o.targetOfferId.compare(targetOfferId, Qt::CaseInsensitive) == 0;
    });
    if (option == options->cend()) {
        outcome.upgradeErrors.append(QStringLiteral("subscription_target_offer_not_found"));
        return outcome;
    }
    if (!option->isEligible) {
        outcome.upgradeErrors = option->upgradeErrors;
        return outcome;
    }
    if (appOnly && type == UpgradeType::UpgradeWithLicenseTransfer) {
        outcome.upgradeErrors.append(QStringLiteral("user_context_required"));
        return outcome;
    }
    CustomerState *cs = state(customerId);
    SubscriptionRecord *source = mutableSubscription(customerId, subscriptionId);
    const OfferRecord *target = m_catalogue.offer(option->targetOfferId);
    const int seats = quantity > 0 ? quantity : source->quantity;
    const QString sourceSku = skuOf(*source); // read before provisioning: inserting may rehash
    if (auto error = validatePurchase(*cs, target->id, seats))
        return *error;
    // The sandbox completes an upgrade synchronously: the target is active at once so the licence
    // transfer has seats to land on.
    outcome.targetSubscriptionId = provisionSubscription(*cs, *target, seats, target->name, QString(), true);
    if (type == UpgradeType::UpgradeWithLicenseTransfer && sourceSku != target->skuId) {
        for (const QString &userId : cs->userOrder) {
            UserRecord &u = cs->users[userId];
            const bool holds = std::any_of(u.licences.cbegin(), u.licences.cend(),
                                           [&](const LicenceAssignment &l) { return l.skuId == sourceSku; });
            if (!holds)
                continue;
            LicenceUpdateRequest move;
            move.licensesToAssign.append({target->skuId, {}});
            move.licensesToRemove.append(sourceSku);
            if (auto error = checkLicenceChange(*cs, u, move)) {
                outcome.licenseErrors.append(
                    {u.id, u.displayName, u.userPrincipalName, error->code, error->description});
                continue;
            }
            applyLicenceChange(*cs, u, move);
        }
    }
    // NOT CONFIRMED whether a legacy upgrade suspends the source: the sandbox suspends it (its seats
    // stop counting as active), which is what the manual migration procedure ends with too.
    source = mutableSubscription(customerId, subscriptionId); // provisioning may have rehashed
    setStatus(*source, SubscriptionStatus::Suspended);
    return outcome;
}

} // namespace om::sandbox
