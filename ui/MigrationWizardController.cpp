#include "ui/MigrationWizardController.h"

#include "domain/OfferCatalogue.h"
#include "engine/Lifecycle.h"
#include "engine/MigrationEngine.h"
#include "journal/Journal.h"
#include "ui/GuiLog.h"
#include "ui/wizard/UsageLocationFix.h"
#include "ui/wizard/WizardTexts.h"
#include "ui/wizard/WizardUserModel.h"

#include <algorithm>

namespace om::gui {

using journal::JournalState;

namespace {

using P = MigrationWizardController::Page;
static_assert(MigrationWizardController::isPast(P::Summary, P::Review));
static_assert(MigrationWizardController::isPast(P::Reassign, P::Purchase));
static_assert(!MigrationWizardController::isPast(P::Verify, P::Verify));
static_assert(!MigrationWizardController::isPast(P::Replacement, P::Purchase));

// The only place a Step becomes a Page: an exhaustive switch, no order.
MigrationWizardController::Page pageOfStep(engine::Step step)
{
    using Page = MigrationWizardController::Page;
    switch (step) {
    case engine::Step::Idle:
    case engine::Step::Plan:
        return Page::Review;
    case engine::Step::Purchase:
        return Page::Purchase;
    case engine::Step::Reassign:
        return Page::Reassign;
    case engine::Step::Verify:
    case engine::Step::Suspend:
        return Page::Verify; // verify and suspend share a page
    case engine::Step::Done:
        return Page::Summary;
    }
    return Page::Review;
}

bool sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

MigrationWizardController::MigrationWizardController(pc::PartnerCenterClient &client,
                                                     journal::Journal &journal,
                                                     const domain::OfferCatalogue &catalogue,
                                                     const Clock &clock, QString customerId,
                                                     engine::EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_catalogue(catalogue)
    , m_clock(clock)
    , m_customerId(std::move(customerId))
    , m_engine(new engine::MigrationEngine(client, journal, catalogue, clock, std::move(config), this))
    , m_users(new WizardUserModel(this))
    , m_fix(new UsageLocationFix(engine::EngineContext{&client, &journal, &clock, m_engine->config()}, this))
    , m_cancellation(new engine::PurchaseCancellation(
          engine::EngineContext{&client, &journal, &clock, m_engine->config()}, this))
{
    m_replanTimer.setSingleShot(true);
    m_replanTimer.setInterval(400);
    connect(&m_replanTimer, &QTimer::timeout, this, [this]() {
        if (!isBusy())
            startPlanning(); // else: started when the running step ends (onFinished)
    });
    connect(m_engine, &engine::MigrationEngine::busyChanged, this, &MigrationWizardController::updateBusy);
    connect(m_engine, &engine::MigrationEngine::stepChanged, this, &MigrationWizardController::stepChanged);
    connect(m_engine, &engine::MigrationEngine::progress, this, &MigrationWizardController::progress);
    connect(m_engine, &engine::MigrationEngine::userResult, this, &MigrationWizardController::onUserResult);
    connect(m_engine, &engine::MigrationEngine::finished, this, &MigrationWizardController::onFinished);
    connect(&journal.changes(), &journal::JournalNotifier::migrationChanged, this,
            [this](const QString &changedCustomer, qint64) {
                if (changedCustomer.isEmpty() || sameId(changedCustomer, m_customerId))
                    m_snapshotStale = true;
            });
    connect(m_users, &WizardUserModel::exclusionRequested, this,
            [this](const QString &subscriptionId, const QString &userId, bool excluded) {
                setExcluded(subscriptionId, userId, excluded);
            });
}

MigrationWizardController::~MigrationWizardController() = default;

void MigrationWizardController::refreshSnapshot() const
{
    if (!m_snapshotStale)
        return;
    auto migrations = m_journal.migrations(m_customerId);
    auto users = m_journal.userMovesOfCustomer(m_customerId);
    if (!migrations || !users) { // shown as nothing journalled yet; asked again next time
        qCWarning(lcGui) << "could not read the journal of customer" << m_customerId << ":"
                         << (migrations ? users.error() : migrations.error()).toString();
        m_snapshot = {};
        return;
    }
    m_snapshot.migrations = migrations.take();
    m_snapshot.users = users.take();
    m_snapshotStale = false;
}

// As Journal::findMigration: the migration of this old subscription that is not cancelled.
const journal::MigrationRecord *MigrationWizardController::recordOf(const QString &oldSubscriptionId) const
{
    refreshSnapshot();
    for (const journal::MigrationRecord &m : std::as_const(m_snapshot.migrations)) {
        if (m.plan.oldSubscriptionId == oldSubscriptionId && m.state != JournalState::Cancelled)
            return &m;
    }
    return nullptr;
}

QList<journal::UserMove> MigrationWizardController::movesOf(qint64 migrationId) const
{
    refreshSnapshot();
    return m_snapshot.users.value(migrationId);
}

bool MigrationWizardController::hasPlan() const
{
    return m_adopted;
}

bool MigrationWizardController::isBusy() const
{
    return m_engine->isBusy() || m_cancelBusy || m_planning || m_fix->isBusy();
}

void MigrationWizardController::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

engine::Step MigrationWizardController::currentStep() const
{
    return m_engine->currentStep();
}

// While a round plans one subscription at a time the engine holds only that one: show the last whole plan.
const engine::MigrationPlanSet &MigrationWizardController::plan() const
{
    return m_planning ? m_shown : m_engine->currentPlan();
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

// ---- Steps ---------------------------------------------------------------------------------------------

bool MigrationWizardController::run(bool allowed, const QString &why, bool (engine::MigrationEngine::*step)(),
                                    LastRun kind)
{
    if (!allowed)
        return refuse(why);
    if (!(m_engine->*step)())
        return refuse(WizardTexts::explainRefusal(m_engine->errorText()));
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
    return run(canReassign(), tr("Licences move after the replacement is bought; buy it first."),
               &engine::MigrationEngine::reassign, LastRun::Reassign);
}

bool MigrationWizardController::retryFailedUsers()
{
    return run(canRetryFailedUsers(), tr("No user is waiting for a retry."),
               &engine::MigrationEngine::reassign, LastRun::Reassign);
}

bool MigrationWizardController::verify()
{
    return run(canVerify(), tr("The checks come after the licences moved; move them first."),
               &engine::MigrationEngine::verify, LastRun::Verify);
}

bool MigrationWizardController::suspend()
{
    return run(canSuspend(), suspendBlockedReason(), &engine::MigrationEngine::suspend, LastRun::Suspend);
}

QString MigrationWizardController::suggestedUsageLocation() const
{
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        if (!p.market.isEmpty())
            return p.market.toUpper();
    }
    return {};
}

const engine::SubscriptionPlan *MigrationWizardController::subscriptionOfUser(const QString &userId) const
{
    const int row = m_users->rowOf(userId);
    if (row < 0 || !hasPlan())
        return nullptr;
    const QString sub = m_users->user(row).subscriptionId;
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        if (sameId(p.oldSubscription.id, sub))
            return &p;
    }
    return nullptr;
}

bool MigrationWizardController::canFixUsageLocation(const QString &userId) const
{
    const int row = m_users->rowOf(userId);
    if (isBusy() || row < 0)
        return false;
    const WizardUser &u = m_users->user(row);
    const engine::SubscriptionPlan *p = subscriptionOfUser(userId);
    if (!p || u.excluded || u.result == WizardUser::Result::Moved ||
        u.result == WizardUser::Result::AlreadyMoved)
        return false;
    return u.usageLocation.trimmed().isEmpty() && recordOf(p->oldSubscription.id) &&
           !isPast(Page::Reassign, stageOf(*p)) && !isPast(stageOf(*p), Page::Verify);
}

bool MigrationWizardController::fixUsageLocation(const QString &userId, const QString &iso2)
{
    if (!canFixUsageLocation(userId))
        return refuse(tr("The usage location can be set here once the replacement is bought, for a user "
                         "without one; otherwise set it in the Microsoft 365 admin centre."));
    const engine::SubscriptionPlan *p = subscriptionOfUser(userId);
    const qint64 migrationId = recordOf(p->oldSubscription.id)->id;
    const WizardUser u = m_users->user(m_users->rowOf(userId));
    const bool started =
        m_fix->start(migrationId, m_customerId, u.userId, u.userPrincipalName, iso2,
                     [this, id = u.userId, code = iso2.toUpper()](const Status &s) { onFixed(id, code, s); });
    if (!started)
        return refuse(tr("“%1” is not a country code; choose a country from the list.").arg(iso2));
    setError({});
    updateBusy();
    emit stateChanged();
    return true;
}

void MigrationWizardController::onFixed(const QString &userId, const QString &code, const Status &status)
{
    updateBusy();
    if (!status) {
        setError(tr("The usage location was not set: %1").arg(WizardTexts::explain(status.error())));
        emit userFixed(userId, false);
        emit stateChanged();
        return;
    }
    const int row = m_users->rowOf(userId);
    if (row >= 0) {
        WizardUser u = m_users->user(row);
        u.usageLocation = code; // the plan read below confirms it
        m_users->updateUser(u);
    }
    emit userFixed(userId, true);
    // The plan holds the user as read before: read the customer again, then move the user.
    m_afterFix = true;
    startPlanning();
}

// ---- What may run now -------------------------------------------------------------------------------------

MigrationWizardController::Page MigrationWizardController::stageOf(const engine::SubscriptionPlan &p) const
{
    const journal::MigrationRecord *rec = recordOf(p.oldSubscription.id);
    if (!rec)
        return Page::Review;
    const journal::MigrationRecord &m = *rec;
    // One table for the engine and the wizard (engine/Lifecycle.h): purchased means the operator moves users
    // next while the engine may still finish the provisioning wait; suspend-only goes to the checks.
    return pageOfStep(engine::lifecycle::operatorStepOf(m.state, m.failedFrom, m.plan.path));
}

MigrationWizardController::Page MigrationWizardController::stage() const
{
    if (!hasPlan() || plan().subscriptions.isEmpty())
        return Page::Review;
    Page least = Page::Summary;
    for (const engine::SubscriptionPlan &p : plan().subscriptions)
        if (const Page s = stageOf(p); isPast(least, s))
            least = s;
    return least;
}

bool MigrationWizardController::canPurchase() const
{
    return !isBusy() && !planPending() && purchaseBlockedReason().isEmpty() &&
           !isPast(stage(), Page::Purchase);
}

QString MigrationWizardController::purchaseBlockedReason() const
{
    if (!hasPlan())
        return tr("The customer's subscriptions are still being read; wait a moment.");
    if (plan().subscriptions.isEmpty())
        return tr("This customer has no retired subscription to migrate; close the wizard.");
    if (isPast(stage(), Page::Purchase))
        return tr("The replacement is already bought; continue with the licences.");
    if (planPending() || m_planning)
        return tr("Your change is being checked; wait a moment.");
    if (m_planFailed)
        return tr("Your last change could not be checked, so nothing can be bought; change it again or "
                  "close and reopen the wizard.");
    QStringList blocking;
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        if (isPast(stageOf(p), Page::Review))
            continue;
        for (const engine::PlanIssue &i : p.issues) {
            if (i.severity == engine::IssueSeverity::Blocking && i.userId.isEmpty())
                blocking.append(i.text);
        }
    }
    if (!blocking.isEmpty())
        return tr("Nothing can be bought yet because %1; change the replacement or the quantity.")
            .arg(blocking.join(QStringLiteral("; ")));
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
    if (!hasPlan() || isPast(Page::Reassign, stage()))
        return tr("The old subscription can be suspended once the replacement is bought and the licences "
                  "moved; do those steps first.");
    if (isPast(stage(), Page::Verify))
        return tr("The old subscription is already suspended; nothing is left to do.");
    QStringList holders;
    QStringList excluded;
    for (const WizardUser &u : m_users->allUsers()) {
        if (u.excluded)
            excluded.append(u.userPrincipalName);
        else if (u.result == WizardUser::Result::Failed || u.result == WizardUser::Result::Pending)
            holders.append(u.userPrincipalName);
    }
    if (!excluded.isEmpty())
        return tr("%n user(s) you left out keep the old licence (%1), so the old subscription cannot be "
                  "suspended; tick Move for them on the licence step, or remove their licence in the admin "
                  "centre.",
                  nullptr, int(excluded.size()))
            .arg(excluded.join(QStringLiteral(", ")));
    if (!holders.isEmpty())
        return tr("%n user(s) still hold the old licence (%1), so it cannot be suspended yet; retry them, or "
                  "fix what the table says for each.",
                  nullptr, int(holders.size()))
            .arg(holders.join(QStringLiteral(", ")));
    if (isPast(Page::Verify, stage()))
        return tr("Not every licence has moved yet; wait for the licence step to finish.");
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        const journal::MigrationRecord *rec = recordOf(p.oldSubscription.id);
        if (rec && rec->state != JournalState::Verified && rec->state != JournalState::Suspending &&
            rec->state != JournalState::Suspended)
            return m_verifyError.isEmpty()
                       ? tr("Partner Center has not confirmed the move yet; run the checks.")
                       : m_verifyError;
    }
    return {};
}

