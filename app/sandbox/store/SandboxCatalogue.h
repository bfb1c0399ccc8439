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

// The legacy catalogue (offers per market), the AAD SKUs they provision and the table of service
// plans that cannot be enabled together for one user. Owned by SandboxStore; plain value type.
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

private:
    QHash<QString, MarketInfo> m_markets;
    QStringList m_marketOrder;
    QHash<QString, SkuRecord> m_skus;
    QHash<QString, OfferRecord> m_offers;
    QStringList m_offerOrder;
    QList<QStringList> m_conflictGroups;
    QHash<QString, int> m_planGroup;
};

// Well-known ids used by the default catalogue and the demo tenant.
namespace skus {
// Real AAD SKU GUIDs (API reference section 5 and 12).
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
} // namespace skus

// Deterministic upper-case offer id for a catalogue name (UUID v5 in a sandbox namespace): the real
// legacy offer GUIDs are NOT CONFIRMED, so every offer id in the sandbox is fictitious.
QString sandboxOfferId(const QString &offerName);

// Markets, SKUs, the 24 retired offers, their replacements, look-alikes, Office 365 and the
// Dynamics conflict table (API reference section 8c).
void populateDefaultCatalogue(SandboxCatalogue &catalogue);

} // namespace om::sandbox
