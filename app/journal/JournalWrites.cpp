// Journal: Partner Center writes, user moves and the progress summary (split from Journal.cpp).
#include "journal/Journal.h"
#include "journal/JournalRows.h"

#include <QCryptographicHash>
#include <QSet>
#include <QStringBuilder>
#include <QUuid>

namespace om::journal {

namespace {

QByteArray sha256Hex(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

} // namespace

Result<std::optional<WriteRequest>> Journal::readPendingWrite(qint64 migrationId, WriteKind kind,
                                                              const QString &key, const QString &operation)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") % QLatin1String(rows::writeColumns) %
                           QStringLiteral(" FROM write_requests WHERE migration_id = ? AND kind = ?"
                                          " AND request_key = ? AND status = 'pending'"),
                       {migrationId, writeKindToken(kind), key}, operation);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<WriteRequest>();
    return std::optional<WriteRequest>(rows::writeFrom(q.value()));
}

Result<WriteRequest> Journal::recordWriteBeforeSend(const WriteRequestSpec &spec)
{
    const QString op = QStringLiteral("record the %1 write of migration %2 before sending it")
                           .arg(writeKindToken(spec.kind))
                           .arg(spec.migrationId);
    SqliteTransaction tx(m_db);
    if (auto s = tx.begin(op); !s)
        return s.error();
    const auto migration = readMigration(spec.migrationId, op);
    if (!migration)
        return migration.error();
    const QByteArray digest = sha256Hex(spec.body);
    auto pending = readPendingWrite(spec.migrationId, spec.kind, spec.key, op);
    if (!pending)
        return pending.error();
    if (pending->has_value()) {
        WriteRequest w = *pending.value();
        if (w.method != spec.method || w.path != spec.path || w.bodySha256 != digest)
            return Error::make(
                Error::Kind::Conflict,
                QStringLiteral("Request %1 (%2 %3) is still unanswered and differs from the new one; "
                               "find out what happened to it first.")
                    .arg(w.requestId, w.method, w.path),
                QStringLiteral("migration journal write"));
        w.reused = true;
        return w; // nothing changed: the transaction rolls back harmlessly
    }
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto insert =
        m_db.exec(QStringLiteral("INSERT INTO write_requests (request_id, migration_id, kind, request_key,"
                                 " method, path, body_sha256, status, created_at, subscription_id, cart_id)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"),
                  {requestId, spec.migrationId, writeKindToken(spec.kind), spec.key, spec.method, spec.path,
                   QString::fromLatin1(digest), now(), spec.subscriptionId, spec.cartId},
                  op);
    if (!insert)
        return insert.error();
    if (auto s = insertEvent(spec.migrationId, writeKindToken(spec.kind),
                             QStringLiteral("sending ") % spec.method % QLatin1Char(' ') % spec.path %
                                 QStringLiteral(" as request ") % requestId,
                             op);
        !s)
        return s.error();
    auto stored = readPendingWrite(spec.migrationId, spec.kind, spec.key, op);
    if (!stored)
        return stored.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    changed(migration->plan.customerId, spec.migrationId);
    return *stored.value();
}

Result<std::optional<WriteRequest>> Journal::pendingWrite(qint64 migrationId, WriteKind kind,
                                                          const QString &key)
{
    return readPendingWrite(migrationId, kind, key,
                            QStringLiteral("find the pending %1 write of migration %2")
                                .arg(writeKindToken(kind))
                                .arg(migrationId));
}

Result<QList<WriteRequest>> Journal::pendingWrites()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") % QLatin1String(rows::writeColumns) %
            QStringLiteral(" FROM write_requests WHERE status = 'pending' ORDER BY created_at, rowid"),
        {}, QStringLiteral("list the pending writes"));
    if (!q)
        return q.error();
    QList<WriteRequest> out;
    while (q->next())
        out.append(rows::writeFrom(q.value()));
    return out;
}

Result<WriteRequest> Journal::recordWriteAnswer(const QString &requestId, int httpStatus,
                                                const QByteArray &responseBody, const WriteAnswerIds &ids)
{
    const QString op = QStringLiteral("record the answer to request ") % requestId;
    const bool success = httpStatus >= 200 && httpStatus < 300;
    if (!success && !ids.isEmpty())
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("Request %1 answered HTTP %2, which makes nothing, yet order '%3' "
                                          "and subscription '%4' were given with it.")
                               .arg(requestId)
                               .arg(httpStatus)
                               .arg(ids.orderId, ids.answerSubscriptionId),
                           QStringLiteral("migration journal write"));
    SqliteTransaction tx(m_db);
    if (auto s = tx.begin(op); !s)
        return s.error();
    const QString select = QStringLiteral("SELECT ") % QLatin1String(rows::writeColumns) %
                           QStringLiteral(" FROM write_requests WHERE request_id = ?");
    auto q = m_db.exec(select, {requestId}, op);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("The journal has no request %1.").arg(requestId),
                           QStringLiteral("migration journal write"));
    const WriteRequest before = rows::writeFrom(q.value());
    q->finish();
    if (before.status != WriteStatus::Pending)
        return Error::make(Error::Kind::Conflict,
                           QStringLiteral("Request %1 was already answered (HTTP %2).")
                               .arg(requestId)
                               .arg(before.httpStatus),
                           QStringLiteral("migration journal write"));
    const QString status = writeStatusToken(success ? WriteStatus::Answered : WriteStatus::Failed);
    auto update = m_db.exec(
        QStringLiteral("UPDATE write_requests SET status = ?, http_status = ?, response_body = ?,"
                       " answered_at = ?, order_id = ?, answer_subscription_id = ? WHERE request_id = ?"),
        {status, httpStatus, responseBody.left(maxStoredResponseBytes), now(), ids.orderId,
         ids.answerSubscriptionId, requestId},
        op);
    if (!update)
        return update.error();
    if (auto s = insertEvent(before.migrationId, writeKindToken(before.kind),
                             QStringLiteral("request ") % requestId % QStringLiteral(" answered HTTP ") %
                                 QString::number(httpStatus),
                             op);
        !s)
        return s.error();
    auto after = m_db.exec(select, {requestId}, op);
    if (!after)
        return after.error();
    if (!after->next())
        return m_db.storageError(op, QStringLiteral("the request vanished"));
    WriteRequest w = rows::writeFrom(after.value());
    after->finish();
    const auto migration = readMigration(before.migrationId, op);
    if (!migration)
        return migration.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    changed(migration->plan.customerId, before.migrationId);
    return w;
}

