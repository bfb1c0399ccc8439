#pragma once

#include "sandbox/store/SandboxTypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace om::sandbox {

// Market facts the sandbox needs: locale and currency per ISO2 country.
struct MarketInfo
{
    QString country; // "IT"
    QString locale;  // "it-IT"
    QString currencyCode;
    QString currencySymbol;
};

// The legacy catalogue (offers per market), the new-commerce catalogue (product -> SKU ->
// availability), the AAD SKUs both provision and the table of service plans that cannot be enabled
// together for one user. Owned by SandboxStore; plain value type. NCE members: NceCatalogue.cpp.
class SandboxCatalogue
{
public:
    void addMarket(const MarketInfo &market);
    void addSku(const SkuRecord &sku);
    void addOffer(const OfferRecord &offer);
    // Each group lists service plan ids of which at most one may be enabled per user.
    void addConflictGroup(const QStringList &servicePlanIds);
    void clearConflictGroups() { m_conflictGroups.clear(); }

    const MarketInfo *market(const QString &country) const;
    QStringList marketCodes() const { return m_marketOrder; }
    const SkuRecord *sku(const QString &skuId) const;
    const OfferRecord *offer(const QString &offerId) const;
    bool isSoldIn(const OfferRecord &offer, const QString &country) const;
    // Offers sold in a market, catalogue order.
    QList<const OfferRecord *> offersFor(const QString &country) const;
    QList<const OfferRecord *> allOffers() const;
    QList<const OfferRecord *> offersByName(const QString &name) const; // case-insensitive, exact
    // The conflict group index of a plan, or -1.
    int conflictGroupOf(const QString &servicePlanId) const;
    const QList<QStringList> &conflictGroups() const { return m_conflictGroups; }

    // ---- New commerce ---------------------------------------------------------------------------
    // Ids compare case-insensitively. Returned pointers stay valid until the catalogue is modified.
    void addNceProduct(const NceProductRecord &product);
    void addNceSku(const NceSkuRecord &sku);
    void addNceAvailability(NceAvailabilityRecord availability); // gives terms without id one
    const NceProductRecord *nceProduct(const QString &productId) const;
    const NceSkuRecord *nceSku(const QString &productId, const QString &skuId) const;
    // By "productId:skuId" or by a catalogItemId, whose availability part is ignored: an NCE
    // subscription still finds its SKU after rotateAvailabilityIds().
    const NceSkuRecord *nceSkuOf(const QString &itemId) const;
    // By catalogItemId "productId:skuId:availabilityId"; nullptr for anything else.
    const NceAvailabilityRecord *nceAvailability(const QString &catalogItemId) const;
    bool isSoldIn(const NceAvailabilityRecord &availability, const QString &country) const;
    // Catalogue order. An empty segment means every segment. Products and SKUs are listed when at
    // least one of their availabilities is sold in the market (and segment).
    QList<const NceProductRecord *> nceProductsFor(const QString &country, const QString &segment = {}) const;
    QList<const NceSkuRecord *> nceSkusOf(const QString &productId) const;
    QList<const NceSkuRecord *> nceSkusFor(const QString &productId, const QString &country,
                                           const QString &segment = {}) const;
    QList<const NceAvailabilityRecord *> nceAvailabilitiesFor(const QString &productId, const QString &skuId,
                                                              const QString &country,
                                                              const QString &segment = {}) const;
    // The first non-trial NCE SKU that provisions this AAD SKU, or nullptr.
    const NceSkuRecord *nceEquivalentOf(const QString &aadSkuId) const;
    // Reissues every availability id ("availability ids are reissued on a regular basis"): every
    // catalogItemId handed out before becomes invalid. Deterministic: same calls, same ids.
    void rotateAvailabilityIds();

private:
    QHash<QString, MarketInfo> m_markets;
    QStringList m_marketOrder;
    QHash<QString, SkuRecord> m_skus;
    QHash<QString, OfferRecord> m_offers;
    QStringList m_offerOrder;
    QList<QStringList> m_conflictGroups;
    QHash<QString, int> m_planGroup;
    QHash<QString, NceProductRecord> m_nceProducts; // key: upper-case product id
    QStringList m_nceProductOrder;
    QHash<QString, NceSkuRecord> m_nceSkus; // key: upper-case "productId:skuId"
    QStringList m_nceSkuOrder;
    QList<NceAvailabilityRecord> m_nceAvailabilities; // catalogue order
    QHash<QString, int> m_nceAvailabilityIndex;       // upper-case catalogItemId -> position
    int m_availabilitySerial = 0;                     // rotateAvailabilityIds() counter
};

