#include "ui/MigrationWizardController.h"

#include "domain/CsvReportWriter.h"
#include "domain/MigrationState.h"
#include "domain/OfferCatalogue.h"
#include "domain/UserTableModel.h"
#include "engine/MigrationEngine.h"
#include "journal/Journal.h"
#include "ui/GuiLog.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace om::gui {

using journal::JournalState;
using Row = domain::UserMigrationRow;

namespace {

MigrationWizardController::Page pageOfState(JournalState state)
{
    using Page = MigrationWizardController::Page;
    switch (state) {
    case JournalState::NotStarted:
    case JournalState::Purchasing:
        return Page::Purchase;
    case JournalState::Purchased:
    case JournalState::Reassigning:
        return Page::Reassign;
    case JournalState::Reassigned:
    case JournalState::Verifying:
    case JournalState::Verified:
    case JournalState::Suspending:
        return Page::Verify;
    case JournalState::Suspended:
        return Page::Summary;
    case JournalState::Failed:
    case JournalState::Cancelled:
        break;
    }
    return Page::Review;
}

} // namespace

MigrationWizardController::MigrationWizardController(pc::PartnerCenterClient &client,
                                                     journal::Journal &journal,
                                                     const domain::OfferCatalogue &catalogue,
                                                     const Clock &clock, QString customerId,
                                                     engine::EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_catalogue(catalogue)
    , m_clock(clock)
    , m_customerId(std::move(customerId))
    , m_engine(new engine::MigrationEngine(client, journal, catalogue, clock, std::move(config), this))
    , m_users(new domain::UserTableModel(this))
    , m_cancellation(new engine::PurchaseCancellation(
          engine::EngineContext{&client, &journal, &clock, m_engine->config()}, this))
{
    connect(m_engine, &engine::MigrationEngine::busyChanged, this, &MigrationWizardController::busyChanged);
    connect(m_engine, &engine::MigrationEngine::stepChanged, this, &MigrationWizardController::stepChanged);
    connect(m_engine, &engine::MigrationEngine::progress, this, &MigrationWizardController::progress);
    connect(m_engine, &engine::MigrationEngine::userResult, this, &MigrationWizardController::onUserResult);
    connect(m_engine, &engine::MigrationEngine::finished, this, &MigrationWizardController::onFinished);
}

MigrationWizardController::~MigrationWizardController() = default;

bool MigrationWizardController::hasPlan() const
{
    return m_engine->hasPlan();
}
bool MigrationWizardController::isBusy() const
{
    return m_engine->isBusy() || m_cancelBusy;
}

void MigrationWizardController::setCancelBusy(bool busy)
{
    if (m_cancelBusy == busy)
        return;
    m_cancelBusy = busy;
    emit busyChanged(isBusy());
}

bool MigrationWizardController::canCancelPurchase() const
{
    const Page s = stage();
    return !isBusy() && hasPlan() && s > Page::Purchase && s < Page::Summary;
}

bool MigrationWizardController::inspectPurchases()
{
    if (isBusy())
        return refuse(tr("Wait for the current step to finish."));
    setCancelBusy(true);
    m_cancellation->inspect(m_customerId, QString(),
                            [this](const Result<QList<engine::CancellablePurchase>> &r) {
                                setCancelBusy(false);
                                m_purchases = r ? r.value() : QList<engine::CancellablePurchase>();
                                setError(r ? QString() : r.error().message);
                                emit purchasesInspected();
                            });
    return true;
}

bool MigrationWizardController::cancelPurchase(qint64 migrationId)
{
    if (isBusy())
        return refuse(tr("Wait for the current step to finish."));
    const auto it =
        std::find_if(m_purchases.cbegin(), m_purchases.cend(),
                     [&](const engine::CancellablePurchase &p) { return p.migrationId == migrationId; });
    if (it == m_purchases.cend())
        return refuse(tr("Check the purchases again before cancelling."));
    setCancelBusy(true);
    m_cancellation->cancel(*it, [this](const Status &status) {
        setCancelBusy(false);
        setError(status ? QString() : status.error().message);
        emit purchaseCancelled(status.ok());
        emit stateChanged();
        if (status)
            start(); // the cancelled migration frees the subscription: plan it again
    });
    return true;
}
engine::Step MigrationWizardController::currentStep() const
{
    return m_engine->currentStep();
}
const engine::MigrationPlanSet &MigrationWizardController::plan() const
{
    return m_engine->currentPlan();
}

void MigrationWizardController::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorChanged(text);
}

bool MigrationWizardController::refuse(const QString &why)
{
    setError(why);
    return false;
}

