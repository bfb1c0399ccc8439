#include "domain/OfferMatcher.h"

#include "DomainFixtures.h"
#include "domain/OfferCatalogue.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace om;
using namespace om::domain;
using om::domain::test::builtInCatalogue;

namespace {

// The snapshot with every subscription of one offer sharing its offer id and name strings, as the scan
// cache loads them.
ScanSnapshot sharedTexts(const ScanSnapshot &snapshot)
{
    ScanSnapshot shared = snapshot;
    QHash<QString, QString> texts;
    const auto intern = [&texts](QString &text) {
        const auto it = texts.constFind(text);
        if (it != texts.constEnd())
            text = it.value();
        else
            texts.insert(text, text);
    };
    for (CustomerRecord &customer : shared.customers) {
        for (SubscriptionRecord &subscription : customer.subscriptions) {
            intern(subscription.offerId);
            intern(subscription.offerName);
        }
    }
    return shared;
}

const QString salesCrmol =
    QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)");

} // namespace

TEST(OfferMatcher, AnswersAsTheCatalogueAndAsksItOncePerSharedText)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    const ScanSnapshot snapshot = sharedTexts(test::largeSnapshot(50, 8));
    OfferMatcher matcher(catalogue);
    int subscriptions = 0;
    for (const CustomerRecord &customer : snapshot.customers) {
        for (const SubscriptionRecord &subscription : customer.subscriptions) {
            EXPECT_EQ(matcher.match(subscription), catalogue.match(subscription))
                << subscription.offerName.toStdString();
            ++subscriptions;
        }
    }
    // 400 subscriptions of 28 distinct names (24 retired, 4 others): the catalogue was asked once for each
    // distinct text, not for each subscription.
    EXPECT_EQ(subscriptions, 400);
    EXPECT_EQ(matcher.catalogueCalls(), 28);
}

TEST(OfferMatcher, EqualTextsNotSharedAndChangedTextsAreMatchedAgain)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    OfferMatcher matcher(catalogue);
    SubscriptionRecord retired = test::subscription(QStringLiteral("s-1"), salesCrmol, 1,
                                                    QStringLiteral("active"), false, QDate(2027, 1, 1));
    const RetiredOffer *offer = matcher.match(retired);
    ASSERT_NE(offer, nullptr);
    EXPECT_EQ(matcher.match(retired), offer);
    EXPECT_EQ(matcher.catalogueCalls(), 1);

    // The same text in another string: the catalogue is asked again, with the same answer.
    SubscriptionRecord copy = retired;
    copy.offerName = QString(retired.offerName.constData(), retired.offerName.size());
    EXPECT_EQ(matcher.match(copy), offer);
    EXPECT_EQ(matcher.catalogueCalls(), 2);

    // Changed in place: the matcher's copy keeps the old text, the record's string detaches, so the new
    // text is never taken for the old one.
    retired.offerName.chop(QStringLiteral(" (Qualified Offer)").size());
    EXPECT_EQ(matcher.match(retired), nullptr);
    EXPECT_EQ(matcher.match(retired), catalogue.match(retired));

    // Empty and null texts match nothing, as in the catalogue.
    SubscriptionRecord blank;
    EXPECT_EQ(matcher.match(blank), nullptr);
    blank.offerName = QStringLiteral("");
    EXPECT_EQ(matcher.match(blank), nullptr);
}

TEST(OfferMatcher, ACatalogueWithoutOfferIdsIsAskedOncePerNameWhateverTheIds)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    ASSERT_FALSE(catalogue.matchesOfferIds());
    OfferMatcher matcher(catalogue);
    for (int i = 0; i < 10; ++i) {
        SubscriptionRecord subscription = test::subscription(QStringLiteral("s-%1").arg(i), salesCrmol, 1,
                                                             QStringLiteral("active"), false, QDate());
        subscription.offerId = QStringLiteral("id-%1").arg(i); // a new string each time
        EXPECT_NE(matcher.match(subscription), nullptr);
    }
    EXPECT_EQ(matcher.catalogueCalls(), 1);
}

TEST(OfferMatcher, ACatalogueWithOfferIdsIsAskedPerIdAndName)
{
    Result<OfferCatalogue> loaded =
        OfferCatalogue::loadFile(test::dataPath(QStringLiteral("catalogue-with-offer-ids.json")));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    ASSERT_TRUE(loaded->matchesOfferIds());
    OfferMatcher matcher(loaded.value());
    // One shared name (not in the catalogue), two ids: the listed id matches, the other does not.
    const QString name = QStringLiteral("Sales CRMOL Basic QO (renamed in this market)");
    SubscriptionRecord byId;
    byId.offerName = name;
    byId.offerId = QStringLiteral("2f9567ce-0979-4624-ba1b-1c016a229aff");
    SubscriptionRecord other;
    other.offerName = name;
    other.offerId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    for (int i = 0; i < 3; ++i) {
        EXPECT_NE(matcher.match(byId), nullptr);
        EXPECT_EQ(matcher.match(other), nullptr);
    }
    EXPECT_EQ(matcher.catalogueCalls(), 2);
}
