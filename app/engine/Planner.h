#pragma once

#include "common/Result.h"
#include "engine/EngineContext.h"
#include "engine/EngineTypes.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace om::domain {
class OfferCatalogue;
}

namespace om::engine {

// Reads a customer's state from Partner Center and the journal and builds the plan: which retired
// subscriptions, which replacement (checked against GET /offers?country=), how many seats, which users
// (from their licences, with the old SKU taken from provisioningstatus), and the checks. Changes nothing.
// One start() per Planner; the engine owns it. The catalogue is borrowed.
class Planner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Planner)

public:
    using Done = std::function<void(const Result<MigrationPlanSet> &)>;
    Planner(const EngineContext &context, const domain::OfferCatalogue &catalogue, QObject *parent = nullptr);

    void start(const MigrationRequest &request, Done done);

    // Matching a catalogue recommendation ("Dynamics 365 Customer Engagement Plan") to a market's offer
    // ("... Plan Enterprise Edition"): normalised names equal once " Enterprise Edition" is dropped.
    static bool offerNameMatches(const QString &recommended, const QString &offerName);
    // The Dynamics service plans that cannot be enabled together for one user (AAD-LIC list, API
    // reference 8c; approximate). D365_SALES_PRO is the sandbox's fictitious Sales Professional plan.
    static bool isExclusiveDynamicsPlan(const QString &serviceName);

private:
    void phaseTwo();
    void build();
    void jobStarted() { ++m_pending; }
    void jobDone();
    void fail(const Error &error);
    SubscriptionPlan planFor(const pc::Subscription &subscription);
    void chooseTarget(SubscriptionPlan &plan, const QStringList &recommended);
    void collectUsers(SubscriptionPlan &plan);
    void checkPlan(SubscriptionPlan &plan);
    void applyJournal(SubscriptionPlan &plan);

    EngineContext m_ctx;
    const domain::OfferCatalogue &m_catalogue;
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
    QHash<QString, QList<pc::Offer>> m_offersByMarket; // ISO2 -> offers
    QHash<QString, QList<pc::Upgrade>> m_upgrades;     // subscription id -> upgrade options
    QList<PlanIssue> m_customerIssues;
};

} // namespace om::engine