bool MigrationWizardController::start()
{
    engine::MigrationRequest request;
    request.customerId = m_customerId;
    if (!m_engine->plan(request))
        return refuse(m_engine->errorText());
    m_lastRun = LastRun::Plan;
    setError({});
    return true;
}

bool MigrationWizardController::choose(const QString &itemId, const QString &termDuration,
                                       const QString &billingCycle, int quantity)
{
    if (isBusy())
        return refuse(tr("Wait for the current step to finish."));
    if (!hasPlan() || plan().subscriptions.isEmpty())
        return refuse(tr("There is nothing to migrate."));
    if (stage() > Page::Replacement)
        return refuse(tr("The replacement is already bought; it can no longer change."));
    engine::MigrationRequest request;
    request.customerId = m_customerId;
    request.subscriptionId = plan().subscriptions.constFirst().oldSubscription.id;
    request.targetItem = itemId;
    request.termDuration = termDuration;
    request.billingCycle = billingCycle;
    request.quantity = quantity;
    if (!m_engine->plan(request))
        return refuse(m_engine->errorText());
    m_lastRun = LastRun::Plan;
    setError({});
    return true;
}

bool MigrationWizardController::run(bool allowed, const QString &why, bool (engine::MigrationEngine::*step)(),
                                    LastRun kind)
{
    if (!allowed)
        return refuse(why);
    if (!(m_engine->*step)())
        return refuse(m_engine->errorText());
    m_lastRun = kind;
    setError({});
    emit stateChanged(); // busy now: the pages disable their buttons
    return true;
}

bool MigrationWizardController::purchase()
{
    return run(canPurchase(), purchaseBlockedReason(), &engine::MigrationEngine::purchase, LastRun::Purchase);
}

bool MigrationWizardController::reassign()
{
    return run(canReassign(), tr("Licences move after the replacement is bought, one step at a time."),
               &engine::MigrationEngine::reassign, LastRun::Reassign);
}

bool MigrationWizardController::retryFailedUsers()
{
    return run(canRetryFailedUsers(), tr("No user is waiting for a retry."),
               &engine::MigrationEngine::retryFailedUsers, LastRun::Reassign);
}

bool MigrationWizardController::verify()
{
    return run(canVerify(), tr("Verification comes after the licences were moved."),
               &engine::MigrationEngine::verify, LastRun::Verify);
}

bool MigrationWizardController::suspend()
{
    return run(canSuspend(), suspendBlockedReason(), &engine::MigrationEngine::suspend, LastRun::Suspend);
}

MigrationWizardController::Page MigrationWizardController::stageOf(const engine::SubscriptionPlan &p) const
{
    const auto rec = m_journal.findMigration(m_customerId, p.oldSubscription.id);
    if (!rec.ok() || !rec.value().has_value())
        return Page::Review;
    const journal::MigrationRecord &m = *rec.value();
    return pageOfState(m.state == JournalState::Failed ? m.failedFrom : m.state);
}

MigrationWizardController::Page MigrationWizardController::stage() const
{
    if (!hasPlan() || plan().subscriptions.isEmpty())
        return Page::Review;
    Page least = Page::Summary;
    for (const engine::SubscriptionPlan &p : plan().subscriptions)
        least = std::min(least, stageOf(p));
    return least;
}

bool MigrationWizardController::canPurchase() const
{
    return !isBusy() && purchaseBlockedReason().isEmpty() && stage() <= Page::Purchase;
}

QString MigrationWizardController::purchaseBlockedReason() const
{
    if (!hasPlan())
        return tr("The customer's subscriptions are still being read.");
    if (plan().subscriptions.isEmpty())
        return tr("This customer has no retired subscription to migrate.");
    if (stage() > Page::Purchase)
        return tr("The replacement is already bought.");
    QStringList blocking;
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        if (stageOf(p) > Page::Review)
            continue;
        for (const engine::PlanIssue &i : p.issues) {
            if (i.severity == engine::IssueSeverity::Blocking)
                blocking.append(i.text);
        }
    }
    if (!blocking.isEmpty())
        return tr("A check blocks the purchase: %1").arg(blocking.join(QStringLiteral("; ")));
    return {};
}

bool MigrationWizardController::canReassign() const
{
    const Page s = stage();
    return !isBusy() && hasPlan() && (s == Page::Reassign || (s == Page::Verify && hasFailedUsers()));
}

bool MigrationWizardController::canRetryFailedUsers() const
{
    const Page s = stage();
    return !isBusy() && hasFailedUsers() && (s == Page::Reassign || s == Page::Verify);
}

bool MigrationWizardController::canVerify() const
{
    const Page s = stage();
    return !isBusy() && hasPlan() && (s == Page::Verify || (s == Page::Reassign && m_reassignRan));
}

bool MigrationWizardController::canSuspend() const
{
    return !isBusy() && suspendBlockedReason().isEmpty() && stage() == Page::Verify;
}