// Well-known ids used by the default catalogue and the demo tenant.
namespace skus {
// Real AAD SKU GUIDs (docs/partner-center-api.md "Legacy offers", "Replacements").
inline const QString Office365E3 = QStringLiteral("6fd2c87f-b296-42f0-b197-1e91e994b900");
inline const QString Office365E1 = QStringLiteral("18181a46-0d4e-45cd-891e-60aabd171b4e");
inline const QString SalesEnterprise = QStringLiteral("1e1a282c-9c54-43a2-9310-98ef728faace");
inline const QString CustomerEngagementPlan = QStringLiteral("ea126fc5-a19e-42e2-a731-da9d437bffcf");
inline const QString CustomerService = QStringLiteral("749742bf-0d37-4158-a120-33567104deeb");
inline const QString TeamMembersEnterprise = QStringLiteral("8e7a3d30-d97d-43ab-837c-d7701cef83dc");
inline const QString TeamMembers = QStringLiteral("7ac9fe77-66b7-4e5e-9e46-10eed1cff547");
inline const QString SalesProfessional =
    QStringLiteral("be9f9771-1c64-4618-9907-244325141096"); // medium confidence
// FICTITIOUS (prefix fa7e): which SKU the retired Basic (Qualified Offer) offers provision is NOT
// CONFIRMED; the sandbox gives each retired family its own SKU, distinct from every replacement.
inline const QString SalesCrmolBasicQo = QStringLiteral("fa7e0001-0000-4000-8000-000000000001");
inline const QString SalesFromSaQo = QStringLiteral("fa7e0001-0000-4000-8000-000000000002");
inline const QString SalesAddOnQo = QStringLiteral("fa7e0001-0000-4000-8000-000000000003");
inline const QString CepCrmolBasicQo = QStringLiteral("fa7e0001-0000-4000-8000-000000000004");
inline const QString CepFromSaQo = QStringLiteral("fa7e0001-0000-4000-8000-000000000005");
inline const QString CepAddOnQo = QStringLiteral("fa7e0001-0000-4000-8000-000000000006");
// Real AAD SKU GUIDs of two NCE products (docs/partner-center-api.md "New commerce", "Replacements").
inline const QString CustomerServicePro = QStringLiteral("1439b6e2-5d59-4873-8c59-d60e2a196e92");
inline const QString BusinessBasic = QStringLiteral("3b555118-da6a-4418-894f-7df1e2096870");
} // namespace skus

// New-commerce ids of the default catalogue. Only Microsoft 365 Business Basic's are real (the Partner
// Center docs' NCE examples); the NCE ids of the Dynamics 365 products are NOT CONFIRMED (not published,
// docs/partner-center-api.md "Replacements"), so they are FICTITIOUS, recognisable by "X" after "CFQ7TTC0".
// Availability ids are the ones before any rotateAvailabilityIds().
namespace nce {
inline const QString MainSku = QStringLiteral("0001"); // every product's (first) SKU
inline const QString SalesProfessionalTrialSku = QStringLiteral("0002");

inline const QString BusinessBasicProduct = QStringLiteral("CFQ7TTC0LH18");     // real
inline const QString BusinessBasicCommercial = QStringLiteral("CFQ7TTC0K971");  // real
inline const QString SalesProfessionalProduct = QStringLiteral("CFQ7TTC0XP01"); // FICTITIOUS from here on
inline const QString SalesEnterpriseProduct = QStringLiteral("CFQ7TTC0XP02");
inline const QString CustomerServiceEnterpriseProduct = QStringLiteral("CFQ7TTC0XP03");
inline const QString CustomerServiceProfessionalProduct = QStringLiteral("CFQ7TTC0XP04");
inline const QString TeamMembersProduct = QStringLiteral("CFQ7TTC0XP05");

inline const QString SalesProfessionalCommercial = QStringLiteral("CFQ7TTC0XA01");
inline const QString SalesProfessionalEducation = QStringLiteral("CFQ7TTC0XA02");
inline const QString SalesProfessionalGovernment = QStringLiteral("CFQ7TTC0XA03");
inline const QString SalesProfessionalTrialCommercial = QStringLiteral("CFQ7TTC0XA04");
inline const QString SalesEnterpriseCommercial = QStringLiteral("CFQ7TTC0XA05");
inline const QString CustomerServiceEnterpriseCommercial = QStringLiteral("CFQ7TTC0XA06");
inline const QString CustomerServiceEnterpriseEducation = QStringLiteral("CFQ7TTC0XA07");
inline const QString CustomerServiceEnterpriseGovernment = QStringLiteral("CFQ7TTC0XA08");
inline const QString CustomerServiceProfessionalCommercial = QStringLiteral("CFQ7TTC0XA09");
inline const QString TeamMembersCommercial = QStringLiteral("CFQ7TTC0XA10");
inline const QString TeamMembersEducation = QStringLiteral("CFQ7TTC0XA11");
inline const QString TeamMembersGovernment = QStringLiteral("CFQ7TTC0XA12");

// "productId:skuId:availabilityId"
inline QString catalogItemId(const QString &productId, const QString &skuId, const QString &availabilityId)
{
    return productId + QLatin1Char(':') + skuId + QLatin1Char(':') + availabilityId;
}
} // namespace nce

// Deterministic upper-case offer id for a catalogue name (UUID v5 in a sandbox namespace): the real
// legacy offer GUIDs are NOT CONFIRMED, so every offer id in the sandbox is fictitious.
QString sandboxOfferId(const QString &offerName);

// Markets, SKUs, the 24 retired offers, their (no longer purchasable) legacy replacements,
// look-alikes, Office 365, the NCE catalogue and the Dynamics conflict table
// (docs/partner-center-api.md "Licences").
void populateDefaultCatalogue(SandboxCatalogue &catalogue);

} // namespace om::sandbox
