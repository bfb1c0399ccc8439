#pragma once

#include "common/Result.h"
#include "engine/EngineContext.h"
#include "engine/EngineTypes.h"

#include <QObject>

#include <functional>

namespace om::engine {

// Step 5: suspends the old subscription ONLY after verify passed. GETs the planned subscription fresh,
// then checks live, failing closed: the old SKU's pool is listed with sane counts and no assigned unit;
// no active add-on of it (suspending a base suspends its add-ons) has an unfinished migration or assigned
// users; and, when the pool says somebody still holds the old licence (a sibling subscription's holder),
// every planned user, read again, no longer holds it (an unused pool proves that for everyone at once). Then
// PATCHes the planned id with the whole body and the fresh etag (docs/partner-center-api.md "Subscriptions");
// a stale etag is retried once from a new GET. Records the suspension date and the expected de-provisioning
// date (config.deprovisionGraceDays: 120 per the migration article; the lifecycle page says 90). Users
// excluded by the operator (skipped in the journal) are re-read too: while one holds the old licence the
// suspend is refused, and the refusal says they are excluded. Owned by the engine; `plan` must outlive run().
class SuspendStep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuspendStep)

public:
    using Done = std::function<void(const Status &)>;
    explicit SuspendStep(const EngineContext &context, QObject *parent = nullptr);

    void run(SubscriptionPlan *plan, Done done);

private:
    void fetchFresh(int attempt);
    void checkPool(int attempt);
    void checkAddOns(int attempt);
    void checkUsers(int attempt);
    void suspendNow(int attempt);
    void patch(const pc::Subscription &fresh, int attempt);
    void suspended();
    static Status refuse(const QString &why);

    EngineContext m_ctx;
    SubscriptionPlan *m_plan = nullptr;
    Done m_done;
    QString m_oldSku;
    QString m_plannedId; // the journal's old subscription id: the only one ever PATCHed
    pc::Subscription m_fresh;
    QList<pc::SubscribedSku> m_skus;
    int m_consumedOld = -1; // the old SKU's assigned units, from the pool read of this attempt
    QStringList m_excluded; // users the journal skips: they keep the old licence, so the suspend waits
};

} // namespace om::engine
