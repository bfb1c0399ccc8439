#include "engine/PurchaseStep.h"

#include "engine/EngineLog.h"
#include "engine/JournalledWrite.h"
#include "engine/ResumeLogic.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace om::engine {

using journal::JournalState;
using journal::WriteKind;

namespace {

bool sameId(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The same new-commerce item: productId:skuId equal (availability ids are reissued, so the third part may
// differ between the cart and a later read); legacy ids compare whole.
bool sameItem(const QString &a, const QString &b)
{
    if (a.count(QLatin1Char(':')) == 2 && b.count(QLatin1Char(':')) == 2)
        return sameId(a.section(QLatin1Char(':'), 0, 1), b.section(QLatin1Char(':'), 0, 1));
    return sameId(a, b);
}

// The subscription an order of ours bought: our carts hold one line, so the order's one line (or its line 0)
// names it, by subscriptionId or by its links.subscription.
QString subscriptionOfOrder(const pc::Order &order)
{
    for (const pc::OrderLineItem &l : order.lineItems) {
        if (order.lineItems.size() == 1 || l.lineItemNumber == 0)
            return l.subscriptionId;
    }
    return {};
}

bool isTransient(const Error &e)
{
    return e.kind == Error::Kind::Network || e.kind == Error::Kind::Timeout ||
           e.kind == Error::Kind::Throttled || e.kind == Error::Kind::NotFound || e.httpStatus >= 500;
}

} // namespace

PurchaseStep::PurchaseStep(const EngineContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{}

journal::MigrationRecord PurchaseStep::record() const
{
    const auto r = m_ctx.journal->migration(m_plan->migrationId);
    return r ? r.value() : journal::MigrationRecord{};
}

QString PurchaseStep::customerPath() const
{
    return QStringLiteral("/v1/customers/") + pc::pathSegment(m_plan->customerId);
}

void PurchaseStep::finish(const Status &status)
{
    Done done = std::move(m_done);
    if (done)
        done(status);
}

void PurchaseStep::fail(const Error &error, bool markFailed)
{
    qCWarning(lcEngine) << "purchase of" << m_plan->oldSubscription.id << "stopped:" << error.toString();
    if (markFailed) {
        journal::MigrationUpdate u;
        u.lastError = error.message;
        m_ctx.journal->transition(m_plan->migrationId, JournalState::Failed, u);
    }
    finish(error);
}

void PurchaseStep::run(SubscriptionPlan *plan, Done done)
{
    m_plan = plan;
    m_done = std::move(done);
    const auto loaded = m_ctx.journal->migration(plan->migrationId);
    if (!loaded)
        return fail(loaded.error(), false);
    const journal::MigrationRecord rec = loaded.value();
    if (!rec.newSubscriptionId.isEmpty()) { // bought already: only the wait may be left
        if (rec.state == JournalState::Failed)
            m_ctx.journal->transition(rec.id, rec.failedFrom);
        if (rec.state == JournalState::Purchasing || rec.failedFrom == JournalState::Purchasing)
            m_ctx.journal->transition(rec.id, JournalState::Purchased);
        m_newSubscriptionId = rec.newSubscriptionId;
        return waitActive();
    }
    if (rec.state == JournalState::NotStarted ||
        (rec.state == JournalState::Failed && rec.failedFrom == JournalState::Purchasing)) {
        const auto moved = m_ctx.journal->transition(rec.id, JournalState::Purchasing);
        if (!moved)
            return fail(moved.error(), false);
    } else if (rec.state != JournalState::Purchasing) {
        return fail(Error::make(Error::Kind::Validation,
                                QStringLiteral("migration #%1 is %2: nothing to buy")
                                    .arg(rec.id)
                                    .arg(journal::journalStateToken(rec.state)),
                                QStringLiteral("purchase")),
                    false);
    }
    startPurchase();
}

void PurchaseStep::startPurchase()
{
    if (record().plan.path == journal::MigrationPath::Upgrade)
        doUpgrade();
    else
        doCart();
}

void PurchaseStep::doCart()
{
    const journal::MigrationRecord rec = record();
    const auto pendingCheckout = m_ctx.journal->pendingWrite(rec.id, WriteKind::Checkout);
    if (pendingCheckout && pendingCheckout.value()) {
        // A checkout was sent (or about to be) before a crash: replay it with the same MS-RequestId.
        QString cartId = rec.cartId;
        if (cartId.isEmpty())
            cartId = pendingCheckout.value()->path.section(QLatin1Char('/'), -2, -2);
        return checkout(cartId);
    }
    if (!rec.cartId.isEmpty()) {
        const auto writes = m_ctx.journal->writes(rec.id);
        if (writes) {
            for (const journal::WriteRequest &w : writes.value()) {
                if (w.kind != WriteKind::Checkout)
                    continue;
                // Throttled (429, answered by the gateway): that checkout never reached the service
                // and says nothing about an order. Without this, a checkout throttled past the
                // client's retries left the migration stuck on the order look-up for ever. Safe even if an
                // earlier attempt of that write was dropped after the service took it: the SAME cart is
                // checked out again below, and a cart already checked out answers 800065, which leads to
                // the order look-up, never to a second order.
                if (w.status == journal::WriteStatus::Failed && w.httpStatus == 429)
                    continue;
                if (w.status == journal::WriteStatus::Answered) {
                    const QJsonObject summary = QJsonDocument::fromJson(w.responseBody).object();
                    const QString orderId = summary.value(QLatin1String("orderId")).toString();
                    if (!orderId.isEmpty())
                        return onCheckoutAnswer(orderId,
                                                summary.value(QLatin1String("subscriptionId")).toString());
                }
                return lookUpPurchase(
                    QStringLiteral("an earlier checkout of cart %1 has no usable answer").arg(rec.cartId));
            }
        }
        return checkout(rec.cartId);
    }
    createCart();
}

void PurchaseStep::createCart()
{
    const journal::MigrationRecord rec = record();
    // Partner Center sells replacements only in new commerce: a productId:skuId:availabilityId with a term
    // and a billing cycle (docs/partner-center-api.md "New commerce"). A migration journalled by an older
    // version for a legacy offer can never be bought: say so before anything is sent.
    if (rec.plan.targetOfferId.count(QLatin1Char(':')) != 2 || rec.plan.termDuration.isEmpty() ||
        rec.plan.billingCycle.isEmpty())
        return fail(
            Error::make(Error::Kind::Validation,
                        QStringLiteral("migration #%1 was planned for %2 (%3), which is not a new-commerce "
                                       "item with a term and billing cycle; Partner Center no longer "
                                       "sells it. Cancel this migration and plan it again.")
                            .arg(rec.id)
                            .arg(rec.plan.targetOfferName, rec.plan.targetOfferId),
                        QStringLiteral("create cart")));
    pc::CartLineItemRequest line;
    line.id = 0;
    line.catalogItemId = rec.plan.targetOfferId;
    line.quantity = rec.plan.plannedQuantity;
    line.billingCycle = rec.plan.billingCycle;
    line.termDuration = rec.plan.termDuration;
    line.friendlyName = rec.plan.targetOfferName.left(100);
    const QList<pc::CartLineItemRequest> lines{line};
    journal::WriteRequestSpec spec;
    spec.migrationId = rec.id;
    spec.kind = WriteKind::CreateCart;
    spec.method = QStringLiteral("POST");
    spec.path = customerPath() + QStringLiteral("/carts");
    spec.body = compact(pc::cartRequestJson(lines));
    const QString customerId = m_plan->customerId;
    journalledWrite<pc::Cart>(
        m_ctx, this, spec,
        [this, customerId, lines](const pc::RequestOptions &o, pc::Done<pc::Cart> d) {
            m_ctx.client->createCart(customerId, lines, this, std::move(d), o);
        },
        [](const pc::Cart &c) {
            return compact(QJsonObject{{QStringLiteral("cartId"), c.id}});
        },
        [this](const WriteOutcome<pc::Cart> &out) {
            if (!out.answered)
                return fail(
                    Error::make(Error::Kind::Timeout,
                                QStringLiteral("creating the cart got no answer; run the migration again "
                                               "to replay it with the same MS-RequestId"),
                                QStringLiteral("purchase")));
            if (!out.result)
                return fail(out.result.error());
            const pc::Cart &cart = out.result.value();
            for (const pc::CartLineItem &l : cart.lineItems) {
                if (!l.errorCode.isEmpty() && l.errorCode != QLatin1String("0"))
                    return fail(Error::make(Error::Kind::Validation,
                                            QStringLiteral("the cart line for %1 was refused: %2 %3")
                                                .arg(l.catalogItemId, l.errorCode, l.errorDescription),
                                            QStringLiteral("create cart")));
            }
            journal::MigrationUpdate u;
            u.cartId = cart.id;
            m_ctx.journal->transition(m_plan->migrationId, JournalState::Purchasing, u);
            checkout(cart.id);
        });
}

void PurchaseStep::checkout(const QString &cartId)
{
    journal::WriteRequestSpec spec;
    spec.migrationId = m_plan->migrationId;
    spec.kind = WriteKind::Checkout;
    spec.method = QStringLiteral("POST");
    spec.path =
        customerPath() + QStringLiteral("/carts/") + pc::pathSegment(cartId) + QStringLiteral("/checkout");
    spec.body = QByteArrayLiteral("{}");
    const QString customerId = m_plan->customerId;
    qCInfo(lcEngine) << "checking out cart" << cartId << "for customer" << customerId;
    journalledWrite<pc::CartCheckoutResult>(
        m_ctx, this, spec,
        [this, customerId, cartId](const pc::RequestOptions &o, pc::Done<pc::CartCheckoutResult> d) {
            m_ctx.client->checkoutCart(customerId, cartId, this, std::move(d), o);
        },
        [](const pc::CartCheckoutResult &r) {
            QJsonObject summary;
            if (!r.orders.isEmpty()) {
                summary.insert(QStringLiteral("orderId"), r.orders.constFirst().id);
                if (!r.orders.constFirst().lineItems.isEmpty())
                    summary.insert(QStringLiteral("subscriptionId"),
                                   r.orders.constFirst().lineItems.constFirst().subscriptionId);
            }
            QJsonArray errors;
            for (const pc::OrderError &e : r.orderErrors)
                errors.append(QString(e.code + QLatin1Char(' ') + e.description));
            summary.insert(QStringLiteral("orderErrors"), errors);
            return compact(summary);
        },
        [this](const WriteOutcome<pc::CartCheckoutResult> &out) {
            if (!out.answered)
                return fail(
                    Error::make(Error::Kind::Timeout,
                                QStringLiteral("the checkout got no answer; run the migration again: it "
                                               "replays the same MS-RequestId, so no second order is placed"),
                                QStringLiteral("purchase")));
            if (!out.result) {
                const Error &e = out.result.error();
                // 800065: already submitted; a 2xx we could not read: both mean "look the order up".
                if (e.serviceCode == QLatin1String("800065") ||
                    (out.httpStatus >= 200 && out.httpStatus < 300))
                    return lookUpPurchase(e.message);
                return fail(e);
            }
            const pc::CartCheckoutResult &r = out.result.value();
            if (r.orders.isEmpty()) {
                QStringList errors;
                for (const pc::OrderError &e : r.orderErrors)
                    errors.append(e.code + QLatin1Char(' ') + e.description);
                return fail(Error::make(
                    Error::Kind::Validation,
                    QStringLiteral("the checkout placed no order: %1").arg(errors.join(QStringLiteral("; "))),
                    QStringLiteral("checkout")));
            }
            const pc::Order &order = r.orders.constFirst();
            onCheckoutAnswer(order.id, order.lineItems.isEmpty()
                                           ? QString()
                                           : order.lineItems.constFirst().subscriptionId);
        });
}

void PurchaseStep::onCheckoutAnswer(const QString &orderId, const QString &subscriptionId)
{
    journal::MigrationUpdate u;
    u.orderId = orderId;
    m_ctx.journal->transition(m_plan->migrationId, JournalState::Purchasing, u);
    if (!subscriptionId.isEmpty())
        return purchased(subscriptionId, orderId);
    m_pollDelayMs = m_ctx.config.pollInitialMs;
    m_deadline = QDateTime::currentDateTimeUtc().addMSecs(m_ctx.config.provisioningTimeoutMs);
    findSubscriptionOfOrder(orderId);
}

void PurchaseStep::findSubscriptionOfOrder(const QString &orderId)
{
    // Provisioning is asynchronous: the checkout's order names no subscription yet; GET the order until its
    // line does (docs/partner-center-api.md "After the purchase"). A new order can take minutes to appear.
    m_ctx.client->getOrder(m_plan->customerId, orderId, this, [this, orderId](const pc::Reply<pc::Order> &r) {
        if (r.result) {
            if (const QString id = subscriptionOfOrder(r.result.value()); !id.isEmpty())
                return purchased(id, orderId);
        } else if (!isTransient(r.result.error())) {
            return fail(r.result.error());
        }
        if (QDateTime::currentDateTimeUtc() > m_deadline)
            return fail(Error::make(
                Error::Kind::Timeout,
                QStringLiteral("order %1 shows no subscription yet; run again later").arg(orderId),
                QStringLiteral("purchase")));
        QTimer::singleShot(m_pollDelayMs, this, [this, orderId]() { findSubscriptionOfOrder(orderId); });
        m_pollDelayMs = std::min(m_pollDelayMs * 2, m_ctx.config.pollMaxMs);
    });
}

void PurchaseStep::lookUpPurchase(const QString &why)
{
    // Orders of this customer for the target offer placed since the migration began, that no other
    // migration in the journal has claimed.
    const journal::MigrationRecord rec = record();
    QStringList claimed;
    if (const auto all = m_ctx.journal->migrations(rec.plan.customerId)) {
        for (const journal::MigrationRecord &m : all.value()) {
            if (m.id != rec.id && !m.orderId.isEmpty())
                claimed.append(m.orderId.toLower());
        }
    }
    qCInfo(lcEngine) << "looking up the order of migration" << rec.id << "because" << why;
    m_ctx.client->listOrders(
        rec.plan.customerId, this, [this, rec, claimed, why](const pc::Reply<QList<pc::Order>> &r) {
            if (!r.result)
                return fail(r.result.error());
            const pc::Order *best = nullptr;
            const QDateTime since = rec.createdAt.addSecs(-300);
            for (const pc::Order &o : r.result.value()) {
                if (claimed.contains(o.id.toLower()) || (o.creationDate.isValid() && o.creationDate < since))
                    continue;
                const bool forTarget =
                    std::any_of(o.lineItems.cbegin(), o.lineItems.cend(), [&](const pc::OrderLineItem &l) {
                        return sameItem(l.offerId, rec.plan.targetOfferId);
                    });
                if (forTarget && (!best || o.creationDate > best->creationDate))
                    best = &o;
            }
            if (!best)
                return fail(Error::make(
                    Error::Kind::Conflict,
                    QStringLiteral("%1, and no order for %2 was placed since the migration started; "
                                   "check the order history before buying again")
                        .arg(why, rec.plan.targetOfferName),
                    QStringLiteral("purchase")));
            QString subscriptionId;
            for (const pc::OrderLineItem &l : best->lineItems) {
                if (sameItem(l.offerId, rec.plan.targetOfferId))
                    subscriptionId = l.subscriptionId;
            }
            onCheckoutAnswer(best->id, subscriptionId);
        });
}

void PurchaseStep::doUpgrade()
{
    const journal::MigrationRecord rec = record();
    if (const auto writes = m_ctx.journal->writes(rec.id)) {
        for (const journal::WriteRequest &w : writes.value()) {
            if (w.kind == WriteKind::Upgrade && w.status == journal::WriteStatus::Answered) {
                const QString target = QJsonDocument::fromJson(w.responseBody)
                                           .object()
                                           .value(QLatin1String("targetSubscriptionId"))
                                           .toString();
                if (!target.isEmpty())
                    return purchased(target, QString());
            }
        }
    }
    if (!m_plan->upgrade)
        return fallBackToPurchase(QStringLiteral("the upgrade is no longer offered for this subscription"));
    pc::Upgrade upgrade = *m_plan->upgrade;
    upgrade.quantity = rec.plan.plannedQuantity;
    for (const QString &key : upgrade.raw.keys()) {
        if (key.compare(QLatin1String("quantity"), Qt::CaseInsensitive) == 0)
            upgrade.raw.remove(key);
    }
    upgrade.raw.insert(QStringLiteral("quantity"), upgrade.quantity);
    journal::WriteRequestSpec spec;
    spec.migrationId = rec.id;
    spec.kind = WriteKind::Upgrade;
    spec.method = QStringLiteral("POST");
    spec.path = customerPath() + QStringLiteral("/subscriptions/") +
                pc::pathSegment(rec.plan.oldSubscriptionId) + QStringLiteral("/upgrades");
    spec.body = compact(upgrade.raw);
    const QString customerId = rec.plan.customerId;
    const QString oldId = rec.plan.oldSubscriptionId;
    journalledWrite<pc::UpgradeResult>(
        m_ctx, this, spec,
        [this, customerId, oldId, upgrade](const pc::RequestOptions &o, pc::Done<pc::UpgradeResult> d) {
            m_ctx.client->postUpgrade(customerId, oldId, upgrade, this, std::move(d), o);
        },
        [](const pc::UpgradeResult &r) {
            return compact(QJsonObject{{QStringLiteral("targetSubscriptionId"), r.targetSubscriptionId}});
        },
        [this](const WriteOutcome<pc::UpgradeResult> &out) {
            if (!out.answered)
                return fail(
                    Error::make(Error::Kind::Timeout,
                                QStringLiteral("the upgrade got no answer; run the migration again to "
                                               "replay it with the same MS-RequestId"),
                                QStringLiteral("upgrade")));
            if (!out.result)
                return fallBackToPurchase(out.result.error().toString());
            const pc::UpgradeResult &r = out.result.value();
            if (r.targetSubscriptionId.isEmpty()) {
                QStringList codes;
                for (const pc::UpgradeError &e : r.upgradeErrors)
                    codes.append(e.code);
                return fallBackToPurchase(
                    QStringLiteral("the upgrade was refused (%1)").arg(codes.join(QStringLiteral(", "))));
            }
            // The service moved the licences itself; users it could not move are reported per user.
            for (const PlannedUser &u : std::as_const(m_plan->users)) {
                journal::UserMove move;
                move.userId = u.id;
                move.upn = u.upn;
                move.displayName = u.displayName;
                move.requestId = out.requestId;
                move.state = journal::UserMoveState::Moved;
                for (const pc::UserLicenseError &e : r.licenseErrors) {
                    if (sameId(e.userObjectId, u.id)) {
                        move.state = journal::UserMoveState::Failed;
                        move.lastError = e.errors.join(QStringLiteral("; "));
                    }
                }
                m_ctx.journal->upsertUserMove(m_plan->migrationId, move);
            }
            purchased(r.targetSubscriptionId, QString());
        });
}

void PurchaseStep::fallBackToPurchase(const QString &why)
{
    qCInfo(lcEngine) << "upgrade path not possible for" << m_plan->oldSubscription.id << ":" << why
                     << "- falling back to buy, reassign, suspend";
    if (!m_plan->purchaseFallback)
        return fail(Error::make(Error::Kind::Validation,
                                QStringLiteral("the upgrade is not possible (%1), and new commerce sells no "
                                               "replacement for this subscription in market %2")
                                    .arg(why, m_plan->market),
                                QStringLiteral("purchase")));
    journal::MigrationUpdate failed;
    failed.lastError = QStringLiteral("upgrade not possible: ") + why;
    m_ctx.journal->transition(m_plan->migrationId, JournalState::Failed, failed);
    journal::MigrationUpdate cancel;
    cancel.note = QStringLiteral("replaced by a purchase-path migration");
    const auto cancelled = m_ctx.journal->transition(m_plan->migrationId, JournalState::Cancelled, cancel);
    if (!cancelled)
        return fail(cancelled.error(), false);
    m_plan->useUpgrade = false;
    m_plan->upgrade.reset();
    // Buy the new-commerce replacement the plan kept for this case (the legacy upgrade target is not sold).
    m_plan->target = *m_plan->purchaseFallback;
    m_plan->targetSku = m_plan->target.aadSkuId;
    const Status created = recordNewMigration(*m_ctx.journal, *m_plan, m_ctx.config.operatorName);
    if (!created)
        return fail(created.error(), false);
    const auto moved = m_ctx.journal->transition(m_plan->migrationId, JournalState::Purchasing);
    if (!moved)
        return fail(moved.error(), false);
    doCart();
}

void PurchaseStep::purchased(const QString &subscriptionId, const QString &orderId)
{
    journal::MigrationUpdate u;
    u.newSubscriptionId = subscriptionId;
    if (!orderId.isEmpty())
        u.orderId = orderId;
    u.note = QStringLiteral("new subscription %1").arg(subscriptionId);
    const auto moved = m_ctx.journal->transition(m_plan->migrationId, JournalState::Purchased, u);
    if (!moved)
        return fail(moved.error(), false);
    m_newSubscriptionId = subscriptionId;
    waitActive();
}

void PurchaseStep::waitActive()
{
    m_pollDelayMs = m_ctx.config.pollInitialMs;
    m_deadline = QDateTime::currentDateTimeUtc().addMSecs(m_ctx.config.provisioningTimeoutMs);
    pollSubscription();
}

void PurchaseStep::nextPoll(void (PurchaseStep::*what)())
{
    if (QDateTime::currentDateTimeUtc() > m_deadline)
        return fail(
            Error::make(Error::Kind::Timeout,
                        QStringLiteral("subscription %1 is not active with its seats yet; run again later")
                            .arg(m_newSubscriptionId),
                        QStringLiteral("wait for provisioning")));
    QTimer::singleShot(m_pollDelayMs, this, what);
    m_pollDelayMs = std::min(m_pollDelayMs * 2, m_ctx.config.pollMaxMs);
}

void PurchaseStep::pollSubscription()
{
    m_ctx.client->getSubscription(
        m_plan->customerId, m_newSubscriptionId, this, [this](const pc::Reply<pc::Subscription> &r) {
            if (!r.result) {
                if (isTransient(r.result.error()))
                    return nextPoll(&PurchaseStep::pollSubscription);
                return fail(r.result.error());
            }
            const QString status = r.result->status;
            if (status == QLatin1String("active"))
                return checkProvisionedSku();
            if (status == QLatin1String("pending") || status.isEmpty())
                return nextPoll(&PurchaseStep::pollSubscription);
            fail(Error::make(Error::Kind::Validation,
                             QStringLiteral("the new subscription %1 is %2").arg(m_newSubscriptionId, status),
                             QStringLiteral("wait for provisioning")));
        });
}

// The licence to assign is the one the new subscription provisions (its provisioningstatus skuId); the
// catalogue's provisioningId "can change without notice" (docs/partner-center-api.md "After the purchase").
void PurchaseStep::checkProvisionedSku()
{
    m_ctx.client->getProvisioningStatus(
        m_plan->customerId, m_newSubscriptionId, this,
        [this](const pc::Reply<pc::SubscriptionProvisioningStatus> &r) {
            if (!r.result) {
                if (isTransient(r.result.error()))
                    return nextPoll(&PurchaseStep::checkProvisionedSku);
                return fail(r.result.error());
            }
            const pc::SubscriptionProvisioningStatus &p = r.result.value();
            if (p.status != QLatin1String("success") || p.skuId.isEmpty())
                return nextPoll(&PurchaseStep::checkProvisionedSku);
            const QString planned = record().plan.targetSku;
            if (!sameId(p.skuId, planned)) {
                qCInfo(lcEngine) << "new subscription" << m_newSubscriptionId << "provisions" << p.skuId
                                 << "not the catalogue's" << planned;
                journal::MigrationUpdate u;
                u.targetSku = p.skuId.toLower();
                u.note = QStringLiteral("the new subscription provisions licence %1 (catalogue said %2)")
                             .arg(p.skuId, planned.isEmpty() ? QStringLiteral("nothing") : planned);
                const auto noted = m_ctx.journal->transition(m_plan->migrationId, JournalState::Purchased, u);
                if (!noted)
                    return fail(noted.error(), false);
                m_plan->targetSku = p.skuId.toLower();
            }
            pollSeats();
        });
}

void PurchaseStep::pollSeats()
{
    m_ctx.client->listSubscribedSkus(
        m_plan->customerId, this, [this](const pc::Reply<QList<pc::SubscribedSku>> &r) {
            if (!r.result) {
                if (isTransient(r.result.error()))
                    return nextPoll(&PurchaseStep::pollSeats);
                return fail(r.result.error());
            }
            const QString sku = record().plan.targetSku;
            for (const pc::SubscribedSku &s : r.result.value()) {
                // The new seats count once active units cover what we bought (free or already assigned).
                if (sameId(s.productSku.id, sku) && s.activeUnits >= record().plan.plannedQuantity) {
                    qCInfo(lcEngine) << "new subscription" << m_newSubscriptionId << "active;"
                                     << s.availableUnits << "free units of" << sku;
                    journal::MigrationUpdate u;
                    u.note = QStringLiteral("seats of the new subscription are ready");
                    const auto ready =
                        m_ctx.journal->transition(m_plan->migrationId, JournalState::Reassigning, u);
                    if (!ready)
                        return fail(ready.error(), false);
                    return finish(Status());
                }
            }
            nextPoll(&PurchaseStep::pollSeats);
        });
}

} // namespace om::engine
