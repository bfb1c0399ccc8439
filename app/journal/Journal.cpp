#include "journal/Journal.h"

#include "journal/JournalLog.h"
#include "journal/JournalRows.h"
#include "journal/JournalSchema.h"

#include <QDir>
#include <QStandardPaths>
#include <QStringBuilder>

namespace om::journal {

using rows::timeValue;

Journal::Journal(const Clock &clock)
    : m_clock(clock)
    , m_db(QStringLiteral("migration journal"))
{}

Journal::~Journal() = default;

Result<QString> Journal::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("Could not create the application data folder \"%1\".").arg(dir),
                           QStringLiteral("migration journal path"));
    return QDir(dir).filePath(QStringLiteral("journal.sqlite"));
}

QString Journal::currentOsUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user;
}

Status Journal::open(const QString &path, const Options &options)
{
    SqliteConnection::Options o;
    o.busyTimeoutMs = options.busyTimeoutMs;
    o.synchronous = QStringLiteral("FULL");
    o.readOnly = options.readOnly;
    o.maxPageCount = options.maxPageCount;
    // A newer app's file or a damaged one is refused before anything in it changes (even the WAL switch).
    o.newestUserVersion = JournalSchema::currentVersion;
    o.checkIntegrityFirst = true;
    if (auto s = m_db.open(path, o); !s)
        return s;
    if (auto s = JournalSchema::ensureCurrent(m_db); !s) {
        m_db.close();
        return s;
    }
    qCInfo(lcJournal) << "journal open:" << m_db.path() << "mode" << m_db.journalMode();
    return {};
}

void Journal::close()
{
    m_db.close();
}

Result<int> Journal::schemaVersion()
{
    auto v =
        m_db.scalar(QStringLiteral("PRAGMA user_version"), {}, QStringLiteral("read the schema version"));
    if (!v)
        return v.error();
    return v->toInt();
}

void Journal::changed(const QString &customerId, qint64 migrationId)
{
    emit m_changes.migrationChanged(customerId, migrationId);
}

QString Journal::now() const
{
    return timeValue(m_clock.now()).toString();
}

Result<MigrationRecord> Journal::createMigration(const MigrationPlan &plan)
{
    const QString op = QStringLiteral("create the migration of subscription ") % plan.oldSubscriptionId;
    if (plan.customerId.isEmpty() || plan.oldSubscriptionId.isEmpty())
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("A migration needs a customer id and an old subscription id."),
                           QStringLiteral("migration journal create"));
    SqliteTransaction tx(m_db);
    if (auto s = tx.begin(op); !s)
        return s.error();
    auto existing = m_db.exec(QStringLiteral("SELECT id, state FROM migrations WHERE customer_id = ?"
                                             " AND old_subscription_id = ? AND state <> 'cancelled'"),
                              {plan.customerId, plan.oldSubscriptionId}, op);
    if (!existing)
        return existing.error();
    if (existing->next())
        return Error::make(
            Error::Kind::Conflict,
            QStringLiteral("Subscription %1 already has migration %2 (%3); resume it (offer-migrator "
                           "migrate) or cancel it (offer-migrator cancel --customer %4 --subscription %1) "
                           "first.")
                .arg(plan.oldSubscriptionId, existing->value(0).toString(), existing->value(1).toString())
                .arg(plan.customerId),
            QStringLiteral("migration journal create"));
    existing->finish();
    const QString at = now();
    const QString who = plan.operatorName.isEmpty() ? currentOsUser() : plan.operatorName;
    auto insert = m_db.exec(
        QStringLiteral(
            "INSERT INTO migrations (customer_id, customer_name, old_subscription_id, old_offer_id,"
            " old_offer_name, old_sku, target_offer_id, target_offer_name, target_sku, planned_quantity,"
            " path, operator, state, created_at, updated_at, target_term, target_billing)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'not_started', ?, ?, ?, ?)"),
        {plan.customerId, plan.customerName, plan.oldSubscriptionId, plan.oldOfferId, plan.oldOfferName,
         plan.oldSku, plan.targetOfferId, plan.targetOfferName, plan.targetSku, plan.plannedQuantity,
         migrationPathToken(plan.path), who, at, at, plan.termDuration, plan.billingCycle},
        op);
    if (!insert)
        return insert.error();
    const qint64 id = insert->lastInsertId().toLongLong();
    if (auto s = insertEvent(id, QStringLiteral("state"),
                             QStringLiteral("created: ") % migrationPathToken(plan.path) %
                                 QStringLiteral(" to ") % plan.targetOfferId % QStringLiteral(" by ") % who,
                             op);
        !s)
        return s.error();
    auto record = readMigration(id, op);
    if (!record)
        return record;
    if (auto s = tx.commit(); !s)
        return s.error();
    changed(plan.customerId, id);
    return record;
}

