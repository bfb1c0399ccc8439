#pragma once

// Test-only raw access to a SQLite file, to build old-format files and to hold locks the way another
// process would. Production code never runs SQL outside the journal.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <gtest/gtest.h>

namespace om::journal::test {

class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawSqlite()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawSqlite)

    bool isOpen() const { return m_open; }

    // Runs one statement; returns the error text (empty on success).
    QString exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return q.lastError().text().isEmpty() ? QStringLiteral("failed") : q.lastError().text();
        return {};
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    // Back to what schema `version` (4, 5 or 6) wrote in write_requests: the id columns later versions added
    // are dropped and user_version set. Returns the first error text (empty on success).
    QString downgradeWriteRequests(int version)
    {
        struct Added
        {
            int version;
            const char *column;
        };
        static const Added added[] = {
            {7, "answer_subscription_id"}, {6, "order_id"}, {5, "subscription_id"}, {5, "cart_id"}};
        for (const Added &a : added) {
            if (a.version <= version)
                continue;
            if (const QString e = exec(
                    QStringLiteral("ALTER TABLE write_requests DROP COLUMN %1").arg(QLatin1String(a.column)));
                !e.isEmpty())
                return e;
        }
        return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace om::journal::test
