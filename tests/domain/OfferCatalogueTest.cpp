#include "domain/OfferCatalogue.h"

#include "DomainFixtures.h"
#include "domain/ScanData.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace om;
using namespace om::domain;
using om::domain::test::builtInCatalogue;
using om::domain::test::dataPath;

namespace {

const QString salesCrmol =
    QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)");

} // namespace

TEST(OfferCatalogue, BuiltInHasTheTwentyFourRetiredOffers)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    ASSERT_EQ(catalogue.size(), 24);

    QSet<int> combinations;
    QSet<QString> names;
    for (const RetiredOffer &entry : catalogue.entries()) {
        combinations.insert(int(entry.family) * 100 + int(entry.variant) * 10 + int(entry.segment));
        names.insert(entry.name);
        EXPECT_TRUE(entry.name.contains(QLatin1String("Basic (Qualified Offer)")))
            << entry.name.toStdString();
        EXPECT_EQ(entry.kind == OfferKind::AddOn, entry.variant == OfferVariant::AddOnForCrmBasic)
            << entry.name.toStdString();
        EXPECT_EQ(entry.replacements.size(), 4) << entry.name.toStdString();
        EXPECT_EQ(catalogue.match(entry.name), &entry);
    }
    EXPECT_EQ(combinations.size(), 24); // 2 families x 3 variants x 4 segments, each once
    EXPECT_EQ(names.size(), 24);
}

TEST(OfferCatalogue, NamesFollowMicrosoftsList)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    // Typed from the migration article: segment words at the end, "(Government Pricing)" after the edition.
    const struct
    {
        const char *name;
        OfferFamily family;
        OfferVariant variant;
        MarketSegment segment;
    } expected[] = {
        {"Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)", OfferFamily::Sales,
         OfferVariant::CrmolBasic, MarketSegment::Commercial},
        {"Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer) for Faculty",
         OfferFamily::Sales, OfferVariant::CrmolBasic, MarketSegment::Faculty},
        {"Dynamics 365 for Sales Enterprise Edition From SA for CRM Basic (Qualified Offer) for Students",
         OfferFamily::Sales, OfferVariant::FromSaForCrmBasic, MarketSegment::Students},
        {"Dynamics 365 for Sales Enterprise Edition (Government Pricing) Add-On for CRM Basic (Qualified "
         "Offer)",
         OfferFamily::Sales, OfferVariant::AddOnForCrmBasic, MarketSegment::Government},
        {"Dynamics 365 Customer Engagement Plan Enterprise Edition CRMOL Basic (Qualified Offer)",
         OfferFamily::CustomerEngagement, OfferVariant::CrmolBasic, MarketSegment::Commercial},
        {"Dynamics 365 Customer Engagement Plan Enterprise Edition (Government Pricing) From SA for CRM "
         "Basic "
         "(Qualified Offer)",
         OfferFamily::CustomerEngagement, OfferVariant::FromSaForCrmBasic, MarketSegment::Government},
        {"Dynamics 365 Customer Engagement Plan Enterprise Edition Add-On for CRM Basic (Qualified Offer) "
         "for Faculty",
         OfferFamily::CustomerEngagement, OfferVariant::AddOnForCrmBasic, MarketSegment::Faculty},
    };
    for (const auto &e : expected) {
        const RetiredOffer *entry = catalogue.match(QString::fromUtf8(e.name));
        ASSERT_NE(entry, nullptr) << e.name;
        EXPECT_EQ(entry->name, QString::fromUtf8(e.name));
        EXPECT_EQ(entry->family, e.family) << e.name;
        EXPECT_EQ(entry->variant, e.variant) << e.name;
        EXPECT_EQ(entry->segment, e.segment) << e.name;
    }
}

TEST(OfferCatalogue, GovernmentSuffixAtTheEndIsAnAlias)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    const RetiredOffer *alias = catalogue.match(QStringLiteral(
        "Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer) (Government Pricing)"));
    ASSERT_NE(alias, nullptr);
    EXPECT_EQ(
        alias->name,
        QStringLiteral(
            "Dynamics 365 for Sales Enterprise Edition (Government Pricing) CRMOL Basic (Qualified Offer)"));
    EXPECT_EQ(alias->segment, MarketSegment::Government);
}