QString MigrationWizardController::suspendBlockedReason() const
{
    if (!hasPlan() || stage() < Page::Reassign)
        return tr("Buy the replacement and move the licences first.");
    if (stage() > Page::Verify)
        return tr("The old subscription is already suspended.");
    QStringList holders;
    for (int r = 0; r < m_users->rowCount(); ++r) {
        const Row &u = m_users->user(r);
        if (u.result == Row::Result::Failed || u.result == Row::Result::Pending)
            holders.append(u.detail.isEmpty() ? u.userPrincipalName
                                              : QStringLiteral("%1 (%2)").arg(u.userPrincipalName, u.detail));
    }
    if (!holders.isEmpty())
        return tr("%n user(s) still hold the old licence: %1", nullptr, int(holders.size()))
            .arg(holders.join(QStringLiteral("; ")));
    if (stage() < Page::Verify)
        return tr("The licences have not all moved yet.");
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        const auto rec = m_journal.findMigration(m_customerId, p.oldSubscription.id);
        if (rec.ok() && rec.value().has_value() && rec.value()->state != JournalState::Verified &&
            rec.value()->state != JournalState::Suspending && rec.value()->state != JournalState::Suspended)
            return m_verifyError.isEmpty() ? tr("Run the checks first.") : m_verifyError;
    }
    return {};
}

bool MigrationWizardController::hasFailedUsers() const
{
    for (int r = 0; r < m_users->rowCount(); ++r) {
        const Row::Result result = m_users->user(r).result;
        if (result == Row::Result::Failed || (m_reassignRan && result == Row::Result::Pending))
            return true;
    }
    return false;
}

int MigrationWizardController::usersMoved() const
{
    int moved = 0;
    for (int r = 0; r < m_users->rowCount(); ++r) {
        const Row::Result result = m_users->user(r).result;
        moved += result == Row::Result::Moved || result == Row::Result::AlreadyMoved ? 1 : 0;
    }
    return moved;
}

void MigrationWizardController::loadUsers()
{
    QList<Row> rows;
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        QHash<QString, journal::UserMove> moves;
        QStringList order;
        if (const auto rec = m_journal.findMigration(m_customerId, p.oldSubscription.id);
            rec.ok() && rec.value().has_value()) {
            if (const auto list = m_journal.userMoves(rec.value()->id); list.ok()) {
                for (const journal::UserMove &m : list.value()) {
                    moves.insert(m.userId.toLower(), m);
                    order.append(m.userId.toLower());
                }
            }
        }
        const QString oldName =
            p.retiredOfferName.isEmpty() ? p.oldSubscription.offerName : p.retiredOfferName;
        auto rowOf = [&](const QString &id) {
            Row row;
            row.userId = id;
            row.oldLicence = oldName;
            row.newLicence = p.target.name;
            return row;
        };
        QSet<QString> seen;
        for (const engine::PlannedUser &u : p.users) {
            Row row = rowOf(u.id);
            row.displayName = u.displayName;
            row.userPrincipalName = u.upn;
            row.usageLocation = u.usageLocation;
            row.result = u.holdsOld ? Row::Result::Pending : Row::Result::AlreadyMoved;
            const auto move = moves.constFind(u.id.toLower());
            if (move != moves.cend()) {
                if (move->state == journal::UserMoveState::Moved)
                    row.result = Row::Result::Moved;
                else if (move->state == journal::UserMoveState::Failed)
                    row.result = Row::Result::Failed;
                else if (move->state == journal::UserMoveState::Skipped)
                    row.result = Row::Result::Skipped;
                row.detail = move->lastError;
            }
            seen.insert(u.id.toLower());
            rows.append(row);
        }
        for (const QString &id : std::as_const(order)) { // tracked by the journal, gone from the plan
            if (seen.contains(id))
                continue;
            const journal::UserMove &m = moves[id];
            Row row = rowOf(m.userId);
            row.displayName = m.displayName;
            row.userPrincipalName = m.upn;
            row.result = m.state == journal::UserMoveState::Moved     ? Row::Result::Moved
                         : m.state == journal::UserMoveState::Failed  ? Row::Result::Failed
                         : m.state == journal::UserMoveState::Skipped ? Row::Result::Skipped
                                                                      : Row::Result::Pending;
            row.detail = m.lastError;
            rows.append(row);
        }
    }
    m_users->setUsers(rows);
}

void MigrationWizardController::onUserResult(const engine::UserResult &result)
{
    for (int r = 0; r < m_users->rowCount(); ++r) {
        Row row = m_users->user(r);
        if (row.userId.compare(result.userId, Qt::CaseInsensitive) != 0)
            continue;
        row.result = result.moved ? Row::Result::Moved : Row::Result::Failed;
        row.detail = result.error;
        m_users->updateUser(row);
        return;
    }
}

