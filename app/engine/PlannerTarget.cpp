// Planner: choosing what to buy (the replacement, its term and billing cycle) from the market's new-commerce
// catalogue, the operator's --to, an eligible upgrade, or what the journal already decided.

#include "domain/OfferCatalogue.h"
#include "engine/EngineLog.h"
#include "engine/Planner.h"
#include "engine/PlannerSupport.h"
#include "journal/Journal.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

#include <optional>

namespace om::engine {

using planner::buyable;
using planner::catalogueKey;
using planner::findOffer;

namespace {

// "upgrade_with_license_transfer", "UpgradeWithLicenseTransfer" and "2" all mean the same.
bool isLicenceTransfer(const QString &upgradeType)
{
    QString t = upgradeType.toLower();
    t.remove(QLatin1Char('_'));
    return t == QLatin1String("upgradewithlicensetransfer") || t == QLatin1String("2");
}

// A legacy offer id: a GUID, with or without braces (new-commerce ids are productId:skuId:availabilityId).
bool looksLikeGuid(const QString &id)
{
    return !id.contains(QLatin1Char(':')) && !QUuid::fromString(id.trimmed()).isNull();
}

Replacement replacementOf(const pc::Product &product, const pc::CatalogSku &sku, const pc::Availability &a)
{
    Replacement r;
    r.id = a.catalogItemId;
    r.name = product.title.compare(sku.title, Qt::CaseInsensitive) == 0 || sku.title.isEmpty()
                 ? product.title
                 : QStringLiteral("%1 (%2)").arg(product.title, sku.title);
    r.productId = product.id;
    r.skuId = sku.id;
    r.availabilityId = a.id;
    r.segment = a.segment;
    r.minimumQuantity = sku.minimumQuantity;
    r.maximumQuantity = sku.maximumQuantity;
    r.aadSkuId = sku.provisioningId;
    r.terms = a.terms;
    return r;
}

Replacement replacementOf(const pc::Offer &legacy)
{
    Replacement r;
    r.id = legacy.id;
    r.name = legacy.name;
    r.minimumQuantity = legacy.minimumQuantity;
    r.maximumQuantity = legacy.maximumQuantity;
    r.aadSkuId = legacy.productId.toLower(); // legacy licence offers: product.id = AAD SKU (INFERRED)
    r.isLegacyOffer = true;
    return r;
}

} // namespace

QList<Replacement> Planner::candidatesFor(const QString &market, const QString &segment,
                                          const QStringList &recommended) const
{
    QList<Replacement> out; // recommendation order, then catalogue order
    QSet<QString> seen;
    const QList<pc::Product> products = m_productsByMarket.value(market);
    for (const QString &name : recommended) {
        for (const pc::Product &product : products) {
            if (!m_catalogue.titleMatchesReplacement(name, product.title))
                continue;
            QList<pc::CatalogSku> skus = m_skusByProduct.value(catalogueKey(market, product.id));
            // A SKU titled like the product first ("Dynamics 365 Sales Professional"), trials and add-ons
            // never.
            std::stable_sort(skus.begin(), skus.end(), [&](const pc::CatalogSku &a, const pc::CatalogSku &b) {
                return m_catalogue.titleMatchesReplacement(name, a.title) &&
                       !m_catalogue.titleMatchesReplacement(name, b.title);
            });
            for (const pc::CatalogSku &sku : std::as_const(skus)) {
                if (!buyable(sku))
                    continue;
                for (const pc::Availability &a :
                     m_availabilitiesBySku.value(catalogueKey(market, product.id, sku.id))) {
                    if (!a.isPurchasable || a.segment.compare(segment, Qt::CaseInsensitive) != 0 ||
                        seen.contains(a.catalogItemId.toLower()))
                        continue;
                    seen.insert(a.catalogItemId.toLower());
                    out.append(replacementOf(product, sku, a));
                }
            }
        }
    }
    return out;
}

std::optional<Replacement> Planner::requestedItem(SubscriptionPlan &plan, const QString &segment,
                                                  const QList<Replacement> &candidates)
{
    const QString wanted = m_request.targetItem.trimmed();
    const auto block = [&plan](const QString &text) {
        plan.issues.append({IssueSeverity::Blocking, {}, text});
        return std::nullopt;
    };
    if (looksLikeGuid(wanted)) {
        // Partner Center refuses legacy offer ids in carts since 2022: name the new-commerce item instead,
        // the one whose product carries the legacy offer's name when there is one.
        const Replacement *instead = candidates.isEmpty() ? nullptr : &candidates.constFirst();
        QList<Replacement> named;
        if (const pc::Offer *legacy = findOffer(m_offersByMarket.value(plan.market), wanted)) {
            for (const domain::ReplacementProduct &p : m_catalogue.replacementProducts()) {
                if (m_catalogue.titleMatchesReplacement(p.name, legacy->name))
                    named = candidatesFor(plan.market, segment, {p.name});
            }
        }
        if (!named.isEmpty())
            instead = &named.constFirst();
        return block(instead
                         ? QCoreApplication::translate(
                               "om::engine::Planner",
                               "%1 is a legacy offer id, and Partner Center sells replacements only in new "
                               "commerce: choose %2:%3 (%4) instead")
                               .arg(wanted, instead->productId, instead->skuId, instead->name)
                         : QCoreApplication::translate(
                               "om::engine::Planner",
                               "%1 is a legacy offer id, and Partner Center sells replacements only in new "
                               "commerce: choose a product id, product:sku or product:sku:availability")
                               .arg(wanted));
    }
    const QStringList parts = wanted.split(QLatin1Char(':'));
    if (parts.size() > 3 ||
        std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.trimmed().isEmpty(); }))
        return block(
            QCoreApplication::translate("om::engine::Planner",
                                        "%1 is not a product id, product:sku or product:sku:availability")
                .arg(wanted));
    const QList<pc::Product> products = m_productsByMarket.value(plan.market);
    const auto product = std::find_if(products.cbegin(), products.cend(),
                                      [&](const pc::Product &p) { return sameId(p.id, parts.at(0)); });
    if (product == products.cend())
        return block(QCoreApplication::translate("om::engine::Planner", "product %1 is not sold in market %2")
                         .arg(parts.at(0), plan.market));
    // Without an availability id: the first availability that sells the requested term and billing (a SKU
    // may have several), else the first of the segment (chooseTerm() then says what it does sell).
    const auto sellsRequested = [this](const pc::Availability &a) {
        if (m_request.termDuration.isEmpty() && m_request.billingCycle.isEmpty())
            return true;
        return std::any_of(a.terms.cbegin(), a.terms.cend(), [this](const pc::AvailabilityTerm &t) {
            return (m_request.termDuration.isEmpty() ||
                    t.duration.compare(m_request.termDuration, Qt::CaseInsensitive) == 0) &&
                   (m_request.billingCycle.isEmpty() ||
                    t.billingCycle.compare(m_request.billingCycle, Qt::CaseInsensitive) == 0);
        });
    };
    std::optional<Replacement> fallback;
    for (const pc::CatalogSku &sku : m_skusByProduct.value(catalogueKey(plan.market, product->id))) {
        if (parts.size() >= 2 ? !sameId(sku.id, parts.at(1)) : !buyable(sku))
            continue;
        for (const pc::Availability &a :
             m_availabilitiesBySku.value(catalogueKey(plan.market, product->id, sku.id))) {
            if (!a.isPurchasable || a.segment.compare(segment, Qt::CaseInsensitive) != 0)
                continue;
            if (parts.size() == 3 && !sameId(a.id, parts.at(2)))
                continue;
            if (parts.size() == 3 || sellsRequested(a))
                return replacementOf(*product, sku, a);
            if (!fallback)
                fallback = replacementOf(*product, sku, a);
        }
    }
    if (fallback)
        return fallback;
    if (parts.size() == 3)
        return block(QCoreApplication::translate("om::engine::Planner",
                                                 "%1 is not offered in market %2 for the %3 segment any more "
                                                 "(availability ids are reissued): choose %4:%5")
                         .arg(wanted, plan.market, segment, parts.at(0), parts.at(1)));
    return block(QCoreApplication::translate("om::engine::Planner",
                                             "%1 has no purchasable SKU in market %2 for the %3 segment")
                     .arg(wanted, plan.market, segment));
}

