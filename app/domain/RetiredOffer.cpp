#include "domain/RetiredOffer.h"

#include <QCoreApplication>

namespace om::domain {

namespace {

template<typename E, size_t N>
bool fromToken(QStringView text, const std::pair<E, const char *> (&table)[N], E &out)
{
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.second)) {
            out = entry.first;
            return true;
        }
    }
    return false;
}

template<typename E, size_t N>
QString toToken(E value, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QLatin1String(entry.second);
    }
    return {};
}

const std::pair<OfferFamily, const char *> familyTokens[] = {
    {OfferFamily::Sales, "sales"},
    {OfferFamily::CustomerEngagement, "customer_engagement"},
};
const std::pair<OfferVariant, const char *> variantTokens[] = {
    {OfferVariant::CrmolBasic, "crmol_basic"},
    {OfferVariant::FromSaForCrmBasic, "from_sa_for_crm_basic"},
    {OfferVariant::AddOnForCrmBasic, "add_on_for_crm_basic"},
};
const std::pair<OfferKind, const char *> kindTokens[] = {
    {OfferKind::Base, "base"},
    {OfferKind::AddOn, "add_on"},
};
const std::pair<MarketSegment, const char *> segmentTokens[] = {
    {MarketSegment::Commercial, "commercial"},
    {MarketSegment::Faculty, "faculty"},
    {MarketSegment::Students, "students"},
    {MarketSegment::Government, "government"},
};

} // namespace

QString familyToText(OfferFamily family)
{
    return toToken(family, familyTokens);
}
QString variantToText(OfferVariant variant)
{
    return toToken(variant, variantTokens);
}
QString kindToText(OfferKind kind)
{
    return toToken(kind, kindTokens);
}
QString segmentToText(MarketSegment segment)
{
    return toToken(segment, segmentTokens);
}
bool familyFromText(QStringView text, OfferFamily &out)
{
    return fromToken(text, familyTokens, out);
}
bool variantFromText(QStringView text, OfferVariant &out)
{
    return fromToken(text, variantTokens, out);
}
bool kindFromText(QStringView text, OfferKind &out)
{
    return fromToken(text, kindTokens, out);
}
bool segmentFromText(QStringView text, MarketSegment &out)
{
    return fromToken(text, segmentTokens, out);
}

QString segmentDisplayName(const RetiredOffer &offer)
{
    QString segment;
    switch (offer.segment) {
    case MarketSegment::Commercial:
        break;
    case MarketSegment::Faculty:
        segment = QCoreApplication::translate("om::domain::RetiredOffer", "Faculty");
        break;
    case MarketSegment::Students:
        segment = QCoreApplication::translate("om::domain::RetiredOffer", "Students");
        break;
    case MarketSegment::Government:
        segment = QCoreApplication::translate("om::domain::RetiredOffer", "Government");
        break;
    }
    QString variant;
    if (offer.variant == OfferVariant::FromSaForCrmBasic)
        variant = QCoreApplication::translate("om::domain::RetiredOffer", "From SA");
    else if (offer.variant == OfferVariant::AddOnForCrmBasic || offer.kind == OfferKind::AddOn)
        variant = QCoreApplication::translate("om::domain::RetiredOffer", "Add-on");
    if (segment.isEmpty() && variant.isEmpty())
        return QCoreApplication::translate("om::domain::RetiredOffer", "Commercial");
    if (segment.isEmpty() || variant.isEmpty())
        return segment + variant;
    return QCoreApplication::translate("om::domain::RetiredOffer", "%1 · %2", "segment · variant")
        .arg(segment, variant);
}

} // namespace om::domain
