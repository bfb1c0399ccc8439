// engine::evidence: what a journalled answer proves (refused, unclear, ordered) and which order is ours.

#include "engine/PurchaseEvidence.h"

#include <gtest/gtest.h>

using namespace om;
using namespace om::engine;
using journal::WriteKind;
using journal::WriteRequest;
using journal::WriteStatus;

namespace {

WriteRequest write(WriteKind kind, WriteStatus status, int http, const QByteArray &body)
{
    WriteRequest w;
    w.kind = kind;
    w.status = status;
    w.httpStatus = http;
    w.responseBody = body;
    w.path = QStringLiteral("/v1/customers/c1/carts/cart-a/checkout");
    if (kind == WriteKind::Checkout)
        w.cartId = QStringLiteral("cart-a"); // as the journal stores it (schema 5)
    w.createdAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    return w;
}

TEST(PurchaseEvidence, OnlyADefiniteRefusalProvesNothingWasDone)
{
    using evidence::Outcome;
    const auto checkout = [](WriteStatus s, int http, const QByteArray &body) {
        return evidence::checkoutOutcome(write(WriteKind::Checkout, s, http, body));
    };
    EXPECT_EQ(checkout(WriteStatus::Pending, 0, {}), Outcome::Pending);
    WriteRequest ordered = write(WriteKind::Checkout, WriteStatus::Answered, 201, R"({"orderErrors":[]})");
    ordered.orderId = QStringLiteral("o1"); // as the journal stores it (schema 6)
    EXPECT_EQ(evidence::checkoutOutcome(ordered), Outcome::Succeeded);
    EXPECT_EQ(evidence::orderOfCheckout(ordered), QStringLiteral("o1"));
    // The order comes from the typed field, never from the stored answer's text.
    const WriteRequest untyped =
        write(WriteKind::Checkout, WriteStatus::Answered, 201, R"({"orderId":"o1","orderErrors":[]})");
    EXPECT_TRUE(evidence::orderOfCheckout(untyped).isEmpty());
    EXPECT_EQ(evidence::answeredCheckout({untyped}), nullptr);
    // ... but it is never read as a refusal (that would lead to a new cart): unclear, the same cart again.
    EXPECT_EQ(evidence::checkoutOutcome(untyped), Outcome::Unclear);
    // Its new subscription likewise (schema 7): typed, and only on an answered checkout.
    EXPECT_TRUE(evidence::subscriptionOfCheckout(ordered).isEmpty()) << "the answer named none";
    ordered.answerSubscriptionId = QStringLiteral("sub-new");
    EXPECT_EQ(evidence::subscriptionOfCheckout(ordered), QStringLiteral("sub-new"));
    EXPECT_TRUE(evidence::subscriptionOfCheckout(write(WriteKind::Checkout, WriteStatus::Answered, 201,
                                                       R"({"orderId":"o1","subscriptionId":"sub-text"})"))
                    .isEmpty());
    WriteRequest pendingWithSubscription = write(WriteKind::Checkout, WriteStatus::Pending, 0, {});
    pendingWithSubscription.answerSubscriptionId = QStringLiteral("sub-new");
    EXPECT_TRUE(evidence::subscriptionOfCheckout(pendingWithSubscription).isEmpty());
    EXPECT_EQ(checkout(WriteStatus::Answered, 201, R"({"orderErrors":["10001 bad"]})"), Outcome::Refused);
    EXPECT_EQ(checkout(WriteStatus::Answered, 201, "POST ...: not JSON"), Outcome::Unclear);
    EXPECT_EQ(checkout(WriteStatus::Failed, 400, "HTTP 400 (code 800065): already submitted"),
              Outcome::AlreadyOrdered);
    for (int http : {400, 401, 403, 404})
        EXPECT_EQ(checkout(WriteStatus::Failed, http, "HTTP"), Outcome::Refused) << http;
    for (int http : {408, 409, 429, 500, 503})
        EXPECT_EQ(checkout(WriteStatus::Failed, http, "HTTP"), Outcome::Unclear) << http;

    const auto upgrade = [](WriteStatus s, int http, const QByteArray &body) {
        return evidence::upgradeOutcome(write(WriteKind::Upgrade, s, http, body));
    };
    WriteRequest upgraded = write(WriteKind::Upgrade, WriteStatus::Answered, 200, R"({"upgradeErrors":[]})");
    upgraded.answerSubscriptionId = QStringLiteral("t1"); // as the journal stores it (schema 7)
    EXPECT_EQ(evidence::upgradeOutcome(upgraded), Outcome::Succeeded);
    EXPECT_EQ(evidence::upgradeTarget(upgraded), QStringLiteral("t1"));
    // The target comes from the typed field, never from the stored answer's text.
    const WriteRequest untypedUpgrade =
        write(WriteKind::Upgrade, WriteStatus::Answered, 200, R"({"targetSubscriptionId":"t1"})");
    EXPECT_EQ(evidence::upgradeOutcome(untypedUpgrade), Outcome::Unclear);
    EXPECT_TRUE(evidence::upgradeTarget(untypedUpgrade).isEmpty());
    // A target only counts on an answered upgrade.
    WriteRequest failedWithTarget = write(WriteKind::Upgrade, WriteStatus::Failed, 502, "HTTP 502");
    failedWithTarget.answerSubscriptionId = QStringLiteral("t1");
    EXPECT_TRUE(evidence::upgradeTarget(failedWithTarget).isEmpty());
    EXPECT_EQ(upgrade(WriteStatus::Answered, 200, R"({"targetSubscriptionId":"","upgradeErrors":["x"]})"),
              Outcome::Refused);
    EXPECT_EQ(upgrade(WriteStatus::Answered, 200, R"({"targetSubscriptionId":""})"), Outcome::Unclear);
    EXPECT_EQ(upgrade(WriteStatus::Answered, 200, "not JSON"), Outcome::Unclear);
    EXPECT_EQ(upgrade(WriteStatus::Failed, 409, "HTTP 409 (code 800060)"), Outcome::Unclear);
    EXPECT_EQ(upgrade(WriteStatus::Failed, 502, "HTTP 502"), Outcome::Unclear);
    EXPECT_EQ(upgrade(WriteStatus::Failed, 400, "HTTP 400"), Outcome::Refused);
    EXPECT_EQ(evidence::cartOfCheckout(write(WriteKind::Checkout, WriteStatus::Pending, 0, {})),
              QStringLiteral("cart-a"));
    WriteRequest other = write(WriteKind::Checkout, WriteStatus::Pending, 0, {});
    other.cartId = QStringLiteral("cart-b");
    EXPECT_EQ(evidence::cartOfCheckout(other), QStringLiteral("cart-b")) << "the typed id, not the path";
}

TEST(PurchaseEvidence, OrderOfCartIsTheOneMatchingLineCreatedAfterOurCheckoutAndUnclaimed)
{
    pc::Cart cart;
    cart.id = QStringLiteral("cart-a");
    cart.creationTimestamp = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC); // Partner Center's clock
    cart.lineItems.append({0, QStringLiteral("P:0001:A"), 3, {}, {}, {}, {}, {}, {}});
    // Our cart came back at 10:00:00 local and our checkout was recorded 30 s later: on Partner Center's
    // clock no order of ours is older than 09:00:30 (less 5 s of rounding).
    WriteRequest created = write(WriteKind::CreateCart, WriteStatus::Answered, 201, R"({"cartId":"CART-A"})");
    created.answeredAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    WriteRequest checkout = write(WriteKind::Checkout, WriteStatus::Failed, 503, "HTTP 503");
    checkout.createdAt = created.answeredAt.addSecs(30);
    const QDateTime notBefore = evidence::earliestOrderTime(cart, {created, checkout});
    EXPECT_EQ(notBefore, cart.creationTimestamp.addSecs(25));

