#pragma once

#include "common/Result.h"
#include "engine/EngineContext.h"
#include "engine/EngineTypes.h"
#include "journal/JournalTypes.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace om::engine {

// Step 3: per user, ONE licenseupdates call that assigns the new SKU and removes the old one (the user's
// other licences are untouched; plans excluded on the old licence stay excluded when the new SKU has
// them). Users run concurrently (config.userConcurrency, and the client's scheduler paces them). Each
// result is stored in the journal's user_moves; a user that failed can be retried alone later.
// A write left pending by a crash is replayed with its MS-RequestId, unless the user's fresh licences
// already show the move. Owned by the engine; `plan` must outlive run().
class ReassignStep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReassignStep)

public:
    using Done = std::function<void(const Status &)>;
    explicit ReassignStep(const EngineContext &context, QObject *parent = nullptr);

    void run(SubscriptionPlan *plan, Done done);
    // Starts no other user: the updates in flight are answered and recorded, then the step ends with
    // success but no verdict when users were left (the migration stays "reassigning", they stay pending for
    // the next run, as after a kill but without one).
    void stop();

signals:
    void userResult(const om::engine::UserResult &result);
    void progress(int done, int total);

private:
    void startNext();
    void moveUser(const journal::UserMove &move);
    void record(const journal::UserMove &move, bool moved, const QString &error, const QString &requestId);
    void finishIfDone();
    const PlannedUser *plannedUser(const QString &userId) const;

    EngineContext m_ctx;
    SubscriptionPlan *m_plan = nullptr;
    Done m_done;
    QList<journal::UserMove> m_queue;
    int m_total = 0;
    int m_finished = 0;
    int m_active = 0;
    std::optional<Error> m_storageError; // the first journal write that failed
    int m_failed = 0;
    bool m_stopping = false;
};

} // namespace om::engine
