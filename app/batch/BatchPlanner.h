#pragma once

#include "batch/BatchPlan.h"
#include "common/Clock.h"
#include "engine/EngineTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace om::domain {
class OfferCatalogue;
}
namespace om::pc {
class PartnerCenterClient;
}
namespace om::journal {
class Journal;
}
namespace om::engine {
class CatalogueCache;
class MigrationEngine;
} // namespace om::engine

namespace om::batch {

struct BatchPlannerOptions
{
    int customerConcurrency = 4; // customers planned at once; the client's scheduler paces the requests
    engine::EngineConfig engine; // passed to each customer's MigrationEngine (only plan() is called)
};

// Plans many customers, `customerConcurrency` at a time, each with the engine's own planner
// (MigrationEngine::plan: reads Partner Center and the journal, never writes, takes no lease). Adds the
// batch checks: another runner holding a customer's lease (InProgressElsewhere, read from the journal),
// add-ons, the upgrade path, journal state. A customer whose planning fails becomes a blocked row group
// (PlanFailed) and the others go on. Overrides given to start() (a resumed batch) are applied again through
// BatchPlan::setOverride; one that no longer fits is dropped and reported in the row's checks.
// One start() at a time; start() again after finished(). Not owned: client, journal, catalogue, clock.
class BatchPlanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPlanner)

public:
    BatchPlanner(pc::PartnerCenterClient &client, journal::Journal &journal,
                 const domain::OfferCatalogue &catalogue, const Clock &clock,
                 BatchPlannerOptions options = {}, QObject *parent = nullptr);
    ~BatchPlanner() override;

    // Overrides by BatchRow::key(). Returns false when already planning (or no customers).
    bool start(const QStringList &customerIds, const QHash<QString, BatchOverride> &overrides = {});
    // Stops starting customers; those being planned finish, then finished() comes with what was planned.
    void cancel();
    bool isRunning() const { return m_running; }
    const BatchPlan &plan() const { return m_plan; }

signals:
    void progress(int done, int total);
    void customerPlanned(const om::batch::BatchCustomer &customer);
    void finished(const om::batch::BatchPlan &plan);

private:
    void startNext();
    void onPlanned(int index, engine::MigrationEngine *engine);
    void finish();

    pc::PartnerCenterClient &m_client;
    journal::Journal &m_journal;
    const domain::OfferCatalogue &m_catalogue;
    const Clock &m_clock;
    BatchPlannerOptions m_options;
    QStringList m_customerIds;
    QHash<QString, BatchOverride> m_overrides;
    QList<std::optional<BatchCustomer>> m_results; // by position in m_customerIds
    QList<QPointer<engine::MigrationEngine>> m_engines;
    QPointer<engine::CatalogueCache> m_cache; // this round's market catalogue, shared by its plans
    BatchPlan m_plan;
    int m_next = 0;
    int m_done = 0;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace om::batch