bool MigrationWizardController::hasFailedUsers() const
{
    for (const WizardUser &u : m_users->allUsers()) {
        if (u.excluded)
            continue;
        if (u.result == WizardUser::Result::Failed ||
            (m_reassignRan && u.result == WizardUser::Result::Pending))
            return true;
    }
    return false;
}

int MigrationWizardController::usersMoved() const
{
    const auto &all = m_users->allUsers();
    return int(std::count_if(all.cbegin(), all.cend(), [](const WizardUser &u) {
        return u.result == WizardUser::Result::Moved || u.result == WizardUser::Result::AlreadyMoved;
    }));
}

// ---- Results
// -----------------------------------------------------------------------------------------------

void MigrationWizardController::loadUsers()
{
    QList<WizardUser> rows;
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        QHash<QString, journal::UserMove> moves;
        QStringList order;
        if (const journal::MigrationRecord *rec = recordOf(p.oldSubscription.id)) {
            for (const journal::UserMove &m : movesOf(rec->id)) {
                moves.insert(m.userId.toLower(), m);
                order.append(m.userId.toLower());
            }
        }
        const QString oldName =
            p.retiredOfferName.isEmpty() ? p.oldSubscription.offerName : p.retiredOfferName;
        const auto apply = [&](WizardUser &row, const journal::UserMove &m) {
            switch (m.state) {
            case journal::UserMoveState::Moved:
                row.result = WizardUser::Result::Moved;
                break;
            case journal::UserMoveState::Failed:
                row.result = WizardUser::Result::Failed;
                break;
            case journal::UserMoveState::Skipped:
                row.result = WizardUser::Result::Excluded;
                break;
            case journal::UserMoveState::Pending:
                break;
            }
            row.error = m.lastError;
            row.locked = m.state == journal::UserMoveState::Moved;
        };
        QSet<QString> seen;
        for (const engine::PlannedUser &u : p.users) {
            WizardUser row;
            row.subscriptionId = p.oldSubscription.id;
            row.userId = u.id;
            row.displayName = u.displayName;
            row.userPrincipalName = u.upn;
            row.usageLocation = u.usageLocation;
            row.oldLicence = oldName;
            row.newLicence = p.target.name;
            row.excluded = isExcluded(p.oldSubscription.id, u.id);
            row.result = row.excluded ? WizardUser::Result::Excluded
                         : u.holdsOld ? WizardUser::Result::Pending
                                      : WizardUser::Result::AlreadyMoved;
            row.locked = !u.holdsOld;
            if (const auto move = moves.constFind(u.id.toLower()); move != moves.cend())
                apply(row, *move);
            if (row.excluded && row.result != WizardUser::Result::Moved)
                row.result = WizardUser::Result::Excluded;
            seen.insert(u.id.toLower());
            rows.append(row);
        }
        for (const QString &id : std::as_const(order)) { // tracked by the journal, gone from the plan
            if (seen.contains(id))
                continue;
            const journal::UserMove &m = moves[id];
            WizardUser row;
            row.subscriptionId = p.oldSubscription.id;
            row.userId = m.userId;
            row.displayName = m.displayName;
            row.userPrincipalName = m.upn;
            row.oldLicence = oldName;
            row.newLicence = p.target.name;
            apply(row, m);
            row.excluded = m.state == journal::UserMoveState::Skipped;
            row.locked = true;
            rows.append(row);
        }
    }
    m_users->setUsers(rows);
    m_users->setExclusionEditable(hasPlan() && isPast(Page::Summary, stage()));
}

