#pragma once

#include "batch/BatchPlan.h"
#include "batch/BatchRunner.h"

#include <QString>

namespace om::cli {

// Texts of the batch form of `migrate`, for a terminal (English, counted texts through tr() with %n).
namespace BatchPlanText {

// One line per row (customer, subscription, replacement, term, seats, users, checks), then the totals:
// customers and subscriptions to run, users to move, seats per replacement product.
QString table(const batch::BatchPlan &plan);
// The totals only, as the confirmation states them.
QString totals(const batch::BatchPlan &plan);
// "customer <name> (<id>): <state>: <text>" for one customer result.
QString customerLine(const batch::CustomerProgress &progress);

} // namespace BatchPlanText

} // namespace om::cli
