#pragma once

#include "domain/ScanData.h"

#include <QHash>
#include <QString>

#include <utility>

namespace om::domain {

class OfferCatalogue;
struct RetiredOffer;

// OfferCatalogue::match() for a loop over many subscriptions: the same answer, remembered for texts seen
// before. The scan cache hands every subscription of one offer the same offer id and name strings
// (implicitly shared), so after the first of them the answer is found by two pointers instead of hashing
// and normalising the name again. A text is known by its data pointer and size while this matcher holds a
// copy of it: a string shared with a copy cannot change in place (it detaches first), so the same pointer
// and size are the same text. Texts not shared (a fresh scan) are matched by the catalogue as before.
// One loop, one thread: keep it on the stack. The catalogue is borrowed and must outlive it.
class OfferMatcher
{
public:
    explicit OfferMatcher(const OfferCatalogue &catalogue);

    const RetiredOffer *match(const SubscriptionRecord &subscription);

    int catalogueCalls() const { return m_catalogueCalls; } // for tests: how often the catalogue was asked

private:
    struct Seen
    {
        QString offerId; // held: see above
        QString offerName;
        const RetiredOffer *offer = nullptr;
    };
    using Key = std::pair<quintptr, quintptr>; // the texts' data pointers
    static constexpr qsizetype maxSeen = 1024; // unshared texts (a fresh scan) do not pile up

    const OfferCatalogue &m_catalogue;
    bool m_byId; // the catalogue reads offer ids
    QHash<Key, Seen> m_seen;
    int m_catalogueCalls = 0;
};

} // namespace om::domain