TEST(OfferCatalogue, MatchSurvivesCaseAndOddWhiteSpace)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    const RetiredOffer *expected = catalogue.match(salesCrmol);
    ASSERT_NE(expected, nullptr);
    const QString variants[] = {
        QStringLiteral("DYNAMICS 365 FOR SALES ENTERPRISE EDITION CRMOL BASIC (QUALIFIED OFFER)"),
        QStringLiteral("dynamics 365 for sales enterprise edition crmol basic (qualified offer)"),
        QStringLiteral("  Dynamics 365   for Sales Enterprise Edition CRMOL Basic (Qualified Offer)  "),
        QStringLiteral("Dynamics\t365 for Sales\r\nEnterprise Edition CRMOL Basic (Qualified Offer)"),
        QStringLiteral(
            "Dynamics\u00A0365 for Sales Enterprise\u00A0\u00A0Edition CRMOL Basic (Qualified Offer)"),
        QStringLiteral(
            "Dynamics 365\u202Ffor Sales Enterprise Edition\u2007CRMOL Basic (Qualified\u3000Offer)"),
        QStringLiteral("\uFEFFDynamics 365 for Sales Enterprise Edition CRMOL\u200B Basic (Qualified Offer)"),
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic \uFF08Qualified Offer\uFF09"),
    };
    for (const QString &name : variants)
        EXPECT_EQ(catalogue.match(name), expected) << name.toStdString();
}

TEST(OfferCatalogue, LookAlikesAreNotRetired)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    const QString lookAlikes[] = {
        QString(),
        QStringLiteral("   "),
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition"),
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic"),
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic Qualified Offer"),
        QStringLiteral("Dynamics 365 for Sales Professional"),
        QStringLiteral("Dynamics 365 Customer Engagement Plan Enterprise Edition"),
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer) Trial"),
        QStringLiteral("New Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)"),
        QStringLiteral(
            "Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer) for Faculty Plus"),
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)for Faculty"),
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRM Basic (Qualified Offer)"),
        QStringLiteral(
            "Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer) for Nonprofits"),
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL-Basic (Qualified Offer)"),
    };
    for (const QString &name : lookAlikes) {
        EXPECT_EQ(catalogue.match(name), nullptr) << name.toStdString();
        EXPECT_FALSE(catalogue.isRetired(name)) << name.toStdString();
    }
}

TEST(OfferCatalogue, RecommendedReplacementsAreOrderedAndInTheSegment)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    const RetiredOffer *sales = catalogue.match(salesCrmol);
    ASSERT_NE(sales, nullptr);
    EXPECT_EQ(OfferCatalogue::recommendedReplacements(*sales),
              (QStringList{QStringLiteral("Dynamics 365 Sales Professional"),
                           QStringLiteral("Dynamics 365 Customer Engagement Plan"),
                           QStringLiteral("Dynamics 365 Customer Service Enterprise"),
                           QStringLiteral("Dynamics 365 Team Members")}));

    // New commerce sells one product per replacement; the segment (education for faculty and students)
    // is the availability's, so the names are the same in every segment.
    const RetiredOffer *ceFaculty =
        catalogue.match(QStringLiteral("Dynamics 365 Customer Engagement Plan Enterprise Edition From SA for "
                                       "CRM Basic (Qualified Offer) for Faculty"));
    ASSERT_NE(ceFaculty, nullptr);
    EXPECT_EQ(ceFaculty->segment, MarketSegment::Faculty);
    EXPECT_EQ(OfferCatalogue::recommendedReplacements(*ceFaculty),
              (QStringList{QStringLiteral("Dynamics 365 Customer Engagement Plan"),
                           QStringLiteral("Dynamics 365 Sales Professional"),
                           QStringLiteral("Dynamics 365 Customer Service Enterprise"),
                           QStringLiteral("Dynamics 365 Team Members")}));

    QStringList products;
    for (const ReplacementProduct &p : catalogue.replacementProducts())
        products.append(p.name);
    for (const RetiredOffer &entry : catalogue.entries()) {
        for (const QString &replacement : entry.replacements)
            EXPECT_TRUE(products.contains(replacement)) << replacement.toStdString();
    }
}

TEST(OfferCatalogue, ReplacementTitlesMatchCaseAndSpaceProofWithTheOldNamesAsAliases)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    const QString salesPro = QStringLiteral("Dynamics 365 Sales Professional");
    EXPECT_TRUE(catalogue.titleMatchesReplacement(salesPro, u"Dynamics 365 Sales Professional"));
    EXPECT_TRUE(catalogue.titleMatchesReplacement(salesPro, u"  dynamics 365\u00a0SALES   professional "));
    EXPECT_TRUE(catalogue.titleMatchesReplacement(salesPro, u"Dynamics 365 for Sales Professional"));
    EXPECT_FALSE(catalogue.titleMatchesReplacement(salesPro, u"Dynamics 365 Sales Professional Trial"));
    EXPECT_FALSE(catalogue.titleMatchesReplacement(salesPro, u"Dynamics 365 Sales Enterprise"));
    EXPECT_FALSE(catalogue.titleMatchesReplacement(salesPro, u"Dynamics 365 Team Members"));
    const QString service = QStringLiteral("Dynamics 365 Customer Service Enterprise");
    EXPECT_TRUE(catalogue.titleMatchesReplacement(service, u"Dynamics 365 for Customer Service"));
    EXPECT_FALSE(catalogue.titleMatchesReplacement(service, u"Dynamics 365 Customer Service Professional"));
    // An alias names the product too: asking by the 2018 name finds today's title.
    EXPECT_TRUE(catalogue.titleMatchesReplacement(QStringLiteral("Dynamics 365 for Team Members"),
                                                  u"Dynamics 365 Team Members"));
}

