#include "journal/JournalSchema.h"

#include "journal/JournalLog.h"
#include "journal/SqliteConnection.h"

#include <QStringList>

namespace om::journal::JournalSchema {

namespace {

// Version 1 exactly as the first release wrote it. Never edit: add a new step instead.
QStringList createV1()
{
    return {
        QStringLiteral("CREATE TABLE migrations ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " customer_id TEXT NOT NULL,"
                       " customer_name TEXT NOT NULL DEFAULT '',"
                       " old_subscription_id TEXT NOT NULL,"
                       " old_offer_id TEXT NOT NULL DEFAULT '',"
                       " old_offer_name TEXT NOT NULL DEFAULT '',"
                       " target_offer_id TEXT NOT NULL DEFAULT '',"
                       " target_offer_name TEXT NOT NULL DEFAULT '',"
                       " planned_quantity INTEGER NOT NULL DEFAULT 0,"
                       " path TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " new_subscription_id TEXT NOT NULL DEFAULT '',"
                       " order_id TEXT NOT NULL DEFAULT '',"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE events ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " migration_id INTEGER NOT NULL REFERENCES migrations(id),"
                       " step TEXT NOT NULL,"
                       " event TEXT NOT NULL,"
                       " at TEXT NOT NULL)"),
        QStringLiteral("PRAGMA user_version = 1"),
    };
}

QStringList upgradeV1ToV2()
{
    return {
        QStringLiteral("ALTER TABLE migrations ADD COLUMN old_sku TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE migrations ADD COLUMN target_sku TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE migrations ADD COLUMN cart_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE migrations ADD COLUMN operator TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE migrations ADD COLUMN failed_from TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE migrations ADD COLUMN suspended_at TEXT"),
        QStringLiteral("ALTER TABLE migrations ADD COLUMN deprovision_date TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX migrations_one_active"
                       " ON migrations(customer_id, old_subscription_id) WHERE state <> 'cancelled'"),
        QStringLiteral("CREATE INDEX events_by_migration ON events(migration_id, id)"),
        QStringLiteral("CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
                       " BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"),
        QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events"
                       " BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"),
        QStringLiteral("CREATE TABLE write_requests ("
                       " request_id TEXT PRIMARY KEY,"
                       " migration_id INTEGER NOT NULL REFERENCES migrations(id),"
                       " kind TEXT NOT NULL,"
                       " request_key TEXT NOT NULL DEFAULT '',"
                       " method TEXT NOT NULL,"
                       " path TEXT NOT NULL,"
                       " body_sha256 TEXT NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN ('pending', 'answered', 'failed')),"
                       " http_status INTEGER NOT NULL DEFAULT 0,"
                       " response_body BLOB,"
                       " created_at TEXT NOT NULL,"
                       " answered_at TEXT)"),
        QStringLiteral("CREATE UNIQUE INDEX write_requests_one_pending"
                       " ON write_requests(migration_id, kind, request_key) WHERE status = 'pending'"),
        QStringLiteral("CREATE INDEX write_requests_by_migration ON write_requests(migration_id)"),
        QStringLiteral("CREATE TABLE user_moves ("
                       " migration_id INTEGER NOT NULL REFERENCES migrations(id),"
                       " user_id TEXT NOT NULL,"
                       " upn TEXT NOT NULL DEFAULT '',"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL CHECK (state IN ('pending', 'moved', 'failed', 'skipped')),"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " request_id TEXT NOT NULL DEFAULT '',"
                       " updated_at TEXT NOT NULL,"
                       " PRIMARY KEY (migration_id, user_id))"),
        QStringLiteral("PRAGMA user_version = 2"),
    };
}

// Version 3: the new-commerce term and billing cycle of the item bought (target_offer_id then holds the
// productId:skuId:availabilityId catalog item id).
QStringList upgradeV2ToV3()
{
    return {
        QStringLiteral("ALTER TABLE migrations ADD COLUMN target_term TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE migrations ADD COLUMN target_billing TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("PRAGMA user_version = 3"),
    };
}

// Version 4: one runner per customer. A lease says who runs a customer's migration now (user, pid, host),
// since when, and when it last said it was alive.
QStringList upgradeV3ToV4()
{
    return {
        QStringLiteral("CREATE TABLE leases ("
                       " customer_id TEXT PRIMARY KEY,"
                       " owner TEXT NOT NULL,"
                       " pid INTEGER NOT NULL,"
                       " host TEXT NOT NULL,"
                       " since TEXT NOT NULL,"
                       " heartbeat TEXT NOT NULL)"),
        QStringLiteral("PRAGMA user_version = 4"),
    };
}

// Version 5: the ids a write is about as columns (the client's pc::WriteIds), so nothing reads them back
// out of a path. Writes recorded before get them from their path here, once.
QStringList upgradeV4ToV5()
{
    return {
        QStringLiteral("ALTER TABLE write_requests ADD COLUMN subscription_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE write_requests ADD COLUMN cart_id TEXT NOT NULL DEFAULT ''"),
        // .../carts/{cart}/checkout: '/carts/' is 7 characters, '/checkout' 9.
        QStringLiteral("UPDATE write_requests SET cart_id = substr(path, instr(path, '/carts/') + 7,"
                       " length(path) - instr(path, '/carts/') - 15)"
                       " WHERE kind = 'checkout' AND instr(path, '/carts/') > 0 AND path LIKE '%/checkout'"),
        // .../subscriptions/{subscription}: '/subscriptions/' is 15 characters.
        QStringLiteral(
            "UPDATE write_requests SET subscription_id = substr(path, instr(path, '/subscriptions/') + 15)"
            " WHERE kind IN ('suspend_patch', 'cancel_purchase') AND instr(path, '/subscriptions/') > 0"),
        // .../subscriptions/{subscription}/upgrades: '/upgrades' is 9 characters.
        QStringLiteral(
            "UPDATE write_requests SET subscription_id = substr(path, instr(path, '/subscriptions/') + 15,"
            " length(path) - instr(path, '/subscriptions/') - 23)"
            " WHERE kind = 'upgrade' AND instr(path, '/subscriptions/') > 0 AND path LIKE '%/upgrades'"),
        QStringLiteral("PRAGMA user_version = 5"),
    };
}

// Version 6: the order a checkout's answer placed as a column (journal::WriteAnswerIds), so nothing reads
// it back out of the stored answer. Answered checkouts recorded before get it from that answer here, once:
// version 5 stored {"orderId": ..., "subscriptionId": ..., "orderErrors": [...]} as compact JSON. The body
// is a BLOB, which JSON functions refuse: read as text. Anything else (no JSON, no text orderId) stays ''.
QStringList upgradeV5ToV6()
{
    return {
        QStringLiteral("ALTER TABLE write_requests ADD COLUMN order_id TEXT NOT NULL DEFAULT ''"),
        // Nested CASEs: SQLite may evaluate the terms of an AND in any order, and json_type() raises an
        // error on text that is not JSON; a CASE runs its THEN only when its WHEN held.
        QStringLiteral("UPDATE write_requests SET order_id ="
                       " CASE WHEN json_valid(CAST(response_body AS TEXT)) THEN"
                       "  CASE WHEN json_type(CAST(response_body AS TEXT), '$.orderId') = 'text'"
                       "   THEN json_extract(CAST(response_body AS TEXT), '$.orderId') ELSE '' END"
                       " ELSE '' END"
                       " WHERE kind = 'checkout' AND status = 'answered' AND response_body IS NOT NULL"),
        QStringLiteral("PRAGMA user_version = 6"),
    };
}

// Version 7: the subscription an answer made, as a column (journal::WriteAnswerIds::answerSubscriptionId),
// so nothing reads it back out of the stored answer either. One column serves both kinds that make one,
// read with the write's kind: a checkout's new subscription (the order's line) and an upgrade's target
// subscription. One column rather than one per kind: a write is of exactly one kind and its answer makes at
// most one subscription, and write_requests.subscription_id (v5) already means "the subscription the
// request is about" (an upgrade's source), so this one is named for the answer. Answered writes recorded
// before get it from their stored answer here, once: version 6 stored a checkout's {"subscriptionId": ...}
// and an upgrade's {"targetSubscriptionId": ...} (also when a re-read settled a pending upgrade) as compact
// JSON. Anything else (no JSON, no text id) stays ''.
QStringList upgradeV6ToV7()
{
    // As in version 6: nested CASEs, so json_type() never sees text that is not JSON.
    const auto fill = [](const char *kind, const char *jsonPath) {
        return QStringLiteral("UPDATE write_requests SET answer_subscription_id ="
                              " CASE WHEN json_valid(CAST(response_body AS TEXT)) THEN"
                              "  CASE WHEN json_type(CAST(response_body AS TEXT), '%2') = 'text'"
                              "   THEN json_extract(CAST(response_body AS TEXT), '%2') ELSE '' END"
                              " ELSE '' END"
                              " WHERE kind = '%1' AND status = 'answered' AND response_body IS NOT NULL")
            .arg(QLatin1String(kind), QLatin1String(jsonPath));
    };
    return {
        QStringLiteral(
            "ALTER TABLE write_requests ADD COLUMN answer_subscription_id TEXT NOT NULL DEFAULT ''"),
        fill("checkout", "$.subscriptionId"),
        fill("upgrade", "$.targetSubscriptionId"),
        QStringLiteral("PRAGMA user_version = 7"),
    };
}

// Runs one step if the file is still at fromVersion once the write lock is held (another process
// may have upgraded it meanwhile).
Status runStep(SqliteConnection &connection, int fromVersion, const QStringList &statements,
               const QString &operation)
{
    SqliteTransaction tx(connection);
    if (auto s = tx.begin(operation); !s)
        return s;
    auto version = connection.scalar(QStringLiteral("PRAGMA user_version"), {}, operation);
    if (!version)
        return version.error();
    if (version->toInt() != fromVersion)
        return tx.commit();
    for (const QString &sql : statements) {
        if (auto q = connection.exec(sql, {}, operation); !q)
            return q.error();
    }
    return tx.commit();
}

} // namespace

Status ensureCurrent(SqliteConnection &connection)
{
    const QString readOp = QStringLiteral("read the schema version");
    auto version = connection.scalar(QStringLiteral("PRAGMA user_version"), {}, readOp);
    if (!version)
        return version.error();
    int v = version->toInt();
    if (v > currentVersion)
        return connection.storageError(
            readOp, QStringLiteral("the file was written by a newer Offer Migrator (schema "
                                   "version %1, this one knows up to %2); update the app")
                        .arg(v)
                        .arg(currentVersion));
    if (v == 0) {
        // Version 0 is a new, empty file; one with tables belongs to something else: leave it alone.
        auto tables = connection.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, readOp);
        if (!tables)
            return tables.error();
        if (tables->toInt() != 0)
            return connection.storageError(readOp, QStringLiteral("the file is another program's database"),
                                           SqliteConnection::damagedCode);
        if (auto s = runStep(connection, 0, createV1(), QStringLiteral("create the tables")); !s)
            return s;
        v = 1;
    }
    if (v == 1) {
        qCInfo(lcJournal) << "upgrading" << connection.path() << "from schema version 1 to 2";
        if (auto s =
                runStep(connection, 1, upgradeV1ToV2(), QStringLiteral("upgrade the schema to version 2"));
            !s)
            return s;
        v = 2;
    }
    if (v == 2) {
        qCInfo(lcJournal) << "upgrading" << connection.path() << "from schema version 2 to 3";
        if (auto s =
                runStep(connection, 2, upgradeV2ToV3(), QStringLiteral("upgrade the schema to version 3"));
            !s)
            return s;
        v = 3;
    }
    if (v == 3) {
        qCInfo(lcJournal) << "upgrading" << connection.path() << "from schema version 3 to 4";
        if (auto s =
                runStep(connection, 3, upgradeV3ToV4(), QStringLiteral("upgrade the schema to version 4"));
            !s)
            return s;
        v = 4;
    }
    if (v == 4) {
        qCInfo(lcJournal) << "upgrading" << connection.path() << "from schema version 4 to 5";
        if (auto s =
                runStep(connection, 4, upgradeV4ToV5(), QStringLiteral("upgrade the schema to version 5"));
            !s)
            return s;
        v = 5;
    }
    if (v == 5) {
        qCInfo(lcJournal) << "upgrading" << connection.path() << "from schema version 5 to 6";
        if (auto s =
                runStep(connection, 5, upgradeV5ToV6(), QStringLiteral("upgrade the schema to version 6"));
            !s)
            return s;
        v = 6;
    }
    if (v == 6) {
        qCInfo(lcJournal) << "upgrading" << connection.path() << "from schema version 6 to 7";
        if (auto s =
                runStep(connection, 6, upgradeV6ToV7(), QStringLiteral("upgrade the schema to version 7"));
            !s)
            return s;
        // at currentVersion now: the next upgrade sets v = 7 here again, for its own step to test
    }
    return {};
}

} // namespace om::journal::JournalSchema
