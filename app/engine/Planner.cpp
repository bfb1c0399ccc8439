#include "engine/Planner.h"

#include "domain/OfferCatalogue.h"
#include "domain/ScanData.h"
#include "engine/CatalogueCache.h"
#include "engine/EngineLog.h"
#include "engine/EngineUtil.h"
#include "engine/PlannerSupport.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

// The plan's issues are the wizard's checks: QCoreApplication::translate makes them Italian once the GUI has
// installed its translator, and leaves them English in the CLI and the tests (none installed there).

namespace om::engine {

using planner::buyable;
using planner::catalogueKey;
using planner::findOffer;

namespace {

domain::SubscriptionRecord toRecord(const pc::Subscription &s)
{
    domain::SubscriptionRecord r;
    r.id = s.id;
    r.offerId = s.offerId;
    r.offerName = s.offerName;
    r.status = s.status;
    r.quantity = s.quantity;
    return r;
}

} // namespace

Planner::Planner(const EngineContext &context, const domain::OfferCatalogue &catalogue, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_catalogue(catalogue)
    , m_cache(context.catalogueCache ? context.catalogueCache : new CatalogueCache(*context.client, this))
{}

QString Planner::segmentFor(domain::MarketSegment segment)
{
    switch (segment) {
    case domain::MarketSegment::Faculty:
    case domain::MarketSegment::Students:
        return QStringLiteral("education");
    case domain::MarketSegment::Government:
        return QStringLiteral("government");
    case domain::MarketSegment::Commercial:
        break;
    }
    return QStringLiteral("commercial");
}

bool Planner::isExclusiveDynamicsPlan(const QString &serviceName)
{
    static const QSet<QString> names{QStringLiteral("CRMPLAN1"),
                                     QStringLiteral("CRMPLAN2"),
                                     QStringLiteral("CRMSTANDARD"),
                                     QStringLiteral("DYN365_ENTERPRISE_CUSTOMER_SERVICE"),
                                     QStringLiteral("DYN365_ENTERPRISE_P1"),
                                     QStringLiteral("DYN365_ENTERPRISE_P1_IW"),
                                     QStringLiteral("DYN365_ENTERPRISE_SALES"),
                                     QStringLiteral("DYN365_ENTERPRISE_TEAM_MEMBERS"),
                                     QStringLiteral("EMPLOYEE_SELF_SERVICE"),
                                     QStringLiteral("D365_SALES_PRO")};
    return names.contains(serviceName.toUpper());
}

void Planner::fail(const Error &error)
{
    if (m_failed)
        return;
    m_failed = true;
    qCWarning(lcEngine) << "plan failed:" << error.toString();
    Done done = std::move(m_done);
    if (done)
        done(error);
}

void Planner::jobDone()
{
    if (--m_pending > 0 || m_failed)
        return;
    if (m_phase == 1)
        phaseTwo();
    else if (m_phase == 2)
        phaseThree();
    else
        build();
}

void Planner::start(const MigrationRequest &request, Done done)
{
    m_request = request;
    m_done = std::move(done);
    m_phase = 1;
    pc::PartnerCenterClient &c = *m_ctx.client;
    const QString cid = request.customerId;
    jobStarted();
    c.getCustomer(cid, this, [this](const pc::Reply<pc::Customer> &r) {
        if (!r.result)
            return fail(r.result.error());
        m_customer = r.result.value();
        jobDone();
    });
    jobStarted();
    c.listSubscriptions(cid, this, [this](const pc::Reply<QList<pc::Subscription>> &r) {
        if (!r.result)
            return fail(r.result.error());
        for (const pc::Subscription &s : r.result.value()) {
            if (!m_request.subscriptionId.isEmpty() && !sameId(s.id, m_request.subscriptionId))
                continue;
            if (!m_catalogue.match(toRecord(s)))
                continue;
            const auto recorded = m_ctx.journal->findMigration(m_request.customerId, s.id);
            const bool resumable = recorded.ok() && recorded.value().has_value() &&
                                   recorded.value()->state != journal::JournalState::Suspended;
            if (s.status == QLatin1String("active") || resumable)
                m_affected.append(s);
            else
                m_customerIssues.append(
                    {IssueSeverity::Info,
                     {},
                     QCoreApplication::translate("om::engine::Planner", "%1 (%2) is %3: nothing to migrate")
                         .arg(s.offerName, s.id, s.status)});
        }
        jobDone();
    });
    jobStarted();
    c.listSubscribedSkus(cid, this, [this](const pc::Reply<QList<pc::SubscribedSku>> &r) {
        if (!r.result)
            return fail(r.result.error());
        m_skus = r.result.value();
        jobDone();
    });
    jobStarted();
    c.listUsers(cid, 0, this, [this](const pc::Reply<QList<pc::CustomerUser>> &r) {
        if (!r.result)
            return fail(r.result.error());
        m_users = r.result.value();
        jobDone();
    });
}

void Planner::phaseTwo()
{
    m_phase = 2;
    if (!m_request.subscriptionId.isEmpty() && m_affected.isEmpty())
        return fail(
            Error::make(Error::Kind::NotFound,
                        QStringLiteral("subscription %1 is not an active retired-offer subscription of "
                                       "customer %2")
                            .arg(m_request.subscriptionId, m_request.customerId),
                        QStringLiteral("plan")));
    pc::PartnerCenterClient &c = *m_ctx.client;
    const QString cid = m_request.customerId;
    jobStarted(); // guard: phase two ends only after every job below was started
    QSet<QString> markets;
    for (const pc::Subscription &s : std::as_const(m_affected)) {
        if (const QString market = marketOf(s); !market.isEmpty())
            markets.insert(market);
        jobStarted();
        // Provisioning status is the documented bridge from a subscription to its AAD SKU
        // (docs/partner-center-api.md "Licences").
        c.getProvisioningStatus(cid, s.id, this,
                                [this, id = s.id](const pc::Reply<pc::SubscriptionProvisioningStatus> &r) {
                                    if (r.result)
                                        m_skuBySubscription.insert(id, r.result->skuId.toLower());
                                    else
                                        qCInfo(lcEngine) << "provisioning status of" << id
                                                         << "unavailable:" << r.result.error().toString();
                                    jobDone();
                                });
        jobStarted();
        c.listUpgrades(cid, s.id, this, [this, id = s.id](const pc::Reply<QList<pc::Upgrade>> &r) {
            if (r.result)
                m_upgrades.insert(id, r.result.value());
            jobDone();
        });
    }
    for (const QString &market : std::as_const(markets)) {
        jobStarted();
        m_cache->offers(market, this, [this, market](const pc::Reply<QList<pc::Offer>> &r) {
            if (!r.result)
                return fail(r.result.error());
            m_offersByMarket.insert(market, r.result.value());
            jobDone();
        });
        // Every segment but nonprofit comes back without targetSegment; the plan picks the segment.
        jobStarted();
        m_cache->products(market, this, [this, market](const pc::Reply<QList<pc::Product>> &r) {
            if (!r.result)
                return fail(r.result.error());
            m_productsByMarket.insert(market, r.result.value());
            jobDone();
        });
    }
    if (!m_affected.isEmpty()) {
        for (const pc::CustomerUser &u : std::as_const(m_users)) {
            jobStarted();
            c.listUserLicenses(cid, u.id, this, [this, id = u.id](const pc::Reply<QList<pc::License>> &r) {
                if (!r.result)
                    return fail(r.result.error());
                m_licences.insert(id, r.result.value());
                jobDone();
            });
        }
    }
    jobDone();
}

QString Planner::marketOf(const pc::Subscription &subscription) const
{
    // The offer link's ?country= first; a link without one: the customer's billing address country.
    const QString market = subscription.market.trimmed().toUpper();
    return market.isEmpty() ? m_customer.billingCountry : market;
}

bool Planner::wantsProduct(const pc::Product &product) const
{
    if (!m_request.targetItem.isEmpty() &&
        sameId(product.id, m_request.targetItem.section(QLatin1Char(':'), 0, 0)))
        return true;
    for (const pc::Subscription &s : m_affected) {
        if (const domain::RetiredOffer *entry = m_catalogue.match(toRecord(s))) {
            for (const QString &name : entry->replacements) {
                if (m_catalogue.titleMatchesReplacement(name, product.title))
                    return true;
            }
        }
    }
    return false;
}

void Planner::phaseThree()
{
    m_phase = 3;
    jobStarted(); // guard, as in phase two
    for (auto it = m_productsByMarket.cbegin(); it != m_productsByMarket.cend(); ++it) {
        const QString &market = it.key();
        for (const pc::Product &product : it.value()) {
            if (!wantsProduct(product))
                continue;
            jobStarted();
            m_cache->skus(market, product.id, this,
                          [this, market, productId = product.id](const pc::Reply<QList<pc::CatalogSku>> &r) {
                              if (!r.result)
                                  return fail(r.result.error());
                              m_skusByProduct.insert(catalogueKey(market, productId), r.result.value());
                              // Availability ids are reissued regularly: read them for this plan run (a
                              // batch's plans share the read; docs/partner-center-api.md "New commerce").
                              for (const pc::CatalogSku &sku : r.result.value()) {
                                  if (!buyable(sku))
                                      continue;
                                  jobStarted();
                                  m_cache->availabilities(market, productId, sku.id, this,
                                                          [this, k = catalogueKey(market, productId, sku.id)](
                                                              const pc::Reply<QList<pc::Availability>> &a) {
                                                              if (!a.result)
                                                                  return fail(a.result.error());
                                                              m_availabilitiesBySku.insert(k,
                                                                                           a.result.value());
                                                              jobDone();
                                                          });
                              }
                              jobDone();
                          });
        }
    }
    jobDone();
}

void Planner::build()
{
    MigrationPlanSet set;
    set.customerId = m_customer.id.isEmpty() ? m_request.customerId : m_customer.id;
    set.customerName = m_customer.companyName;
    set.issues = m_customerIssues;
    // Add-ons first: suspending a base subscription also suspends its add-ons
    // (docs/partner-center-api.md "Subscriptions").
    std::stable_sort(m_affected.begin(), m_affected.end(),
                     [](const pc::Subscription &a, const pc::Subscription &b) {
                         return !a.parentSubscriptionId.isEmpty() && b.parentSubscriptionId.isEmpty();
                     });
    for (const pc::Subscription &s : std::as_const(m_affected))
        set.subscriptions.append(planFor(s));
    splitSharedHolders(set.subscriptions);
    for (SubscriptionPlan &plan : set.subscriptions) {
        applyExclusions(plan);
        checkPlan(plan);
    }
    if (set.subscriptions.isEmpty())
        set.issues.append({IssueSeverity::Info,
                           {},
                           QCoreApplication::translate("om::engine::Planner",
                                                       "no active retired-offer subscription to migrate")});
    Done done = std::move(m_done);
    if (done)
        done(set);
}

SubscriptionPlan Planner::planFor(const pc::Subscription &s)
{
    SubscriptionPlan plan;
    plan.customerId = m_customer.id.isEmpty() ? m_request.customerId : m_customer.id;
    plan.customerName = m_customer.companyName;
    plan.market = marketOf(s);
    plan.oldSubscription = s;
    const domain::RetiredOffer *entry = m_catalogue.match(toRecord(s));
    plan.retiredOfferName = entry ? entry->name : s.offerName;
    plan.oldSku = m_skuBySubscription.value(s.id);
    if (plan.oldSku.isEmpty()) { // docs/partner-center-api.md "Licences", fallback 2: offer's product.id
        if (const pc::Offer *o = findOffer(m_offersByMarket.value(plan.market), s.offerId))
            plan.oldSku = o->productId.toLower();
    }
    if (plan.oldSku.isEmpty())
        plan.issues.append(
            {IssueSeverity::Blocking,
             {},
             QCoreApplication::translate("om::engine::Planner",
                                         "the AAD SKU of the old subscription is unknown (provisioningstatus "
                                         "needs an App+User token)")});
    const qsizetype targetIssuesFrom = plan.issues.size();
    if (plan.market.isEmpty())
        plan.issues.append({IssueSeverity::Blocking,
                            {},
                            QCoreApplication::translate(
                                "om::engine::Planner",
                                "the customer's market is unknown: the subscription's offer link has no "
                                "country and the customer has no billing address country")});
    chooseTarget(plan, entry ? entry->replacements : QStringList(),
                 segmentFor(entry ? entry->segment : domain::MarketSegment::Commercial));
    // About the replacement only: moot if the subscription is suspended without one (checkPlan).
    m_targetIssues.insert(s.id.toLower(), plan.issues.mid(targetIssuesFrom));
    applyJournal(plan);
    collectUsers(plan);
    return plan;
}

void Planner::collectUsers(SubscriptionPlan &plan)
{
    QList<pc::ServicePlan> oldPlans;
    for (const pc::SubscribedSku &sku : std::as_const(m_skus)) {
        if (sameId(sku.productSku.id, plan.oldSku))
            oldPlans = sku.servicePlans;
    }
    QSet<QString> known;
    for (const pc::CustomerUser &u : std::as_const(m_users)) {
        PlannedUser pu;
        pu.id = u.id;
        pu.upn = u.userPrincipalName;
        pu.displayName = u.displayName;
        pu.usageLocation = u.usageLocation;
        pu.holdsOld = false;
        QStringList otherExclusive;
        for (const pc::License &l : m_licences.value(u.id)) {
            if (sameId(l.productSku.id, plan.oldSku)) {
                pu.holdsOld = true;
                // Plans of the SKU missing from the user's licence are the excluded ones.
                for (const pc::ServicePlan &p : std::as_const(oldPlans)) {
                    const bool listed =
                        std::any_of(l.servicePlans.cbegin(), l.servicePlans.cend(),
                                    [&](const pc::ServicePlan &q) { return sameId(q.id, p.id); });
                    if (!listed)
                        pu.excludedPlanIds.append(p.id.toLower());
                }
            } else if (sameId(l.productSku.id, plan.targetSku)) {
                pu.holdsNew = true;
            } else {
                for (const pc::ServicePlan &p : l.servicePlans) {
                    if (isExclusiveDynamicsPlan(p.serviceName))
                        otherExclusive.append(
                            QStringLiteral("%1 (%2)").arg(p.serviceName, l.productSku.name));
                }
            }
        }
        if (!pu.holdsOld)
            continue;
        known.insert(pu.id.toLower());
        if (pu.holdsOld && pu.usageLocation.trimmed().isEmpty())
            plan.issues.append({IssueSeverity::Warning, pu.id,
                                QCoreApplication::translate(
                                    "om::engine::Planner",
                                    "%1 has no usage location: Partner Center will refuse the new licence "
                                    "until one is set")
                                    .arg(pu.upn)});
        if (pu.holdsOld && !otherExclusive.isEmpty())
            plan.issues.append({IssueSeverity::Warning, pu.id,
                                QCoreApplication::translate(
                                    "om::engine::Planner",
                                    "%1 also holds %2, whose service plan cannot be enabled together with "
                                    "the new licence: remove or exclude it first")
                                    .arg(pu.upn, otherExclusive.join(QStringLiteral(", ")))});
        plan.users.append(pu);
    }
    // Users the journal already tracks (e.g. moved before a crash) stay in the plan.
    if (plan.migrationId) {
        const auto moves = m_ctx.journal->userMoves(plan.migrationId);
        if (moves) {
            for (const journal::UserMove &m : moves.value()) {
                if (known.contains(m.userId.toLower()))
                    continue;
                PlannedUser pu;
                pu.id = m.userId;
                pu.upn = m.upn;
                pu.displayName = m.displayName;
                pu.holdsOld = false;
                for (const pc::License &l : m_licences.value(m.userId)) {
                    pu.holdsOld = pu.holdsOld || sameId(l.productSku.id, plan.oldSku);
                    pu.holdsNew = pu.holdsNew || sameId(l.productSku.id, plan.targetSku);
                }
                plan.users.append(pu);
            }
        }
    }
}

// Two retired subscriptions of one customer that provision the same licence both see every holder of it:
// each would buy seats for all of them. Split the holders: a user the journal already moves for a plan stays
// with it; the others fill each subscription up to its own quantity, in plan order, the last taking the
// rest. User-level findings follow their user.
void Planner::splitSharedHolders(QList<SubscriptionPlan> &plans) const
{
    QHash<QString, QList<int>> bySku;
    for (int i = 0; i < plans.size(); ++i) {
        if (!plans.at(i).oldSku.isEmpty())
            bySku[plans.at(i).oldSku.toLower()].append(i);
    }
    for (const QList<int> &group : std::as_const(bySku)) {
        if (group.size() < 2)
            continue;
        QList<PlannedUser> all;
        QHash<QString, int> owner; // user id -> plan index
        QHash<QString, QList<PlanIssue>> userIssues;
        for (const int i : group) {
            SubscriptionPlan &p = plans[i];
            QSet<QString> journalled;
            if (p.migrationId) {
                if (const auto moves = m_ctx.journal->userMoves(p.migrationId)) {
                    for (const journal::UserMove &m : moves.value())
                        journalled.insert(m.userId.toLower());
                }
            }
            for (const PlannedUser &u : std::as_const(p.users)) {
                const QString id = u.id.toLower();
                if (owner.contains(id) || std::any_of(all.cbegin(), all.cend(), [&](const PlannedUser &x) {
                        return x.id.compare(id, Qt::CaseInsensitive) == 0;
                    }))
                    continue;
                all.append(u);
                if (journalled.contains(id))
                    owner.insert(id, i);
            }
            QList<PlanIssue> kept;
            for (const PlanIssue &issue : std::as_const(p.issues)) {
                if (issue.userId.isEmpty())
                    kept.append(issue);
                else
                    userIssues[issue.userId.toLower()].append(issue);
            }
            p.issues = kept;
            p.users.clear();
        }
        QHash<int, int> load;
        for (auto it = owner.cbegin(); it != owner.cend(); ++it)
            ++load[it.value()];
        for (const PlannedUser &u : std::as_const(all)) {
            const QString id = u.id.toLower();
            if (!owner.contains(id)) {
                int chosen = group.constLast();
                for (const int i : group) {
                    if (load.value(i) < plans.at(i).oldSubscription.quantity) {
                        chosen = i;
                        break;
                    }
                }
                owner.insert(id, chosen);
                ++load[chosen];
            }
            SubscriptionPlan &p = plans[owner.value(id)];
            p.users.append(u);
            for (const PlanIssue &issue : userIssues.value(id)) {
                const bool seen = std::any_of(p.issues.cbegin(), p.issues.cend(), [&](const PlanIssue &x) {
                    return x.userId == issue.userId && x.text == issue.text;
                });
                if (!seen)
                    p.issues.append(issue);
            }
        }
        for (const int i : group) {
            for (auto it = owner.cbegin(); it != owner.cend(); ++it) {
                if (it.value() != i)
                    plans[i].siblingHolders.append(it.key());
            }
        }
        qCInfo(lcEngine) << "split" << all.size() << "holders of" << plans.at(group.first()).oldSku
                         << "between" << group.size() << "subscriptions";
    }
}

} // namespace om::engine
