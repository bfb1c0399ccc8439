#include "engine/MigrationCancel.h"

#include "engine/EngineLog.h"
#include "engine/EngineUtil.h"
#include "engine/PurchaseEvidence.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <algorithm>

namespace om::engine {

using journal::JournalState;
using journal::WriteKind;
using journal::WriteRequest;

namespace {

bool beforePurchased(JournalState s)
{
    return s == JournalState::NotStarted || s == JournalState::Purchasing;
}

QString answerText(const WriteRequest &w)
{
    return w.httpStatus ? QStringLiteral("HTTP %1").arg(w.httpStatus) : QStringLiteral("no answer");
}

} // namespace

MigrationCancel::MigrationCancel(const EngineContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{}

QString MigrationCancel::journalRefusal(journal::Journal &journal, const journal::MigrationRecord &m,
                                        QStringList *warnings, bool *upgradeUnclear)
{
    *upgradeUnclear = false;
    const bool open =
        beforePurchased(m.state) || (m.state == JournalState::Failed && beforePurchased(m.failedFrom));
    if (!open || !m.newSubscriptionId.isEmpty())
        return m.newSubscriptionId.isEmpty()
                   ? QStringLiteral(
                         "it is %1: it bought its replacement already; run `offer-migrator migrate` "
                         "to finish it")
                         .arg(journal::journalStateToken(m.state))
                   : QStringLiteral(
                         "it bought subscription %1 already: run `offer-migrator migrate` to finish it, "
                         "or `offer-migrator cancel-purchase` for a refund within 7 days")
                         .arg(m.newSubscriptionId);
    const auto writes = journal.writes(m.id);
    if (!writes)
        return writes.error().toString();
    for (const WriteRequest &w : writes.value()) {
        if (w.status == journal::WriteStatus::Pending)
            return QStringLiteral(
                       "request %1 (%2: %3 %4, recorded %5) has no answer yet; run `offer-migrator "
                       "migrate` first, it replays it with the same MS-RequestId")
                .arg(w.requestId, journal::writeKindToken(w.kind), w.method, w.path,
                     w.createdAt.toUTC().toString(Qt::ISODate));
    }
    if (const WriteRequest *w = evidence::answeredCheckout(writes.value()))
        return QStringLiteral(
                   "the checkout of cart %1 placed order %2: run `offer-migrator migrate` to continue")
            .arg(evidence::cartOfCheckout(*w), evidence::orderOfCheckout(*w));
    if (!m.orderId.isEmpty())
        return QStringLiteral("order %1 was placed for it: run `offer-migrator migrate` to continue")
            .arg(m.orderId);
    for (const WriteRequest &w : writes.value()) {
        if (w.kind == WriteKind::Checkout) {
            const evidence::Outcome o = evidence::checkoutOutcome(w);
            if (o == evidence::Outcome::AlreadyOrdered || o == evidence::Outcome::Unclear)
                warnings->append(
                    QStringLiteral("the checkout of cart %1 (request %2) got %3 without a clear "
                                   "result: that cart may have been ordered. If an order of it is "
                                   "in the list above, run `offer-migrator migrate` instead")
                        .arg(evidence::cartOfCheckout(w), w.requestId, answerText(w)));
        } else if (w.kind == WriteKind::Upgrade) {
            const evidence::Outcome o = evidence::upgradeOutcome(w);
            if (o == evidence::Outcome::Succeeded)
                return QStringLiteral(
                           "the upgrade made subscription %1: run `offer-migrator migrate` to finish")
                    .arg(evidence::upgradeTarget(w));
            if (o == evidence::Outcome::Unclear)
                *upgradeUnclear = true;
        }
    }
    return {};
}

void MigrationCancel::inspect(const QString &customerId, const QString &oldSubscriptionId, InspectDone done)
{
    const auto all = m_ctx.journal->migrations(customerId);
    if (!all)
        return done(all.error());
    auto overview = std::make_shared<CancelOverview>();
    for (const journal::MigrationRecord &m : all.value()) {
        if (m.state == JournalState::Cancelled || m.state == JournalState::Suspended)
            continue;
        if (!oldSubscriptionId.isEmpty() && !sameId(m.plan.oldSubscriptionId, oldSubscriptionId))
            continue;
        OpenMigration open;
        open.record = m;
        open.refusal = journalRefusal(*m_ctx.journal, m, &open.warnings, &open.upgradeUnclear);
        overview->migrations.append(open);
    }
    m_ctx.client->listOrders(
        customerId, this, [this, overview, done = std::move(done)](const pc::Reply<QList<pc::Order>> &r) {
            if (!r.result)
                return done(r.result.error());
            QList<pc::Order> orders = r.result.value();
            std::sort(orders.begin(), orders.end(),
                      [](const pc::Order &a, const pc::Order &b) { return a.creationDate > b.creationDate; });
            overview->recentOrders = orders.mid(0, kRecentOrders);
            checkUpgrades(*overview, done);
        });
}

// An upgrade without a clear answer may have happened: cancellable only while Partner Center shows the old
// subscription active and no new subscription of the target offer (the purchase step's own rule).
void MigrationCancel::checkUpgrades(CancelOverview overview, InspectDone done)
{
    const bool ask =
        std::any_of(overview.migrations.cbegin(), overview.migrations.cend(),
                    [](const OpenMigration &m) { return m.refusal.isEmpty() && m.upgradeUnclear; });
    if (!ask)
        return done(overview);
    const QString customerId = overview.migrations.constFirst().record.plan.customerId;
    m_ctx.client->listSubscriptions(
        customerId, this,
        [this, overview = std::move(overview),
         done = std::move(done)](const pc::Reply<QList<pc::Subscription>> &r) mutable {
            if (!r.result)
                return done(r.result.error());
            for (OpenMigration &m : overview.migrations) {
                if (!m.refusal.isEmpty() || !m.upgradeUnclear)
                    continue;
                const QSet<QString> claimed =
                    evidence::claimedByOthers(*m_ctx.journal, m.record).subscriptions;
                const evidence::UpgradeEvidence ev =
                    evidence::upgradeEvidence(r.result.value(), m.record, claimed);
                if (ev.sourceActive && ev.targets.isEmpty()) {
                    m.refusal.clear();
                    m.warnings.append(
                        QStringLiteral("the upgrade got no clear answer, but Partner Center shows "
                                       "no upgrade: subscription %1 is still active")
                            .arg(m.record.plan.oldSubscriptionId));
                } else {
                    m.refusal =
                        QStringLiteral("the upgrade got no clear answer and may have happened (subscription "
                                       "%1 is %2; new subscription(s) of the target offer: %3): run "
                                       "`offer-migrator migrate` to find out")
                            .arg(m.record.plan.oldSubscriptionId,
                                 ev.sourceFound ? ev.sourceStatus : QStringLiteral("missing"),
                                 ev.targets.isEmpty() ? QStringLiteral("none")
                                                      : ev.targets.join(QStringLiteral(", ")));
                }
            }
            done(overview);
        });
}

Status MigrationCancel::cancel(const OpenMigration &migration) const
{
    const QString context = QStringLiteral("cancel migration #%1").arg(migration.record.id);
    if (!migration.refusal.isEmpty())
        return Error::make(Error::Kind::Validation, migration.refusal, context);
    const auto fresh = m_ctx.journal->migration(migration.record.id);
    if (!fresh)
        return fresh.error();
    QStringList warnings;
    bool upgradeUnclear = false;
    if (const QString refusal = journalRefusal(*m_ctx.journal, fresh.value(), &warnings, &upgradeUnclear);
        !refusal.isEmpty())
        return Error::make(Error::Kind::Conflict, refusal, context);
    if (fresh->state == JournalState::Cancelled)
        return {};
    const QString who =
        m_ctx.config.operatorName.isEmpty() ? journal::Journal::currentOsUser() : m_ctx.config.operatorName;
    const QString note =
        QStringLiteral("cancelled by %1 with offer-migrator cancel; nothing was sent to Partner "
                       "Center")
            .arg(who.isEmpty() ? QStringLiteral("the operator") : who);
    if (fresh->state == JournalState::Purchasing) { // the journal closes a migration only from failed
        journal::MigrationUpdate failed;
        failed.lastError = note;
        if (const auto moved = m_ctx.journal->transition(fresh->id, JournalState::Failed, failed); !moved)
            return moved.error();
    }
    journal::MigrationUpdate cancelled;
    cancelled.note = note;
    if (const auto moved = m_ctx.journal->transition(fresh->id, JournalState::Cancelled, cancelled); !moved)
        return moved.error();
    qCInfo(lcEngine) << "migration" << fresh->id << "of" << fresh->plan.oldSubscriptionId << "cancelled";
    return {};
}

} // namespace om::engine
