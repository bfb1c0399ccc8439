#include "ui/AppController.h"

#include "domain/AffectedSubscriptionModel.h"
#include "domain/CsvReportWriter.h"
#include "domain/CustomerFilterProxyModel.h"
#include "domain/CustomerTableModel.h"
#include "domain/SubscriptionFilterProxyModel.h"
#include "domain/UserTableModel.h"
#include "journal/ScanCache.h"
#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/PartnerCenterClient.h"
#include "partnercenter/ScanService.h"
#include "sandbox/SandboxHost.h"
#include "secrets/SignInErrors.h"
#include "ui/GuiLog.h"

#include <QNetworkAccessManager>
#include <QUuid>

namespace om::gui {

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

void AppController::onScanFinished(const Result<domain::ScanSnapshot> &result)
{
    m_scanning = false;
    if (!result.ok()) {
        const Error &error = result.error();
        qCWarning(lcGui) << "scan failed:" << error.toString();
        // A 401/403 from Partner Center says what to fix (MFA, the Admin agent role) instead of the code.
        const QString advice = secrets::signin::partnerCenterAdvice(error);
        emit scanFinished(false, error.kind == Error::Kind::Cancelled ? tr("Scan cancelled.")
                                 : advice.isEmpty()                   ? error.toString()
                                                                      : advice);
        return;
    }
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
    // Snapshot and progress in one pass per model (QList sharing: the models' copies cost no copy).
    m_customers->setSnapshot(m_snapshot, m_progress);
    m_subscriptions->setSnapshot(m_snapshot, m_progress);
    emit snapshotChanged();
}

void AppController::setProgress(domain::MigrationProgressMap progress)
{
    m_progress = std::move(progress);
    m_customers->setProgress(m_progress);
    m_subscriptions->setProgress(m_progress);
}

void AppController::requestUsers(const QString &customerId)
{
    if (m_usersJob)
        m_usersJob->cancel();
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
            emit usersLoaded(customerId, true, tr("%n user(s)", nullptr, int(rows.size())));
        });
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
