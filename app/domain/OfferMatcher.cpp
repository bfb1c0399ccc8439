#include "domain/OfferMatcher.h"

#include "domain/OfferCatalogue.h"

namespace om::domain {

OfferMatcher::OfferMatcher(const OfferCatalogue &catalogue)
    : m_catalogue(catalogue)
    , m_byId(catalogue.matchesOfferIds())
{}

const RetiredOffer *OfferMatcher::match(const SubscriptionRecord &subscription)
{
    // A catalogue without offer ids matches by the name alone: the id (often one per subscription in a
    // fresh scan) is then no part of what is remembered.
    const QString offerId = m_byId ? subscription.offerId : QString();
    const Key key{reinterpret_cast<quintptr>(offerId.constData()),
                  reinterpret_cast<quintptr>(subscription.offerName.constData())};
    const auto it = m_seen.constFind(key);
    // The same pointers: the same texts when the sizes agree too (the held copies keep them unchanged).
    if (it != m_seen.constEnd() && it->offerId.size() == offerId.size() &&
        it->offerName.size() == subscription.offerName.size())
        return it->offer;
    ++m_catalogueCalls;
    const RetiredOffer *offer = m_catalogue.match(subscription);
    if (m_seen.size() >= maxSeen)
        m_seen.clear();
    m_seen.insert(key, Seen{offerId, subscription.offerName, offer});
    return offer;
}

} // namespace om::domain
