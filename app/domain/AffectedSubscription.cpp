#include "domain/AffectedSubscription.h"

#include "domain/OfferMatcher.h"

namespace om::domain {

QString AffectedSubscription::replacementName(const MigrationProgress *progress) const
{
    if (progress && !progress->replacementOfferName.isEmpty())
        return progress->replacementOfferName;
    if (offer && !offer->replacements.isEmpty())
        return offer->replacements.constFirst();
    return {};
}

QList<AffectedSubscription> collectAffected(const ScanSnapshot &snapshot, const OfferCatalogue &catalogue)
{
    QList<AffectedSubscription> out;
    OfferMatcher matcher(catalogue);
    for (const CustomerRecord &customer : snapshot.customers) {
        for (const SubscriptionRecord &subscription : customer.subscriptions) {
            if (const RetiredOffer *offer = matcher.match(subscription))
                out.append(AffectedSubscription{&customer, &subscription, offer});
        }
    }
    return out;
}

} // namespace om::domain