void Planner::chooseTarget(SubscriptionPlan &plan, const QStringList &recommended, const QString &segment)
{
    const QList<Replacement> candidates = candidatesFor(plan.market, segment, recommended);
    const QString wanted = m_request.targetItem.trimmed();
    // An eligible upgrade with licence transfer is the one-step path (docs/partner-center-api.md "Upgrades"),
    // taken when the operator named no item or named the upgrade's target offer.
    for (const pc::Upgrade &u : m_upgrades.value(plan.oldSubscription.id)) {
        if (!u.isEligible || !isLicenceTransfer(u.upgradeType))
            continue;
        if (!wanted.isEmpty() && !sameId(wanted, u.targetOffer.id))
            continue;
        plan.upgrade = u;
        plan.useUpgrade = true;
        const pc::Offer *fresh = findOffer(m_offersByMarket.value(plan.market), u.targetOffer.id);
        plan.target = replacementOf(fresh ? *fresh : u.targetOffer);
        break;
    }
    if (!plan.useUpgrade) {
        if (!wanted.isEmpty()) {
            if (std::optional<Replacement> item = requestedItem(plan, segment, candidates))
                plan.target = *item;
        } else if (!candidates.isEmpty()) {
            plan.target = candidates.constFirst();
        } else {
            plan.issues.append({IssueSeverity::Blocking,
                                {},
                                QCoreApplication::translate(
                                    "om::engine::Planner",
                                    "none of the recommended replacements (%1) is sold in new commerce in "
                                    "market %2 for the %3 segment: choose one with --to")
                                    .arg(recommended.join(QStringLiteral(", ")), plan.market, segment)});
        }
    }
    for (const Replacement &r : candidates) {
        if (!sameId(r.id, plan.target.id))
            plan.alternatives.append(r);
    }
    plan.targetSku = plan.target.aadSkuId;
    if (plan.target.isValid() && !plan.useUpgrade) {
        if (const QString refused = chooseTerm(plan.target, plan.market); !refused.isEmpty())
            plan.issues.append({IssueSeverity::Blocking, {}, refused});
    }
    if (plan.useUpgrade && !candidates.isEmpty()) {
        Replacement fallback = candidates.constFirst();
        if (chooseTerm(fallback, plan.market).isEmpty())
            plan.purchaseFallback = fallback;
    }
    if (plan.target.isValid() && plan.targetSku.isEmpty())
        plan.issues.append({IssueSeverity::Blocking,
                            {},
                            QCoreApplication::translate(
                                "om::engine::Planner", "the catalogue does not say which licence %1 provides "
                                                       "(no provisioningId on its SKU)")
                                .arg(plan.target.name)});
    for (const pc::SubscribedSku &sku : std::as_const(m_skus)) {
        if (sameId(sku.productSku.id, plan.targetSku)) {
            plan.availableNewUnits = sku.availableUnits;
            for (const pc::ServicePlan &p : sku.servicePlans)
                plan.targetPlanIds.append(p.id.toLower());
        }
    }
}

