#pragma once

#include "common/Result.h"
#include "domain/RetiredOffer.h"
#include "engine/EngineContext.h"
#include "engine/EngineTypes.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace om::domain {
class OfferCatalogue;
}

namespace om::engine {

// Reads a customer's state from Partner Center and the journal and builds the plan: which retired
// subscriptions, which replacement (a new-commerce catalog item of the customer's market and segment, found
// through GET /products, /skus and /availabilities), which term and billing cycle, how many seats, which
// users (from their licences, with the old SKU taken from provisioningstatus), and the checks. Changes
// nothing. One start() per Planner; the engine owns it. The catalogue is borrowed.
// Reads, in three rounds: the customer, subscriptions, SKU pools and users; then per subscription its
// provisioning status and upgrades, per market the legacy offers (to describe old subscriptions) and the
// new-commerce products, and every user's licences; then the SKUs and availabilities of the products that
// name a replacement. The market catalogue comes through a CatalogueCache (a batch's plans share one).
class Planner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Planner)

public:
    using Done = std::function<void(const Result<MigrationPlanSet> &)>;
    Planner(const EngineContext &context, const domain::OfferCatalogue &catalogue, QObject *parent = nullptr);

    void start(const MigrationRequest &request, Done done);

    // The new-commerce segment of a retired offer's segment: faculty and students buy education
    // availabilities, government ones government availabilities (docs/partner-center-api.md "Replacements").
    static QString segmentFor(domain::MarketSegment segment);
    // The Dynamics service plans that cannot be enabled together for one user (Entra's list,
    // docs/partner-center-api.md "Licences"; approximate). D365_SALES_PRO is the sandbox's fictitious Sales
    // Professional plan.
    static bool isExclusiveDynamicsPlan(const QString &serviceName);

private:
    void phaseTwo();
    void phaseThree();
    void build();
    void jobStarted() { ++m_pending; }
    void jobDone();
    void fail(const Error &error);
    SubscriptionPlan planFor(const pc::Subscription &subscription);
    void chooseTarget(SubscriptionPlan &plan, const QStringList &recommended, const QString &segment);
    QList<Replacement> candidatesFor(const QString &market, const QString &segment,
                                     const QStringList &recommended) const;
    std::optional<Replacement> requestedItem(SubscriptionPlan &plan, const QString &segment,
                                             const QList<Replacement> &candidates);
    QString chooseTerm(Replacement &item, const QString &market) const;
    QString marketOf(const pc::Subscription &subscription) const;
    bool wantsProduct(const pc::Product &product) const;
    void collectUsers(SubscriptionPlan &plan);
    void splitSharedHolders(QList<SubscriptionPlan> &plans) const;
    // PlannerChecks.cpp: the operator's exclusions, seats, limits, and the suspend-only offer.
    void applyExclusions(SubscriptionPlan &plan);
    void checkPlan(SubscriptionPlan &plan);
    void checkQuantity(SubscriptionPlan &plan, int toMove) const;
    void offerSuspendOnly(SubscriptionPlan &plan);
    void applyJournal(SubscriptionPlan &plan) const;

    EngineContext m_ctx;
    const domain::OfferCatalogue &m_catalogue;
    CatalogueCache *m_cache; // the context's, or this planner's own child
    MigrationRequest m_request;
    Done m_done;
    int m_pending = 0;
    int m_phase = 0;
    bool m_failed = false;

    pc::Customer m_customer;
    QList<pc::Subscription> m_affected;
    QList<pc::SubscribedSku> m_skus;
    QList<pc::CustomerUser> m_users;
    QHash<QString, QList<pc::License>> m_licences;     // user id -> licences
    QHash<QString, QString> m_skuBySubscription;       // subscription id -> SKU (provisioningstatus)
    QHash<QString, QList<pc::Offer>> m_offersByMarket; // ISO2 -> legacy offers (describe old subscriptions)
    QHash<QString, QList<pc::Product>> m_productsByMarket;         // ISO2 -> new-commerce products
    QHash<QString, QList<pc::CatalogSku>> m_skusByProduct;         // "ISO2|productId" -> SKUs
    QHash<QString, QList<pc::Availability>> m_availabilitiesBySku; // "ISO2|productId|skuId" -> availabilities
    QHash<QString, QList<pc::Upgrade>> m_upgrades;                 // subscription id -> upgrade options
    QList<PlanIssue> m_customerIssues;
    QHash<QString, QList<PlanIssue>> m_targetIssues; // subscription id -> issues about its replacement
};

} // namespace om::engine
