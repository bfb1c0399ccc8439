#include "batch/BatchJobs.h"

#include "batch/BatchRunner.h"
#include "engine/EngineUtil.h"
#include "journal/Journal.h"

#include <QCoreApplication>

#include <algorithm>

namespace om::batch {

using engine::sameId;
using journal::JournalState;

namespace {

// The texts of this file are translated in the batch runner's context, spelled out at every call: lupdate
// filed calls to a Q_DECLARE_TR_FUNCTIONS struct of the anonymous namespace under the wrong context.
bool changesPurchase(const BatchRow &row)
{
    return (row.override.changesPlan() || !row.override.billingCycle.isEmpty()) &&
           row.journalState == JournalState::NotStarted;
}

bool containsId(const QStringList &ids, const QString &id)
{
    return std::any_of(ids.cbegin(), ids.cend(), [&](const QString &x) { return sameId(x, id); });
}

QString describe(const QString &name, const QString &term, const QString &billing, int seats, bool upgrade)
{
    return upgrade ? QCoreApplication::translate("om::batch::BatchRunner", "%n seat(s) by upgrade to %1",
                                                 nullptr, seats)
                         .arg(name)
                   : QCoreApplication::translate("om::batch::BatchRunner", "%n seat(s) of %1 (%2)", nullptr,
                                                 seats)
                         .arg(name, engine::Replacement::termText(term, billing));
}

// A new-commerce catalogItemId without its availability part, which Partner Center reissues now and then
// (docs/partner-center-api.md "New commerce"): planned again, the same product and SKU come with today's
// availability, and that is still what the operator confirmed. Other ids (legacy offers) as they are.
QString productAndSku(const QString &id)
{
    return id.count(QLatin1Char(':')) == 2 ? id.section(QLatin1Char(':'), 0, 1) : id;
}

bool isFresh(const BatchCustomer &customer, const QDateTime &now, int maxPlanAgeSecs)
{
    return customer.plannedAt.isValid() && customer.plannedAt.secsTo(now) <= maxPlanAgeSecs &&
           !customer.planSet.subscriptions.isEmpty();
}

} // namespace

QList<BatchJob> jobsFor(const BatchPlan &plan, const BatchCustomer &customer, const QDateTime &now,
                        int maxPlanAgeSecs)
{
    QList<BatchJob> jobs;
    BatchJob whole;
    whole.request.customerId = customer.customerId;
    whole.adoptConfirmedPlan = isFresh(customer, now, maxPlanAgeSecs);
    for (const BatchRow &row : plan.rows) {
        if (!sameId(row.customerId, customer.customerId) || !row.isIncluded())
            continue;
        if (!changesPurchase(row)) {
            whole.subscriptionIds.append(row.oldSubscriptionId);
            continue;
        }
        BatchJob own;
        own.request.customerId = customer.customerId;
        own.request.subscriptionId = row.oldSubscriptionId;
        own.request.targetItem = productAndSku(row.effectiveReplacement().id);
        own.request.termDuration = row.effectiveTerm();
        own.request.billingCycle = row.effectiveBilling();
        own.request.quantity = row.effectiveSeats();
        own.subscriptionIds = {row.oldSubscriptionId};
        jobs.append(own);
    }
    if (!whole.subscriptionIds.isEmpty())
        jobs.append(whole);
    return jobs;
}

bool planIsFresh(const BatchPlan &plan, const QString &customerId, const QDateTime &now, int maxPlanAgeSecs)
{
    for (const BatchCustomer &c : plan.customers) {
        if (sameId(c.customerId, customerId))
            return isFresh(c, now, maxPlanAgeSecs);
    }
    return false;
}

engine::MigrationPlanSet confirmedPlanSet(const BatchPlan &plan, const QString &customerId)
{
    for (const BatchCustomer &c : plan.customers) {
        if (sameId(c.customerId, customerId))
            return c.planSet;
    }
    return {};
}

engine::MigrationPlanSet keptPlan(const BatchPlan &plan, const BatchJob &job,
                                  const engine::MigrationPlanSet &planned, QList<Error> *refused)
{
    engine::MigrationPlanSet kept = planned;
    kept.subscriptions.clear();
    QStringList seen;
    for (const engine::SubscriptionPlan &s : planned.subscriptions) {
        if (!containsId(job.subscriptionIds, s.oldSubscription.id))
            continue;
        seen.append(s.oldSubscription.id);
        const QString context =
            QStringLiteral("%1 (subscription %2)").arg(s.customerName, s.oldSubscription.id);
        const int index = plan.indexOf(planned.customerId, s.oldSubscription.id);
        if (index < 0) {
            refused->append(Error::make(
                Error::Kind::Validation,
                QCoreApplication::translate("om::batch::BatchRunner", "not in the confirmed plan"), context));
            continue;
        }
        const BatchRow &row = plan.rows.at(index);
        if (s.migrationId == 0 && row.journalState == JournalState::NotStarted) {
            const engine::Replacement confirmed = row.effectiveReplacement();
            const bool same = sameId(productAndSku(s.target.id), productAndSku(confirmed.id)) &&
                              s.useUpgrade == row.upgradePath && s.quantity == row.effectiveSeats() &&
                              (s.useUpgrade || (s.target.termDuration == row.effectiveTerm() &&
                                                s.target.billingCycle == row.effectiveBilling()));
            if (!same) {
                refused->append(Error::make(
                    Error::Kind::Validation,
                    QCoreApplication::translate(
                        "om::batch::BatchRunner",
                        "the plan changed since it was confirmed: it now buys %1, %2 was confirmed; plan the "
                        "batch again")
                        .arg(describe(s.target.name, s.target.termDuration, s.target.billingCycle, s.quantity,
                                      s.useUpgrade),
                             describe(confirmed.name, row.effectiveTerm(), row.effectiveBilling(),
                                      row.effectiveSeats(), row.upgradePath)),
                    context));
                continue;
            }
            if (s.hasBlockingIssue()) {
                QStringList texts;
                for (const engine::PlanIssue &i : s.issues) {
                    if (i.severity == engine::IssueSeverity::Blocking && i.userId.isEmpty())
                        texts.append(i.text);
                }
                refused->append(
                    Error::make(Error::Kind::Validation, texts.join(QStringLiteral("; ")), context));
                continue;
            }
        }
        kept.subscriptions.append(s);
    }
    for (const QString &id : job.subscriptionIds) {
        if (containsId(seen, id))
            continue;
        const int index = plan.indexOf(planned.customerId, id);
        const QString name = index >= 0 ? plan.rows.at(index).customerName : planned.customerName;
        refused->append(Error::make(
            Error::Kind::Validation,
            QCoreApplication::translate("om::batch::BatchRunner",
                                        "no longer listed as a retired subscription to migrate (suspended or "
                                        "changed elsewhere?)"),
            QStringLiteral("%1 (subscription %2)").arg(name, id)));
    }
    return kept;
}

QString blockedText(const BatchPlan &plan, const QString &customerId)
{
    QStringList texts;
    for (const BatchRow &row : plan.rows) {
        if (!sameId(row.customerId, customerId))
            continue;
        if (row.override.excluded && !row.isBlocked()) {
            texts.append(QCoreApplication::translate("om::batch::BatchRunner", "excluded"));
            continue;
        }
        for (const BatchCheck &c : row.checks) {
            if (c.blocking && !texts.contains(c.text))
                texts.append(c.text);
        }
    }
    texts.removeDuplicates();
    return texts.join(QStringLiteral("; "));
}

QStringList verifiedSubscriptionsOf(journal::Journal &journal, const BatchPlan &plan,
                                    const QString &customerId)
{
    QStringList out;
    for (const BatchRow &row : plan.rows) {
        if (!sameId(row.customerId, customerId) || !row.isIncluded())
            continue;
        const auto m = journal.findMigration(row.customerId, row.oldSubscriptionId);
        if (m && m->has_value() &&
            (m->value().state == JournalState::Verified || m->value().state == JournalState::Suspending))
            out.append(row.oldSubscriptionId);
    }
    return out;
}

CustomerOutcome outcomeOf(journal::Journal &journal, const BatchPlan &plan, const QString &customerId,
                          const QList<Error> &errors)
{
    CustomerOutcome out;
    int rows = 0;
    int suspended = 0;
    int verified = 0;
    for (const BatchRow &row : plan.rows) {
        if (!sameId(row.customerId, customerId) || !row.isIncluded())
            continue;
        ++rows;
        const auto m = journal.findMigration(row.customerId, row.oldSubscriptionId);
        if (!m || !m->has_value())
            continue;
        const journal::MigrationRecord &r = m->value();
        suspended += r.state == JournalState::Suspended ? 1 : 0;
        verified += r.state == JournalState::Verified || r.state == JournalState::Suspending ? 1 : 0;
        if (const auto moves = journal.userMoves(r.id)) {
            for (const journal::UserMove &mv : moves.value()) {
                out.usersMoved += mv.state == journal::UserMoveState::Moved ? 1 : 0;
                out.usersFailed += mv.state == journal::UserMoveState::Failed ? 1 : 0;
            }
        }
    }
    if (rows > 0 && suspended == rows) {
        out.state = CustomerState::Done;
        out.text = QCoreApplication::translate(
            "om::batch::BatchRunner", "done: %n subscription(s) migrated and suspended", nullptr, rows);
    } else if (errors.isEmpty() && rows > 0 && suspended + verified == rows) {
        out.state = CustomerState::Verified;
        out.text = QCoreApplication::translate(
            "om::batch::BatchRunner", "verified: %n subscription(s) wait to be suspended", nullptr, verified);
    } else {
        out.state = CustomerState::Unfinished;
        out.text = QCoreApplication::translate("om::batch::BatchRunner",
                                               "not finished: %n of %1 subscription(s) done", nullptr,
                                               suspended + verified)
                       .arg(rows);
        if (!errors.isEmpty())
            out.text += QStringLiteral(": ") + errors.constFirst().toString();
    }
    return out;
}

} // namespace om::batch