TEST(OfferCatalogue, Version2RefusesAReplacementThatIsNotAProduct)
{
    const auto loaded = OfferCatalogue::fromJson(
        R"json({"version":2,"replacementProducts":[{"name":"A"}],"offers":[{"name":"X (Qualified Offer)",
        "family":"sales","variant":"crmol_basic","kind":"base","segment":"commercial","replacements":["B"]}]})json",
        QStringLiteral("test"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().message.contains(QLatin1String("not in replacementProducts")))
        << loaded.error().toString().toStdString();
    const auto duplicate = OfferCatalogue::fromJson(
        R"json({"version":2,"replacementProducts":[{"name":"A","aliases":["a "]}],"offers":[{"name":"X",
        "family":"sales","variant":"crmol_basic","kind":"base","segment":"commercial","replacements":["A"]}]})json",
        QStringLiteral("test"));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.error().message.contains(QLatin1String("listed twice")));
}

TEST(OfferCatalogue, MatchesBySubscriptionOfferIdWhenListed)
{
    Result<OfferCatalogue> loaded =
        OfferCatalogue::loadFile(dataPath(QStringLiteral("catalogue-with-offer-ids.json")));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    SubscriptionRecord renamed;
    renamed.offerId = QStringLiteral("2f9567ce-0979-4624-ba1b-1c016a229aff");
    renamed.offerName = QStringLiteral("Sales CRMOL Basic QO (renamed in this market)");
    const RetiredOffer *byId = loaded->match(renamed);
    ASSERT_NE(byId, nullptr);
    EXPECT_EQ(byId->name, salesCrmol);

    SubscriptionRecord other;
    other.offerId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    other.offerName = QStringLiteral("Dynamics 365 for Sales Professional");
    EXPECT_EQ(loaded->match(other), nullptr);
    other.offerName = salesCrmol; // unknown id, known name
    EXPECT_EQ(loaded->match(other), byId);
}

TEST(OfferCatalogue, BadFilesGiveClearErrors)
{
    Result<OfferCatalogue> missing =
        OfferCatalogue::loadFile(dataPath(QStringLiteral("no-such-catalogue.json")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(missing.error().context.contains(QLatin1String("no-such-catalogue.json")));

    Result<OfferCatalogue> malformed =
        OfferCatalogue::loadFile(dataPath(QStringLiteral("catalogue-malformed.json")));
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(malformed.error().kind, Error::Kind::Parse);
    EXPECT_TRUE(malformed.error().message.contains(QLatin1String("malformed JSON")));

    Result<OfferCatalogue> segment =
        OfferCatalogue::loadFile(dataPath(QStringLiteral("catalogue-unknown-segment.json")));
    ASSERT_FALSE(segment.ok());
    EXPECT_EQ(segment.error().kind, Error::Kind::Parse);
    EXPECT_TRUE(segment.error().message.contains(QLatin1String("offers[0].segment")))
        << segment.error().toString().toStdString();
    EXPECT_TRUE(segment.error().message.contains(QLatin1String("nonprofit")));

    Result<OfferCatalogue> duplicate =
        OfferCatalogue::loadFile(dataPath(QStringLiteral("catalogue-duplicate.json")));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.error().message.contains(QLatin1String("listed twice")))
        << duplicate.error().toString().toStdString();

    const auto fromJson = [](const char *json) {
        return OfferCatalogue::fromJson(QByteArray(json), QStringLiteral("inline"));
    };
    EXPECT_FALSE(fromJson(R"({"version": 2, "offers": []})").ok());
    EXPECT_FALSE(fromJson(R"({"version": 1, "offers": []})").ok());
    EXPECT_FALSE(fromJson(R"({"version": 1})").ok());
    EXPECT_FALSE(fromJson(R"([1, 2])").ok());
    const Result<OfferCatalogue> noReplacements = fromJson(
        R"json({"version":1,"offers":[{"name":"X (Qualified Offer)","family":"sales","variant":"crmol_basic",)json"
        R"json("kind":"base","segment":"commercial","replacements":[]}]})json");
    ASSERT_FALSE(noReplacements.ok());
    EXPECT_TRUE(noReplacements.error().message.contains(QLatin1String("offers[0].replacements")));
}

TEST(OfferCatalogue, EmptyCatalogueMatchesNothing)
{
    const OfferCatalogue empty;
    EXPECT_TRUE(empty.isEmpty());
    EXPECT_EQ(empty.match(salesCrmol), nullptr);
}