    const auto order = [](const QString &id, int minutesPast9, const QString &item, int quantity) {
        pc::Order o;
        o.id = id;
        o.creationDate = QDateTime(QDate(2026, 1, 1), QTime(9, minutesPast9), Qt::UTC);
        o.lineItems.append({0, item, {}, {}, quantity, {}, {}});
        return o;
    };
    QList<pc::Order> orders{order(QStringLiteral("before"), 0, QStringLiteral("P:0001:A"), 3),
                            order(QStringLiteral("other-qty"), 5, QStringLiteral("P:0001:A"), 4),
                            order(QStringLiteral("other-item"), 5, QStringLiteral("Q:0001:A"), 3),
                            order(QStringLiteral("ours"), 2, QStringLiteral("p:0001:a"), 3)};
    evidence::OrderMatch match = evidence::orderOfCart(orders, cart, notBefore, {});
    ASSERT_NE(match.order, nullptr);
    EXPECT_EQ(match.order->id, QStringLiteral("ours"));
    EXPECT_EQ(evidence::orderOfCart(orders, cart, notBefore, {QStringLiteral("ours")}).order, nullptr);
    orders.append(order(QStringLiteral("twin"), 3, QStringLiteral("P:0001:A"), 3));
    match = evidence::orderOfCart(orders, cart, notBefore, {});
    EXPECT_EQ(match.order, nullptr);
    EXPECT_EQ(match.candidates, 2);
    EXPECT_EQ(evidence::orderOfCart(orders, cart, QDateTime(), {}).order, nullptr) << "no checkout: not ours";
}

} // namespace
