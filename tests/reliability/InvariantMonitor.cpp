#include "tests/reliability/InvariantMonitor.h"

#include "sandbox/store/SandboxStore.h"

#include <QHash>
#include <QUuid>

namespace om::test {

using journal::JournalState;
using journal::WriteStatus;
using sandbox::SubscriptionStatus;

namespace {

bool sameId(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool sameRequestId(const QString &a, const QByteArray &b)
{
    const QUuid x = QUuid::fromString(a);
    return !x.isNull() && x == QUuid::fromString(QLatin1String(b));
}

bool isMutating(const QByteArray &method)
{
    return method == "POST" || method == "PATCH" || method == "PUT" || method == "DELETE";
}

} // namespace

InvariantMonitor::InvariantMonitor(sandbox::SandboxHost &host, Target target, JournalAccess journal,
                                   QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_target(std::move(target))
    , m_journal(std::move(journal))
{
    const sandbox::SandboxStore &store = host.store();
    const QString &cid = m_target.customerId;
    for (const sandbox::SubscriptionRecord *s : store.subscriptions(cid)) {
        m_initialSubscriptions.insert(s->id.toLower());
        m_lastStatus.insert(s->id.toLower(), store.effectiveStatus(*s));
    }
    for (const sandbox::OrderRecord *o : store.orders(cid))
        m_initialOrders.insert(o->id.toLower());
    for (const sandbox::UserRecord *u : store.users(cid))
        m_initialLicences.insert(u->id.toLower(), store.userSkuIds(cid, u->id));
    connect(&host.server(), &sandbox::SandboxServer::requestArrived, this, &InvariantMonitor::onArrived);
    connect(&host.server(), &sandbox::SandboxServer::requestServed, this, &InvariantMonitor::onServed);
}

void InvariantMonitor::violation(const QString &text)
{
    if (m_reported.contains(text))
        return;
    m_reported.insert(text);
    m_violations.append(text);
}

std::optional<journal::MigrationRecord> InvariantMonitor::migration()
{
    journal::Journal *j = m_journal();
    if (!j)
        return std::nullopt;
    const auto found = j->findMigration(m_target.customerId, m_target.oldSubscriptionId);
    if (!found || !found.value())
        return std::nullopt;
    return *found.value();
}

bool InvariantMonitor::learnTarget()
{
    if (!m_targetSku.isEmpty())
        return true;
    const auto m = migration();
    if (!m)
        return false;
    m_targetOfferId = m->plan.targetOfferId;
    m_targetSku = m->plan.targetSku;
    return true;
}

bool InvariantMonitor::journalSaysVerified(qint64 migrationId)
{
    journal::Journal *j = m_journal();
    if (!j)
        return false;
    const auto events = j->events(migrationId);
    if (!events)
        return false;
    int verified = -1;
    int reassigning = -1;
    for (int i = 0; i < events->size(); ++i) {
        const journal::JournalEvent &e = events->at(i);
        if (e.step != QLatin1String("state"))
            continue;
        if (e.text.contains(QLatin1String("-> verified")))
            verified = i;
        if (e.text.contains(QLatin1String("-> reassigning")))
            reassigning = i;
    }
    return verified >= 0 && verified > reassigning;
}

int InvariantMonitor::boughtCount() const
{
    int bought = 0;
    for (const sandbox::SubscriptionRecord *s : m_host.store().subscriptions(m_target.customerId))
        bought +=
            !m_initialSubscriptions.contains(s->id.toLower()) && sameId(s->offerId, m_targetOfferId) ? 1 : 0;
    return bought;
}

void InvariantMonitor::onArrived(const sandbox::SandboxRequest &request)
{
    const QString customerPath = QStringLiteral("/v1/customers/") + m_target.customerId;
    if (!isMutating(request.method) || !request.path.startsWith(customerPath, Qt::CaseInsensitive))
        return;
    const QByteArray requestId = request.header("ms-requestid");
    const QString what = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    const JournalView view = readJournal();
    if (view.migrations.isEmpty()) {
        violation(
            QStringLiteral("write-ahead: %1 arrived before the journal recorded a migration").arg(what));
        return;
    }
    bool recorded = false;
    for (const journal::WriteRequest &w : view.writes) {
        if (!sameRequestId(w.requestId, requestId))
            continue;
        recorded = true;
        if (w.status != WriteStatus::Pending)
            violation(QStringLiteral("write-ahead: %1 arrived with request id %2 already closed (%3)")
                          .arg(what, w.requestId, journal::writeStatusToken(w.status)));
        if (w.path.compare(request.path, Qt::CaseInsensitive) != 0)
            violation(QStringLiteral("write-ahead: %1 carries the request id of %2").arg(what, w.path));
    }
    if (!recorded)
        violation(QStringLiteral("write-ahead: %1 arrived with request id '%2' the journal never recorded")
                      .arg(what, QString::fromLatin1(requestId)));
    if (request.method != "PATCH")
        return;
    // A PATCH of a retired subscription is its suspend: only while its migration is suspending, after verify.
    for (const journal::MigrationRecord &m : view.migrations) {
        const QString oldPath = customerPath + QStringLiteral("/subscriptions/") + m.plan.oldSubscriptionId;
        if (m.state == JournalState::Cancelled || request.path.compare(oldPath, Qt::CaseInsensitive) != 0)
            continue;
        if (m.state != JournalState::Suspending)
            violation(QStringLiteral("suspend PATCH of %1 arrived while the journal says %2")
                          .arg(m.plan.oldSubscriptionId, journal::journalStateToken(m.state)));
        if (!journalSaysVerified(m.id))
            violation(QStringLiteral("suspend PATCH of %1 arrived before the journal recorded 'verified'")
                          .arg(m.plan.oldSubscriptionId));
    }
}

void InvariantMonitor::onServed(const QByteArray &, const QString &path, int, const QByteArray &)
{
    if (!path.startsWith(QLatin1String("/v1"), Qt::CaseInsensitive))
        return;
    checkState(QStringLiteral("after serving %1").arg(path));
}

void InvariantMonitor::checkState(const QString &when)
{
    ++m_observations;
    checkCustomer(when);
    if (m_target.oldSubscriptionId.isEmpty())
        return;
    sandbox::SandboxStore &store = m_host.store();
    const QString &cid = m_target.customerId;
    const bool known = learnTarget();
    if (known) {
        const int bought = boughtCount();
        if (bought > 1)
            violation(QStringLiteral("%1 subscriptions of %2 bought, 1 planned (%3)")
                          .arg(bought)
                          .arg(m_targetOfferId, when));
    }
    for (const QString &u : std::as_const(m_target.plannedUsers)) {
        const bool hasOld = store.userHasSku(cid, u, m_target.oldSku);
        const bool hasNew = known && store.userHasSku(cid, u, m_targetSku);
        if (hasOld == hasNew)
            violation(
                QStringLiteral("user %1 holds %2 (%3)")
                    .arg(u, hasOld ? QStringLiteral("both SKUs") : QStringLiteral("neither SKU"), when));
    }
    for (const QString &u : std::as_const(m_target.problemUsers)) {
        if (!store.userHasSku(cid, u, m_target.oldSku))
            violation(QStringLiteral("problem user %1 lost the old licence (%2)").arg(u, when));
    }
    const sandbox::SubscriptionRecord *old = store.subscription(cid, m_target.oldSubscriptionId);
    if (old && store.effectiveStatus(*old) == SubscriptionStatus::Suspended) {
        const int holders = store.consumedUnits(cid, m_target.oldSku);
        if (holders > 0)
            violation(QStringLiteral("old subscription suspended while %1 users hold the old licence (%2)")
                          .arg(holders)
                          .arg(when));
        const auto m = migration();
        if (!m || !journalSaysVerified(m->id))
            violation(QStringLiteral("old subscription suspended without 'verified' in the journal (%1)")
                          .arg(when));
    }
}

void InvariantMonitor::checkJournalMatchesSandbox(const QString &when)
{
    checkState(when);
    checkMigrationsMatchSandbox(when);
    if (!m_allowPending) {
        for (const journal::WriteRequest &w : readJournal().writes) {
            if (w.status == WriteStatus::Pending)
                violation(QStringLiteral("write %1 %2 of migration #%3 left pending without a kill (%4)")
                              .arg(journal::writeKindToken(w.kind), w.key)
                              .arg(w.migrationId)
                              .arg(when));
        }
    }
    std::optional<journal::MigrationRecord> m;
    if (!m_target.oldSubscriptionId.isEmpty())
        m = migration();
    if (!m)
        return;
    journal::Journal *j = m_journal();
    sandbox::SandboxStore &store = m_host.store();
    const QString &cid = m_target.customerId;
    learnTarget();
    const int bought = boughtCount();
    if (!m->newSubscriptionId.isEmpty()) {
        const sandbox::SubscriptionRecord *s = store.subscription(cid, m->newSubscriptionId);
        if (!s || !sameId(s->offerId, m_targetOfferId))
            violation(QStringLiteral("journal's new subscription %1 is not a %2 in the sandbox (%3)")
                          .arg(m->newSubscriptionId, m_targetOfferId, when));
    } else if (bought > 0) {
        // Bought but not recorded: only allowed while the checkout is pending or unreadable.
        bool checkoutRecorded = false;
        if (const auto writes = j->writes(m->id)) {
            for (const journal::WriteRequest &w : writes.value())
                checkoutRecorded = checkoutRecorded || w.kind == journal::WriteKind::Checkout ||
                                   w.kind == journal::WriteKind::CreateOrder;
        }
        if (!checkoutRecorded)
            violation(QStringLiteral("a %1 was bought but the journal has no purchase write (%2)")
                          .arg(m_targetOfferId, when));
    }
    if (const auto moves = j->userMoves(m->id)) {
        for (const journal::UserMove &mv : moves.value()) {
            if (mv.state == journal::UserMoveState::Moved && !store.userHasSku(cid, mv.userId, m_targetSku))
                violation(QStringLiteral("journal says %1 moved but the sandbox disagrees (%2)")
                              .arg(mv.userId, when));
        }
    }
    const sandbox::SubscriptionRecord *old = store.subscription(cid, m_target.oldSubscriptionId);
    const bool oldSuspended = old && store.effectiveStatus(*old) == SubscriptionStatus::Suspended;
    if (m->state == JournalState::Suspended && !oldSuspended)
        violation(QStringLiteral("journal says suspended, the sandbox does not (%1)").arg(when));
    const bool suspending = m->state == JournalState::Suspending || m->state == JournalState::Suspended ||
                            (m->state == JournalState::Failed && m->failedFrom == JournalState::Suspending);
    if (oldSuspended && !suspending)
        violation(QStringLiteral("sandbox suspended the old subscription while the journal says %1 (%2)")
                      .arg(journal::journalStateToken(m->state), when));
}

void InvariantMonitor::checkFinal(bool expectDone)
{
    const bool saved = m_allowPending;
    m_allowPending = false;
    checkJournalMatchesSandbox(QStringLiteral("at the end"));
    m_allowPending = saved;
    // Writes of every migration: each one closed; per (kind, key) every earlier write closed with a reason.
    QHash<QString, QList<journal::WriteRequest>> groups;
    for (const journal::WriteRequest &w : readJournal().writes)
        groups[QStringLiteral("#%1 ").arg(w.migrationId) + journal::writeKindToken(w.kind) +
               QLatin1Char('/') + w.key.toLower()]
            .append(w);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        int answered = 0;
        for (const journal::WriteRequest &w : it.value()) {
            answered += w.status == WriteStatus::Answered ? 1 : 0;
            if (w.status == WriteStatus::Failed && w.responseBody.isEmpty())
                violation(QStringLiteral("write %1 failed without a recorded reason").arg(it.key()));
            if (w.createdAt.isNull())
                violation(QStringLiteral("write %1 has no 'before' record time").arg(it.key()));
        }
        if (answered > 1)
            violation(
                QStringLiteral("write %1 was answered %2 times: sent twice").arg(it.key()).arg(answered));
    }
    checkCustomerFinal(expectDone);
    if (m_target.oldSubscriptionId.isEmpty())
        return;
    const auto m = migration();
    sandbox::SandboxStore &store = m_host.store();
    const QString &cid = m_target.customerId;
    if (!m) {
        if (expectDone)
            violation(QStringLiteral("no migration in the journal at the end"));
        return;
    }
    if (!expectDone)
        return;
    if (m->state != JournalState::Suspended)
        violation(
            QStringLiteral("migration ended %1, not suspended").arg(journal::journalStateToken(m->state)));
    const int bought = boughtCount();
    if (bought != 1)
        violation(QStringLiteral("%1 replacement subscriptions at the end, 1 expected").arg(bought));
    for (const QString &u : std::as_const(m_target.plannedUsers)) {
        if (!store.userHasSku(cid, u, m_targetSku) || store.userHasSku(cid, u, m_target.oldSku))
            violation(QStringLiteral("user %1 does not hold only the new SKU at the end").arg(u));
    }
    const sandbox::SubscriptionRecord *old = store.subscription(cid, m_target.oldSubscriptionId);
    if (!old || store.effectiveStatus(*old) != SubscriptionStatus::Suspended)
        violation(QStringLiteral("old subscription not suspended at the end"));
}

} // namespace om::test
