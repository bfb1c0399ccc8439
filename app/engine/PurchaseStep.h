#pragma once

#include "common/Result.h"
#include "engine/EngineContext.h"
#include "engine/EngineTypes.h"
#include "engine/JournalledWrite.h"
#include "journal/JournalTypes.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace om::engine {

// Step 2: buy the replacement (a new-commerce cart line + checkout, or the one-step upgrade with licence
// transfer), find the new subscription from the order, and wait until it is active, its provisioned SKU is
// known and its seats show in the tenant's SKU pool.
// Never buys twice: every write goes through journalledSend (same MS-RequestId on replay). A checkout
// without a clear answer is sent again for the SAME cart (per-cart idempotent: 800065 if it was ordered);
// an order is adopted only when tied to our write (PurchaseEvidence.h), else the step fails closed; a new
// cart is made only when every checkout of the old one was refused and Partner Center shows it not ordered.
// An upgrade falls back to a purchase only on a definite refusal; after an unclear answer the customer's
// subscriptions say whether it happened (PurchaseStepUpgrade.cpp).
// The plan must already have a journal migration (plan.migrationId). Owned by the engine.
class PurchaseStep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseStep)

public:
    using Done = std::function<void(const Status &)>;
    explicit PurchaseStep(const EngineContext &context, QObject *parent = nullptr);

    // `plan` must outlive the step's run (the engine keeps it); it may switch to the purchase path
    // when an upgrade is refused (a new journal migration replaces the cancelled one).
    void run(SubscriptionPlan *plan, Done done);

private:
    void startPurchase();
    void doCart();
    void createCart();
    void checkout(const QString &cartId);
    void startNewCart(const QString &refusedCartId);
    void onCheckoutAnswer(const QString &orderId, const QString &subscriptionId);
    void lookUpPurchase(const QString &why);
    void adoptOrderOfCart(const pc::Cart &cart, const QString &why);
    void failUntied(const QString &why, const QString &detail);
    void findSubscriptionOfOrder(const QString &orderId);
    // The upgrade path (PurchaseStepUpgrade.cpp).
    void doUpgrade();
    void sendUpgrade();
    void onUpgradeAnswer(const WriteOutcome<pc::UpgradeResult> &out);
    void reconcileUpgrade(const QString &why, bool mayResend);
    void adoptUpgrade(const QString &subscriptionId);
    Status recordUpgradeMoves(const QString &requestId, const QList<pc::UserLicenseError> &licenseErrors);
    void fallBackToPurchase(const QString &why);
    void purchased(const QString &subscriptionId, const QString &orderId);
    void waitActive();
    void pollSubscription();
    void checkProvisionedSku();
    void pollSeats();
    void nextPoll(void (PurchaseStep::*what)());
    void fail(const Error &error, bool markFailed = true);
    void finish(const Status &status);
    journal::MigrationRecord record() const;

    EngineContext m_ctx;
    SubscriptionPlan *m_plan = nullptr;
    Done m_done;
    QString m_newSubscriptionId;
    int m_pollDelayMs = 0;
    QDateTime m_deadline;
    // Checkouts sent in this run (replays and sends for the same cart); a few, then the step stops and
    // the next run goes on.
    static constexpr int kMaxCheckoutSends = 3;
    int m_checkoutSends = 0;
    bool m_upgradeWasUnclear = false; // an earlier upgrade write had no clear answer: never fall back
};

} // namespace om::engine
