// PurchaseStep, the upgrade path (split from PurchaseStep.cpp): the one-step legacy upgrade with licence
// transfer, and what to do when it does not answer clearly.
//
// An upgrade falls back to buying through a cart only on a DEFINITE refusal (a 4xx other than 408/409/429,
// or upgradeErrors without a target in a 2xx) with no unclear upgrade attempt before it. After an unclear
// answer (a 5xx, 408, 409 or 429 after the retries, a 2xx we could not read or without a target and
// without errors) the upgrade may have happened: the customer's subscriptions decide (evidence::
// upgradeEvidence). Found -> that is the purchase. Partner Center shows no upgrade -> the step stops; the
// next run checks again and sends the upgrade only while Partner Center still shows none. Anything else
// fails closed. Whether Partner Center suspends the old subscription as part of the upgrade is not
// confirmed (docs/partner-center-api.md "Not confirmed"); the sandbox does, and the suspend step accepts an
// old subscription found suspended already.

#include "engine/EngineLog.h"
#include "engine/EngineUtil.h"
#include "engine/PurchaseEvidence.h"
#include "engine/PurchaseStep.h"
#include "engine/ResumeLogic.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace om::engine {

using journal::JournalState;
using journal::WriteKind;

void PurchaseStep::doUpgrade()
{
    const journal::MigrationRecord rec = record();
    const auto writes = m_ctx.journal->writes(rec.id);
    if (!writes)
        return fail(writes.error(), false);
    bool pending = false;
    bool unclear = false;
    for (const journal::WriteRequest &w : evidence::writesOfKind(writes.value(), WriteKind::Upgrade)) {
        switch (evidence::upgradeOutcome(w)) {
        case evidence::Outcome::Succeeded:
            return purchased(evidence::upgradeTarget(w), QString());
        case evidence::Outcome::Pending:
            pending = true;
            break;
        case evidence::Outcome::Unclear:
            unclear = true;
            break;
        case evidence::Outcome::Refused:
        case evidence::Outcome::AlreadyOrdered:
            break;
        }
    }
    m_upgradeWasUnclear = unclear;
    const QString oldId = rec.plan.oldSubscriptionId;
    if (pending) {
        if (m_plan->upgrade)
            return sendUpgrade(); // replays the pending MS-RequestId
        return reconcileUpgrade(
            QStringLiteral(
                "the upgrade of %1 sent earlier has no answer, and Partner Center no longer offers it")
                .arg(oldId),
            false);
    }
    if (unclear)
        return reconcileUpgrade(QStringLiteral("an earlier upgrade of %1 got no clear answer").arg(oldId),
                                m_plan->upgrade.has_value());
    if (!m_plan->upgrade)
        return fallBackToPurchase(QStringLiteral("the upgrade is no longer offered for this subscription"));
    sendUpgrade();
}

void PurchaseStep::sendUpgrade()
{
    const journal::MigrationRecord rec = record();
    pc::Upgrade upgrade = *m_plan->upgrade;
    upgrade.quantity = rec.plan.plannedQuantity;
    for (const QString &key : upgrade.raw.keys()) {
        if (key.compare(QLatin1String("quantity"), Qt::CaseInsensitive) == 0)
            upgrade.raw.remove(key);
    }
    upgrade.raw.insert(QStringLiteral("quantity"), upgrade.quantity);
    journalledSend<pc::UpgradeResult>(
        m_ctx, this, {rec.id, WriteKind::Upgrade, {}},
        pc::upgradeWrite(rec.plan.customerId, rec.plan.oldSubscriptionId, upgrade),
        [](const pc::UpgradeResult &r) {
            QJsonArray codes;
            for (const pc::UpgradeError &e : r.upgradeErrors)
                codes.append(e.code);
            return compactJson(QJsonObject{{QStringLiteral("targetSubscriptionId"), r.targetSubscriptionId},
                                           {QStringLiteral("upgradeErrors"), codes}});
        },
        [this](const WriteOutcome<pc::UpgradeResult> &out) { onUpgradeAnswer(out); });
}

