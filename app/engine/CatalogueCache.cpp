#include "engine/CatalogueCache.h"

#include <QMetaObject>

namespace om::engine {

namespace {

// Markets are ISO2 codes and ids GUIDs or catalog ids: both compared without case.
QString key(const QString &a, const QString &b = {}, const QString &c = {})
{
    return (a + QLatin1Char('|') + b + QLatin1Char('|') + c).toLower();
}

} // namespace

CatalogueCache::CatalogueCache(pc::PartnerCenterClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

template<typename T, typename Send>
void CatalogueCache::get(Table<T> CatalogueCache::*table, const QString &slotKey, QObject *receiver,
                         pc::Done<T> done, Send send)
{
    Slot<T> &slot = (this->*table)[slotKey];
    if (slot.answer) {
        QMetaObject::invokeMethod(
            receiver, [done = std::move(done), answer = *slot.answer] { done(answer); },
            Qt::QueuedConnection);
        return;
    }
    const bool inFlight = !slot.waiting.isEmpty();
    slot.waiting.append({QPointer<QObject>(receiver), std::move(done)});
    if (inFlight)
        return;
    ++m_sent;
    send(this, [this, table, slotKey](const pc::Reply<T> &reply) {
        // Looked up again: the table may have grown (and moved its slots) while the read was out.
        auto waiting = std::exchange((this->*table)[slotKey].waiting, {});
        if (reply.result)
            (this->*table)[slotKey].answer = reply;
        else
            (this->*table).remove(slotKey);
        for (const auto &[who, callback] : std::as_const(waiting)) {
            if (who)
                callback(reply);
        }
    });
}

void CatalogueCache::offers(const QString &market, QObject *receiver, pc::Done<QList<pc::Offer>> done)
{
    get(&CatalogueCache::m_offers, key(market), receiver, std::move(done),
        [this, market](QObject *self, pc::Done<QList<pc::Offer>> answer) {
            m_client.listOffers(market, self, std::move(answer));
        });
}

void CatalogueCache::products(const QString &market, QObject *receiver, pc::Done<QList<pc::Product>> done)
{
    get(&CatalogueCache::m_products, key(market), receiver, std::move(done),
        [this, market](QObject *self, pc::Done<QList<pc::Product>> answer) {
            m_client.listProducts(market, QString(), self, std::move(answer));
        });
}

void CatalogueCache::skus(const QString &market, const QString &productId, QObject *receiver,
                          pc::Done<QList<pc::CatalogSku>> done)
{
    get(&CatalogueCache::m_skus, key(market, productId), receiver, std::move(done),
        [this, market, productId](QObject *self, pc::Done<QList<pc::CatalogSku>> answer) {
            m_client.listSkus(productId, market, self, std::move(answer));
        });
}

void CatalogueCache::availabilities(const QString &market, const QString &productId, const QString &skuId,
                                    QObject *receiver, pc::Done<QList<pc::Availability>> done)
{
    get(&CatalogueCache::m_availabilities, key(market, productId, skuId), receiver, std::move(done),
        [this, market, productId, skuId](QObject *self, pc::Done<QList<pc::Availability>> answer) {
            m_client.listAvailabilities(productId, skuId, market, QString(), self, std::move(answer));
        });
}

} // namespace om::engine
