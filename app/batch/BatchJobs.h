#pragma once

// The runner's bookkeeping, as free functions over plain values (BatchRunner.cpp stays about order and
// signals): what each customer's engine runs, whether a fresh plan still is the confirmed one, and what
// the journal says a customer has reached.

#include "batch/BatchPlan.h"
#include "common/Error.h"
#include "engine/EngineTypes.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace om::journal {
class Journal;
}

namespace om::batch {

enum class CustomerState;

// One engine run of a customer: plan (or adopt the confirmed plan), keep the listed subscriptions, run.
struct BatchJob
{
    engine::MigrationRequest request;
    QStringList subscriptionIds; // the plan's other subscriptions are left out
    bool adoptConfirmedPlan = false;
};

// A customer without plan-changing overrides is one job (adopting the confirmed plan while it is younger
// than maxPlanAgeSecs); each row whose override changes what is bought is its own job, run first, planned
// with the override as the request (--to, --term, --billing, --quantity of the single-customer form).
QList<BatchJob> jobsFor(const BatchPlan &plan, const BatchCustomer &customer, const QDateTime &now,
                        int maxPlanAgeSecs);
// Whether the customer's confirmed plan was made at most maxPlanAgeSecs before `now` (false for a customer
// the plan does not have, or one planned without a plan).
bool planIsFresh(const BatchPlan &plan, const QString &customerId, const QDateTime &now, int maxPlanAgeSecs);
// The engine plan of a customer as confirmed.
engine::MigrationPlanSet confirmedPlanSet(const BatchPlan &plan, const QString &customerId);
// `planned` cut down to the job's subscriptions. A subscription not started yet is kept only while its new
// plan buys what was confirmed (replacement, term, billing, seats) and nothing blocks it; otherwise it is
// left out and `refused` says why (plan the batch again). Started ones follow the journal and are kept.
engine::MigrationPlanSet keptPlan(const BatchPlan &plan, const BatchJob &job,
                                  const engine::MigrationPlanSet &planned, QList<Error> *refused);
// The blocking reasons of a customer's rows, for people.
QString blockedText(const BatchPlan &plan, const QString &customerId);
// The customer's runnable subscriptions whose migration waits at "verified" (or is suspending).
QStringList verifiedSubscriptionsOf(journal::Journal &journal, const BatchPlan &plan,
                                    const QString &customerId);

struct CustomerOutcome
{
    CustomerState state{};
    int usersMoved = 0;
    int usersFailed = 0;
    QString text;
};
// Done (every runnable subscription suspended), Verified (all verified or suspended, no error, some
// waiting), else Unfinished, from the journal.
CustomerOutcome outcomeOf(journal::Journal &journal, const BatchPlan &plan, const QString &customerId,
                          const QList<Error> &errors);

} // namespace om::batch
