#pragma once

#include "common/Result.h"
#include "engine/EngineContext.h"
#include "engine/EngineTypes.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace om::engine {

// Step 4: re-reads every tracked user's licences (new SKU held, old SKU gone) and the tenant's SKU pool
// (old SKU's consumedUnits == 0). Users found unmoved are marked failed and the migration goes back to
// reassigning (so retryFailedUsers moves them). Excluded users (skipped) are not read and may still hold
// the old licence. A suspend-only migration starts here from not_started: no users, the pool must be
// unused. Owned by the engine; `plan` must outlive run().
class VerifyStep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyStep)

public:
    using Done = std::function<void(const Status &)>;
    explicit VerifyStep(const EngineContext &context, QObject *parent = nullptr);

    void run(SubscriptionPlan *plan, Done done);

private:
    void checkPool();
    void conclude(int consumedOld);

    EngineContext m_ctx;
    SubscriptionPlan *m_plan = nullptr;
    Done m_done;
    int m_pending = 0;
    QStringList m_unmoved; // user ids
    int m_excluded = 0;    // users the journal skips (excluded by the operator)
    QString m_error;
};

} // namespace om::engine
