#pragma once

#include "common/Result.h"
#include "engine/EngineContext.h"
#include "engine/EngineTypes.h"

#include <QObject>

#include <functional>

namespace om::engine {

// Step 5: suspends the old subscription ONLY after verify passed, and refuses while any user still
// holds the old SKU (checked live: the tenant's consumedUnits of the old SKU must be zero). GETs the
// subscription fresh and PATCHes the whole body with the fresh etag (section 4); a stale etag is
// retried once from a new GET. Records the suspension date and the expected de-provisioning date
// (config.deprovisionGraceDays: 120 per the migration article; the lifecycle page says 90).
// Owned by the engine; `plan` must outlive run().
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
    void patch(const pc::Subscription &fresh, int attempt);
    void suspended();

    EngineContext m_ctx;
    SubscriptionPlan *m_plan = nullptr;
    Done m_done;
};

} // namespace om::engine
