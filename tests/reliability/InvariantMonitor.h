#pragma once

// Watches one customer's migrations from the SANDBOX's side and checks the reliability invariants on
// every request that arrives and after every request served, and on demand.
// Over EVERY subscription, order and journal migration of the customer (issue 15;
// InvariantMonitorCustomer.cpp):
//   - at most one replacement per retired subscription: each order and subscription made since the monitor
//     started must be named by the migration of one retired subscription (its order or new subscription
//     id), one per retired subscription; one not named yet (its answer was lost) must be explained by a
//     DISTINCT retired subscription whose migration targets that product:sku (or legacy offer), recorded a
//     purchase write and names nothing yet; at the end every one is named by a migration;
//   - no user loses a licence they held at the start unless they hold a replacement that a journal
//     migration of that licence targets (nobody ever holds neither the old nor the new licence);
//   - a subscription is suspended only by its own migration after "verified" (or by its upgrade, which
//     suspends the source in Partner Center), and never while more users hold its licence than the seats
//     left; a base is never suspended (suspending its add-ons with it) while one of them still has users
//     or an unfinished migration; a purchase is deleted only by a journalled cancel;
//   - write-ahead: every mutating /v1 request arrives with an MS-RequestId the journal recorded as a
//     pending write of one of the customer's migrations; a PATCH of a retired subscription arrives only
//     while its migration is suspending after "verified";
//   - every migration's new subscription is of its target product, its moved users hold its licence, and
//     its state agrees with whether the old subscription is suspended.
// For the one planned subscription of `Target` (issue 7; skipped when oldSubscriptionId is empty):
//   - at most one new subscription of the target offer (the one planned purchase);
//   - every planned user holds exactly one of the old and the new SKU, the new one at the end;
//     users listed as problem users must still hold the old one;
//   - the old subscription is suspended only after the journal recorded "verified", and never while
//     anyone holds the old licence;
//   - journal and sandbox agree (checkJournalMatchesSandbox, after each run).
// For every migration of the customer: at the end no write is left pending and none was answered twice
// (checkFinal); with expectDone, every migration not cancelled ended suspended and every order and new
// subscription is named by a migration.
// Violations are collected as text; the tests fail on any. The journal is borrowed through a function
// (the engine's own in-process journal, or a read-only view of a child process's file) because a
// killed child's journal can only be read from the file. The host must outlive the monitor.

#include "journal/Journal.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <initializer_list>
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
        QString oldSubscriptionId; // empty: customer-wide checks only
        QString oldSku;
        QStringList plannedUsers; // hold the old SKU at the start and are expected to move
        QStringList problemUsers; // hold the old SKU and must keep it (the plan cannot move them)
    };
    // One order, or one subscription no new order lists (an upgrade's), made since the monitor started.
    struct Purchase
    {
        QString orderId;
        QStringList subscriptionIds; // lower-case
        QString key;                 // upper-case product:sku, or the legacy offer id
        int seats = 0;
        QString describe() const;
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
    int boughtCount() const;              // subscriptions of the target offer that did not exist at the start
    QList<Purchase> newPurchases() const; // every order and subscription made since the start
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
    // Customer-wide (InvariantMonitorCustomer.cpp). The journal as read once per look.
    struct JournalView
    {
        QList<journal::MigrationRecord> migrations; // every migration of the customer, cancelled ones too
        QList<journal::WriteRequest> writes;        // of all of them
        bool hasWrite(qint64 migrationId, std::initializer_list<journal::WriteKind> kinds) const;
    };
    JournalView readJournal();
    void checkCustomer(const QString &when);
    void checkPurchases(const JournalView &view, const QString &when, bool atEnd);
    void checkLicences(const JournalView &view, const QString &when);
    void checkSuspensions(const JournalView &view, const QString &when);
    void checkMigrationsMatchSandbox(const QString &when);
    void checkCustomerFinal(bool expectDone);

    sandbox::SandboxHost &m_host; // not owned
    Target m_target;
    JournalAccess m_journal;
    QString m_targetOfferId;
    QString m_targetSku;
    QSet<QString> m_initialSubscriptions;                     // lower-case ids at construction
    QSet<QString> m_initialOrders;                            // lower-case ids at construction
    QHash<QString, QStringList> m_initialLicences;            // lower-case user id -> SKUs
    QHash<QString, sandbox::SubscriptionStatus> m_lastStatus; // lower-case id -> at the last look
    int m_observations = 0;
    bool m_allowPending = false;
    QStringList m_violations;
    QSet<QString> m_reported; // one line per distinct violation text
};

} // namespace om::test
