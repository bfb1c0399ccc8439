#pragma once

#include "domain/ScanData.h"

#include <QList>

namespace om::domain {

class OfferCatalogue;
struct RetiredOffer;

// Which subscriptions of one snapshot are retired offers: every subscription matched against the catalogue
// once, then read by every view of that snapshot (the customer table and the subscription table), so a
// start matches 100,000 subscriptions once instead of once per view. Holds positions in the snapshot's
// lists and pointers into the catalogue: the catalogue must outlive it, and it describes the snapshot it
// was built from (or a copy of it: QList sharing makes the models' copies the same lists). Cheap to copy.
class AffectedIndex
{
public:
    struct Entry
    {
        int customer = -1;     // index in snapshot.customers
        int subscription = -1; // index in that customer's subscriptions
        const RetiredOffer *offer = nullptr;
    };

    AffectedIndex() = default; // of an empty snapshot
    AffectedIndex(const ScanSnapshot &snapshot, const OfferCatalogue &catalogue);

    // Every match, in snapshot order (customer by customer, each customer's subscriptions in order).
    const QList<Entry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    // The entries of snapshot.customers[customer] are [begin(customer), end(customer)).
    int begin(int customer) const { return m_first.at(customer); }
    int end(int customer) const { return m_first.at(customer + 1); }
    // Whether this index can describe `snapshot`: the same number of customers and of subscriptions of
    // each. Only a cheap guard against a stale index after the snapshot grew or shrank: another snapshot of
    // the same shape passes, so callers pass the index built from the very snapshot they pass.
    bool fits(const ScanSnapshot &snapshot) const;
    // This index when it fits `snapshot`, else the snapshot matched anew (an empty index: always anew).
    AffectedIndex orMatched(const ScanSnapshot &snapshot, const OfferCatalogue &catalogue) const
    {
        return fits(snapshot) ? *this : AffectedIndex(snapshot, catalogue);
    }

private:
    QList<Entry> m_entries;
    QList<int> m_first{0};           // per customer, its first entry; one more at the end
    QList<int> m_subscriptionCounts; // per customer, for fits()
};

} // namespace om::domain
