#pragma once

#include "common/Result.h"
#include "engine/EngineContext.h"

#include <QObject>

#include <functional>

namespace om::gui {

// Sets one user's usage location in the customer's directory (PATCH .../users/{id}, partnercenter/
// CustomerUserUpdate.h) under the journal rule: recorded before it is sent and after it answers, as a
// "user_update" write of the user's migration (key: the user id), plus an event saying what changed. A
// write whose answer was lost stays pending and is replayed with the same MS-RequestId the next time.
// Widget-free. Borrowed: everything in the context (outlives this object).
class UsageLocationFix final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageLocationFix)

public:
    using Done = std::function<void(const Status &)>;

    explicit UsageLocationFix(engine::EngineContext context, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    // False (nothing sent) while busy or for a code that is not two letters; else `done` runs once, later.
    bool start(qint64 migrationId, const QString &customerId, const QString &userId, const QString &upn,
               const QString &iso2, Done done);

private:
    engine::EngineContext m_ctx;
    bool m_busy = false;
};

} // namespace om::gui
