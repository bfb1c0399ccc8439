#pragma once

// One entry of the retired-offer catalogue (resources/catalogue/retired-offers.json).

#include <QString>
#include <QStringList>

namespace om::domain {

enum class OfferFamily
{
    Sales,
    CustomerEngagement
};

// Which of Microsoft's three retired offers of a family: "CRMOL Basic", "From SA for CRM Basic",
// "Add-On for CRM Basic". The first two are base offers, the last is an add-on (see kind()).
enum class OfferVariant
{
    CrmolBasic,
    FromSaForCrmBasic,
    AddOnForCrmBasic
};

enum class OfferKind
{
    Base,
    AddOn
};

enum class MarketSegment
{
    Commercial,
    Faculty,
    Students,
    Government
};

struct RetiredOffer
{
    QString name; // Microsoft's exact English offer name
    OfferFamily family = OfferFamily::Sales;
    OfferVariant variant = OfferVariant::CrmolBasic;
    OfferKind kind = OfferKind::Base;
    MarketSegment segment = MarketSegment::Commercial;
    QStringList aliases;      // other spellings seen for the same offer; matched like the name
    QStringList offerIds;     // known offer GUIDs (partner-maintained; Microsoft's are NOT CONFIRMED)
    QStringList replacements; // recommended replacement product names, best first, in the same segment
};

// JSON tokens used in the catalogue file ("sales", "add_on", "faculty"...). fromText returns false
// for an unknown token and leaves `out` alone.
QString familyToText(OfferFamily family);
QString variantToText(OfferVariant variant);
QString kindToText(OfferKind kind);
QString segmentToText(MarketSegment segment);
bool familyFromText(QStringView text, OfferFamily &out);
bool variantFromText(QStringView text, OfferVariant &out);
bool kindFromText(QStringView text, OfferKind &out);
bool segmentFromText(QStringView text, MarketSegment &out);

// What tells the offers of one family apart, translated for views: the market segment and the variant,
// e.g. "Students", "Government · Add-on", "From SA", "Commercial". Read from the entry, never from its name.
QString segmentDisplayName(const RetiredOffer &offer);

} // namespace om::domain
