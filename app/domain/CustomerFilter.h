#pragma once

#include "domain/MigrationState.h"

#include <QString>

#include <optional>

namespace om::domain {

// What the customer list shows. GUI-free; CustomerFilterProxyModel applies it.
struct CustomerFilter
{
    QString text;                          // substring of name, domain or id; any case; empty = all
    QString market;                        // ISO2, any case; empty = all
    std::optional<int> expiringWithinDays; // earliest end date within N days (past included)
    MigrationStateSet states;              // aggregate state in this set; empty = all
    bool affectedOnly = true;              // hide customers without retired-offer subscriptions
};

} // namespace om::domain