Result<MigrationRecord> Journal::readMigration(qint64 id, const QString &operation)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") % QLatin1String(rows::migrationColumns) %
                           QStringLiteral(" FROM migrations WHERE id = ?"),
                       {id}, operation);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, QStringLiteral("The journal has no migration %1.").arg(id),
                           QStringLiteral("migration journal"));
    return rows::migrationFrom(q.value());
}

Result<MigrationRecord> Journal::migration(qint64 id)
{
    return readMigration(id, QStringLiteral("read migration ") % QString::number(id));
}

Result<std::optional<MigrationRecord>> Journal::findMigration(const QString &customerId,
                                                              const QString &oldSubscriptionId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") % QLatin1String(rows::migrationColumns) %
                           QStringLiteral(" FROM migrations WHERE customer_id = ? AND old_subscription_id = ?"
                                          " AND state <> 'cancelled'"),
                       {customerId, oldSubscriptionId},
                       QStringLiteral("find the migration of subscription ") % oldSubscriptionId);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<MigrationRecord>();
    return std::optional<MigrationRecord>(rows::migrationFrom(q.value()));
}

Result<QList<MigrationRecord>> Journal::migrations(const QString &customerId)
{
    const QString select = QStringLiteral("SELECT ") % QLatin1String(rows::migrationColumns) %
                           QStringLiteral(" FROM migrations");
    auto q =
        customerId.isEmpty()
            ? m_db.exec(select % QStringLiteral(" ORDER BY id"), {}, QStringLiteral("list the migrations"))
            : m_db.exec(select % QStringLiteral(" WHERE customer_id = ? ORDER BY id"), {customerId},
                        QStringLiteral("list the migrations of customer ") % customerId);
    if (!q)
        return q.error();
    QList<MigrationRecord> out;
    while (q->next())
        out.append(rows::migrationFrom(q.value()));
    return out;
}

