#include "ui/wizard/UsageLocationFix.h"

#include "engine/JournalledWrite.h"
#include "partnercenter/CustomerUserUpdate.h"
#include "partnercenter/WriteRequest.h"
#include "ui/GuiLog.h"

#include <QJsonDocument>

namespace om::gui {

UsageLocationFix::UsageLocationFix(engine::EngineContext context, QObject *parent)
    : QObject(parent)
    , m_ctx(std::move(context))
{}

bool UsageLocationFix::start(qint64 migrationId, const QString &customerId, const QString &userId,
                             const QString &upn, const QString &iso2, Done done)
{
    if (m_busy || migrationId <= 0 || !pc::CustomerUserUpdate::isValidUsageLocation(iso2))
        return false;
    m_busy = true;
    pc::CustomerUserUpdate update;
    update.usageLocation = iso2.toUpper();
    const QString code = update.usageLocation;
    engine::journalledSend<pc::CustomerUser>(
        m_ctx, this, {migrationId, journal::WriteKind::UserUpdate, userId.toLower()},
        pc::customerUserUpdateWrite(customerId, userId, update),
        [](const pc::CustomerUser &u) {
            return QJsonDocument(QJsonObject{{QStringLiteral("id"), u.id},
                                             {QStringLiteral("usageLocation"), u.usageLocation}})
                .toJson(QJsonDocument::Compact);
        },
        [this, migrationId, upn, code,
         done = std::move(done)](const engine::WriteOutcome<pc::CustomerUser> &out) {
            m_busy = false;
            if (!out.answered)
                return done(Error::make(Error::Kind::Timeout,
                                        tr("Partner Center did not answer; try again (the same request is "
                                           "replayed, so nothing changes twice)."),
                                        QStringLiteral("set usage location")));
            if (!out.result)
                return done(out.result.error());
            const Status logged = m_ctx.journal->appendEvent(
                migrationId, QStringLiteral("user"),
                QStringLiteral("usage location of %1 set to %2 (request %3)").arg(upn, code, out.requestId));
            if (!logged)
                qCWarning(lcGui) << "usage location set, event not recorded:" << logged.error().toString();
            done(Status());
        });
    return true;
}

} // namespace om::gui