void MigrationWizardController::onUserResult(const engine::UserResult &result)
{
    const int r = m_users->rowOf(result.userId);
    if (r < 0)
        return;
    WizardUser row = m_users->user(r);
    row.result = result.moved      ? WizardUser::Result::Moved
                 : result.excluded ? WizardUser::Result::Excluded
                                   : WizardUser::Result::Failed;
    row.error = result.error;
    row.locked = result.moved;
    m_users->updateUser(row);
}

void MigrationWizardController::onFinished(const engine::EngineResult &result)
{
    const LastRun last = m_lastRun;
    m_lastRun = LastRun::None;
    if (last == LastRun::Plan && m_planning) {
        if (result.ok) {
            mergePlan(m_planCalls.isEmpty() ? QString() : m_planCalls.constFirst().subscriptionId,
                      m_engine->currentPlan());
        } else {
            m_planFailed = true;
            setError(result.errors.isEmpty() ? WizardTexts::explainRefusal(result.summary)
                                             : WizardTexts::explain(result.errors.constFirst()));
            m_planCalls.clear();
        }
        if (!m_planCalls.isEmpty())
            m_planCalls.removeFirst();
        if (m_planFailed)
            finishPlanning(false);
        else
            nextPlanCall(); // the next subscription with a choice, or the end of the round
        return;
    }
    if (!isPast(Page::Verify, stage()))
        m_reassignRan = true;
    loadUsers();
    if (!result.ok && !result.errors.isEmpty())
        setError(WizardTexts::explain(result.errors.constFirst()));
    else if (!result.ok)
        setError(WizardTexts::explainRefusal(result.summary));
    if (last == LastRun::Reassign)
        m_reassignRan = true;
    if (last == LastRun::Verify) {
        m_verifyRan = true;
        m_verifyError = result.ok ? QString() : m_errorText;
    }
    updateBusy();
    emit stateChanged();
    if (m_replanWanted && !m_replanTimer.isActive())
        startPlanning(); // a change made while the step ran
}

} // namespace om::gui
