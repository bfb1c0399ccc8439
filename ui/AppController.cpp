#include "ui/AppController.h"

#include "domain/AffectedSubscriptionModel.h"
#include "domain/CsvReportWriter.h"
#include "domain/CustomerFilterProxyModel.h"
#include "domain/CustomerTableModel.h"
#include "domain/SubscriptionFilterProxyModel.h"
#include "domain/UserTableModel.h"
#include "journal/Journal.h"
#include "journal/ScanCache.h"
#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/PartnerCenterClient.h"
#include "partnercenter/ScanService.h"
#include "sandbox/SandboxHost.h"
#include "secrets/SignInErrors.h"
#include "ui/GuiLog.h"
#include "ui/MigrationWizardController.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <QUuid>

namespace om::gui {

namespace {

bool sameProgress(const domain::MigrationProgress &a, const domain::MigrationProgress &b)
{
    return a.state == b.state && a.usersTotal == b.usersTotal && a.usersMoved == b.usersMoved &&
           a.lastError == b.lastError && a.newSubscriptionId == b.newSubscriptionId &&
           a.replacementOfferId == b.replacementOfferId && a.replacementOfferName == b.replacementOfferName &&
           a.suspendedAt == b.suspendedAt && a.deprovisionDate == b.deprovisionDate;
}

constexpr int kProgressRefreshMs = 200; // a wizard moving 300 users re-reads the journal 5 times a second
constexpr int kLiveBatchMs = 300;       // customers read by a scan show in batches, 3 a second

} // namespace

AppController::AppController(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_customers(nullptr)
    , m_customerProxy(nullptr)
    , m_subscriptions(nullptr)
    , m_subscriptionProxy(nullptr)
    , m_users(nullptr)
{
    Result<domain::OfferCatalogue> catalogue = domain::OfferCatalogue::loadBuiltIn();
    if (catalogue.ok())
        m_catalogue = catalogue.take();
    else // cannot happen with the compiled-in resource; an empty catalogue matches nothing
        qCWarning(lcGui) << "built-in catalogue:" << catalogue.error().toString();

    // The models borrow m_catalogue and m_clock, both of which outlive them (members / borrowed).
    m_customers = new domain::CustomerTableModel(m_catalogue, m_clock, this);
    m_customerProxy = new domain::CustomerFilterProxyModel(this);
    m_customerProxy->setSourceModel(m_customers);
    m_subscriptions = new domain::AffectedSubscriptionModel(m_catalogue, m_clock, this);
    m_subscriptionProxy = new domain::SubscriptionFilterProxyModel(this);
    m_subscriptionProxy->setSourceModel(m_subscriptions);
    m_users = new domain::UserTableModel(this);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(kProgressRefreshMs);
    connect(m_progressTimer, &QTimer::timeout, this, &AppController::refreshProgress);
    m_liveTimer = new QTimer(this);
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(kLiveBatchMs);
    connect(m_liveTimer, &QTimer::timeout, this, &AppController::flushLive);
}

AppController::~AppController()
{
    // Jobs and the client go before the sandbox server they talk to (m_host, a member, dies after
    // this body); the models go before the catalogue they borrow.
    delete m_scan;
    delete m_client;
    delete m_network;
    delete m_subscriptionProxy;
    delete m_customerProxy;
    delete m_subscriptions;
    delete m_customers;
    delete m_users;
}

Status AppController::start(ControllerConfig config)
{
    m_config = std::move(config);
    pc::ClientConfig clientConfig = m_config.client;
    pc::AccessTokenProvider *tokens = m_config.tokens;
    pc::ScanOptions scanOptions;
    scanOptions.maxConcurrentCustomers = clientConfig.maxConcurrentRequests;

    if (m_config.mode == ControllerConfig::Mode::Sandbox) {
        // A long-lived token the sandbox always accepts, so a session never has to sign in again.
        sandbox::SandboxOptions options = m_config.sandboxOptions;
        if (options.fixedAccessToken.isEmpty())
            options.fixedAccessToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_host = std::make_unique<sandbox::SandboxHost>(options);
        if (Status started = m_host->start(); !started.ok()) {
            m_host.reset();
            return started;
        }
        clientConfig.baseUrl = m_host->baseUrl();
        m_ownTokens = std::make_unique<pc::StaticTokenProvider>(options.fixedAccessToken);
        tokens = m_ownTokens.get();
        scanOptions.environment = QStringLiteral("sandbox");
        qCInfo(lcGui) << "sandbox listening on" << m_host->baseUrl().toString();
    } else if (!tokens) {
        m_ownTokens = std::make_unique<pc::StaticTokenProvider>(m_config.accessToken);
        tokens = m_ownTokens.get();
    }

    m_network = new QNetworkAccessManager(this);
    m_client = new pc::PartnerCenterClient(m_network, tokens, m_clock, clientConfig, this);
    m_scan = new pc::ScanService(m_client, m_clock, scanOptions, this);
    connect(m_scan, &pc::ScanService::progress, this, &AppController::scanProgress);
    connect(m_scan, &pc::ScanService::finished, this, &AppController::onScanFinished);
    connect(m_scan, &pc::ScanService::customerScanned, this, &AppController::onCustomerScanned);

    if (Status loaded = loadCache(); !loaded.ok())
        emit warning(
            tr("The last scan could not be read: %1 Scan again to refresh it.").arg(loaded.error().message));
    return {};
}

Status AppController::loadCache()
{
    if (m_config.scanCachePath.isEmpty())
        return {};
    Result<domain::ScanSnapshot> loaded = journal::ScanCache(m_config.scanCachePath).load();
    if (!loaded.ok())
        return loaded.error();
    if (loaded->scannedAt.isValid() || !loaded->customers.isEmpty())
        applySnapshot(loaded.take());
    return {};
}

void AppController::startScan()
{
    if (!m_scan || m_scanning)
        return;
    m_scanning = true; // before the signal, so views see the scan as running
    m_live = m_snapshot;
    m_liveIndex.clear();
    for (int i = 0; i < m_live.customers.size(); ++i)
        m_liveIndex.insert(m_live.customers.at(i).id, i);
    m_streamed = false;
    emit scanStarted();
    m_scan->start(); // may finish at once (e.g. no token): onScanFinished clears the flag
}

void AppController::cancelScan()
{
    if (m_scanning)
        m_scan->cancel();
}

bool AppController::isScanning() const
{
    return m_scanning;
}

// The first customer shows at once; the ones after it are shown together a few times a second (each batch
// is one insert for the views, and the subscription table is rebuilt once per batch).
void AppController::onCustomerScanned(const domain::CustomerRecord &customer)
{
    if (!m_scanning)
        return;
    const auto it = m_liveIndex.constFind(customer.id);
    if (it != m_liveIndex.constEnd()) {
        m_live.customers[it.value()] = customer;
    } else {
        m_liveIndex.insert(customer.id, int(m_live.customers.size()));
        m_live.customers.append(customer);
    }
    m_pendingCustomers.append(customer);
    if (!m_liveTimer->isActive())
        flushLive();
}

void AppController::flushLive()
{
    if (!m_scanning || m_pendingCustomers.isEmpty())
        return;
    m_streamed = true;
    m_liveTimer->start(); // what arrives meanwhile waits for the next batch
    m_customers->upsertCustomers(std::exchange(m_pendingCustomers, {}));
    if (m_scanning) // a view may have cancelled the scan on seeing the rows: the last complete scan is back
        m_subscriptions->setSnapshot(m_live, m_progress);
}

void AppController::onScanFinished(const Result<domain::ScanSnapshot> &result)
{
    m_scanning = false;
    m_liveTimer->stop();
    m_live = {};
    m_liveIndex.clear();
    m_pendingCustomers.clear();
    if (!result.ok()) {
        // The tables go back to the last complete scan, the one the report and the cache hold.
        if (std::exchange(m_streamed, false))
            applySnapshot(m_snapshot);
        const Error &error = result.error();
        qCWarning(lcGui) << "scan failed:" << error.toString();
        // A 401/403 from Partner Center says what to fix (MFA, the Admin agent role) instead of the code.
        const QString advice = secrets::signin::partnerCenterAdvice(error);
        emit scanFinished(false, error.kind == Error::Kind::Cancelled ? tr("Scan cancelled.")
                                 : advice.isEmpty()                   ? error.toString()
                                                                      : advice);
        return;
    }
    m_streamed = false;
    applySnapshot(result.value());
    if (!m_config.scanCachePath.isEmpty()) {
        if (Status saved = journal::ScanCache(m_config.scanCachePath).save(m_snapshot); !saved.ok())
            emit warning(tr("The scan could not be kept for the next start: %1").arg(saved.error().message));
    }
    emit scanFinished(true, tr("Scanned %n customer(s).", nullptr, int(m_snapshot.customers.size())));
}

void AppController::applySnapshot(domain::ScanSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    // Snapshot and progress in one pass per model (QList sharing: the models' copies cost no copy), the
    // subscriptions matched against the catalogue once for both.
    const domain::AffectedIndex affected(m_snapshot, m_catalogue);
    m_customers->setSnapshot(m_snapshot, m_progress, affected);
    m_subscriptions->setSnapshot(m_snapshot, m_progress, affected);
    emit snapshotChanged();
}

void AppController::setProgress(domain::MigrationProgressMap progress)
{
    m_progress = std::move(progress);
    m_customers->setProgress(m_progress);
    m_subscriptions->setProgress(m_progress);
    emit progressChanged();
}

void AppController::setJournal(journal::Journal *journal)
{
    if (m_journal)
        disconnect(&m_journal->changes(), nullptr, this, nullptr);
    m_journal = journal;
    if (!m_journal)
        return;
    // Any change written through this journal (a wizard, the usage-location fix, a cancel) re-reads the
    // progress, coalesced like followMigration().
    connect(&m_journal->changes(), &journal::JournalNotifier::migrationChanged, this, [this] {
        if (!m_progressTimer->isActive())
            m_progressTimer->start();
    });
}

void AppController::refreshProgress()
{
    m_progressTimer->stop();
    if (!m_journal)
        return;
    Result<domain::MigrationProgressMap> read = m_journal->progressBySubscription();
    if (!read.ok()) {
        qCWarning(lcGui) << "live progress:" << read.error().toString();
        return;
    }
    const domain::MigrationProgressMap fresh = read.take();
    bool changed = false;
    for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it) {
        const auto old = m_progress.constFind(it.key());
        if (old != m_progress.constEnd() && sameProgress(old.value(), it.value()))
            continue;
        m_progress.insert(it.key(), it.value());
        m_customers->updateProgress(it.key(), it.value());
        m_subscriptions->updateProgress(it.key(), it.value());
        changed = true;
    }
    if (changed)
        emit progressChanged();
}

void AppController::followMigration(MigrationWizardController *wizard)
{
    if (!wizard)
        return;
    const auto later = [this] {
        if (!m_progressTimer->isActive())
            m_progressTimer->start();
    };
    connect(wizard, &MigrationWizardController::progress, this, later);
    connect(wizard, &MigrationWizardController::stateChanged, this, later);
    connect(wizard, &MigrationWizardController::busyChanged, this, later);
}

void AppController::requestUsers(const QString &customerId)
{
    if (m_usersJob)
        m_usersJob->cancel();
    cancelLicenceJobs();
    m_usersCustomerId = customerId;
    m_users->clear();
    if (!m_client || customerId.isEmpty())
        return;
    m_usersJob = m_client->listUsers(
        customerId, 0, this, [this, customerId](const pc::Reply<QList<pc::CustomerUser>> &reply) {
            if (customerId != m_usersCustomerId)
                return; // a newer request replaced this one
            if (!reply.result.ok()) {
                const Error &error = reply.result.error();
                if (error.kind != Error::Kind::Cancelled)
                    emit usersLoaded(customerId, false, error.toString());
                return;
            }
            QList<domain::UserMigrationRow> rows;
            rows.reserve(reply.result.value().size());
            for (const pc::CustomerUser &user : reply.result.value()) {
                domain::UserMigrationRow row;
                row.userId = user.id;
                row.displayName = user.displayName;
                row.userPrincipalName = user.userPrincipalName;
                row.usageLocation = user.usageLocation;
                rows.append(row);
            }
            m_users->setUsers(rows);
            const int count = int(rows.size());
            const int reads = std::max(0, m_config.maxLicenceReads);
            emit usersLoaded(
                customerId, true,
                count <= reads
                    ? tr("%n user(s)", nullptr, count)
                    : tr("%n user(s); licences are shown for the first %1.", nullptr, count).arg(reads));
            requestLicences(customerId, rows.mid(0, reads));
        });
}

// Which licences each user holds: one read per user (Partner Center has no per-customer list), paced by
// the client's scheduler like every request. A newer requestUsers() cancels the ones still running.
void AppController::requestLicences(const QString &customerId, const QList<domain::UserMigrationRow> &users)
{
    for (const domain::UserMigrationRow &user : users) {
        const QString userId = user.userId;
        m_licenceJobs.append(m_client->listUserLicenses(
            customerId, userId, this, [this, customerId, userId](const pc::Reply<QList<pc::License>> &reply) {
                if (customerId != m_usersCustomerId || !reply.result.ok()) {
                    if (!reply.result.ok() && reply.result.error().kind != Error::Kind::Cancelled)
                        qCWarning(lcGui) << "licences of" << userId << reply.result.error().toString();
                    return;
                }
                QStringList names;
                for (const pc::License &licence : reply.result.value()) {
                    const pc::ProductSku &sku = licence.productSku;
                    names.append(!sku.name.isEmpty() ? sku.name : sku.skuPartNumber);
                }
                names.sort(Qt::CaseInsensitive);
                m_users->setLicences(userId, names);
            }));
    }
}

void AppController::cancelLicenceJobs()
{
    const auto jobs = std::exchange(m_licenceJobs, {});
    for (const QPointer<pc::PagedJob> &job : jobs) {
        if (job)
            job->cancel();
    }
}

Status AppController::exportReport(const QString &path)
{
    domain::CsvReportWriter writer(m_catalogue, m_clock);
    domain::CsvReportOptions options;
    options.byteOrderMark = true; // spreadsheet programs then read the names as UTF-8
    return writer.writeFile(path, m_snapshot, m_progress, options);
}

QString AppController::environmentText() const
{
    if (isSandbox()) {
        const QString url = m_host ? m_host->baseUrl().toString() : QString();
        return sandboxBecauseNoAccount() ? tr("Sandbox (no account configured) %1").arg(url)
                                         : tr("Sandbox %1").arg(url);
    }
    const QString url = m_client ? m_client->config().baseUrl.toString() : m_config.client.baseUrl.toString();
    return m_config.environmentName.isEmpty() ? url : m_config.environmentName + QLatin1Char(' ') + url;
}

QString AppController::environmentTitle() const
{
    if (isSandbox())
        return tr("Sandbox (demo data)");
    const QString name = m_config.environmentName.isEmpty() ? tr("Partner Center") : m_config.environmentName;
    return m_config.accountText.isEmpty() ? name : tr("%1: %2").arg(name, m_config.accountText);
}

QString AppController::accountText() const
{
    if (!m_config.accountText.isEmpty())
        return m_config.accountText;
    return isSandbox() ? m_config.sandboxOptions.userPrincipalName : tr("Not signed in");
}

} // namespace om::gui
