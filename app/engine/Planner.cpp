#include "engine/Planner.h"

#include "domain/OfferCatalogue.h"
#include "domain/ScanData.h"
#include "engine/EngineLog.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QCoreApplication>
#include <QSet>

// The plan's issues are the wizard's checks: QCoreApplication::translate makes them Italian once the GUI has
// installed its translator, and leaves them English in the CLI and the tests (none installed there).

namespace om::engine {

namespace {

bool sameId(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

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

// "upgrade_with_license_transfer", "UpgradeWithLicenseTransfer" and "2" all mean the same.
bool isLicenceTransfer(const QString &upgradeType)
{
    QString t = upgradeType.toLower();
    t.remove(QLatin1Char('_'));
    return t == QLatin1String("upgradewithlicensetransfer") || t == QLatin1String("2");
}

const pc::Offer *findOffer(const QList<pc::Offer> &offers, const QString &id)
{
    for (const pc::Offer &o : offers) {
        if (sameId(o.id, id))
            return &o;
    }
    return nullptr;
}

} // namespace

Planner::Planner(const EngineContext &context, const domain::OfferCatalogue &catalogue, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_catalogue(catalogue)
{}

bool Planner::offerNameMatches(const QString &recommended, const QString &offerName)
{
    const auto norm = [](const QString &name) {
        QString n = domain::OfferCatalogue::normalizeName(name);
        n.replace(QStringLiteral(" enterprise edition"), QString());
        return n;
    };
    return norm(recommended) == norm(offerName);
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
        if (!s.market.isEmpty())
            markets.insert(s.market.toUpper());
        jobStarted();
        // Provisioning status is the documented bridge from a subscription to its AAD SKU (section 9).
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
        c.listOffers(market, this, [this, market](const pc::Reply<QList<pc::Offer>> &r) {
            if (!r.result)
                return fail(r.result.error());
            m_offersByMarket.insert(market, r.result.value());
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

void Planner::build()
{
    MigrationPlanSet set;
    set.customerId = m_customer.id.isEmpty() ? m_request.customerId : m_customer.id;
    set.customerName = m_customer.companyName;
    set.issues = m_customerIssues;
    // Add-ons first: suspending a base subscription also suspends its add-ons (section 4).
    std::stable_sort(m_affected.begin(), m_affected.end(),
                     [](const pc::Subscription &a, const pc::Subscription &b) {
                         return !a.parentSubscriptionId.isEmpty() && b.parentSubscriptionId.isEmpty();
                     });
    for (const pc::Subscription &s : std::as_const(m_affected))
        set.subscriptions.append(planFor(s));
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
    plan.market = s.market.toUpper();
    plan.oldSubscription = s;
    const domain::RetiredOffer *entry = m_catalogue.match(toRecord(s));
    plan.retiredOfferName = entry ? entry->name : s.offerName;
    plan.oldSku = m_skuBySubscription.value(s.id);
    if (plan.oldSku.isEmpty()) { // fallback 2 of section 9: the legacy offer's product.id
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
    if (plan.market.isEmpty())
        plan.issues.append({IssueSeverity::Blocking,
                            {},
                            QCoreApplication::translate(
                                "om::engine::Planner",
                                "the customer's market is unknown (no ?country= on the offer link)")});
    chooseTarget(plan, entry ? entry->replacements : QStringList());
    applyJournal(plan);
    collectUsers(plan);
    checkPlan(plan);
    return plan;
}

void Planner::chooseTarget(SubscriptionPlan &plan, const QStringList &recommended)
{
    const QList<pc::Offer> offers = m_offersByMarket.value(plan.market);
    const auto purchasable = [](const pc::Offer &o) {
        return o.isAvailableForPurchase && !o.isAddOn;
    };
    QList<const pc::Offer *> candidates; // recommendation order
    for (const QString &name : recommended) {
        for (const pc::Offer &o : offers) {
            if (purchasable(o) && offerNameMatches(name, o.name))
                candidates.append(&o);
        }
    }
    const pc::Offer *chosen = nullptr;
    if (!m_request.targetOfferId.isEmpty()) {
        chosen = findOffer(offers, m_request.targetOfferId);
        if (!chosen || !purchasable(*chosen)) {
            plan.issues.append(
                {IssueSeverity::Blocking,
                 {},
                 QCoreApplication::translate("om::engine::Planner", "offer %1 is not sold in market %2")
                     .arg(m_request.targetOfferId, plan.market)});
            chosen = nullptr;
        }
    }
    // An eligible upgrade with licence transfer is the one-step path (section 7a).
    for (const pc::Upgrade &u : m_upgrades.value(plan.oldSubscription.id)) {
        if (!u.isEligible || !isLicenceTransfer(u.upgradeType))
            continue;
        if (chosen && !sameId(chosen->id, u.targetOffer.id))
            continue;
        plan.upgrade = u;
        plan.useUpgrade = true;
        if (!chosen) {
            const pc::Offer *fresh = findOffer(offers, u.targetOffer.id);
            chosen = fresh ? fresh : &plan.upgrade->targetOffer;
        }
        break;
    }
    if (!chosen && m_request.targetOfferId.isEmpty() && !candidates.isEmpty())
        chosen = candidates.constFirst();
    if (!chosen) {
        if (m_request.targetOfferId.isEmpty())
            plan.issues.append({IssueSeverity::Blocking,
                                {},
                                QCoreApplication::translate(
                                    "om::engine::Planner",
                                    "none of the recommended replacements (%1) is sold in market %2: pick "
                                    "one with --to")
                                    .arg(recommended.join(QStringLiteral(", ")), plan.market)});
    } else {
        plan.target = *chosen;
        plan.targetSku = chosen->productId.toLower();
    }
    for (const pc::Offer *o : std::as_const(candidates)) {
        if (!sameId(o->id, plan.target.id))
            plan.alternatives.append(o->id + QLatin1Char(' ') + o->name);
    }
    for (const pc::SubscribedSku &sku : std::as_const(m_skus)) {
        if (sameId(sku.productSku.id, plan.targetSku)) {
            plan.availableNewUnits = sku.availableUnits;
            for (const pc::ServicePlan &p : sku.servicePlans)
                plan.targetPlanIds.append(p.id.toLower());
        }
    }
}

// A migration already in the journal keeps what it decided: the same offer, seats and path.
void Planner::applyJournal(SubscriptionPlan &plan)
{
    const auto recorded = m_ctx.journal->findMigration(plan.customerId, plan.oldSubscription.id);
    if (!recorded || !recorded.value())
        return;
    const journal::MigrationRecord &m = *recorded.value();
    plan.migrationId = m.id;
    plan.journalState = m.state;
    if (m.state == journal::JournalState::NotStarted)
        return;
    if (!sameId(plan.target.id, m.plan.targetOfferId)) {
        const pc::Offer *o = findOffer(m_offersByMarket.value(plan.market), m.plan.targetOfferId);
        plan.target = o ? *o : pc::Offer{};
        plan.target.id = m.plan.targetOfferId;
        plan.target.name = m.plan.targetOfferName;
    }
    plan.targetSku = m.plan.targetSku;
    plan.oldSku = m.plan.oldSku.isEmpty() ? plan.oldSku : m.plan.oldSku;
    plan.quantity = m.plan.plannedQuantity;
    plan.useUpgrade = m.plan.path == journal::MigrationPath::Upgrade;
    plan.issues.erase(
        std::remove_if(plan.issues.begin(), plan.issues.end(),
                       [](const PlanIssue &i) { return i.severity == IssueSeverity::Blocking; }),
        plan.issues.end());
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

void Planner::checkPlan(SubscriptionPlan &plan)
{
    const int toMove = int(std::count_if(plan.users.cbegin(), plan.users.cend(),
                                         [](const PlannedUser &u) { return u.holdsOld && !u.holdsNew; }));
    if (plan.journalState == journal::JournalState::NotStarted) {
        const int minimum = std::max(1, plan.target.minimumQuantity);
        const bool chosen = m_request.quantity > 0;
        plan.quantity = chosen ? m_request.quantity : std::max(toMove, minimum);
        if (plan.quantity < minimum)
            plan.issues.append({IssueSeverity::Blocking,
                                {},
                                QCoreApplication::translate("om::engine::Planner",
                                                            "quantity %1 is below the offer's minimum of %2")
                                    .arg(plan.quantity)
                                    .arg(minimum)});
        if (plan.target.maximumQuantity > 0 && plan.quantity > plan.target.maximumQuantity)
            plan.issues.append({IssueSeverity::Blocking,
                                {},
                                QCoreApplication::translate("om::engine::Planner",
                                                            "quantity %1 is above the offer's maximum of %2")
                                    .arg(plan.quantity)
                                    .arg(plan.target.maximumQuantity)});
        if (plan.quantity + plan.availableNewUnits < toMove)
            plan.issues.append(
                {IssueSeverity::Blocking,
                 {},
                 QCoreApplication::translate("om::engine::Planner",
                                             "not enough units: %n user(s) to move, %1 bought + %2 free",
                                             nullptr, toMove)
                     .arg(plan.quantity)
                     .arg(plan.availableNewUnits)});
        if (plan.upgrade)
            plan.upgrade->quantity = plan.quantity;
    }
    if (toMove == 0 && plan.journalState == journal::JournalState::NotStarted)
        plan.issues.append({IssueSeverity::Info,
                            {},
                            QCoreApplication::translate("om::engine::Planner", "no user holds the old SKU")});
}

} // namespace om::engine
