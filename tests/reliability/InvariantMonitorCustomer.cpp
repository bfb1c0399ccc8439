// InvariantMonitor, the customer-wide checks (issue 15): every subscription, order and journal migration of
// the customer, not only the planned one. See InvariantMonitor.h for the list.

#include "sandbox/store/SandboxStore.h"
#include "tests/reliability/InvariantMonitor.h"

#include <functional>

namespace om::test {

using journal::JournalState;
using journal::WriteKind;
using sandbox::SubscriptionStatus;

namespace {

bool sameId(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// What a purchase buys, whatever availability it was bought through: product:sku for new commerce
// (productId:skuId:availabilityId), the offer id for a legacy offer.
QString keyOf(const QString &offerId)
{
    const QString id = offerId.trimmed().toUpper();
    return id.contains(QLatin1Char(':')) ? id.section(QLatin1Char(':'), 0, 1) : id;
}

bool isLive(SubscriptionStatus s)
{
    return s == SubscriptionStatus::Active || s == SubscriptionStatus::Pending;
}

} // namespace

QString InvariantMonitor::Purchase::describe() const
{
    const QString what = orderId.isEmpty() || subscriptionIds.isEmpty()
                             ? QStringLiteral("subscription %1").arg(subscriptionIds.join(QLatin1Char(',')))
                             : QStringLiteral("order %1").arg(orderId);
    return QStringLiteral("%1 (%2, %3 seats)").arg(what, key).arg(seats);
}

bool InvariantMonitor::JournalView::hasWrite(qint64 migrationId, std::initializer_list<WriteKind> kinds) const
{
    return std::any_of(writes.cbegin(), writes.cend(), [&](const journal::WriteRequest &w) {
        return w.migrationId == migrationId && std::find(kinds.begin(), kinds.end(), w.kind) != kinds.end();
    });
}

InvariantMonitor::JournalView InvariantMonitor::readJournal()
{
    JournalView view;
    journal::Journal *j = m_journal();
    if (!j)
        return view;
    if (const auto all = j->migrations(m_target.customerId))
        view.migrations = all.value();
    for (const journal::MigrationRecord &m : std::as_const(view.migrations)) {
        if (const auto writes = j->writes(m.id))
            view.writes.append(writes.value());
    }
    return view;
}

QList<InvariantMonitor::Purchase> InvariantMonitor::newPurchases() const
{
    const sandbox::SandboxStore &store = m_host.store();
    const QString &cid = m_target.customerId;
    QList<Purchase> out;
    QHash<QString, int> byOrder; // lower-case order id -> index in out
    for (const sandbox::OrderRecord *o : store.orders(cid)) {
        if (m_initialOrders.contains(o->id.toLower()))
            continue;
        Purchase p;
        p.orderId = o->id;
        for (const sandbox::OrderLineRecord &line : o->lineItems) {
            if (!line.subscriptionId.isEmpty())
                p.subscriptionIds.append(line.subscriptionId.toLower());
            if (p.key.isEmpty())
                p.key = keyOf(line.offerId);
            p.seats += line.quantity;
        }
        byOrder.insert(o->id.toLower(), int(out.size()));
        out.append(p);
    }
    for (const sandbox::SubscriptionRecord *s : store.subscriptions(cid)) {
        const QString id = s->id.toLower();
        if (m_initialSubscriptions.contains(id) ||
            std::any_of(out.cbegin(), out.cend(),
                        [&](const Purchase &p) { return p.subscriptionIds.contains(id); }))
            continue;
        if (const auto order = byOrder.constFind(s->orderId.toLower()); order != byOrder.cend()) {
            out[*order].subscriptionIds.append(id);
            continue;
        }
        Purchase p; // an upgrade's subscription: no order
        p.orderId = s->orderId;
        p.subscriptionIds.append(id);
        p.key = keyOf(s->offerId);
        p.seats = s->quantity;
        out.append(p);
    }
    return out;
}

void InvariantMonitor::checkCustomer(const QString &when)
{
    const JournalView view = readJournal();
    checkPurchases(view, when, false);
    checkLicences(view, when);
    checkSuspensions(view, when);
}

// At most one replacement per retired subscription; a purchase no migration names yet must be explained by
// a distinct retired subscription still waiting for the answer of its purchase write (a maximum matching).
void InvariantMonitor::checkPurchases(const JournalView &view, const QString &when, bool atEnd)
{
    const QList<Purchase> bought = newPurchases();
    QStringList retired; // lower-case old subscription ids, one per retired subscription
    for (const journal::MigrationRecord &m : view.migrations) {
        if (!retired.contains(m.plan.oldSubscriptionId.toLower()))
            retired.append(m.plan.oldSubscriptionId.toLower());
    }
    QList<QList<int>> claimed(retired.size()); // retired index -> purchases its migrations name
    QList<int> unclaimed;
    for (int i = 0; i < bought.size(); ++i) {
        const Purchase &p = bought.at(i);
        QSet<int> owners;
        for (const journal::MigrationRecord &m : view.migrations) {
            if (sameId(m.orderId, p.orderId) || p.subscriptionIds.contains(m.newSubscriptionId.toLower()))
                owners.insert(int(retired.indexOf(m.plan.oldSubscriptionId.toLower())));
        }
        if (owners.size() > 1)
            violation(QStringLiteral("%1 is named by the migrations of %2 retired subscriptions (%3)")
                          .arg(p.describe())
                          .arg(owners.size())
                          .arg(when));
        if (owners.isEmpty())
            unclaimed.append(i);
        for (const int r : std::as_const(owners))
            claimed[r].append(i);
    }
    for (int r = 0; r < retired.size(); ++r) {
        if (claimed.at(r).size() < 2)
            continue;
        QStringList what;
        for (const int i : claimed.at(r))
            what.append(bought.at(i).describe());
        violation(QStringLiteral("retired subscription %1 has %2 replacements: %3 (%4)")
                      .arg(retired.at(r))
                      .arg(claimed.at(r).size())
                      .arg(what.join(QStringLiteral(", ")), when));
    }
    if (atEnd) {
        for (const int i : std::as_const(unclaimed))
            violation(
                QStringLiteral("%1 is tied to no journal migration at the end").arg(bought.at(i).describe()));
        return;
    }
    // Who may have made each unnamed purchase: a retired subscription that names none yet and whose
    // migration of that product recorded a purchase write without reading its order or subscription.
    QList<QList<int>> candidates;
    for (const int i : std::as_const(unclaimed)) {
        QList<int> rs;
        for (const journal::MigrationRecord &m : view.migrations) {
            const int r = int(retired.indexOf(m.plan.oldSubscriptionId.toLower()));
            if (!claimed.at(r).isEmpty() || rs.contains(r) ||
                keyOf(m.plan.targetOfferId) != bought.at(i).key || !m.newSubscriptionId.isEmpty() ||
                !m.orderId.isEmpty() ||
                !view.hasWrite(m.id, {WriteKind::Checkout, WriteKind::CreateOrder, WriteKind::Upgrade}))
                continue;
            rs.append(r);
        }
        candidates.append(rs);
    }
    QList<int> matchOf(retired.size(), -1); // retired index -> position in unclaimed
    std::function<bool(int, QList<bool> &)> assign = [&](int u, QList<bool> &seen) {
        for (const int r : candidates.at(u)) {
            if (seen.at(r))
                continue;
            seen[r] = true;
            if (matchOf.at(r) < 0 || assign(matchOf.at(r), seen)) {
                matchOf[r] = u;
                return true;
            }
        }
        return false;
    };
    for (int u = 0; u < unclaimed.size(); ++u) {
        QList<bool> seen(retired.size(), false);
        if (!assign(u, seen))
            violation(QStringLiteral("%1 was bought, no migration names it, and no retired subscription is "
                                     "still waiting for the answer of its purchase: a second purchase (%2)")
                          .arg(bought.at(unclaimed.at(u)).describe(), when));
    }
}

// Nobody loses a licence without holding the replacement a migration of that licence targets.
void InvariantMonitor::checkLicences(const JournalView &view, const QString &when)
{
    const sandbox::SandboxStore &store = m_host.store();
    const QString &cid = m_target.customerId;
    QHash<QString, QStringList> replacements; // lower-case old SKU -> target SKUs
    for (const journal::MigrationRecord &m : view.migrations)
        replacements[m.plan.oldSku.toLower()].append(m.plan.targetSku);
    for (auto it = m_initialLicences.cbegin(); it != m_initialLicences.cend(); ++it) {
        for (const QString &sku : it.value()) {
            if (store.userHasSku(cid, it.key(), sku))
                continue;
            const QStringList targets = replacements.value(sku.toLower());
            const bool replaced = std::any_of(targets.cbegin(), targets.cend(), [&](const QString &t) {
                return !t.isEmpty() && store.userHasSku(cid, it.key(), t);
            });
            if (replaced)
                continue;
            violation(targets.isEmpty()
                          ? QStringLiteral("user %1 lost licence %2, which no migration replaces (%3)")
                                .arg(it.key(), sku, when)
                          : QStringLiteral("user %1 holds neither %2 nor its replacement %3 (%4)")
                                .arg(it.key(), sku, targets.join(QLatin1Char('/')), when));
        }
    }
}

// Every subscription that stopped being active since the last look: suspended by its own verified
// migration (or its upgrade), or together with its base; deleted only by a journalled cancel.
void InvariantMonitor::checkSuspensions(const JournalView &view, const QString &when)
{
    const sandbox::SandboxStore &store = m_host.store();
    const QString &cid = m_target.customerId;
    const QList<const sandbox::SubscriptionRecord *> all = store.subscriptions(cid);
    QHash<QString, SubscriptionStatus> now;
    for (const sandbox::SubscriptionRecord *s : all)
        now.insert(s->id.toLower(), store.effectiveStatus(*s));
    const auto became = [&](const QString &id, SubscriptionStatus status) {
        const auto last = m_lastStatus.constFind(id.toLower());
        const bool wasLive = last == m_lastStatus.cend() || isLive(*last); // unseen: new, so pending
        return wasLive && now.value(id.toLower(), SubscriptionStatus::Active) == status;
    };
    for (const sandbox::SubscriptionRecord *s : all) {
        if (became(s->id, SubscriptionStatus::Deleted)) {
            const bool cancelled =
                std::any_of(view.writes.cbegin(), view.writes.cend(), [&](const journal::WriteRequest &w) {
                    return w.kind == WriteKind::CancelPurchase &&
                           w.path.endsWith(QLatin1Char('/') + s->id, Qt::CaseInsensitive);
                });
            if (!cancelled)
                violation(QStringLiteral("%1 (%2) was deleted without a journalled cancel (%3)")
                              .arg(s->id, s->offerName, when));
        }
        if (!became(s->id, SubscriptionStatus::Suspended))
            continue;
        const QString sku = store.skuOf(*s);
        const int holders = store.consumedUnits(cid, sku);
        const int seats = store.activeUnits(cid, sku);
        if (!s->parentSubscriptionId.isEmpty() &&
            became(s->parentSubscriptionId, SubscriptionStatus::Suspended)) {
            // Suspended with its base: nobody may be left on the add-on, and its own migration must be over.
            if (holders > seats)
                violation(QStringLiteral("base %1 was suspended while its add-on %2 still had %3 users on "
                                         "its licence and %4 seats are left (%5)")
                              .arg(s->parentSubscriptionId, s->id)
                              .arg(holders)
                              .arg(seats)
                              .arg(when));
            for (const journal::MigrationRecord &m : view.migrations) {
                if (sameId(m.plan.oldSubscriptionId, s->id) && m.state != JournalState::Cancelled &&
                    m.state != JournalState::Suspended && m.state != JournalState::Suspending)
                    violation(QStringLiteral("base %1 was suspended before its add-on %2 finished its "
                                             "migration (#%3 is %4) (%5)")
                                  .arg(s->parentSubscriptionId, s->id)
                                  .arg(m.id)
                                  .arg(journal::journalStateToken(m.state), when));
            }
            continue;
        }
        bool verified = false;
        for (const journal::MigrationRecord &m : view.migrations) {
            if (!sameId(m.plan.oldSubscriptionId, s->id))
                continue;
            // An upgrade suspends its source in Partner Center: the write, recorded before it was sent.
            verified =
                verified || journalSaysVerified(m.id) ||
                (m.plan.path == journal::MigrationPath::Upgrade && view.hasWrite(m.id, {WriteKind::Upgrade}));
        }
        if (!verified)
            violation(QStringLiteral("%1 (%2) was suspended without a verified migration of it in the "
                                     "journal (%3)")
                          .arg(s->id, s->offerName, when));
        if (holders > seats)
            violation(QStringLiteral("%1 was suspended while %2 users hold its licence %3 and %4 seats are "
                                     "left (%5)")
                          .arg(s->id)
                          .arg(holders)
                          .arg(sku)
                          .arg(seats)
                          .arg(when));
    }
    m_lastStatus = now;
}

void InvariantMonitor::checkMigrationsMatchSandbox(const QString &when)
{
    const JournalView view = readJournal();
    journal::Journal *j = m_journal();
    if (!j)
        return;
    const sandbox::SandboxStore &store = m_host.store();
    const QString &cid = m_target.customerId;
    for (const journal::MigrationRecord &m : view.migrations) {
        if (m.state == JournalState::Cancelled)
            continue;
        if (!m.newSubscriptionId.isEmpty()) {
            const sandbox::SubscriptionRecord *s = store.subscription(cid, m.newSubscriptionId);
            if (!s)
                violation(QStringLiteral("migration #%1's new subscription %2 is unknown to the sandbox (%3)")
                              .arg(m.id)
                              .arg(m.newSubscriptionId, when));
            else if (store.effectiveStatus(*s) == SubscriptionStatus::Deleted)
                violation(
                    QStringLiteral("migration #%1 is %2 and counts on its new subscription %3, which the "
                                   "sandbox shows deleted (%4)")
                        .arg(m.id)
                        .arg(journal::journalStateToken(m.state), m.newSubscriptionId, when));
            else if (keyOf(s->offerId) != keyOf(m.plan.targetOfferId))
                violation(
                    QStringLiteral("migration #%1's new subscription %2 is a %3, not the planned %4 (%5)")
                        .arg(m.id)
                        .arg(m.newSubscriptionId, s->offerId, m.plan.targetOfferId, when));
        }
        if (const auto moves = j->userMoves(m.id)) {
            for (const journal::UserMove &mv : moves.value()) {
                if (mv.state == journal::UserMoveState::Moved &&
                    !store.userHasSku(cid, mv.userId, m.plan.targetSku))
                    violation(
                        QStringLiteral("journal says %1 moved (migration #%2) but the sandbox shows no %3 "
                                       "licence (%4)")
                            .arg(mv.userId)
                            .arg(m.id)
                            .arg(m.plan.targetSku, when));
            }
        }
        const sandbox::SubscriptionRecord *old = store.subscription(cid, m.plan.oldSubscriptionId);
        const bool oldSuspended = old && store.effectiveStatus(*old) == SubscriptionStatus::Suspended;
        if (m.state == JournalState::Suspended && !oldSuspended)
            violation(
                QStringLiteral("journal says %1 is suspended (migration #%2), the sandbox does not (%3)")
                    .arg(m.plan.oldSubscriptionId)
                    .arg(m.id)
                    .arg(when));
        const bool suspending =
            m.state == JournalState::Suspending || m.state == JournalState::Suspended ||
            (m.state == JournalState::Failed && m.failedFrom == JournalState::Suspending) ||
            (m.plan.path == journal::MigrationPath::Upgrade && view.hasWrite(m.id, {WriteKind::Upgrade}));
        if (oldSuspended && !suspending)
            violation(QStringLiteral("sandbox suspended %1 while its migration #%2 is %3 (%4)")
                          .arg(m.plan.oldSubscriptionId)
                          .arg(m.id)
                          .arg(journal::journalStateToken(m.state), when));
    }
}

void InvariantMonitor::checkCustomerFinal(bool expectDone)
{
    if (!expectDone)
        return;
    const JournalView view = readJournal();
    checkPurchases(view, QStringLiteral("at the end"), true);
    for (const journal::MigrationRecord &m : view.migrations) {
        if (m.state != JournalState::Cancelled && m.state != JournalState::Suspended)
            violation(QStringLiteral("migration #%1 of %2 ended %3, not suspended")
                          .arg(m.id)
                          .arg(m.plan.oldSubscriptionId, journal::journalStateToken(m.state)));
    }
}

} // namespace om::test