void PurchaseStep::onUpgradeAnswer(const WriteOutcome<pc::UpgradeResult> &out)
{
    if (!out.answered)
        return fail(Error::make(Error::Kind::Timeout,
                                QStringLiteral("the upgrade got no answer; run the migration again to "
                                               "replay it with the same MS-RequestId"),
                                QStringLiteral("upgrade")));
    if (!out.result && out.httpStatus == 0) // not sent: the journal refused to record it
        return fail(out.result.error(), false);
    bool refused = false;
    QString reason;
    if (out.result) {
        const pc::UpgradeResult &r = out.result.value();
        if (!r.targetSubscriptionId.isEmpty()) {
            // The service moved the licences itself; users it could not move are reported per user.
            if (const Status recorded = recordUpgradeMoves(out.requestId, r.licenseErrors); !recorded)
                return fail(recorded.error(), false);
            return purchased(r.targetSubscriptionId, QString());
        }
        QStringList codes;
        for (const pc::UpgradeError &e : r.upgradeErrors)
            codes.append(e.code);
        refused = !codes.isEmpty();
        reason = refused
                     ? QStringLiteral("the upgrade was refused (%1)").arg(codes.join(QStringLiteral(", ")))
                     : QStringLiteral("the upgrade answered %1 without an upgraded subscription or a "
                                      "reason")
                           .arg(out.httpStatus);
    } else {
        refused = evidence::isDefiniteRefusal(out.httpStatus);
        reason = QStringLiteral("the upgrade answered: ") + out.result.error().toString();
        if (const QString hint = evidence::refusalHint(out.httpStatus); !hint.isEmpty())
            reason += QStringLiteral(" (") + hint + QLatin1Char(')');
    }
    if (refused && !m_upgradeWasUnclear)
        return fallBackToPurchase(reason);
    // It may have happened (or an earlier attempt may have): never buy while that is possible.
    reconcileUpgrade(reason, false);
}

void PurchaseStep::reconcileUpgrade(const QString &why, bool mayResend)
{
    const journal::MigrationRecord rec = record();
    const QSet<QString> claimed = evidence::claimedByOthers(*m_ctx.journal, rec).subscriptions;
    qCInfo(lcEngine) << "reading the subscriptions of" << rec.plan.customerId << "because" << why;
    m_ctx.client->listSubscriptions(
        rec.plan.customerId, this,
        [this, rec, claimed, why, mayResend](const pc::Reply<QList<pc::Subscription>> &r) {
            if (!r.result) {
                Error e = r.result.error();
                e.message = QStringLiteral("%1; the customer's subscriptions could not be read to find out "
                                           "whether the upgrade happened (%2). Nothing was bought; run the "
                                           "migration again.")
                                .arg(why, e.message);
                return fail(e);
            }
            const evidence::UpgradeEvidence ev = evidence::upgradeEvidence(r.result.value(), rec, claimed);
            if (ev.sourceFound && !ev.sourceActive && ev.targets.size() == 1) {
                qCInfo(lcEngine) << "the upgrade of" << rec.plan.oldSubscriptionId
                                 << "happened:" << ev.targets.first() << "is its subscription";
                return adoptUpgrade(ev.targets.first());
            }
            if (ev.sourceActive && ev.targets.isEmpty()) {
                if (mayResend)
                    return sendUpgrade(); // Partner Center shows no upgrade: send it again
                return fail(Error::make(
                    Error::Kind::Conflict,
                    QStringLiteral(
                        "%1. Partner Center shows no upgrade yet (subscription %2 is still active); "
                        "no replacement was bought while the upgrade may still happen. Run the "
                        "migration again later: it checks again, and sends the upgrade again only "
                        "while Partner Center shows none.")
                        .arg(why, rec.plan.oldSubscriptionId),
                    QStringLiteral("upgrade")));
            }
            fail(Error::make(
                Error::Kind::Conflict,
                QStringLiteral(
                    "%1. Partner Center shows subscription %2 as %3 and %4 new subscription(s) of %5 "
                    "(%6), which cannot be tied to this upgrade for sure. Nothing was bought. Check "
                    "the customer's subscriptions in Partner Center, then run the migration again, "
                    "or close it with `offer-migrator cancel --customer %7 --subscription %2`.")
                    .arg(why, rec.plan.oldSubscriptionId,
                         ev.sourceFound ? ev.sourceStatus : QStringLiteral("missing"))
                    .arg(ev.targets.size())
                    .arg(rec.plan.targetOfferName, ev.targets.join(QStringLiteral(", ")),
                         rec.plan.customerId),
                QStringLiteral("upgrade")));
        });
}