// Term and billing cycle: the operator's, or the annual term billed monthly where offered, else the first
// the availability offers. Returns why none fits (a blocking issue), or empty.
QString Planner::chooseTerm(Replacement &item, const QString &market) const
{
    const QString duration = m_request.termDuration.trimmed().toUpper();
    const QString billing = m_request.billingCycle.trimmed().toLower();
    const QList<pc::AvailabilityTerm> &terms = item.terms;
    const auto pick = [&terms](const QString &d, const QString &b) -> const pc::AvailabilityTerm * {
        for (const pc::AvailabilityTerm &t : terms) {
            if ((d.isEmpty() || t.duration == d) && (b.isEmpty() || t.billingCycle == b))
                return &t;
        }
        return nullptr;
    };
    // The operator's choice is kept; what they left open defaults to P1Y and monthly, else the first offered.
    const pc::AvailabilityTerm *chosen = pick(duration.isEmpty() ? QStringLiteral("P1Y") : duration,
                                              billing.isEmpty() ? QStringLiteral("monthly") : billing);
    if (!chosen && duration.isEmpty())
        chosen = pick(QString(), billing);
    if (!chosen && billing.isEmpty())
        chosen = pick(duration, QString());
    if (chosen) {
        item.termDuration = chosen->duration;
        item.billingCycle = chosen->billingCycle;
        return {};
    }
    QStringList offered;
    for (const pc::AvailabilityTerm &t : terms)
        offered.append(t.duration + QLatin1Char('/') + t.billingCycle);
    if (terms.isEmpty())
        return QCoreApplication::translate("om::engine::Planner", "%1 offers no term in market %2")
            .arg(item.name, market);
    return QCoreApplication::translate("om::engine::Planner",
                                       "%1 is not offered with term %2 and billing %3; offered: %4")
        .arg(item.name, duration.isEmpty() ? QStringLiteral("any") : duration,
             billing.isEmpty() ? QStringLiteral("any") : billing, offered.join(QStringLiteral(", ")));
}

// A migration already in the journal keeps what it decided: the same item, term, seats and path.
void Planner::applyJournal(SubscriptionPlan &plan) const
{
    const auto recorded = m_ctx.journal->findMigration(plan.customerId, plan.oldSubscription.id);
    if (!recorded || !recorded.value())
        return;
    const journal::MigrationRecord &m = *recorded.value();
    plan.migrationId = m.id;
    plan.journalState = m.state;
    plan.suspendOnly = m.plan.path == journal::MigrationPath::SuspendOnly; // decided when it was recorded
    if (m.state == journal::JournalState::NotStarted)
        return;
    if (!sameId(plan.target.id, m.plan.targetOfferId)) {
        const auto known =
            std::find_if(plan.alternatives.cbegin(), plan.alternatives.cend(),
                         [&](const Replacement &r) { return sameId(r.id, m.plan.targetOfferId); });
        Replacement recordedTarget;
        if (known != plan.alternatives.cend()) {
            recordedTarget = *known;
        } else {
            recordedTarget.id = m.plan.targetOfferId;
            recordedTarget.name = m.plan.targetOfferName;
            recordedTarget.isLegacyOffer = m.plan.path == journal::MigrationPath::Upgrade;
        }
        plan.target = recordedTarget;
    }
    plan.target.termDuration = m.plan.termDuration;
    plan.target.billingCycle = m.plan.billingCycle;
    plan.targetSku = m.plan.targetSku;
    plan.oldSku = m.plan.oldSku.isEmpty() ? plan.oldSku : m.plan.oldSku;
    plan.quantity = m.plan.plannedQuantity;
    plan.useUpgrade = m.plan.path == journal::MigrationPath::Upgrade;
    plan.issues.erase(
        std::remove_if(plan.issues.begin(), plan.issues.end(),
                       [](const PlanIssue &i) { return i.severity == IssueSeverity::Blocking; }),
        plan.issues.end());
}

} // namespace om::engine
