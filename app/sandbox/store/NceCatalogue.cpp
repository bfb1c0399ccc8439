// SandboxCatalogue: the new-commerce part, product -> SKU -> availability
// (docs/partner-center-api.md "New commerce").

#include "sandbox/store/SandboxCatalogue.h"

#include <QCryptographicHash>

namespace om::sandbox {

namespace {
QString skuKey(const QString &productId, const QString &skuId)
{
    return productId.toUpper() + QLatin1Char(':') + skuId.toUpper();
}

bool segmentMatches(const NceAvailabilityRecord &a, const QString &segment)
{
    return segment.isEmpty() || a.segment.compare(segment, Qt::CaseInsensitive) == 0;
}
} // namespace

void SandboxCatalogue::addNceProduct(const NceProductRecord &product)
{
    NceProductRecord copy = product;
    copy.id = product.id.toUpper();
    if (!m_nceProducts.contains(copy.id))
        m_nceProductOrder.append(copy.id);
    m_nceProducts.insert(copy.id, copy);
}

void SandboxCatalogue::addNceSku(const NceSkuRecord &sku)
{
    NceSkuRecord copy = sku;
    copy.productId = sku.productId.toUpper();
    copy.id = sku.id.toUpper();
    copy.provisioningId = sku.provisioningId.toLower();
    const QString key = skuKey(copy.productId, copy.id);
    if (!m_nceSkus.contains(key))
        m_nceSkuOrder.append(key);
    m_nceSkus.insert(key, copy);
}

void SandboxCatalogue::addNceAvailability(NceAvailabilityRecord availability)
{
    availability.productId = availability.productId.toUpper();
    availability.skuId = availability.skuId.toUpper();
    availability.id = availability.id.toUpper();
    availability.segment = availability.segment.toLower();
    for (QString &market : availability.markets)
        market = market.toUpper();
    for (NceTermRecord &term : availability.terms) {
        term.billingCycle = term.billingCycle.toLower();
        if (!term.id.isEmpty())
            continue;
        // Term ids are opaque 12-character strings in the real service ("5aeco6mffyxo"); the
        // sandbox derives them from what the term is, so they stay the same across runs.
        const QByteArray key =
            (availability.productId + QLatin1Char(':') + availability.skuId + QLatin1Char(':') +
             availability.segment + QLatin1Char(':') + term.duration + QLatin1Char(':') + term.billingCycle)
                .toUtf8();
        term.id =
            QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(12));
    }
    const QString key = availability.catalogItemId().toUpper();
    const auto existing = m_nceAvailabilityIndex.constFind(key);
    if (existing != m_nceAvailabilityIndex.constEnd()) {
        m_nceAvailabilities[*existing] = availability;
        return;
    }
    m_nceAvailabilityIndex.insert(key, int(m_nceAvailabilities.size()));
    m_nceAvailabilities.append(availability);
}

const NceProductRecord *SandboxCatalogue::nceProduct(const QString &productId) const
{
    const auto it = m_nceProducts.constFind(productId.toUpper());
    return it == m_nceProducts.constEnd() ? nullptr : &*it;
}

const NceSkuRecord *SandboxCatalogue::nceSku(const QString &productId, const QString &skuId) const
{
    const auto it = m_nceSkus.constFind(skuKey(productId, skuId));
    return it == m_nceSkus.constEnd() ? nullptr : &*it;
}

const NceSkuRecord *SandboxCatalogue::nceSkuOf(const QString &itemId) const
{
    const QStringList parts = itemId.split(QLatin1Char(':'));
    if (parts.size() != 2 && parts.size() != 3)
        return nullptr;
    return nceSku(parts.at(0), parts.at(1));
}

const NceAvailabilityRecord *SandboxCatalogue::nceAvailability(const QString &catalogItemId) const
{
    const auto it = m_nceAvailabilityIndex.constFind(catalogItemId.trimmed().toUpper());
    return it == m_nceAvailabilityIndex.constEnd() ? nullptr : &m_nceAvailabilities.at(*it);
}

bool SandboxCatalogue::isSoldIn(const NceAvailabilityRecord &availability, const QString &country) const
{
    if (!m_markets.contains(country.toUpper()))
        return false;
    return availability.markets.isEmpty() || availability.markets.contains(country.toUpper());
}

QList<const NceProductRecord *> SandboxCatalogue::nceProductsFor(const QString &country,
                                                                 const QString &segment) const
{
    QList<const NceProductRecord *> out;
    for (const QString &id : m_nceProductOrder) {
        const bool sold = std::any_of(
            m_nceAvailabilities.cbegin(), m_nceAvailabilities.cend(), [&](const NceAvailabilityRecord &a) {
                return a.productId == id && segmentMatches(a, segment) && isSoldIn(a, country);
            });
        if (sold)
            out.append(&*m_nceProducts.constFind(id));
    }
    return out;
}

QList<const NceSkuRecord *> SandboxCatalogue::nceSkusOf(const QString &productId) const
{
    QList<const NceSkuRecord *> out;
    for (const QString &key : m_nceSkuOrder) {
        const NceSkuRecord &sku = *m_nceSkus.constFind(key);
        if (sku.productId.compare(productId, Qt::CaseInsensitive) == 0)
            out.append(&sku);
    }
    return out;
}

QList<const NceSkuRecord *> SandboxCatalogue::nceSkusFor(const QString &productId, const QString &country,
                                                         const QString &segment) const
{
    QList<const NceSkuRecord *> out;
    for (const NceSkuRecord *sku : nceSkusOf(productId)) {
        if (!nceAvailabilitiesFor(sku->productId, sku->id, country, segment).isEmpty())
            out.append(sku);
    }
    return out;
}

QList<const NceAvailabilityRecord *> SandboxCatalogue::nceAvailabilitiesFor(const QString &productId,
                                                                            const QString &skuId,
                                                                            const QString &country,
                                                                            const QString &segment) const
{
    QList<const NceAvailabilityRecord *> out;
    for (const NceAvailabilityRecord &a : m_nceAvailabilities) {
        if (a.productId.compare(productId, Qt::CaseInsensitive) == 0 &&
            a.skuId.compare(skuId, Qt::CaseInsensitive) == 0 && segmentMatches(a, segment) &&
            isSoldIn(a, country))
            out.append(&a);
    }
    return out;
}

const NceSkuRecord *SandboxCatalogue::nceEquivalentOf(const QString &aadSkuId) const
{
    for (const QString &key : m_nceSkuOrder) {
        const NceSkuRecord &sku = *m_nceSkus.constFind(key);
        if (!sku.isTrial && sku.provisioningId.compare(aadSkuId, Qt::CaseInsensitive) == 0)
            return &sku;
    }
    return nullptr;
}

void SandboxCatalogue::rotateAvailabilityIds()
{
    // New ids keep the real shape (12 upper-case characters): "CFQ7TTC0R" + a base-36 serial.
    m_nceAvailabilityIndex.clear();
    for (int i = 0; i < m_nceAvailabilities.size(); ++i) {
        NceAvailabilityRecord &a = m_nceAvailabilities[i];
        ++m_availabilitySerial;
        a.id = QStringLiteral("CFQ7TTC0R") +
               QString::number(m_availabilitySerial, 36).toUpper().rightJustified(3, QLatin1Char('0'));
        m_nceAvailabilityIndex.insert(a.catalogItemId().toUpper(), i);
    }
}

} // namespace om::sandbox
