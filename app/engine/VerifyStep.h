#pragma once

#include "common/Result.h"
#include "engine/EngineContext.h"
#include "engine/EngineTypes.h"
#include "journal/JournalTypes.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace om::engine {

// Step 4: confirms the move without re-reading every user. A user counts as moved on evidence: the
// journal's answered licence update for them assigned the new SKU (Partner Center's 201 echo), or this run's
// plan read their licences already moved. Users without such evidence (the upgrade path, a pending or
// failed move) have their licences read. Then ONE read of the tenant's SKU pools: the old SKU's assigned
// units must be covered by the holders allowed to keep it (sibling subscriptions' users, excluded users).
// If they are not, the users taken on evidence are read one by one to find who still holds it. Users found
// unmoved are marked failed and the migration goes back to reassigning (so reassign() moves them).
// Excluded users (skipped) are not read and may still hold the old licence. A suspend-only migration starts
// here from not_started: no users, the pool must be unused. Owned by the engine; `plan` must outlive run().
class VerifyStep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyStep)

public:
    using Done = std::function<void(const Status &)>;
    explicit VerifyStep(const EngineContext &context, QObject *parent = nullptr);

    void run(SubscriptionPlan *plan, Done done);

private:
    bool hasEvidence(const journal::UserMove &move, const QList<journal::WriteRequest> &writes) const;
    void readUsers(const QList<journal::UserMove> &users, void (VerifyStep::*then)());
    void checkPool();
    void onPools(const QList<pc::SubscribedSku> &pools);
    void poolFailed();
    void conclude();

    EngineContext m_ctx;
    SubscriptionPlan *m_plan = nullptr;
    Done m_done;
    QString m_oldSku;
    QString m_newSku;
    int m_pending = 0;
    QList<journal::UserMove> m_trusted; // counted as moved on the evidence, not read
    QStringList m_unmoved;              // user ids
    int m_excluded = 0;                 // users the journal skips (excluded by the operator)
    int m_consumedOld = 0;
    QString m_error;
};

} // namespace om::engine
