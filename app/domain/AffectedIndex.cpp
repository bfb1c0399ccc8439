#include "domain/AffectedIndex.h"

#include "domain/OfferMatcher.h"

namespace om::domain {

AffectedIndex::AffectedIndex(const ScanSnapshot &snapshot, const OfferCatalogue &catalogue)
{
    OfferMatcher matcher(catalogue);
    const QList<CustomerRecord> &customers = snapshot.customers;
    m_first.reserve(customers.size() + 1);
    m_subscriptionCounts.reserve(customers.size());
    for (int c = 0; c < customers.size(); ++c) {
        const QList<SubscriptionRecord> &subscriptions = customers.at(c).subscriptions;
        m_subscriptionCounts.append(int(subscriptions.size()));
        for (int s = 0; s < subscriptions.size(); ++s) {
            if (const RetiredOffer *offer = matcher.match(subscriptions.at(s)))
                m_entries.append(Entry{c, s, offer});
        }
        m_first.append(int(m_entries.size()));
    }
}

bool AffectedIndex::fits(const ScanSnapshot &snapshot) const
{
    if (snapshot.customers.size() != m_subscriptionCounts.size())
        return false;
    for (int c = 0; c < snapshot.customers.size(); ++c) {
        if (snapshot.customers.at(c).subscriptions.size() != m_subscriptionCounts.at(c))
            return false;
    }
    return true;
}

} // namespace om::domain
