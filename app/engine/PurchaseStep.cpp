#include "engine/PurchaseStep.h"

#include "engine/EngineLog.h"
#include "engine/EngineUtil.h"
#include "engine/JournalledWrite.h"
#include "engine/PurchaseEvidence.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace om::engine {

using journal::JournalState;
using journal::WriteKind;

namespace {

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
        // Recording the failure may fail too (disk full, locked): the step stops either way, and the
        // caller gets both reasons, the journal's first.
        if (const auto recorded = m_ctx.journal->transition(m_plan->migrationId, JournalState::Failed, u);
            !recorded) {
            Error both = recorded.error();
            both.message += QStringLiteral(" (while recording: %1)").arg(error.message);
            return finish(both);
        }
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
    const journal::MigrationRecord &rec = loaded.value();
    if (rec.plan.path == journal::MigrationPath::SuspendOnly) // nothing to buy: verify comes next
        return finish(Status());
    if (!rec.newSubscriptionId.isEmpty()) { // bought already: only the wait may be left
        if (rec.state == JournalState::Failed) {
            if (const auto back = m_ctx.journal->transition(rec.id, rec.failedFrom); !back)
                return fail(back.error(), false);
        }
        if (rec.state == JournalState::Purchasing || rec.failedFrom == JournalState::Purchasing) {
            if (const auto bought = m_ctx.journal->transition(rec.id, JournalState::Purchased); !bought)
                return fail(bought.error(), false);
        }
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
    const auto writes = m_ctx.journal->writes(rec.id);
    if (!writes)
        return fail(writes.error(), false);
    const QList<journal::WriteRequest> checkouts =
        evidence::writesOfKind(writes.value(), WriteKind::Checkout);
    // A checkout sent (or about to be) before a crash: replay it with the same MS-RequestId.
    for (const journal::WriteRequest &w : checkouts) {
        if (w.status == journal::WriteStatus::Pending)
            return checkout(evidence::cartOfCheckout(w));
    }
    // A checkout answered with its order, whatever cart it was for: that is the purchase.
    if (const journal::WriteRequest *w = evidence::answeredCheckout(writes.value()))
        return onCheckoutAnswer(evidence::orderOfCheckout(*w), evidence::subscriptionOfCheckout(*w));
    // The migration knows its order (recorded when the answer came, e.g. before the order showed no
    // subscription yet): that is the purchase, whatever the writes say.
    if (!rec.orderId.isEmpty())
        return onCheckoutAnswer(rec.orderId, QString());
    if (rec.cartId.isEmpty())
        return createCart();
    bool ordered = false;
    bool unclear = false;
    bool refused = false;
    for (const journal::WriteRequest &w : checkouts) {
        if (!sameId(evidence::cartOfCheckout(w), rec.cartId))
            continue;
        const evidence::Outcome o = evidence::checkoutOutcome(w);
        ordered = ordered || o == evidence::Outcome::AlreadyOrdered;
        unclear = unclear || o == evidence::Outcome::Unclear;
        refused = refused || o == evidence::Outcome::Refused;
    }
    if (ordered)
        return lookUpPurchase(QStringLiteral("cart %1 was checked out already").arg(rec.cartId));
    // No clear answer (a 5xx, 408, 409 or 429 after the retries, or a 2xx we could not read): check the SAME
    // cart out again. Checkout is idempotent per cart: a cart already ordered answers 800065, which leads
    // to its order, never to a second one.
    if (unclear)
        return checkout(rec.cartId);
    // Every checkout of this cart was refused: no order can exist for it. A new cart, once Partner Center
    // confirms the cart is not ordered.
    if (refused)
        return startNewCart(rec.cartId);
    checkout(rec.cartId);
}

void PurchaseStep::startNewCart(const QString &refusedCartId)
{
    m_ctx.client->getCart(
        m_plan->customerId, refusedCartId, this, [this, refusedCartId](const pc::Reply<pc::Cart> &r) {
            if (r.result && r.result->status.compare(QLatin1String("Ordered"), Qt::CaseInsensitive) == 0)
                return adoptOrderOfCart(r.result.value(),
                                        QStringLiteral("cart %1 shows as ordered although its checkout was "
                                                       "refused")
                                            .arg(refusedCartId));
            if (!r.result && r.result.error().httpStatus != 404)
                return fail(r.result.error());
            qCInfo(lcEngine) << "every checkout of cart" << refusedCartId
                             << "was refused and it is not ordered: buying through a new cart";
            createCart();
        });
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
    journalledSend<pc::Cart>(
        m_ctx, this, {rec.id, WriteKind::CreateCart, {}}, pc::createCartWrite(m_plan->customerId, {line}),
        [](const pc::Cart &c) {
            return compactJson(QJsonObject{{QStringLiteral("cartId"), c.id}});
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
            // The cart id must be on disk before the checkout: a run that does not find it would make a
            // second cart (and could check both out).
            if (const auto kept = m_ctx.journal->transition(m_plan->migrationId, JournalState::Purchasing, u);
                !kept)
                return fail(kept.error(), false);
            checkout(cart.id);
        });
}

void PurchaseStep::checkout(const QString &cartId)
{
    ++m_checkoutSends;
    qCInfo(lcEngine) << "checking out cart" << cartId << "for customer" << m_plan->customerId;
    journalledSend<pc::CartCheckoutResult>(
        m_ctx, this, {m_plan->migrationId, WriteKind::Checkout, {}},
        pc::checkoutWrite(m_plan->customerId, cartId),
        [](const pc::CartCheckoutResult &r) {
            QJsonObject summary;
            if (!r.orders.isEmpty()) {
                summary.insert(QStringLiteral("orderId"), r.orders.constFirst().id);
                if (!r.orders.constFirst().lineItems.isEmpty()) // as answerIds() types it
                    summary.insert(QStringLiteral("subscriptionId"),
                                   evidence::subscriptionOfOrder(r.orders.constFirst()));
            }
            QJsonArray errors;
            for (const pc::OrderError &e : r.orderErrors)
                errors.append(QString(e.code + QLatin1Char(' ') + e.description));
            summary.insert(QStringLiteral("orderErrors"), errors);
            return compactJson(summary);
        },
        [this, cartId](const WriteOutcome<pc::CartCheckoutResult> &out) {
            if (!out.answered) {
                if (m_checkoutSends < kMaxCheckoutSends) // the same MS-RequestId again, after a pause
                    return QTimer::singleShot(m_ctx.config.inFlightRetryMs, this,
                                              [this, cartId]() { checkout(cartId); });
                return fail(
                    Error::make(Error::Kind::Timeout,
                                QStringLiteral("the checkout of cart %1 got no answer; run the migration "
                                               "again: it replays the same MS-RequestId, so no second "
                                               "order is placed")
                                    .arg(cartId),
                                QStringLiteral("purchase")));
            }
            if (out.result) {
                const pc::CartCheckoutResult &r = out.result.value();
                if (r.orders.isEmpty()) {
                    QStringList errors;
                    for (const pc::OrderError &e : r.orderErrors)
                        errors.append(e.code + QLatin1Char(' ') + e.description);
                    return fail(
                        Error::make(Error::Kind::Validation,
                                    QStringLiteral("the checkout of cart %1 placed no order: %2. A later "
                                                   "run buys through a new cart.")
                                        .arg(cartId, errors.join(QStringLiteral("; "))),
                                    QStringLiteral("purchase")));
                }
                const pc::Order &order = r.orders.constFirst();
                return onCheckoutAnswer(order.id, evidence::subscriptionOfOrder(order));
            }
            const Error &e = out.result.error();
            if (out.httpStatus == 0) // not sent: the journal refused to record it
                return fail(e, false);
            if (e.serviceCode == QLatin1String("800065"))
                return lookUpPurchase(QStringLiteral("cart %1 was checked out already").arg(cartId));
            if (out.httpStatus >= 200 && out.httpStatus < 300)
                return lookUpPurchase(
                    QStringLiteral("the checkout of cart %1 answered %2, but the answer could not be read")
                        .arg(cartId)
                        .arg(out.httpStatus));
            if (evidence::isDefiniteRefusal(out.httpStatus)) {
                Error refused = e;
                const QString hint = evidence::refusalHint(out.httpStatus);
                QString reason = e.message.trimmed();
                while (reason.endsWith(QLatin1Char('.')))
                    reason.chop(1);
                refused.message =
                    QStringLiteral("the checkout of cart %1 was refused: %2%3 Nothing was "
                                   "ordered; a later run buys through a new cart.")
                        .arg(cartId, reason,
                             hint.isEmpty() ? QStringLiteral(".")
                                            : QStringLiteral(" (") + hint + QStringLiteral(")."));
                return fail(refused);
            }
            // A 5xx, 408, 409 or 429 after the retries: it may have been carried out. The same cart again.
            if (m_checkoutSends < kMaxCheckoutSends)
                return QTimer::singleShot(m_ctx.config.inFlightRetryMs, this,
                                          [this, cartId]() { checkout(cartId); });
            Error unclear = e;
            unclear.message +=
                QStringLiteral(". Run the migration again: it checks cart %1 out again, and a "
                               "cart already ordered answers 800065, which leads to its order.")
                    .arg(cartId);
            fail(unclear);
        });
}

void PurchaseStep::onCheckoutAnswer(const QString &orderId, const QString &subscriptionId)
{
    journal::MigrationUpdate u;
    u.orderId = orderId;
    if (const auto kept = m_ctx.journal->transition(m_plan->migrationId, JournalState::Purchasing, u); !kept)
        return fail(kept.error(), false);
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
            if (const QString id = evidence::subscriptionOfOrder(r.result.value()); !id.isEmpty())
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
    // Only an order tied to our own write is adopted: one a checkout answer of ours named, or the one our
    // cart produced (the cart shows Ordered; the order matches its line exactly, was created after our
    // checkout and is claimed by no other migration). Anything else fails closed: never buy again here.
    const journal::MigrationRecord rec = record();
    qCInfo(lcEngine) << "looking up the order of migration" << rec.id << "because" << why;
    if (const auto writes = m_ctx.journal->writes(rec.id)) {
        if (const journal::WriteRequest *w = evidence::answeredCheckout(writes.value()))
            return onCheckoutAnswer(evidence::orderOfCheckout(*w), evidence::subscriptionOfCheckout(*w));
    }
    if (rec.cartId.isEmpty())
        return failUntied(why, QStringLiteral("the journal names no cart"));
    m_ctx.client->getCart(rec.plan.customerId, rec.cartId, this, [this, why](const pc::Reply<pc::Cart> &r) {
        const QString cartId = record().cartId;
        if (!r.result) {
            if (r.result.error().httpStatus == 404)
                return failUntied(why, QStringLiteral("Partner Center no longer knows cart %1").arg(cartId));
            return fail(r.result.error()); // not known yet: the next run asks again
        }
        if (r.result->status.compare(QLatin1String("Ordered"), Qt::CaseInsensitive) == 0)
            return adoptOrderOfCart(r.result.value(), why);
        // Not ordered: no order of it exists. Checking it out is the purchase itself.
        if (m_checkoutSends < kMaxCheckoutSends)
            return checkout(cartId);
        fail(Error::make(Error::Kind::Conflict,
                         QStringLiteral("%1, and Partner Center shows cart %2 as %3 (not ordered); run the "
                                        "migration again to check it out")
                             .arg(why, cartId, r.result->status),
                         QStringLiteral("purchase")));
    });
}

void PurchaseStep::adoptOrderOfCart(const pc::Cart &cart, const QString &why)
{
    const journal::MigrationRecord rec = record();
    const auto writes = m_ctx.journal->writes(rec.id);
    if (!writes)
        return fail(writes.error(), false);
    const QDateTime notBefore = evidence::earliestOrderTime(cart, writes.value());
    const QSet<QString> claimed = evidence::claimedByOthers(*m_ctx.journal, rec).orders;
    m_ctx.client->listOrders(
        rec.plan.customerId, this,
        [this, cart, notBefore, claimed, why](const pc::Reply<QList<pc::Order>> &r) {
            if (!r.result)
                return fail(r.result.error());
            const evidence::OrderMatch match =
                evidence::orderOfCart(r.result.value(), cart, notBefore, claimed);
            if (match.order) {
                qCInfo(lcEngine) << "order" << match.order->id << "is the one cart" << cart.id << "produced";
                return onCheckoutAnswer(match.order->id, evidence::subscriptionOfOrder(*match.order));
            }
            if (match.candidates > 1)
                return failUntied(why, QStringLiteral("%1 orders match cart %2 line for line and none can be "
                                                      "told apart")
                                           .arg(match.candidates)
                                           .arg(cart.id));
            failUntied(why, QStringLiteral("cart %1 is ordered but no order matching it shows up yet (a new "
                                           "order can take up to 15 minutes to appear)")
                                .arg(cart.id));
        });
}

void PurchaseStep::failUntied(const QString &why, const QString &detail)
{
    const journal::MigrationRecord rec = record();
    fail(Error::make(
        Error::Kind::Conflict,
        QStringLiteral("%1; %2. Nothing was bought again. Check the customer's order history in "
                       "Partner Center for the order of cart %3: run the migration again once it "
                       "shows; if no order of that cart exists, close this migration with "
                       "`offer-migrator cancel --customer %4 --subscription %5` and plan it again.")
            .arg(why, detail, rec.cartId.isEmpty() ? QStringLiteral("(none)") : rec.cartId,
                 rec.plan.customerId, rec.plan.oldSubscriptionId),
        QStringLiteral("purchase")));
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
