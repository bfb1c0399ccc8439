// The planner's last pass over each subscription (Planner.h): the operator's exclusions, the seats to buy
// and their limits, and whether the subscription can be suspended without buying anything.

#include "engine/EngineUtil.h"
#include "engine/Planner.h"
#include "journal/Journal.h"

#include <QCoreApplication>

#include <algorithm>

namespace om::engine {

namespace {

bool isMoved(const QList<journal::UserMove> &moves, const QString &userId)
{
    return std::any_of(moves.cbegin(), moves.cend(), [&](const journal::UserMove &m) {
        return sameId(m.userId, userId) && m.state == journal::UserMoveState::Moved;
    });
}

} // namespace

void Planner::applyExclusions(SubscriptionPlan &plan)
{
    QList<journal::UserMove> moves;
    bool movesKnown = true;
    if (plan.migrationId) {
        const auto read = m_ctx.journal->userMoves(plan.migrationId);
        movesKnown = read.ok();
        if (read)
            moves = read.value();
    }
    for (PlannedUser &u : plan.users) {
        if (!m_request.excludes(plan.oldSubscription.id, u.id))
            continue;
        // Moved already, or a licence update that may have been sent (or the journal cannot say): too late to
        // leave this user out. Fail closed: the user stays in and is moved (or recognised as moved).
        bool tooLate = !movesKnown || isMoved(moves, u.id) || (u.holdsNew && !u.holdsOld);
        if (!tooLate && plan.migrationId) {
            const auto pending =
                m_ctx.journal->pendingWrite(plan.migrationId, journal::WriteKind::LicenseUpdate, u.id);
            tooLate = !pending || pending.value().has_value();
        }
        if (tooLate) {
            plan.issues.append(
                {IssueSeverity::Warning, u.id,
                 QCoreApplication::translate(
                     "om::engine::Planner",
                     "%1 is already being moved to the new licence, so they can no longer be excluded.")
                     .arg(u.upn)});
            continue;
        }
        u.excluded = true;
        // Findings about moving this user no longer apply: they are not moved.
        plan.issues.erase(std::remove_if(plan.issues.begin(), plan.issues.end(),
                                         [&](const PlanIssue &i) { return sameId(i.userId, u.id); }),
                          plan.issues.end());
        if (u.holdsOld)
            plan.issues.append({IssueSeverity::Info, u.id,
                                QCoreApplication::translate(
                                    "om::engine::Planner",
                                    "%1 is excluded and keeps the old licence, so the old subscription "
                                    "cannot be suspended while they hold it.")
                                    .arg(u.upn)});
    }
}

void Planner::offerSuspendOnly(SubscriptionPlan &plan)
{
    const bool anyHolder =
        std::any_of(plan.users.cbegin(), plan.users.cend(), [](const PlannedUser &u) { return u.holdsOld; });
    if (!plan.suspendOnly) { // not recorded so in the journal (Planner::applyJournal)
        plan.suspendOnlyOffered = !anyHolder && !plan.migrationId;
        const bool confirmed = m_request.confirmsSuspendOnly(plan.oldSubscription.id);
        if (confirmed && !plan.suspendOnlyOffered) {
            const int holders = int(std::count_if(plan.users.cbegin(), plan.users.cend(),
                                                  [](const PlannedUser &u) { return u.holdsOld; }));
            plan.issues.append(
                {IssueSeverity::Warning,
                 {},
                 plan.migrationId
                     ? QCoreApplication::translate(
                           "om::engine::Planner",
                           "This subscription's migration has already started, so it cannot be switched "
                           "to suspend only.")
                     : QCoreApplication::translate(
                           "om::engine::Planner",
                           "%n user(s) still hold the old licence, so the subscription cannot be "
                           "suspended without a replacement: they are moved first.",
                           nullptr, holders)});
            return;
        }
        if (!confirmed) {
            if (plan.suspendOnlyOffered)
                plan.issues.append({IssueSeverity::Info,
                                    {},
                                    QCoreApplication::translate(
                                        "om::engine::Planner",
                                        "Nobody holds the old licence: the subscription can be "
                                        "suspended without buying a replacement, once you confirm.")});
            return;
        }
        plan.suspendOnly = true;
    }
    // Nothing is bought: findings about the replacement do not apply.
    const QList<PlanIssue> aboutTarget = m_targetIssues.value(plan.oldSubscription.id.toLower());
    plan.issues.erase(std::remove_if(plan.issues.begin(), plan.issues.end(),
                                     [&](const PlanIssue &i) {
                                         return std::any_of(aboutTarget.cbegin(), aboutTarget.cend(),
                                                            [&](const PlanIssue &t) {
                                                                return t.severity == i.severity &&
                                                                       t.text == i.text;
                                                            });
                                     }),
                      plan.issues.end());
    plan.quantity = 0;
    plan.useUpgrade = false;
    if (plan.upgrade)
        plan.upgrade->quantity = 0;
    plan.issues.append(
        {IssueSeverity::Info,
         {},
         QCoreApplication::translate("om::engine::Planner",
                                     "Suspend only: nobody holds the old licence, so nothing is bought and "
                                     "nobody is moved.")});
}

void Planner::checkPlan(SubscriptionPlan &plan)
{
    offerSuspendOnly(plan);
    if (plan.suspendOnly)
        return;
    const int toMove = plan.usersToMove();
    if (plan.journalState != journal::JournalState::NotStarted)
        return;
    checkQuantity(plan, toMove);
    if (toMove == 0)
        plan.issues.append(
            {IssueSeverity::Info,
             {},
             plan.excludedHolders() > 0
                 ? QCoreApplication::translate(
                       "om::engine::Planner",
                       "Every user who holds the old licence is excluded: nobody is moved.")
                 : QCoreApplication::translate("om::engine::Planner", "no user holds the old SKU")});
}

void Planner::checkQuantity(SubscriptionPlan &plan, int toMove) const
{
    const int minimum = std::max(1, plan.target.minimumQuantity);
    const bool chosen = m_request.quantity > 0;
    plan.quantity = chosen ? m_request.quantity : std::max(toMove, minimum);
    if (plan.quantity < minimum)
        plan.issues.append(
            {IssueSeverity::Blocking,
             {},
             QCoreApplication::translate("om::engine::Planner",
                                         "quantity %1 is below the minimum of %2 for this product")
                 .arg(plan.quantity)
                 .arg(minimum)});
    if (plan.target.maximumQuantity > 0 && plan.quantity > plan.target.maximumQuantity)
        plan.issues.append(
            {IssueSeverity::Blocking,
             {},
             QCoreApplication::translate("om::engine::Planner",
                                         "quantity %1 is above the maximum of %2 for this product")
                 .arg(plan.quantity)
                 .arg(plan.target.maximumQuantity)});
    if (plan.quantity + plan.availableNewUnits < toMove)
        plan.issues.append({IssueSeverity::Blocking,
                            {},
                            QCoreApplication::translate(
                                "om::engine::Planner",
                                "not enough units: %n user(s) to move, %1 bought + %2 free", nullptr, toMove)
                                .arg(plan.quantity)
                                .arg(plan.availableNewUnits)});
    if (plan.upgrade)
        plan.upgrade->quantity = plan.quantity;
}

} // namespace om::engine
