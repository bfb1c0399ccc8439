// SandboxStore: orders, carts and legacy upgrades (everything that creates subscriptions).

#include "sandbox/store/SandboxStore.h"

#include <QMap>
#include <QSet>

namespace om::sandbox {

std::optional<StoreError> SandboxStore::validatePurchase(const CustomerState &cs, const QString &offerId,
                                                         int quantity, bool upgradeTarget) const
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
    if (!offer->isAvailableForPurchase && !upgradeTarget)
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

namespace {
std::optional<StoreError> checkCartShape(const QList<CartLineRecord> &lines)
{
    if (lines.isEmpty())
        return StoreError{400, codes::InvalidInput, QStringLiteral("The cart has no line items."), {}};
    QSet<int> ids;
    for (const CartLineRecord &line : lines) {
        // A quantity outside the SKU's limits (zero included) is 900275, checked per line later.
        if (line.catalogItemId.isEmpty() || ids.contains(line.id))
            return StoreError{
                400,
                codes::InvalidInput,
                QStringLiteral("Cart line %1 needs a unique id and a catalogItemId.").arg(line.id),
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
    if (auto error = validateCartLines(*cs, lines))
        return *error; // nothing stored
    CartRecord cart;
    cart.id = newId();
    cart.customerId = cs->record.id;
    cart.creationTimestamp = m_clock.now();
    cart.lastModifiedTimestamp = cart.creationTimestamp;
    // Carts expire 7 days after creation (docs/partner-center-api.md "Cart"; a 2019 example showed 15
    // minutes); the sandbox reports 7 days but never expires them.
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
    if (auto error = validateCartLines(*cs, lines))
        return *error; // the stored cart stays as it was
    it->lineItems = lines;
    it->lastModifiedTimestamp = m_clock.now();
    it->lastModifiedUser = user;
    return *it;
}

int SandboxStore::cartCount(const QString &customerId) const
{
    const CustomerState *cs = state(customerId);
    return cs ? int(cs->carts.size()) : 0;
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
    // A cart whose lines carried errors when it was saved is refused as a whole (400/800009): no
    // order is created.
    QStringList badLines;
    for (const CartLineRecord &line : it->lineItems) {
        if (line.errorCode)
            badLines.append(QString::number(line.id));
    }
    if (!badLines.isEmpty())
        return StoreError{400,
                          codes::CartItemsInError,
                          QStringLiteral("There are errors in the cart items (line items %1); fix or remove "
                                         "them before checkout.")
                              .arg(badLines.join(QStringLiteral(", "))),
                          {}};
    // The catalogue may have changed since the cart was saved (availability ids are reissued): a
    // line that is no longer valid fails its order group, which becomes an orderErrors entry while
    // the other groups are ordered (sandbox choice; per-group failures are documented, this cause
    // is NOT CONFIRMED).
    if (auto error = validateCartLines(*cs, it->lineItems))
        return *error;

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
            const NceAvailabilityRecord *availability = m_catalogue.nceAvailability(line.catalogItemId);
            const NceSkuRecord *sku = m_catalogue.nceSku(availability->productId, availability->skuId);
            OrderLineRecord record;
            record.lineItemNumber = int(order.lineItems.size());
            record.offerId = availability->catalogItemId();
            record.quantity = line.quantity;
            record.friendlyName = line.friendlyName.isEmpty() ? sku->title : line.friendlyName;
            record.termDuration = line.termDuration;
            record.subscriptionId = provisionNceSubscription(*cs, *availability, *sku, line, order.id);
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
        // The targets are no longer purchasable (docs/partner-center-api.md "Legacy offers"); the upgrade
        // path stays (see the catalogue's comment: whether any existed is NOT CONFIRMED).
        const OfferRecord *target = m_catalogue.offer(targetId);
        if (!target || !m_catalogue.isSoldIn(*target, s->market))
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
    if (auto error = validatePurchase(*cs, target->id, seats, true))
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
