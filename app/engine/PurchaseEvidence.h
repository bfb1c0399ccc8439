#pragma once

// What the journal and Partner Center prove about a purchase, for the purchase step and for
// `offer-migrator cancel`. Pure functions over journal rows and Partner Center resources: no I/O.
//
// The rule they serve: never buy twice. A write whose answer is unclear (no answer, a 5xx or a 408/409/429
// after the retries, a 2xx we could not read) may have been carried out; only a definite refusal (a 4xx
// other than 408/409/429, or a documented refusal inside a 2xx) proves it was not.

#include "journal/JournalTypes.h"
#include "partnercenter/Models.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace om::journal {
class Journal;
}

namespace om::engine::evidence {

enum class Outcome
{
    Pending,        // recorded, no answer yet: replay it with its MS-RequestId
    Succeeded,      // answered with what was asked (an order id, an upgraded subscription)
    Refused,        // a definite refusal: nothing was carried out
    Unclear,        // answered, but it may have been carried out
    AlreadyOrdered, // checkout only: 400/800065 "already submitted", the cart was ordered
};

// A 4xx other than 408, 409 and 429 (which say "not now", not "no").
bool isDefiniteRefusal(int httpStatus);
// What a person does about a refusal: sign in again (401), get the permission (403); else empty.
QString refusalHint(int httpStatus);

Outcome checkoutOutcome(const journal::WriteRequest &write);
QString cartOfCheckout(const journal::WriteRequest &write);  // its typed cart id (never the path)
QString orderOfCheckout(const journal::WriteRequest &write); // its typed order id (never the answer's text)
QString subscriptionOfCheckout(const journal::WriteRequest &write); // typed, when the answer named one

Outcome upgradeOutcome(const journal::WriteRequest &write);
QString upgradeTarget(const journal::WriteRequest &write); // its typed target subscription (never the text)

QList<journal::WriteRequest> writesOfKind(const QList<journal::WriteRequest> &writes,
                                          journal::WriteKind kind);
// The first checkout of `migrationId` answered with an order, whatever its cart.
const journal::WriteRequest *answeredCheckout(const QList<journal::WriteRequest> &writes);

// Orders and subscriptions other migrations of the same customer hold (their order/new subscription and
// the orders their answered checkouts named): never adopted by this one.
struct Claimed
{
    QSet<QString> orders;        // lower-case
    QSet<QString> subscriptions; // lower-case
};
Claimed claimedByOthers(journal::Journal &journal, const journal::MigrationRecord &migration);

// The earliest moment, on Partner Center's clock, an order of our cart can carry: when our first checkout
// of it was recorded, moved onto Partner Center's clock with the cart's creationTimestamp (against the
// time the journal got the cart back; never before the cart itself). Invalid when the cart has no
// creationTimestamp.
QDateTime earliestOrderTime(const pc::Cart &cart, const QList<journal::WriteRequest> &writes);

// The order our ordered cart produced: line for line the cart's lines (catalog item and quantity),
// created at or after `notBefore`, claimed by no other migration. Exactly one such order, or none.
struct OrderMatch
{
    const pc::Order *order = nullptr;
    int candidates = 0; // more than one: nothing can be tied
};
OrderMatch orderOfCart(const QList<pc::Order> &orders, const pc::Cart &cart, const QDateTime &notBefore,
                       const QSet<QString> &claimedOrders);
// The subscription an order of ours bought (our carts hold one line).
QString subscriptionOfOrder(const pc::Order &order);

// After an unclear upgrade: what the customer's subscriptions say. The upgrade happened when the source is
// no longer active and exactly one subscription of the target offer, of the planned quantity, created since
// the migration started (less `skewSecs` for the clocks) and claimed by no other migration, is active or
// pending.
struct UpgradeEvidence
{
    bool sourceFound = false;
    bool sourceActive = false;
    QString sourceStatus;
    QStringList targets; // the candidate subscriptions
};
UpgradeEvidence upgradeEvidence(const QList<pc::Subscription> &subscriptions,
                                const journal::MigrationRecord &migration, const QSet<QString> &claimed,
                                int skewSecs = 15 * 60);

} // namespace om::engine::evidence