Result<QList<WriteRequest>> Journal::writes(qint64 migrationId)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") % QLatin1String(rows::writeColumns) %
            QStringLiteral(" FROM write_requests WHERE migration_id = ? ORDER BY created_at, rowid"),
        {migrationId}, QStringLiteral("list the writes of migration %1").arg(migrationId));
    if (!q)
        return q.error();
    QList<WriteRequest> out;
    while (q->next())
        out.append(rows::writeFrom(q.value()));
    return out;
}

Status Journal::upsertUserMove(qint64 migrationId, const UserMove &move)
{
    const QString op = QStringLiteral("record user %1 of migration %2").arg(move.userId).arg(migrationId);
    if (move.userId.isEmpty())
        return Error::make(Error::Kind::Validation, QStringLiteral("A user move needs a user id."),
                           QStringLiteral("migration journal user move"));
    SqliteTransaction tx(m_db);
    if (auto s = tx.begin(op); !s)
        return s;
    const auto migration = readMigration(migrationId, op);
    if (!migration)
        return migration.error();
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO user_moves (migration_id, user_id, upn, display_name, state,"
                                 " last_error, request_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT (migration_id, user_id) DO UPDATE SET upn = excluded.upn,"
                                 " display_name = excluded.display_name, state = excluded.state,"
                                 " last_error = excluded.last_error, request_id = excluded.request_id,"
                                 " updated_at = excluded.updated_at"),
                  {migrationId, move.userId, move.upn, move.displayName, userMoveStateToken(move.state),
                   move.lastError, move.requestId, now()},
                  op);
    if (!q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s;
    changed(migration->plan.customerId, migrationId);
    return {};
}

Result<QList<UserMove>> Journal::userMoves(qint64 migrationId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") % QLatin1String(rows::userMoveColumns) %
                           QStringLiteral(" FROM user_moves WHERE migration_id = ? ORDER BY rowid"),
                       {migrationId}, QStringLiteral("list the users of migration %1").arg(migrationId));
    if (!q)
        return q.error();
    QList<UserMove> out;
    while (q->next())
        out.append(rows::userMoveFrom(q.value()));
    return out;
}

Result<QHash<qint64, QList<UserMove>>> Journal::userMovesOfCustomer(const QString &customerId)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT u.migration_id, ") % QLatin1String(rows::userMoveColumnsOf) %
                      QStringLiteral(" FROM user_moves u JOIN migrations m ON m.id = u.migration_id"
                                     " WHERE m.customer_id = ? ORDER BY u.rowid"),
                  {customerId}, QStringLiteral("list the users of the migrations of customer ") % customerId);
    if (!q)
        return q.error();
    QHash<qint64, QList<UserMove>> out;
    while (q->next())
        out[q->value(0).toLongLong()].append(rows::userMoveFrom(q.value(), 1));
    return out;
}

Result<domain::MigrationProgressMap> Journal::progressBySubscription()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT m.old_subscription_id, m.state, m.target_offer_id, m.target_offer_name,"
                       " m.new_subscription_id, m.suspended_at, m.deprovision_date, m.last_error,"
                       " (SELECT count(*) FROM user_moves u WHERE u.migration_id = m.id"
                       "  AND u.state <> 'skipped'),"
                       " (SELECT count(*) FROM user_moves u WHERE u.migration_id = m.id"
                       "  AND u.state = 'moved')"
                       " FROM migrations m ORDER BY m.id"),
        {}, QStringLiteral("summarise the progress"));
    if (!q)
        return q.error();
    domain::MigrationProgressMap out;
    QSet<QString> active; // subscriptions with a non-cancelled migration: those win over cancelled ones
    while (q->next()) {
        const QString oldId = q->value(0).toString();
        const JournalState state =
            journalStateFromToken(q->value(1).toString()).value_or(JournalState::Failed);
        const bool cancelled = state == JournalState::Cancelled;
        if (cancelled && active.contains(oldId))
            continue;
        if (!cancelled)
            active.insert(oldId);
        domain::MigrationProgress p;
        p.state = toReportState(state);
        if (!cancelled) {
            p.replacementOfferId = q->value(2).toString();
            p.replacementOfferName = q->value(3).toString();
            p.newSubscriptionId = q->value(4).toString();
            p.suspendedAt = rows::toTime(q->value(5));
            p.deprovisionDate = rows::toDate(q->value(6));
            p.lastError = q->value(7).toString();
            p.usersTotal = q->value(8).toInt();
            p.usersMoved = q->value(9).toInt();
        }
        out.insert(oldId, p);
    }
    return out;
}

} // namespace om::journal
