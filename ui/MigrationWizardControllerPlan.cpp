// MigrationWizardController: planning. The operator's choices and exclusions are planned again after a
// short pause: the customer as a whole, then each subscription with a choice of its own; the engine then
// adopts the merged plan. Suspend-only subscriptions are planned (and recorded) here too.

#include "engine/MigrationEngine.h"
#include "journal/Journal.h"
#include "ui/MigrationWizardController.h"
#include "ui/wizard/WizardTexts.h"
#include "ui/wizard/WizardUserModel.h"

#include <algorithm>

namespace om::gui {

namespace {

bool sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

// ---- Planning ------------------------------------------------------------------------------------------

engine::MigrationRequest MigrationWizardController::baseRequest() const
{
    engine::MigrationRequest request;
    request.customerId = m_customerId;
    for (auto it = m_excluded.cbegin(); it != m_excluded.cend(); ++it) {
        if (!it.value().isEmpty())
            request.excludedUsers.insert(it.key(), QStringList(it.value().cbegin(), it.value().cend()));
    }
    request.suspendOnly = m_suspendOnly;
    return request;
}

bool MigrationWizardController::start()
{
    if (isBusy())
        return refuse(tr("A step is still running; wait for it to finish."));
    m_snapshotStale = true; // read the journal afresh once per opening
    return startPlanning();
}

void MigrationWizardController::schedulePlan()
{
    m_replanWanted = true;
    m_replanTimer.start();
    emit stateChanged(); // planPending(): Next and the order wait for the new plan
}

// One round: the customer as a whole, then each subscription with a choice of its own; the engine then
// adopts the merged plan, so every later step covers all subscriptions with their choices.
bool MigrationWizardController::startPlanning()
{
    m_replanTimer.stop();
    m_replanWanted = false;
    m_planFailed = false;
    m_planCalls.clear();
    PlanCall whole;
    whole.request = baseRequest();
    m_planCalls.append(whole);
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        PlanCall one;
        one.subscriptionId = it.key();
        if (hasPlan()) { // the id as Partner Center spells it (the keys are lower-case)
            for (const engine::SubscriptionPlan &p : plan().subscriptions) {
                if (sameId(p.oldSubscription.id, it.key()))
                    one.subscriptionId = p.oldSubscription.id;
            }
        }
        one.request = baseRequest();
        one.request.subscriptionId = one.subscriptionId;
        one.request.targetItem = it->itemId;
        one.request.termDuration = it->termDuration;
        one.request.billingCycle = it->billingCycle;
        one.request.quantity = it->quantity;
        m_planCalls.append(one);
    }
    m_merged = {};
    m_planning = true;
    updateBusy();
    return nextPlanCall();
}

bool MigrationWizardController::nextPlanCall()
{
    while (!m_planCalls.isEmpty()) {
        const PlanCall call = m_planCalls.constFirst();
        // A subscription bought since it was chosen keeps what the journal says it bought.
        if (!call.subscriptionId.isEmpty()) {
            if (recordOf(call.subscriptionId)) {
                m_planCalls.removeFirst();
                continue;
            }
        }
        if (m_engine->plan(call.request)) {
            m_lastRun = LastRun::Plan;
            setError({});
            return true;
        }
        m_planCalls.clear();
        m_planFailed = true;
        setError(WizardTexts::explainRefusal(m_engine->errorText()));
        finishPlanning(false);
        return false;
    }
    finishPlanning(!m_planFailed);
    return true;
}

// A subscription planned alone takes its replacement, quantity and checks from that plan; who holds it
// stays as the whole customer's plan split them (two subscriptions of one licence share their holders).
void MigrationWizardController::mergePlan(const QString &subscriptionId,
                                          const engine::MigrationPlanSet &planned)
{
    if (subscriptionId.isEmpty()) {
        m_merged = planned;
        return;
    }
    for (const engine::SubscriptionPlan &one : planned.subscriptions) {
        for (engine::SubscriptionPlan &p : m_merged.subscriptions) {
            if (!sameId(p.oldSubscription.id, one.oldSubscription.id))
                continue;
            engine::SubscriptionPlan merged = one;
            merged.users = p.users;
            merged.siblingHolders = p.siblingHolders;
            merged.issues.clear();
            for (const engine::PlanIssue &issue : one.issues) {
                const bool mine = issue.userId.isEmpty() || std::any_of(p.users.cbegin(), p.users.cend(),
                                                                        [&](const engine::PlannedUser &u) {
                                                                            return sameId(u.id, issue.userId);
                                                                        });
                if (mine)
                    merged.issues.append(issue);
            }
            p = merged;
        }
    }
}

void MigrationWizardController::finishPlanning(bool ok)
{
    // A failed round still shows the customer's plan when that part was read (m_planFailed then refuses the
    // purchase until a change plans cleanly).
    if (!m_merged.customerId.isEmpty()) {
        if (m_engine->adoptPlan(m_merged)) {
            m_adopted = true;
            m_shown = m_merged;
        } else {
            setError(WizardTexts::explainRefusal(m_engine->errorText()));
        }
    }
    m_planning = false;
    loadUsers();
    updateBusy();
    emit planChanged();
    emit stateChanged();
    if (m_replanWanted && !m_replanTimer.isActive()) {
        startPlanning(); // changed while this round ran
        return;
    }
    if (!ok) {
        m_afterFix = m_afterPlan = false;
        return;
    }
    if (m_afterFix) { // a user's usage location was set: try their licence again
        m_afterFix = false;
        if (canRetryFailedUsers())
            retryFailedUsers();
    } else if (m_afterPlan) { // suspend-only confirmed: record it when nothing else is left to buy
        m_afterPlan = false;
        const auto &subs = plan().subscriptions;
        const bool onlySuspend =
            std::all_of(subs.cbegin(), subs.cend(), [this](const engine::SubscriptionPlan &p) {
                return p.suspendOnly || isPast(stageOf(p), Page::Purchase);
            });
        if (onlySuspend && !isPast(stage(), Page::Purchase))
            run(true, QString(), &engine::MigrationEngine::purchase, LastRun::Purchase);
    }
}

bool MigrationWizardController::setChoice(const QString &subscriptionId, const Choice &choice)
{
    if (!hasPlan())
        return refuse(tr("The customer is still being read; wait a moment."));
    const auto &subs = plan().subscriptions;
    const auto it = std::find_if(subs.cbegin(), subs.cend(), [&](const engine::SubscriptionPlan &p) {
        return sameId(p.oldSubscription.id, subscriptionId);
    });
    if (it == subs.cend())
        return refuse(tr("This subscription is not part of the migration; close and reopen the wizard."));
    if (isPast(stageOf(*it), Page::Replacement))
        return refuse(tr("The replacement of %1 is already bought, so it can no longer change.")
                          .arg(it->oldSubscription.offerName));
    const QString key = subscriptionId.toLower();
    if (m_choices.contains(key) && m_choices.value(key) == choice)
        return true;
    m_choices.insert(key, choice);
    setError({});
    schedulePlan();
    return true;
}

bool MigrationWizardController::setExcluded(const QString &subscriptionId, const QString &userId,
                                            bool excluded)
{
    if (!isPast(Page::Summary, stage()))
        return refuse(tr("The migration is finished; nobody can be left out any more."));
    const int row = m_users->rowOf(userId);
    if (row >= 0 && m_users->user(row).locked)
        return refuse(tr("%1 already has the new licence, so the user can no longer be left out.")
                          .arg(m_users->user(row).userPrincipalName));
    QSet<QString> &set = m_excluded[subscriptionId.toLower()];
    const QString id = userId.toLower();
    if (set.contains(id) == excluded)
        return true;
    if (excluded)
        set.insert(id);
    else
        set.remove(id);
    if (row >= 0) { // shown at once; the plan follows
        WizardUser u = m_users->user(row);
        u.excluded = excluded;
        u.result = excluded ? WizardUser::Result::Excluded : WizardUser::Result::Pending;
        m_users->updateUser(u);
    }
    setError({});
    schedulePlan();
    return true;
}

bool MigrationWizardController::isExcluded(const QString &subscriptionId, const QString &userId) const
{
    return m_excluded.value(subscriptionId.toLower()).contains(userId.toLower());
}

int MigrationWizardController::excludedCount() const
{
    int n = 0;
    for (const QSet<QString> &set : m_excluded)
        n += int(set.size());
    return n;
}

QStringList MigrationWizardController::suspendOnlyOffered() const
{
    QStringList out;
    if (!hasPlan())
        return out;
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        if (p.suspendOnlyOffered && !p.suspendOnly && !isPast(stageOf(p), Page::Replacement))
            out.append(p.oldSubscription.id);
    }
    return out;
}

bool MigrationWizardController::canSuspendOnly() const
{
    return !isBusy() && !planPending() && !suspendOnlyOffered().isEmpty();
}

// The operator confirmed: these subscriptions are suspended without a replacement. Planned so at once;
// when nothing else is left to buy, the migrations are recorded (a purchase step that buys nothing), so
// the checks and the suspension come next.
bool MigrationWizardController::suspendOnly(const QStringList &subscriptionIds)
{
    if (isBusy())
        return refuse(tr("A step is still running; wait for it to finish."));
    const QStringList offered = suspendOnlyOffered();
    for (const QString &id : subscriptionIds) {
        const bool ok =
            std::any_of(offered.cbegin(), offered.cend(), [&](const QString &o) { return sameId(o, id); });
        if (!ok)
            return refuse(tr("Someone holds a licence of this subscription, so it needs a replacement; "
                             "read the customer again."));
        m_suspendOnly.append(id);
        m_choices.remove(id.toLower());
    }
    m_afterPlan = true;
    setError({});
    return startPlanning();
}

} // namespace om::gui
