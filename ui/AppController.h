#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/MigrationProgress.h"
#include "domain/OfferCatalogue.h"
#include "domain/ScanData.h"
#include "domain/UserMigrationRow.h"
#include "partnercenter/ClientConfig.h"
#include "sandbox/SandboxOptions.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace om::domain {
class AffectedSubscriptionModel;
class CustomerFilterProxyModel;
class CustomerTableModel;
class SubscriptionFilterProxyModel;
class UserTableModel;
} // namespace om::domain

namespace om::pc {
class AccessTokenProvider;
class PartnerCenterClient;
class PagedJob;
class ScanService;
} // namespace om::pc

namespace om::sandbox {
class SandboxHost;
}

namespace om::journal {
class Journal;
}

namespace om::gui {

class MigrationWizardController;

// How the controller reaches Partner Center.
struct ControllerConfig
{
    enum class Mode
    {
        Sandbox, // start an in-process SandboxHost on 127.0.0.1 and use a token it accepts
        Account, // the real API at client.baseUrl with `tokens`
    };
    Mode mode = Mode::Sandbox;
    bool sandboxBecauseNoAccount = false; // the status bar says why the sandbox runs
    pc::ClientConfig client;              // baseUrl is replaced by the sandbox's in Sandbox mode
    sandbox::SandboxOptions sandboxOptions;
    pc::AccessTokenProvider *tokens = nullptr; // Account mode, borrowed; null: a static `accessToken`
    QString accessToken; // Account mode without a provider (may be empty: scans fail Auth)
    QString accountText; // who is signed in, for the status bar
    QString
        environmentName; // Account mode: "Partner Center", "Sandbox account"... for the title and status bar
    QString scanCachePath; // empty: no cache
    // The Users tab reads each user's licences (one request per user, paced with scans and wizards): a tenant
    // with thousands of users would hold those up for minutes, so only this many are read.
    int maxLicenceReads = 200;
};

// The desktop app's orchestration, without widgets: sandbox host, Partner Center client, scans,
// the scan cache, users of one customer, and the CSV export. The main window is a view over the
// models exposed here and calls these methods; it never starts network work itself.
// Owns everything it creates (children or unique_ptr); the clock is borrowed and must outlive it.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    explicit AppController(const Clock &clock, QObject *parent = nullptr);
    ~AppController() override;

    // Builds the client (starting the sandbox first in Sandbox mode), then shows the cached scan.
    // Call once. A failure to start the sandbox is returned; a damaged cache is only a warning().
    Status start(ControllerConfig config);

    // Replaces the shown data with the cache's scan (nothing happens for a missing or empty cache).
    Status loadCache();

    void startScan();
    void cancelScan();
    bool isScanning() const;

    // Loads the users of one customer into users() (one paged request), then which licences each holds (one
    // read per user, paced by the client). A newer call cancels the older.
    void requestUsers(const QString &customerId);

    // The migration report for everything shown (all affected subscriptions), UTF-8 with BOM, via QSaveFile.
    Status exportReport(const QString &path);

    void setProgress(domain::MigrationProgressMap progress);

    // The journal the wizards write (borrowed, outlives the controller); null: no live updates. Every change
    // written through it re-reads the progress (coalesced, as followMigration()).
    void setJournal(journal::Journal *journal);
    // Re-reads the journal's progress and updates only the subscriptions (and so the customers) whose
    // progress changed; emits progressChanged() when any did.
    void refreshProgress();
    // Keeps the tables current while this wizard runs: each user moved or step finished re-reads the
    // journal (coalesced, at most a few times a second). The wizard is borrowed; destroying it stops this.
    void followMigration(MigrationWizardController *wizard);

    // Models for the views; owned by the controller (children).
    domain::CustomerTableModel *customers() const { return m_customers; }
    domain::CustomerFilterProxyModel *customerProxy() const { return m_customerProxy; }
    domain::AffectedSubscriptionModel *subscriptions() const { return m_subscriptions; }
    domain::SubscriptionFilterProxyModel *subscriptionProxy() const { return m_subscriptionProxy; }
    domain::UserTableModel *users() const { return m_users; }

