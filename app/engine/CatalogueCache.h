#pragma once

#include "partnercenter/PartnerCenterClient.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>
#include <utility>

namespace om::engine {

// The market catalogue a plan reads: the legacy offers (they describe old subscriptions) and the new-commerce
// products, their SKUs and their availabilities. The plans of one batch share one cache, so 200 customers of
// one market read it once instead of 200 times; a read in flight is shared as well (four plans that start
// together send one request). A failed read is not kept: the next plan asks again.
//
// Kept for as long as the cache lives, and whoever makes one decides that: a batch planner makes one per
// planning round, a batch runner one per run and another after each resume, a single plan its own. Partner
// Center reissues availability ids now and then (docs/partner-center-api.md "New commerce"), so a cache must
// not outlive a run: its reads are as old as the plans that use them can be (BatchRunOptions::maxPlanAgeSecs
// says what an old plan can hold).
//
// Answers are delivered asynchronously (queued) even when cached, as the client delivers them, and only while
// the receiver lives. The client is borrowed and must outlive the cache.
class CatalogueCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueCache)

public:
    explicit CatalogueCache(pc::PartnerCenterClient &client, QObject *parent = nullptr);

    void offers(const QString &market, QObject *receiver, pc::Done<QList<pc::Offer>> done);
    // Every segment but nonprofit (targetSegment empty), as the planner reads them.
    void products(const QString &market, QObject *receiver, pc::Done<QList<pc::Product>> done);
    void skus(const QString &market, const QString &productId, QObject *receiver,
              pc::Done<QList<pc::CatalogSku>> done);
    void availabilities(const QString &market, const QString &productId, const QString &skuId,
                        QObject *receiver, pc::Done<QList<pc::Availability>> done);

    // Requests this cache sent to Partner Center (for tests and diagnostics).
    int requestsSent() const { return m_sent; }

private:
    template<typename T>
    struct Slot
    {
        std::optional<pc::Reply<T>> answer;
        QList<std::pair<QPointer<QObject>, pc::Done<T>>> waiting;
    };
    template<typename T>
    using Table = QHash<QString, Slot<T>>;

    // Answers from the table, joins a read in flight, or starts one with `send(receiver, done)`.
    template<typename T, typename Send>
    void get(Table<T> CatalogueCache::*table, const QString &key, QObject *receiver, pc::Done<T> done,
             Send send);

    pc::PartnerCenterClient &m_client;
    Table<QList<pc::Offer>> m_offers;
    Table<QList<pc::Product>> m_products;
    Table<QList<pc::CatalogSku>> m_skus;
    Table<QList<pc::Availability>> m_availabilities;
    int m_sent = 0;
};

} // namespace om::engine
