#include "engine/PurchaseEvidence.h"

#include "engine/EngineUtil.h"
#include "journal/Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace om::engine::evidence {

using journal::WriteKind;
using journal::WriteRequest;
using journal::WriteStatus;

namespace {

QJsonObject summaryOf(const WriteRequest &write)
{
    return QJsonDocument::fromJson(write.responseBody).object();
}

} // namespace

bool isDefiniteRefusal(int httpStatus)
{
    return httpStatus >= 400 && httpStatus < 500 && httpStatus != 408 && httpStatus != 409 &&
           httpStatus != 429;
}

QString refusalHint(int httpStatus)
{
    if (httpStatus == 401)
        return QStringLiteral("Partner Center did not accept the sign-in: sign in again (Account menu, or a "
                              "fresh OFFER_MIGRATOR_ACCESS_TOKEN), then run the migration again.");
    if (httpStatus == 403)
        return QStringLiteral("the signed-in account lacks the permission for this (an Admin agent role "
                              "in Partner Center, and the customer's delegated admin rights).");
    return {};
}

Outcome checkoutOutcome(const WriteRequest &write)
{
    switch (write.status) {
    case WriteStatus::Pending:
        return Outcome::Pending;
    case WriteStatus::Answered: {
        if (!write.orderId.isEmpty()) // the order the answer placed, recorded with it (schema 6)
            return Outcome::Succeeded;
        const QJsonDocument doc = QJsonDocument::fromJson(write.responseBody);
        // No typed order, yet the stored answer names one (written by an app older than schema 6 on a shared
        // journal, or recorded without its ids): never a refusal. The same cart is checked out again, and a
        // cart already ordered answers 800065, which leads to that order, never to a second one.
        if (doc.isObject() && !doc.object().value(QLatin1String("orderId")).toString().isEmpty())
            return Outcome::Unclear;
        // Read, and it names no order: every order group failed, the cart was not ordered.
        if (doc.isObject() && doc.object().contains(QLatin1String("orderErrors")))
            return Outcome::Refused;
        return Outcome::Unclear; // a 2xx we could not read
    }
    case WriteStatus::Failed:
        if (write.responseBody.contains("(code 800065)"))
            return Outcome::AlreadyOrdered;
        return isDefiniteRefusal(write.httpStatus) ? Outcome::Refused : Outcome::Unclear;
    }
    return Outcome::Unclear;
}

QString cartOfCheckout(const WriteRequest &write)
{
    return write.cartId;
}

QString orderOfCheckout(const WriteRequest &write)
{
    return write.status == WriteStatus::Answered ? write.orderId : QString();
}

QString subscriptionOfCheckout(const WriteRequest &write)
{
    return write.status == WriteStatus::Answered ? write.answerSubscriptionId : QString();
}

Outcome upgradeOutcome(const WriteRequest &write)
{
    switch (write.status) {
    case WriteStatus::Pending:
        return Outcome::Pending;
    case WriteStatus::Answered: {
        if (!write.answerSubscriptionId.isEmpty()) // the target the answer made, recorded with it (schema 7)
            return Outcome::Succeeded;
        // The documented refusal: upgradeErrors and no target.
        if (!summaryOf(write).value(QLatin1String("upgradeErrors")).toArray().isEmpty())
            return Outcome::Refused;
        return Outcome::Unclear;
    }
    case WriteStatus::Failed:
        return isDefiniteRefusal(write.httpStatus) ? Outcome::Refused : Outcome::Unclear;
    }
    return Outcome::Unclear;
}

QString upgradeTarget(const WriteRequest &write)
{
    return write.status == WriteStatus::Answered ? write.answerSubscriptionId : QString();
}

QList<WriteRequest> writesOfKind(const QList<WriteRequest> &writes, WriteKind kind)
{
    QList<WriteRequest> out;
    std::copy_if(writes.cbegin(), writes.cend(), std::back_inserter(out),
                 [kind](const WriteRequest &w) { return w.kind == kind; });
    return out;
}

const WriteRequest *answeredCheckout(const QList<WriteRequest> &writes)
{
    for (const WriteRequest &w : writes) {
        if (w.kind == WriteKind::Checkout && checkoutOutcome(w) == Outcome::Succeeded)
            return &w;
    }
    return nullptr;
}