    const domain::ScanSnapshot &snapshot() const { return m_snapshot; }
    const domain::MigrationProgressMap &progress() const { return m_progress; }
    const domain::OfferCatalogue &catalogue() const { return m_catalogue; }
    const Clock &clock() const { return m_clock; }

    bool isSandbox() const { return m_config.mode == ControllerConfig::Mode::Sandbox; }
    bool sandboxBecauseNoAccount() const { return m_config.sandboxBecauseNoAccount; }
    QString
    environmentText() const; // "Sandbox (http://127.0.0.1:port)" or "<environmentName> <API base URL>"
    // For the window title: "Sandbox" or "<environmentName>: <account>", so it always says which is in use.
    QString environmentTitle() const;
    QString accountText() const;
    QDateTime lastScanAt() const { return m_snapshot.scannedAt; } // UTC; invalid before any scan
    sandbox::SandboxHost *sandboxHost() const { return m_host.get(); }
    pc::PartnerCenterClient *client() const { return m_client; } // null before start(); for the wizard
    QString usersCustomerId() const { return m_usersCustomerId; }

signals:
    void snapshotChanged(); // models hold a new scan (from the cache or a finished scan)
    void progressChanged(); // the journal's progress of some subscriptions changed (models updated)
    void scanStarted();
    void scanProgress(int done, int total);
    void scanFinished(bool ok, const QString &message); // message: what went wrong, or a summary
    void usersLoaded(const QString &customerId, bool ok, const QString &message);
    void warning(const QString &message); // something to tell without blocking (cache not saved...)

private:
    void applySnapshot(domain::ScanSnapshot snapshot);
    void onScanFinished(const Result<domain::ScanSnapshot> &result);
    void onCustomerScanned(const domain::CustomerRecord &customer);
    void flushLive();
    void requestLicences(const QString &customerId, const QList<domain::UserMigrationRow> &users);
    void cancelLicenceJobs();

    const Clock &m_clock;
    ControllerConfig m_config;
    domain::OfferCatalogue m_catalogue;
    domain::ScanSnapshot m_snapshot;
    domain::MigrationProgressMap m_progress;
    journal::Journal *m_journal = nullptr; // borrowed
    QTimer *m_progressTimer = nullptr;     // child: coalesces refreshProgress() while a wizard runs

    // While a scan runs: the last complete scan with the customers read so far replacing or joining it.
    // The first customer shows at once, the next ones in batches a few times a second (flushLive()): the
    // customer table takes each batch, the subscription table this copy.
    domain::ScanSnapshot m_live;
    QHash<QString, int> m_liveIndex;                  // customer id -> index in m_live.customers
    QList<domain::CustomerRecord> m_pendingCustomers; // read, not shown yet (the next batch)
    QTimer *m_liveTimer = nullptr;                    // child: paces the batches
    bool m_streamed = false;                          // the models show customers of an unfinished scan

    std::unique_ptr<sandbox::SandboxHost> m_host;         // Sandbox mode only
    std::unique_ptr<pc::AccessTokenProvider> m_ownTokens; // when the config gave none
    QNetworkAccessManager *m_network = nullptr;           // child
    pc::PartnerCenterClient *m_client = nullptr;          // child
    pc::ScanService *m_scan = nullptr;                    // child
    bool m_scanning = false;
    QPointer<pc::PagedJob> m_usersJob;           // owned by the client
    QList<QPointer<pc::PagedJob>> m_licenceJobs; // owned by the client
    QString m_usersCustomerId;

    domain::CustomerTableModel *m_customers;                   // child
    domain::CustomerFilterProxyModel *m_customerProxy;         // child
    domain::AffectedSubscriptionModel *m_subscriptions;        // child
    domain::SubscriptionFilterProxyModel *m_subscriptionProxy; // child
    domain::UserTableModel *m_users;                           // child
};

} // namespace om::gui
