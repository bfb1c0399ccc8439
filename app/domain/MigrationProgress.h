#pragma once

#include "domain/MigrationState.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace om::domain {

// What the journal knows about one retired subscription's migration. Keyed by the OLD (retired)
// subscription id in MigrationProgressMap. Plain data, cheap to copy.
struct MigrationProgress
{
    MigrationState state = MigrationState::NotStarted;
    QString replacementOfferId;   // offer (or NCE product:sku:availability) chosen/bought; may be empty
    QString replacementOfferName; // empty: views fall back to the catalogue's first recommendation
    QString newSubscriptionId;
    int usersTotal = 0;
    int usersMoved = 0;
    QDateTime suspendedAt; // UTC; invalid until suspended by us
    QDate deprovisionDate; // suspendedAt + grace period (120 days per the migration article); may be invalid
    QString lastError;     // one sentence, empty when none
};

using MigrationProgressMap = QHash<QString, MigrationProgress>; // old subscription id -> progress

} // namespace om::domain
