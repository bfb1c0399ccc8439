#pragma once

#include "common/Result.h"
#include "engine/EngineContext.h"
#include "journal/JournalTypes.h"
#include "partnercenter/Models.h"

#include <QObject>

#include <functional>

namespace om::engine {

// One migration not finished nor cancelled, and whether the operator may close it.
struct OpenMigration
{
    journal::MigrationRecord record;
    QString refusal;             // empty: can be cancelled; else why not, as one sentence
    QStringList warnings;        // what to check first (e.g. a checkout without a clear answer)
    bool upgradeUnclear = false; // an upgrade write without a clear answer: Partner Center was asked
};

struct CancelOverview
{
    QList<OpenMigration> migrations;
    QList<pc::Order> recentOrders; // the customer's newest orders first
};

// Closes a migration that bought nothing (`offer-migrator cancel`): marks it cancelled in the journal so a
// later run plans the subscription afresh. Never sends a write to Partner Center; it reads the customer's
// orders (for the operator to check) and, for an upgrade whose answer was unclear, its subscriptions.
// Allowed from not_started and purchasing, or failed in one of them. Refused:
// - once something was bought (a new subscription, an order recorded, an upgrade answered with its target):
//   finish it with `migrate`, or cancel the purchase for a refund with `cancel-purchase`;
// - while a write has no answer (the one is named): `migrate` replays it with its MS-RequestId first;
// - for an upgrade without a clear answer, unless Partner Center shows the old subscription still active
//   and no new subscription of the target offer.
// Owned by its caller; the context's client and journal must outlive it.
class MigrationCancel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationCancel)

public:
    using InspectDone = std::function<void(const Result<CancelOverview> &)>;
    static constexpr int kRecentOrders = 10;

    explicit MigrationCancel(const EngineContext &context, QObject *parent = nullptr);

    // The customer's open migrations (only the one of oldSubscriptionId when given) and recent orders.
    // `done` may run before inspect() returns.
    void inspect(const QString &customerId, const QString &oldSubscriptionId, InspectDone done);
    // Cancels one migration inspect() found cancellable; checks the journal again first.
    Status cancel(const OpenMigration &migration) const;

    // The journal's part of the rules above; *upgradeUnclear is set when Partner Center must be asked.
    static QString journalRefusal(journal::Journal &journal, const journal::MigrationRecord &migration,
                                  QStringList *warnings, bool *upgradeUnclear);

private:
    void checkUpgrades(CancelOverview overview, InspectDone done);

    EngineContext m_ctx;
};

} // namespace om::engine