void PurchaseStep::adoptUpgrade(const QString &subscriptionId)
{
    const journal::MigrationRecord rec = record();
    QString requestId;
    const auto pending = m_ctx.journal->pendingWrite(rec.id, WriteKind::Upgrade);
    if (pending && pending.value()) {
        requestId = pending.value()->requestId;
        // Settled by the re-read: the target is recorded as a typed field, as an answer's would be.
        journal::WriteAnswerIds ids;
        ids.answerSubscriptionId = subscriptionId;
        const auto closed = m_ctx.journal->recordWriteAnswer(
            requestId, 200,
            compactJson(QJsonObject{{QStringLiteral("targetSubscriptionId"), subscriptionId},
                                    {QStringLiteral("resolvedBy"), QStringLiteral("subscriptions re-read")}}),
            ids);
        if (!closed)
            return fail(closed.error(), false);
    } else if (const auto writes = m_ctx.journal->writes(rec.id)) {
        for (const journal::WriteRequest &w : evidence::writesOfKind(writes.value(), WriteKind::Upgrade))
            requestId = w.requestId;
    }
    // A note only: the purchase itself is recorded by purchased() just below, which fails the step if the
    // journal cannot be written.
    (void)m_ctx.journal->appendEvent(
        rec.id, QStringLiteral("upgrade"),
        QStringLiteral("the upgrade happened: the old subscription is no longer active "
                       "and %1 is the new one (found by reading the subscriptions)")
            .arg(subscriptionId));
    // The licence transfer's per-user result is unknown: verify re-reads every user before anything else.
    if (const Status recorded = recordUpgradeMoves(requestId, {}); !recorded)
        return fail(recorded.error(), false);
    purchased(subscriptionId, QString());
}

Status PurchaseStep::recordUpgradeMoves(const QString &requestId,
                                        const QList<pc::UserLicenseError> &licenseErrors)
{
    for (const PlannedUser &u : std::as_const(m_plan->users)) {
        journal::UserMove move;
        move.userId = u.id;
        move.upn = u.upn;
        move.displayName = u.displayName;
        move.requestId = requestId;
        move.state = journal::UserMoveState::Moved;
        for (const pc::UserLicenseError &e : licenseErrors) {
            if (sameId(e.userObjectId, u.id)) {
                move.state = journal::UserMoveState::Failed;
                move.lastError = e.errors.join(QStringLiteral("; "));
            }
        }
        if (const Status kept = m_ctx.journal->upsertUserMove(m_plan->migrationId, move); !kept)
            return kept;
    }
    return {};
}

void PurchaseStep::fallBackToPurchase(const QString &why)
{
    qCInfo(lcEngine) << "upgrade path not possible for" << m_plan->oldSubscription.id << ":" << why
                     << "- falling back to buy, reassign, suspend";
    if (!m_plan->purchaseFallback)
        return fail(Error::make(Error::Kind::Validation,
                                QStringLiteral("the upgrade is not possible (%1), and new commerce sells no "
                                               "replacement for this subscription in market %2")
                                    .arg(why, m_plan->market),
                                QStringLiteral("purchase")));
    journal::MigrationUpdate failed;
    failed.lastError = QStringLiteral("upgrade not possible: ") + why;
    if (const auto recorded = m_ctx.journal->transition(m_plan->migrationId, JournalState::Failed, failed);
        !recorded)
        return fail(recorded.error(), false);
    journal::MigrationUpdate cancel;
    cancel.note = QStringLiteral("replaced by a purchase-path migration");
    const auto cancelled = m_ctx.journal->transition(m_plan->migrationId, JournalState::Cancelled, cancel);
    if (!cancelled)
        return fail(cancelled.error(), false);
    m_plan->useUpgrade = false;
    m_plan->upgrade.reset();
    // Buy the new-commerce replacement the plan kept for this case (the legacy upgrade target is not sold).
    m_plan->target = *m_plan->purchaseFallback;
    m_plan->targetSku = m_plan->target.aadSkuId;
    const Status created = recordNewMigration(*m_ctx.journal, *m_plan, m_ctx.config.operatorName);
    if (!created)
        return fail(created.error(), false);
    const auto moved = m_ctx.journal->transition(m_plan->migrationId, JournalState::Purchasing);
    if (!moved)
        return fail(moved.error(), false);
    doCart();
}

} // namespace om::engine