Claimed claimedByOthers(journal::Journal &journal, const journal::MigrationRecord &migration)
{
    Claimed out;
    const auto all = journal.migrations(migration.plan.customerId);
    if (!all)
        return out;
    for (const journal::MigrationRecord &m : all.value()) {
        if (m.id == migration.id)
            continue;
        if (!m.orderId.isEmpty())
            out.orders.insert(m.orderId.toLower());
        if (!m.newSubscriptionId.isEmpty())
            out.subscriptions.insert(m.newSubscriptionId.toLower());
        if (const auto writes = journal.writes(m.id)) {
            for (const WriteRequest &w : writes.value()) {
                if (const QString order = orderOfCheckout(w);
                    w.kind == WriteKind::Checkout && !order.isEmpty())
                    out.orders.insert(order.toLower());
                if (const QString target = upgradeTarget(w);
                    w.kind == WriteKind::Upgrade && !target.isEmpty())
                    out.subscriptions.insert(target.toLower());
            }
        }
    }
    return out;
}

QDateTime earliestOrderTime(const pc::Cart &cart, const QList<WriteRequest> &writes)
{
    const WriteRequest *firstCheckout = nullptr;
    const WriteRequest *created = nullptr;
    for (const WriteRequest &w : writes) {
        if (w.kind == WriteKind::Checkout && sameId(cartOfCheckout(w), cart.id) &&
            (!firstCheckout || w.createdAt < firstCheckout->createdAt))
            firstCheckout = &w;
        if (w.kind == WriteKind::CreateCart && w.status == WriteStatus::Answered &&
            sameId(summaryOf(w).value(QLatin1String("cartId")).toString(), cart.id))
            created = &w;
    }
    if (!firstCheckout)
        return {};                         // we never checked this cart out: no order of it is ours
    if (!cart.creationTimestamp.isValid()) // our clock then, allowing for a few minutes of difference
        return firstCheckout->createdAt.addSecs(qint64{-15} * 60);
    QDateTime t = cart.creationTimestamp;
    // The journal got the cart back no earlier than Partner Center made it: the time from then to our first
    // checkout, added to the cart's creation, is at most when our checkout reached Partner Center.
    if (created && created->answeredAt.isValid()) {
        const qint64 ms = created->answeredAt.msecsTo(firstCheckout->createdAt);
        if (ms > 0)
            t = t.addMSecs(ms);
    }
    return t.addSecs(-5); // creation dates are rounded differently by different services
}

OrderMatch orderOfCart(const QList<pc::Order> &orders, const pc::Cart &cart, const QDateTime &notBefore,
                       const QSet<QString> &claimedOrders)
{
    OrderMatch match;
    if (!notBefore.isValid() || cart.lineItems.isEmpty())
        return match;
    for (const pc::Order &o : orders) {
        if (claimedOrders.contains(o.id.toLower()) || !o.creationDate.isValid() ||
            o.creationDate < notBefore || o.lineItems.size() != cart.lineItems.size())
            continue;
        QList<pc::OrderLineItem> unmatched = o.lineItems;
        const bool same =
            std::all_of(cart.lineItems.cbegin(), cart.lineItems.cend(), [&](const pc::CartLineItem &c) {
                const auto it =
                    std::find_if(unmatched.begin(), unmatched.end(), [&](const pc::OrderLineItem &l) {
                        return sameId(l.offerId, c.catalogItemId) && l.quantity == c.quantity;
                    });
                if (it == unmatched.end())
                    return false;
                unmatched.erase(it);
                return true;
            });
        if (!same)
            continue;
        ++match.candidates;
        match.order = &o;
    }
    if (match.candidates != 1)
        match.order = nullptr;
    return match;
}

QString subscriptionOfOrder(const pc::Order &order)
{
    for (const pc::OrderLineItem &l : order.lineItems) {
        if (order.lineItems.size() == 1 || l.lineItemNumber == 0)
            return l.subscriptionId;
    }
    return {};
}

UpgradeEvidence upgradeEvidence(const QList<pc::Subscription> &subscriptions,
                                const journal::MigrationRecord &migration, const QSet<QString> &claimed,
                                int skewSecs)
{
    UpgradeEvidence out;
    const QDateTime since = migration.createdAt.addSecs(-skewSecs);
    for (const pc::Subscription &s : subscriptions) {
        if (sameId(s.id, migration.plan.oldSubscriptionId)) {
            out.sourceFound = true;
            out.sourceStatus = s.status;
            out.sourceActive = s.status == QLatin1String("active");
            continue;
        }
        const bool live = s.status == QLatin1String("active") || s.status == QLatin1String("pending");
        const bool planned =
            migration.plan.plannedQuantity <= 0 || s.quantity == migration.plan.plannedQuantity;
        if (sameId(s.offerId, migration.plan.targetOfferId) && live && planned && s.creationDate.isValid() &&
            s.creationDate >= since && !claimed.contains(s.id.toLower()))
            out.targets.append(s.id);
    }
    return out;
}

} // namespace om::engine::evidence
