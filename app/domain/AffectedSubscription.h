#pragma once

#include "domain/MigrationProgress.h"
#include "domain/RetiredOffer.h"
#include "domain/ScanData.h"

#include <QList>

namespace om::domain {

class OfferCatalogue;

// A view joining one customer, one of its subscriptions and the retired-offer entry it matched.
// Holds pointers only: the ScanSnapshot and the OfferCatalogue it came from must outlive it and the
// snapshot's lists must not be modified meanwhile (read them through const references only).
struct AffectedSubscription
{
    const CustomerRecord *customer = nullptr;
    const SubscriptionRecord *subscription = nullptr;
    const RetiredOffer *offer = nullptr;

    // The replacement to show/report: the journal's choice when known, else the catalogue's first.
    QString replacementName(const MigrationProgress *progress) const;
};

// Every subscription of the snapshot whose offer is in the catalogue, in snapshot order
// (already suspended ones included).
QList<AffectedSubscription> collectAffected(const ScanSnapshot &snapshot, const OfferCatalogue &catalogue);

} // namespace om::domain