void MigrationWizardController::onFinished(const engine::EngineResult &result)
{
    if (stage() >= Page::Verify)
        m_reassignRan = true;
    loadUsers();
    if (!result.ok && !result.errors.isEmpty())
        setError(result.errors.constFirst().message);
    else if (!result.ok)
        setError(result.summary);
    if (m_lastRun == LastRun::Reassign)
        m_reassignRan = true;
    if (m_lastRun == LastRun::Verify) {
        m_verifyRan = true;
        m_verifyError = result.ok ? QString() : m_errorText;
    }
    if (m_lastRun == LastRun::Plan)
        emit planChanged();
    m_lastRun = LastRun::None;
    emit stateChanged();
}

QList<MigrationWizardController::Check> MigrationWizardController::checks() const
{
    QList<Check> out;
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        const auto rec = m_journal.findMigration(m_customerId, p.oldSubscription.id);
        const bool bought = rec.ok() && rec.value().has_value() && !rec.value()->newSubscriptionId.isEmpty();
        out.append({bought, bought
                                ? tr("Replacement subscription %1 bought (%2)")
                                      .arg(rec.value()->newSubscriptionId, p.target.name)
                                : tr("No replacement bought yet for %1").arg(p.oldSubscription.offerName)});
    }
    int left = 0;
    for (int r = 0; r < m_users->rowCount(); ++r) {
        const Row::Result result = m_users->user(r).result;
        left += result == Row::Result::Failed || result == Row::Result::Pending ? 1 : 0;
    }
    out.append({left == 0, left == 0 ? tr("Every user holds the new licence (%n user(s))", nullptr,
                                          int(m_users->rowCount()))
                                     : tr("%n user(s) still hold the old licence", nullptr, left)});
    const bool verified = stage() > Page::Verify || suspendBlockedReason().isEmpty();
    out.append({verified, verified ? tr("Partner Center confirms no seat of the old subscription is in use")
                          : m_verifyRan ? tr("Partner Center check failed: %1").arg(m_verifyError)
                                        : tr("Partner Center has not been asked yet")});
    return out;
}

QDate MigrationWizardController::deprovisionDate() const
{
    QDate latest;
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        const auto rec = m_journal.findMigration(m_customerId, p.oldSubscription.id);
        if (rec.ok() && rec.value().has_value() && rec.value()->deprovisionDate.isValid())
            latest = std::max(latest, rec.value()->deprovisionDate);
    }
    return latest;
}

QString MigrationWizardController::summaryText() const
{
    QStringList lines;
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        const auto rec = m_journal.findMigration(m_customerId, p.oldSubscription.id);
        if (!rec.ok() || !rec.value().has_value()) {
            lines.append(tr("%1: not migrated").arg(p.oldSubscription.offerName));
            continue;
        }
        const journal::MigrationRecord &m = *rec.value();
        lines.append(tr("%1 → %2 (%n licence(s)), new subscription %3: %4", nullptr, m.plan.plannedQuantity)
                         .arg(p.oldSubscription.offerName, p.target.name)
                         .arg(m.newSubscriptionId,
                              domain::migrationStateDisplayName(journal::toReportState(m.state))));
        if (m.suspendedAt.isValid())
            lines.append(
                tr("Old subscription suspended on %1; Microsoft de-provisions it around %2.")
                    .arg(QLocale().toString(m.suspendedAt.toLocalTime().date(), QLocale::ShortFormat),
                         QLocale().toString(m.deprovisionDate, QLocale::ShortFormat)));
    }
    lines.append(tr("%n user(s) moved to the new licence.", nullptr, usersMoved()));
    return lines.join(QLatin1Char('\n'));
}

Status MigrationWizardController::exportReport(const QString &path,
                                               const domain::ScanSnapshot &snapshot) const
{
    domain::ScanSnapshot mine = snapshot;
    mine.customers.clear();
    for (const domain::CustomerRecord &c : snapshot.customers) {
        if (c.id.compare(m_customerId, Qt::CaseInsensitive) == 0)
            mine.customers.append(c);
    }
    if (mine.customers.isEmpty())
        return Error::make(Error::Kind::Validation, tr("This customer is not in the last scan; scan first."),
                           m_customerId);
    Result<domain::MigrationProgressMap> progress = m_journal.progressBySubscription();
    if (!progress.ok())
        return progress.error();
    domain::CsvReportWriter writer(m_catalogue, m_clock);
    domain::CsvReportOptions options;
    options.byteOrderMark = true;
    return writer.writeFile(path, mine, progress.value(), options);
}

} // namespace om::gui
