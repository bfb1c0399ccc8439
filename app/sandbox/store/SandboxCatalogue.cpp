#include "sandbox/store/SandboxCatalogue.h"

#include <QUuid>

namespace om::sandbox {

void SandboxCatalogue::addMarket(const MarketInfo &market)
{
    const QString key = market.country.toUpper();
    if (!m_markets.contains(key))
        m_marketOrder.append(key);
    m_markets.insert(key, market);
}

void SandboxCatalogue::addSku(const SkuRecord &sku)
{
    SkuRecord copy = sku;
    copy.id = sku.id.toLower();
    m_skus.insert(copy.id, copy);
}

void SandboxCatalogue::addOffer(const OfferRecord &offer)
{
    OfferRecord copy = offer;
    copy.id = offer.id.toUpper();
    copy.skuId = offer.skuId.toLower();
    if (!m_offers.contains(copy.id))
        m_offerOrder.append(copy.id);
    m_offers.insert(copy.id, copy);
}

void SandboxCatalogue::addConflictGroup(const QStringList &servicePlanIds)
{
    QStringList group;
    for (const QString &id : servicePlanIds) {
        group.append(id.toLower());
        m_planGroup.insert(id.toLower(), int(m_conflictGroups.size()));
    }
    m_conflictGroups.append(group);
}

const MarketInfo *SandboxCatalogue::market(const QString &country) const
{
    const auto it = m_markets.constFind(country.toUpper());
    return it == m_markets.constEnd() ? nullptr : &*it;
}

const SkuRecord *SandboxCatalogue::sku(const QString &skuId) const
{
    const auto it = m_skus.constFind(skuId.toLower());
    return it == m_skus.constEnd() ? nullptr : &*it;
}

const OfferRecord *SandboxCatalogue::offer(const QString &offerId) const
{
    const auto it = m_offers.constFind(offerId.toUpper());
    return it == m_offers.constEnd() ? nullptr : &*it;
}

bool SandboxCatalogue::isSoldIn(const OfferRecord &offer, const QString &country) const
{
    if (!m_markets.contains(country.toUpper()))
        return false;
    return offer.markets.isEmpty() || offer.markets.contains(country.toUpper());
}

QList<const OfferRecord *> SandboxCatalogue::offersFor(const QString &country) const
{
    QList<const OfferRecord *> out;
    for (const QString &id : m_offerOrder) {
        const OfferRecord &o = *m_offers.constFind(id);
        if (isSoldIn(o, country))
            out.append(&o);
    }
    return out;
}

QList<const OfferRecord *> SandboxCatalogue::allOffers() const
{
    QList<const OfferRecord *> out;
    for (const QString &id : m_offerOrder)
        out.append(&*m_offers.constFind(id));
    return out;
}

QList<const OfferRecord *> SandboxCatalogue::offersByName(const QString &name) const
{
    QList<const OfferRecord *> out;
    for (const QString &id : m_offerOrder) {
        const OfferRecord &o = *m_offers.constFind(id);
        if (o.name.compare(name, Qt::CaseInsensitive) == 0)
            out.append(&o);
    }
    return out;
}

int SandboxCatalogue::conflictGroupOf(const QString &servicePlanId) const
{
    return m_planGroup.value(servicePlanId.toLower(), -1);
}

QString sandboxOfferId(const QString &offerName)
{
    static const QUuid ns(QStringLiteral("{5a0d0b0e-0f1e-4c0a-9e55-0ff3e12a7e57}"));
    return QUuid::createUuidV5(ns, offerName).toString(QUuid::WithoutBraces).toUpper();
}

} // namespace om::sandbox