Result<MigrationRecord> Journal::transition(qint64 id, JournalState to, const MigrationUpdate &update)
{
    const QString op = QStringLiteral("move migration %1 to %2").arg(id).arg(journalStateToken(to));
    SqliteTransaction tx(m_db);
    if (auto s = tx.begin(op); !s)
        return s.error();
    auto current = readMigration(id, op);
    if (!current)
        return current;
    MigrationRecord m = current.take();
    const JournalState from = m.state;
    if (!isTransitionAllowed(from, to, m.plan.path, m.failedFrom))
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("Migration %1 cannot go from %2 to %3.")
                               .arg(QString::number(id), journalStateToken(from), journalStateToken(to)),
                           QStringLiteral("migration journal transition"));
    if (to == JournalState::Failed && !update.lastError.has_value() && from != JournalState::Failed)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("Migration %1 cannot fail without a reason.").arg(id),
                           QStringLiteral("migration journal transition"));
    if (to == JournalState::Cancelled) {
        auto pending = m_db.scalar(QStringLiteral("SELECT count(*) FROM write_requests"
                                                  " WHERE migration_id = ? AND status = 'pending'"),
                                   {id}, op);
        if (!pending)
            return pending.error();
        if (pending->toInt() > 0)
            return Error::make(
                Error::Kind::Conflict,
                QStringLiteral("Migration %1 has a write to Partner Center with no answer yet; find "
                               "out what happened to it before cancelling.")
                    .arg(id),
                QStringLiteral("migration journal transition"));
    }

    if (to == JournalState::Failed && from != JournalState::Failed)
        m.failedFrom = from;
    if (from == JournalState::Failed && to != JournalState::Failed)
        m.lastError.clear();
    if (update.newSubscriptionId)
        m.newSubscriptionId = *update.newSubscriptionId;
    if (update.orderId)
        m.orderId = *update.orderId;
    if (update.cartId)
        m.cartId = *update.cartId;
    if (update.targetSku)
        m.plan.targetSku = *update.targetSku;
    if (update.deprovisionDate)
        m.deprovisionDate = *update.deprovisionDate;
    if (update.lastError)
        m.lastError = *update.lastError;
    if (update.suspendedAt)
        m.suspendedAt = *update.suspendedAt;
    else if (to == JournalState::Suspended && !m.suspendedAt.isValid())
        m.suspendedAt = m_clock.now();
    m.state = to;

    auto write = m_db.exec(
        QStringLiteral(
            "UPDATE migrations SET state = ?, failed_from = ?, new_subscription_id = ?, order_id = ?,"
            " cart_id = ?, suspended_at = ?, deprovision_date = ?, last_error = ?, updated_at = ?,"
            " target_sku = ? WHERE id = ?"),
        {journalStateToken(m.state),
         m.state == JournalState::Failed ? journalStateToken(m.failedFrom) : QString(), m.newSubscriptionId,
         m.orderId, m.cartId, timeValue(m.suspendedAt), rows::dateValue(m.deprovisionDate), m.lastError,
         now(), m.plan.targetSku, id},
        op);
    if (!write)
        return write.error();
    QString text = journalStateToken(from) % QStringLiteral(" -> ") % journalStateToken(to);
    if (!update.note.isEmpty())
        text += QStringLiteral(": ") % update.note;
    if (to == JournalState::Failed && update.lastError)
        text += QStringLiteral(" (") % *update.lastError % QLatin1Char(')');
    if (auto s = insertEvent(id, QStringLiteral("state"), text, op); !s)
        return s.error();
    auto record = readMigration(id, op);
    if (!record)
        return record;
    if (auto s = tx.commit(); !s)
        return s.error();
    changed(record->plan.customerId, id);
    return record;
}

Status Journal::insertEvent(qint64 migrationId, const QString &step, const QString &text,
                            const QString &operation)
{
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO events (migration_id, step, event, at) VALUES (?, ?, ?, ?)"),
                  {migrationId, step, text, now()}, operation);
    if (!q)
        return q.error();
    return {};
}

Status Journal::appendEvent(qint64 migrationId, const QString &step, const QString &text)
{
    const QString op = QStringLiteral("log an event of migration %1").arg(migrationId);
    SqliteTransaction tx(m_db);
    if (auto s = tx.begin(op); !s)
        return s;
    const auto m = readMigration(migrationId, op);
    if (!m)
        return m.error();
    if (auto s = insertEvent(migrationId, step, text, op); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    changed(m->plan.customerId, migrationId);
    return {};
}

Result<QList<JournalEvent>> Journal::events(qint64 migrationId)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, migration_id, step, event, at FROM events"
                                      " WHERE migration_id = ? ORDER BY id"),
                       {migrationId}, QStringLiteral("read the events of migration %1").arg(migrationId));
    if (!q)
        return q.error();
    QList<JournalEvent> out;
    while (q->next()) {
        JournalEvent e;
        e.id = q->value(0).toLongLong();
        e.migrationId = q->value(1).toLongLong();
        e.step = q->value(2).toString();
        e.text = q->value(3).toString();
        e.at = rows::toTime(q->value(4));
        out.append(e);
    }
    return out;
}

} // namespace om::journal
