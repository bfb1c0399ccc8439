#pragma once

#include "common/Result.h"
#include "engine/EngineContext.h"
#include "engine/EngineTypes.h"
#include "journal/JournalTypes.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace om::engine {

// Step 2: buy the replacement (a new-commerce cart line + checkout, or the one-step upgrade with licence
// transfer), find the new subscription from the order, and wait until it is active, its provisioned SKU is
// known and its seats show in the tenant's SKU pool.
// Never buys twice: every write goes through journalledWrite (same MS-RequestId on replay), and a
// migration whose journal has a checkout without a usable answer looks the purchase up (the cart's
// orders, subscriptions?order_id, then orders created since the migration started) before anything new.
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
    void onCheckoutAnswer(const QString &orderId, const QString &subscriptionId);
    void lookUpPurchase(const QString &why);
    void findSubscriptionOfOrder(const QString &orderId);
    void doUpgrade();
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
    QString customerPath() const;

    EngineContext m_ctx;
    SubscriptionPlan *m_plan = nullptr;
    Done m_done;
    QString m_newSubscriptionId;
    int m_pollDelayMs = 0;
    QDateTime m_deadline;
};

} // namespace om::engine
