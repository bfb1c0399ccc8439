// Journal: one runner per customer (the leases table, schema version 4).
#include "journal/Journal.h"
#include "journal/JournalLog.h"
#include "journal/JournalRows.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace om::journal {

namespace {

QString thisHost()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

Lease leaseFrom(const QSqlQuery &q)
{
    Lease l;
    l.customerId = q.value(0).toString();
    l.owner = q.value(1).toString();
    l.pid = q.value(2).toLongLong();
    l.host = q.value(3).toString();
    l.since = rows::toTime(q.value(4));
    l.heartbeat = rows::toTime(q.value(5));
    return l;
}

} // namespace

bool Journal::processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    // Signal 0 checks existence only; EPERM means it exists but belongs to someone else.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    return true; // unknown here: the heartbeat decides
#endif
}

Result<std::optional<Lease>> Journal::lease(const QString &customerId)
{
    const QString op = QStringLiteral("read the lease of customer %1").arg(customerId);
    auto q = m_db.exec(QStringLiteral("SELECT customer_id, owner, pid, host, since, heartbeat FROM leases"
                                      " WHERE customer_id = ?"),
                       {customerId.toLower()}, op);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Lease>();
    return std::optional<Lease>(leaseFrom(q.value()));
}

Result<Lease> Journal::takeLease(const QString &customerId)
{
    const QString op = QStringLiteral("take the lease of customer %1").arg(customerId);
    SqliteTransaction tx(m_db);
    if (auto s = tx.begin(op); !s)
        return s.error();
    const qint64 pid = QCoreApplication::applicationPid();
    const QString host = thisHost();
    auto current = lease(customerId);
    if (!current)
        return current.error();
    const QDateTime at = m_clock.now();
    if (current->has_value()) {
        const Lease &held = *current.value();
        const bool mine = held.pid == pid && held.host == host;
        const bool silent = !held.heartbeat.isValid() || held.heartbeat.secsTo(at) > leaseStaleAfterSecs;
        const bool gone = held.host == host && !processAlive(held.pid);
        if (!mine && !silent && !gone)
            return Error::make(
                Error::Kind::Conflict,
                QStringLiteral(
                    "Customer %1 is being migrated by %2 (process %3 on %4) since %5. Wait for it to "
                    "finish; if that program is gone, try again after %6 minutes.")
                    .arg(customerId, held.owner.isEmpty() ? QStringLiteral("another program") : held.owner)
                    .arg(held.pid)
                    .arg(held.host, held.since.toString(Qt::ISODate))
                    .arg(leaseStaleAfterSecs / 60),
                QStringLiteral("migration lease"));
        if (!mine)
            qCWarning(lcJournal) << "taking over the stale lease of customer" << customerId << "from process"
                                 << held.pid << "on" << held.host << (gone ? "(gone)" : "(silent)");
    }
    Lease l;
    l.customerId = customerId.toLower();
    l.owner = currentOsUser();
    l.pid = pid;
    l.host = host;
    l.since = current->has_value() && current.value()->pid == pid && current.value()->host == host
                  ? current.value()->since
                  : at;
    l.heartbeat = at;
    auto write =
        m_db.exec(QStringLiteral("INSERT OR REPLACE INTO leases (customer_id, owner, pid, host, since,"
                                 " heartbeat) VALUES (?, ?, ?, ?, ?, ?)"),
                  {l.customerId, l.owner, l.pid, l.host, rows::timeValue(l.since), rows::timeValue(at)}, op);
    if (!write)
        return write.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return l;
}

Status Journal::renewLease(const QString &customerId)
{
    const QString op = QStringLiteral("renew the lease of customer %1").arg(customerId);
    auto q = m_db.exec(
        QStringLiteral("UPDATE leases SET heartbeat = ? WHERE customer_id = ? AND pid = ? AND host = ?"),
        {rows::timeValue(m_clock.now()), customerId.toLower(), QCoreApplication::applicationPid(),
         thisHost()},
        op);
    if (!q)
        return q.error();
    return {};
}

Status Journal::releaseLease(const QString &customerId)
{
    const QString op = QStringLiteral("release the lease of customer %1").arg(customerId);
    auto q = m_db.exec(QStringLiteral("DELETE FROM leases WHERE customer_id = ? AND pid = ? AND host = ?"),
                       {customerId.toLower(), QCoreApplication::applicationPid(), thisHost()}, op);
    if (!q)
        return q.error();
    return {};
}

} // namespace om::journal
