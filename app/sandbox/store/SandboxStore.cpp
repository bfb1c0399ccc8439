#include "sandbox/store/SandboxStore.h"

Q_LOGGING_CATEGORY(lcSandboxStore, "om.sandbox.store", QtInfoMsg)

namespace om::sandbox {

QString subscriptionStatusName(SubscriptionStatus status)
{
    switch (status) {
    case SubscriptionStatus::Pending:
        return QStringLiteral("pending");
    case SubscriptionStatus::Active:
        return QStringLiteral("active");
    case SubscriptionStatus::Suspended:
        return QStringLiteral("suspended");
    case SubscriptionStatus::Deleted:
        return QStringLiteral("deleted");
    }
    return QStringLiteral("none");
}

std::optional<SubscriptionStatus> parseSubscriptionStatus(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.remove(QLatin1Char('_'));
    if (t == QLatin1String("pending"))
        return SubscriptionStatus::Pending;
    if (t == QLatin1String("active"))
        return SubscriptionStatus::Active;
    if (t == QLatin1String("suspended"))
        return SubscriptionStatus::Suspended;
    if (t == QLatin1String("deleted"))
        return SubscriptionStatus::Deleted;
    return std::nullopt;
}

QString upgradeTypeName(UpgradeType type)
{
    switch (type) {
    case UpgradeType::None:
        return QStringLiteral("none");
    case UpgradeType::UpgradeOnly:
        return QStringLiteral("upgrade_only");
    case UpgradeType::UpgradeWithLicenseTransfer:
        return QStringLiteral("upgrade_with_license_transfer");
    }
    return QStringLiteral("none");
}

std::optional<UpgradeType> parseUpgradeType(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.remove(QLatin1Char('_'));
    if (t == QLatin1String("none") || t == QLatin1String("0"))
        return UpgradeType::None;
    if (t == QLatin1String("upgradeonly") || t == QLatin1String("1"))
        return UpgradeType::UpgradeOnly;
    if (t == QLatin1String("upgradewithlicensetransfer") || t == QLatin1String("2"))
        return UpgradeType::UpgradeWithLicenseTransfer;
    return std::nullopt;
}

QString SubscribedSkuView::capabilityStatus() const
{
    if (activeUnits > 0)
        return QStringLiteral("Enabled");
    if (warningUnits > 0)
        return QStringLiteral("Warning");
    return QStringLiteral("Suspended");
}

SandboxStore::SandboxStore(const om::Clock &clock, const StoreOptions &options)
    : m_clock(clock)
    , m_options(options)
    , m_idRandom(options.idSeed)
{
    if (m_options.loadDefaultCatalogue)
        populateDefaultCatalogue(m_catalogue);
    m_partnerTenantId = newId();
}

QString SandboxStore::newId()
{
    // A version-4-shaped GUID from the seeded generator (formatted by hand: this runs ~100k times
    // for a large demo tenant).
    const quint32 words[4] = {quint32(m_idRandom()), (quint32(m_idRandom()) & 0xffff0fffu) | 0x00004000u,
                              (quint32(m_idRandom()) & 0x3fffffffu) | 0x80000000u, quint32(m_idRandom())};
    static const char digits[] = "0123456789abcdef";
    QString out(36, Qt::Uninitialized);
    QChar *p = out.data();
    int written = 0;
    for (int w = 0; w < 4; ++w) {
        for (int shift = 28; shift >= 0; shift -= 4) {
            if (written == 8 || written == 12 || written == 16 || written == 20)
                *p++ = QLatin1Char('-');
            *p++ = QLatin1Char(digits[(words[w] >> shift) & 0xfu]);
            ++written;
        }
    }
    return out;
}

SandboxStore::CustomerState *SandboxStore::state(const QString &customerId)
{
    return const_cast<CustomerState *>(std::as_const(*this).state(customerId));
}

const SandboxStore::CustomerState *SandboxStore::state(const QString &customerId) const
{
    auto it = m_customers.constFind(customerId); // ids are stored lower-case: try as given first
    if (it == m_customers.constEnd())
        it = m_customers.constFind(customerId.toLower());
    return it == m_customers.constEnd() ? nullptr : &*it;
}

std::optional<StoreError> SandboxStore::checkCustomer(const QString &customerId) const
{
    if (state(customerId))
        return std::nullopt;
    // Choice: 404/60003 ("Tenant not found", documented for the licence API). Real Partner Center may
    // answer 403/20002 for a tenant without a relationship; clients should treat both as "not yours".
    return StoreError{404,
                      codes::CustomerNotFound,
                      QStringLiteral("Customer tenant %1 was not found.").arg(customerId),
                      {}};
}

StoreError SandboxStore::subscriptionNotFound(const QString &subscriptionId)
{
    return {404,
            codes::SubscriptionNotFound,
            QStringLiteral("Subscription with id %1 not found").arg(subscriptionId),
            {}};
}

QString SandboxStore::addCustomer(CustomerRecord customer)
{
    if (customer.id.isEmpty())
        customer.id = newId();
    customer.id = customer.id.toLower();
    if (customer.commerceId.isEmpty())
        customer.commerceId = newId();
    customer.country = customer.country.toUpper();
    if (customer.domain.isEmpty())
        customer.domain = customer.id.left(8) + QStringLiteral(".onmicrosoft.com");
    if (customer.culture.isEmpty()) {
        const MarketInfo *market = m_catalogue.market(customer.country);
        customer.culture = market ? market->locale : QStringLiteral("en-US");
    }
    if (customer.language.isEmpty())
        customer.language = customer.culture.left(2);
    if (!m_customers.contains(customer.id))
        m_customerOrder.append(customer.id);
    CustomerState cs;
    cs.record = customer;
    m_customers.insert(customer.id, cs);
    return customer.id;
}

QString SandboxStore::addSubscription(SubscriptionRecord s)
{
    CustomerState *cs = state(s.customerId);
    Q_ASSERT_X(cs, "SandboxStore::addSubscription", "unknown customer");
    if (!cs)
        return {};
    QString name;
    if (s.isNce()) {
        // Matched on productId:skuId: a subscription may name an availability reissued since.
        const NceSkuRecord *sku = m_catalogue.nceSkuOf(s.offerId);
        Q_ASSERT_X(sku, "SandboxStore::addSubscription", "unknown NCE product/SKU");
        if (!sku)
            return {};
        s.offerId = s.offerId.toUpper();
        name = sku->title;
    } else {
        const OfferRecord *offer = m_catalogue.offer(s.offerId);
        Q_ASSERT_X(offer, "SandboxStore::addSubscription", "unknown offer");
        if (!offer)
            return {};
        s.offerId = offer->id;
        name = offer->name;
    }
    const QDateTime now = m_clock.now();
    if (s.id.isEmpty())
        s.id = newId();
    s.id = s.id.toLower();
    s.customerId = cs->record.id;
    if (s.offerName.isEmpty())
        s.offerName = name;
    if (s.friendlyName.isEmpty())
        s.friendlyName = name;
    if (s.market.isEmpty())
        s.market = cs->record.country;
    if (!s.creationDate.isValid())
        s.creationDate = now;
    if (!s.effectiveStartDate.isValid())
        s.effectiveStartDate = QDateTime(s.creationDate.date(), QTime(0, 0), Qt::UTC);
    if (!s.commitmentEndDate.isValid())
        s.commitmentEndDate =
            s.isNce() ? addTerm(s.effectiveStartDate, s.termDuration)
                      : QDateTime(s.effectiveStartDate.date().addYears(1).addDays(-1), QTime(0, 0), Qt::UTC);
    if (s.isNce() && !s.cancellationAllowedUntil.isValid())
        s.cancellationAllowedUntil = s.creationDate.addSecs(qint64{168} * 3600);
    if (s.status == SubscriptionStatus::Pending && !s.provisionedAt.isValid())
        s.provisionedAt = now.addMSecs(m_options.provisioningDelayMs);
    if (s.status == SubscriptionStatus::Suspended && !s.suspendedAt.isValid())
        s.suspendedAt = now;
    if (!cs->subscriptions.contains(s.id)) {
        cs->subscriptionOrder.append(s.id);
        ++m_subscriptionCount;
    }
    cs->subscriptions.insert(s.id, s);
    return s.id;
}

QString SandboxStore::addUser(UserRecord user)
{
    CustomerState *cs = state(user.customerId);
    Q_ASSERT_X(cs, "SandboxStore::addUser", "unknown customer");
    if (!cs)
        return {};
    if (user.id.isEmpty())
        user.id = newId();
    user.id = user.id.toLower();
    user.customerId = cs->record.id;
    if (user.displayName.isEmpty())
        user.displayName = QString(user.firstName + QLatin1Char(' ') + user.lastName).trimmed();
    if (!user.createdAt.isValid())
        user.createdAt = m_clock.now();
    const QList<LicenceAssignment> licences = user.licences;
    user.licences.clear();
    if (!cs->users.contains(user.id))
        cs->userOrder.append(user.id);
    cs->userByUpn.insert(user.userPrincipalName.toLower(), user.id);
    cs->users.insert(user.id, user);
    for (const LicenceAssignment &l : licences)
        grantLicence(cs->record.id, user.id, l);
    return user.id;
}

void SandboxStore::setOfferLinksWithoutCountry(const QString &customerId, bool withoutCountry)
{
    if (CustomerState *cs = state(customerId))
        cs->record.offerLinksWithoutCountry = withoutCountry;
}

void SandboxStore::grantLicence(const QString &customerId, const QString &userId,
                                const LicenceAssignment &licence)
{
    CustomerState *cs = state(customerId);
    if (!cs)
        return;
    const UserRecord *found = user(customerId, userId);
    if (!found)
        return;
    const auto it = cs->users.find(found->id);
    const QString sku = licence.skuId.toLower();
    for (LicenceAssignment &held : it->licences) {
        if (held.skuId == sku) {
            held.excludedPlans = licence.excludedPlans;
            return;
        }
    }
    it->licences.append({sku, licence.excludedPlans});
    ++cs->consumed[sku];
}

const CustomerRecord *SandboxStore::customer(const QString &customerId) const
{
    const CustomerState *cs = state(customerId);
    return cs ? &cs->record : nullptr;
}

const CustomerRecord *SandboxStore::customerAt(int index) const
{
    if (index < 0 || index >= m_customerOrder.size())
        return nullptr;
    return customer(m_customerOrder.at(index));
}

QList<const SubscriptionRecord *> SandboxStore::subscriptions(const QString &customerId) const
{
    QList<const SubscriptionRecord *> out;
    if (const CustomerState *cs = state(customerId)) {
        out.reserve(cs->subscriptionOrder.size());
        for (const QString &id : cs->subscriptionOrder)
            out.append(&*cs->subscriptions.constFind(id));
    }
    return out;
}

const SubscriptionRecord *SandboxStore::subscription(const QString &customerId,
                                                     const QString &subscriptionId) const
{
    const CustomerState *cs = state(customerId);
    if (!cs)
        return nullptr;
    auto it = cs->subscriptions.constFind(subscriptionId);
    if (it == cs->subscriptions.constEnd())
        it = cs->subscriptions.constFind(subscriptionId.toLower());
    return it == cs->subscriptions.constEnd() ? nullptr : &*it;
}

SubscriptionRecord *SandboxStore::mutableSubscription(const QString &customerId,
                                                      const QString &subscriptionId)
{
    CustomerState *cs = state(customerId);
    if (!cs)
        return nullptr;
    const auto it = cs->subscriptions.find(subscriptionId.toLower());
    return it == cs->subscriptions.end() ? nullptr : &*it;
}

QList<const UserRecord *> SandboxStore::users(const QString &customerId) const
{
    QList<const UserRecord *> out;
    if (const CustomerState *cs = state(customerId)) {
        out.reserve(cs->userOrder.size());
        for (const QString &id : cs->userOrder)
            out.append(&*cs->users.constFind(id));
    }
    return out;
}

const UserRecord *SandboxStore::user(const QString &customerId, const QString &userIdOrUpn) const
{
    const CustomerState *cs = state(customerId);
    if (!cs)
        return nullptr;
    auto it = cs->users.constFind(userIdOrUpn);
    if (it == cs->users.constEnd())
        it = cs->users.constFind(userIdOrUpn.toLower());
    if (it == cs->users.constEnd())
        it = cs->users.constFind(cs->userByUpn.value(userIdOrUpn.toLower()));
    return it == cs->users.constEnd() ? nullptr : &*it;
}

SubscriptionStatus SandboxStore::effectiveStatus(const SubscriptionRecord &s) const
{
    const QDateTime now = m_clock.now();
    if (s.status == SubscriptionStatus::Pending && s.provisionedAt.isValid() && now >= s.provisionedAt)
        return SubscriptionStatus::Active;
    if (s.status == SubscriptionStatus::Suspended && s.suspendedAt.isValid() &&
        now >= s.suspendedAt.addDays(m_options.deprovisionGraceDays))
        return SubscriptionStatus::Deleted;
    // Not modelled: autoRenewEnabled=false does not turn a subscription "expired" at its
    // commitmentEndDate (the demo keeps past-due retired subscriptions active to be migrated).
    return s.status;
}

QString SandboxStore::etag(const SubscriptionRecord &s) const
{
    // Opaque to clients; changes whenever the version or the (lazily computed) status changes.
    const QString raw = QStringLiteral("{\"id\":\"%1\",\"version\":%2,\"status\":\"%3\"}")
                            .arg(s.id)
                            .arg(s.version)
                            .arg(subscriptionStatusName(effectiveStatus(s)));
    return QString::fromLatin1(raw.toUtf8().toBase64());
}

QString SandboxStore::skuOf(const SubscriptionRecord &s) const
{
    if (s.isNce()) {
        const NceSkuRecord *sku = m_catalogue.nceSkuOf(s.offerId);
        return sku ? sku->provisioningId : QString();
    }
    const OfferRecord *offer = m_catalogue.offer(s.offerId);
    return offer ? offer->skuId : QString();
}

QString SandboxStore::currencyOf(const QString &customerId) const
{
    const CustomerRecord *c = customer(customerId);
    const MarketInfo *market = c ? m_catalogue.market(c->country) : nullptr;
    return market ? market->currencyCode : QStringLiteral("USD");
}

int SandboxStore::countSubscriptions(const QString &customerId, const QString &offerId) const
{
    int n = 0;
    for (const SubscriptionRecord *s : subscriptions(customerId)) {
        if (offerId.isEmpty() || s->offerId.compare(offerId, Qt::CaseInsensitive) == 0)
            ++n;
    }
    return n;
}

int SandboxStore::countSubscriptions(const QString &customerId, const QString &offerId,
                                     SubscriptionStatus status) const
{
    int n = 0;
    for (const SubscriptionRecord *s : subscriptions(customerId)) {
        if ((offerId.isEmpty() || s->offerId.compare(offerId, Qt::CaseInsensitive) == 0) &&
            effectiveStatus(*s) == status)
            ++n;
    }
    return n;
}

void SandboxStore::setStatus(SubscriptionRecord &s, SubscriptionStatus status)
{
    s.status = status;
    if (status == SubscriptionStatus::Suspended)
        s.suspendedAt = m_clock.now();
    ++s.version;
}

StoreResult<SubscriptionRecord> SandboxStore::patchSubscription(const QString &customerId,
                                                                const QString &subscriptionId,
                                                                const SubscriptionPatch &patch)
{
    if (auto error = checkCustomer(customerId))
        return *error;
    SubscriptionRecord *s = mutableSubscription(customerId, subscriptionId);
    if (!s)
        return subscriptionNotFound(subscriptionId);
    // Missing etag: accepted (NOT CONFIRMED whether the service rejects it; the SDK sends none).
    if (!patch.etag.isEmpty() && patch.etag != etag(*s))
        return StoreError{400, codes::StaleEtag, QStringLiteral("Etag is no longer valid."), {}};
    s->status = effectiveStatus(*s); // materialise the lazy transition; the etag is unchanged by this
    const SubscriptionStatus current = s->status;
    if (current == SubscriptionStatus::Deleted)
        return StoreError{
            400, codes::DeletedSubscription, QStringLiteral("A deleted subscription cannot be updated."), {}};
    SubscriptionStatus target = current;
    if (patch.status) {
        const auto parsed = parseSubscriptionStatus(*patch.status);
        if (!parsed)
            return StoreError{
                400,
                codes::InvalidInput,
                QStringLiteral("The status '%1' is not a valid subscription status.").arg(*patch.status),
                {}};
        target = *parsed;
    }
    // Cancelling a new-commerce subscription: "status": "deleted" inside the cancellation window
    // (docs/partner-center-api.md "New commerce"), from any status that is not deleted yet. The rest of the
    // body is ignored (sandbox choice). Legacy subscriptions cannot be deleted by PATCH (800096 below).
    if (target == SubscriptionStatus::Deleted && s->isNce()) {
        if (m_clock.now() >= s->cancellationAllowedUntil)
            return StoreError{400,
                              codes::CancellationWindowPassed,
                              QStringLiteral("Subscription cannot be cancelled as you have passed your "
                                             "168-hour cancellation window"),
                              {}};
        s->status = SubscriptionStatus::Deleted;
        s->autoRenewEnabled = false;
        ++s->version;
        qCDebug(lcSandboxStore) << "PATCH subscription" << s->id << "cancelled";
        return *s;
    }
    if (target != current) {
        const bool allowed =
            (current == SubscriptionStatus::Active && target == SubscriptionStatus::Suspended) ||
            (current == SubscriptionStatus::Suspended && target == SubscriptionStatus::Active);
        if (!allowed)
            return StoreError{400,
                              codes::StatusChangeNotAllowed,
                              QStringLiteral("Cannot update the status for this subscription from %1 to %2.")
                                  .arg(subscriptionStatusName(current), subscriptionStatusName(target)),
                              {}};
        if (target == SubscriptionStatus::Active && !s->parentSubscriptionId.isEmpty()) {
            const SubscriptionRecord *parent = subscription(customerId, s->parentSubscriptionId);
            if (parent && effectiveStatus(*parent) != SubscriptionStatus::Active)
                return StoreError{
                    409,
                    codes::ParentNotActive,
                    QStringLiteral("Cannot enable an add-on when its parent subscription is not active."),
                    {}};
        }
    }
    const OfferRecord *offer = s->isNce() ? nullptr : m_catalogue.offer(s->offerId);
    const NceSkuRecord *nceSku = s->isNce() ? m_catalogue.nceSkuOf(s->offerId) : nullptr;
    const bool quantityChange = patch.quantity && *patch.quantity != s->quantity;
    if (quantityChange) {
        if (current == SubscriptionStatus::Suspended)
            return StoreError{400,
                              codes::SuspendedSubscription,
                              QStringLiteral("Cannot update a suspended subscription."),
                              {}};
        if (target == SubscriptionStatus::Suspended)
            return StoreError{
                400,
                codes::QuantityWhileSuspending,
                QStringLiteral("The quantity cannot be changed while the subscription is being suspended."),
                {}};
        if (current == SubscriptionStatus::Pending)
            return StoreError{409,
                              900278,
                              QStringLiteral("The subscription has a pending operation. Try again later."),
                              {}};
        const int minimum = offer ? offer->minimumQuantity : nceSku ? nceSku->minimumQuantity : 1;
        const int maximum = offer ? offer->maximumQuantity : nceSku ? nceSku->maximumQuantity : 10000;
        if (*patch.quantity < minimum || *patch.quantity > maximum)
            return StoreError{400,
                              codes::InvalidInput,
                              QStringLiteral("The quantity %1 is outside the offer's limits (%2 to %3).")
                                  .arg(*patch.quantity)
                                  .arg(minimum)
                                  .arg(maximum),
                              {}};
    }
    // Suspending an NCE subscription turns auto-renew off; it keeps being billed
    // (docs/partner-center-api.md "New commerce").
    const bool autoRenew = patch.autoRenewEnabled && !(s->isNce() && target == SubscriptionStatus::Suspended);
    if (autoRenew && !s->autoRenewEnabled && offer && !offer->isAutoRenewable)
        return StoreError{400,
                          codes::NotAutoRenewable,
                          QStringLiteral("This subscription is not eligible to be auto-renewed."),
                          {}};

    bool changed = false;
    if (target != current) {
        s->status = target;
        if (target == SubscriptionStatus::Suspended) {
            s->suspendedAt = m_clock.now();
            // Documented side effect: suspending a base subscription suspends its add-ons.
            // Reactivating the base does not reactivate them (not documented; they stay suspended).
            CustomerState *cs = state(customerId);
            for (auto it = cs->subscriptions.begin(); it != cs->subscriptions.end(); ++it) {
                if (it->parentSubscriptionId.compare(s->id, Qt::CaseInsensitive) != 0)
                    continue;
                const SubscriptionStatus childStatus = effectiveStatus(*it);
                if (childStatus == SubscriptionStatus::Active || childStatus == SubscriptionStatus::Pending)
                    setStatus(*it, SubscriptionStatus::Suspended);
            }
        }
        changed = true;
    }
    if (quantityChange) {
        s->quantity = *patch.quantity;
        changed = true;
    }
    if (patch.friendlyName && *patch.friendlyName != s->friendlyName) {
        s->friendlyName = *patch.friendlyName;
        changed = true;
    }
    if (autoRenew != s->autoRenewEnabled) {
        s->autoRenewEnabled = autoRenew;
        changed = true;
    }
    if (changed)
        ++s->version;
    qCDebug(lcSandboxStore) << "PATCH subscription" << s->id << subscriptionStatusName(s->status)
                            << s->quantity;
    return *s;
}

} // namespace om::sandbox
