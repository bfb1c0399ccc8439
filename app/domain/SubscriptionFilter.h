#pragma once

#include "domain/MigrationState.h"

#include <QString>

#include <optional>

namespace om::domain {

// What the retired-subscription list shows. GUI-free; SubscriptionFilterProxyModel applies it.
struct SubscriptionFilter
{
    QString text;   // substring of customer, domain, offer, subscription id, replacement
    QString market; // customer's ISO2, any case; empty = all
    // Whose rows: std::nullopt = every customer's; a value = only that customer's (any case). An empty value
    // matches nobody: the detail pane with no customer selected shows no rows.
    std::optional<QString> customerId;
    std::optional<int> expiringWithinDays; // days left <= N (past included); no end date never matches
    MigrationStateSet states;              // empty = all
    bool expiringOnly = false;             // only autoRenewEnabled == false
};

} // namespace om::domain
