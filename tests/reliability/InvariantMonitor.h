#pragma once

// Watches one customer's migration from the SANDBOX's side and checks the reliability invariants
// (issue 7) on every request that arrives and after every request served, and on demand:
//   - at most one new subscription of the target offer (the one planned purchase);
//   - every planned user holds exactly one of the old and the new SKU, the new one at the end;
//     users listed as problem users must still hold the old one;
//   - the old subscription is suspended only after the journal recorded "verified", and never while
//     anyone holds the old licence;
//   - write-ahead: every mutating /v1 request arrives with an MS-RequestId the journal recorded as a
//     pending write before; the suspend PATCH arrives only after "verified";
//   - journal and sandbox agree (checkJournalMatchesSandbox, after each run) and, at the end, no
//     write is left pending and none was sent twice without a recorded reason (checkFinal).
// Violations are collected as text; the tests fail on any. The journal is borrowed through a function
// (the engine's own in-process journal, or a read-only view of a child process's file) because a
// killed child's journal can only be read from the file. The host must outlive the monitor.

#include "journal/Journal.h"
#include "sandbox/SandboxHost.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace om::test {

class InvariantMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvariantMonitor)

public:
    struct Target
    {
        QString customerId;
        QString oldSubscriptionId;
        QString oldSku;
        QStringList plannedUsers; // hold the old SKU at the start and are expected to move
        QStringList problemUsers; // hold the old SKU and must keep it (the plan cannot move them)
    };
    // Returns the journal to read, or null when there is none yet.
    using JournalAccess = std::function<journal::Journal *()>;

    InvariantMonitor(sandbox::SandboxHost &host, Target target, JournalAccess journal,
                     QObject *parent = nullptr);

    // After each engine run / process: journal and sandbox tell the same story.
    void checkJournalMatchesSandbox(const QString &when);
    // After the migration is complete.
    void checkFinal(bool expectDone);

    const QStringList &violations() const { return m_violations; }
    int observations() const { return m_observations; }
    int boughtCount() const; // subscriptions of the target offer that did not exist at the start
    // The migration as the journal has it (empty optional before it exists).
    std::optional<journal::MigrationRecord> migration();

    // The problem was fixed (e.g. a usage location set): the user is now expected to move.
    void promoteProblemUser(const QString &userId)
    {
        m_target.problemUsers.removeAll(userId);
        m_target.plannedUsers.append(userId);
    }

    // Set while a kill mid-write is expected to leave a pending write behind.
    void allowPendingWrites(bool allow) { m_allowPending = allow; }

private:
    void onArrived(const sandbox::SandboxRequest &request);
    void onServed(const QByteArray &method, const QString &path, int status, const QByteArray &fault);
    void checkState(const QString &when);
    void violation(const QString &text);
    bool learnTarget();
    bool journalSaysVerified(qint64 migrationId);

    sandbox::SandboxHost &m_host; // not owned
    Target m_target;
    JournalAccess m_journal;
    QString m_targetOfferId;
    QString m_targetSku;
    QSet<QString> m_initialSubscriptions; // lower-case ids at construction
    int m_observations = 0;
    bool m_allowPending = false;
    QStringList m_violations;
    QSet<QString> m_reported; // one line per distinct violation text
};

} // namespace om::test
