#include "tests/gui/GuiTestSupport.h"

#include "domain/OfferCatalogue.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxStore.h"
#include "secrets/MemorySecretStore.h"
#include "ui/AccountDialog.h"
#include "ui/AccountPage.h"
#include "ui/AccountSetupController.h"
#include "ui/SettingsDialog.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QNetworkReply>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

namespace om::test {

void TestBrowser::open(const QUrl &url)
{
    ++m_opened;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
        reply->deleteLater();
        const QUrl next = QUrl::fromEncoded(reply->rawHeader("Location"));
        if (!next.isValid())
            return;
        const QString code = QUrlQuery(next).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        if (!code.isEmpty())
            m_lastCode = code;
        QNetworkReply *landing = m_network.get(QNetworkRequest(next));
        QObject::connect(landing, &QNetworkReply::finished, landing, &QObject::deleteLater);
    });
}

QStringList filesContainingSecrets(const QStringList &secrets)
{
    QStringList files;
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
                          QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                          QStandardPaths::GenericDataLocation, QStandardPaths::CacheLocation,
                          QStandardPaths::GenericCacheLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location),
                        QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.removeDuplicates();
    EXPECT_FALSE(files.isEmpty()) << "there are files to search (settings, scan cache)";
    QStringList found;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString &secret : secrets) {
            EXPECT_GE(secret.size(), 8) << "every secret looked for is a real value";
            if (bytes.contains(secret.toUtf8()))
                found << path + QStringLiteral(": ") + secret.left(4) + QStringLiteral("…");
        }
    }
    return found;
}

void showAccountPages(const std::function<void(QWidget &, const QString &)> &shoot)
{
    SystemClock clock;
    QNetworkAccessManager network;
    secrets::MemorySecretStore store;
    TestBrowser browser;
    gui::AccountSetupController setup(&network, &store, clock,
                                      [&browser](const QUrl &u) { browser.open(u); });

    // 1. First start, a global account typed in, nothing done yet.
    secrets::AccountSettings global;
    global.tenant = QStringLiteral("contoso.onmicrosoft.com");
    global.clientId = QStringLiteral("6f1c2a34-8b7d-4e21-9c3a-5d4e3f2a1b0c");
    setup.load(global, gui::GuiSettings::Environment::Unset);
    {
        gui::AccountDialog dialog(&setup);
        dialog.page()->useAccountButton()->setChecked(true);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        shoot(dialog, QStringLiteral("account-first-start.png"));
    }

    // 2. Settings, Account: signed in to a sandbox server used as the account, connection tested.
    sandbox::SandboxHost host;
    ASSERT_TRUE(host.start().ok());
    secrets::AccountSettings sandboxAccount;
    sandboxAccount.tenant = host.store().partnerTenantId();
    sandboxAccount.clientId = global.clientId;
    sandboxAccount.cloud = secrets::Cloud::Sandbox;
    sandboxAccount.sandboxBaseUrl = host.baseUrl();
    setup.load(sandboxAccount, gui::GuiSettings::Environment::Account);
    gui::SettingsDialog dialog(gui::GuiSettings{}, &setup);
    dialog.showAccountTab();
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    setup.signIn();
    ASSERT_TRUE(QTest::qWaitFor([&] { return setup.state() == gui::AccountSetupController::State::SignedIn; },
                                30000));
    setup.testConnection();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return setup.state() == gui::AccountSetupController::State::Connected; }, 30000));
    shoot(dialog, QStringLiteral("account-connected.png"));
}

int affectedCustomersInStore(gui::AppController &controller)
{
    sandbox::SandboxStore &store = controller.sandboxHost()->store();
    int affected = 0;
    for (int i = 0; i < store.customerCount(); ++i) {
        for (const sandbox::SubscriptionRecord *s : store.subscriptions(store.customerAt(i)->id)) {
            domain::SubscriptionRecord record;
            record.offerId = s->offerId;
            record.offerName = s->offerName;
            if (controller.catalogue().match(record)) {
                ++affected;
                break;
            }
        }
    }
    return affected;
}

domain::ScanSnapshot smallSnapshot(const domain::OfferCatalogue &catalogue, const QDate &today)
{
    domain::ScanSnapshot snapshot;
    snapshot.scannedAt = QDateTime(today.addDays(-1), QTime(8, 30), Qt::UTC);
    snapshot.environment = QStringLiteral("sandbox");

    domain::CustomerRecord affected;
    affected.id = QStringLiteral("0c8a6f7e-0000-4000-8000-000000000001");
    affected.companyName = QStringLiteral("Cached Contoso");
    affected.domain = QStringLiteral("cachedcontoso.onmicrosoft.com");
    affected.market = QStringLiteral("IT");
    domain::SubscriptionRecord retired;
    retired.id = QStringLiteral("5b1e0000-0000-4000-8000-00000000000a");
    retired.offerName = catalogue.entries().first().name;
    retired.status = QStringLiteral("active");
    retired.quantity = 12;
    retired.commitmentEndDate = today.addDays(10);
    affected.subscriptions.append(retired);

    domain::CustomerRecord other;
    other.id = QStringLiteral("0c8a6f7e-0000-4000-8000-000000000002");
    other.companyName = QStringLiteral("Cached Fabrikam");
    other.domain = QStringLiteral("cachedfabrikam.onmicrosoft.com");
    other.market = QStringLiteral("US");
    domain::SubscriptionRecord current;
    current.id = QStringLiteral("5b1e0000-0000-4000-8000-00000000000b");
    current.offerName = QStringLiteral("Microsoft 365 Business Premium");
    current.status = QStringLiteral("active");
    current.quantity = 5;
    current.commitmentEndDate = today.addDays(200);
    other.subscriptions.append(current);

    snapshot.customers = {affected, other};
    return snapshot;
}

void GuiFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_controller = std::make_unique<gui::AppController>(m_clock);
}

void GuiFixture::TearDown()
{
    m_controller.reset();
}

void GuiFixture::startController(int customerCount)
{
    gui::ControllerConfig config;
    config.mode = gui::ControllerConfig::Mode::Sandbox;
    config.sandboxOptions.customerCount = customerCount;
    config.client.requestsPerMinute = 6000; // the sandbox has no rate limit: don't pace the tests
    config.client.maxConcurrentRequests = 8;
    config.scanCachePath = cachePath();
    const Status started = m_controller->start(config);
    ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
}

void GuiFixture::scanAndWait()
{
    QSignalSpy finished(m_controller.get(), &gui::AppController::scanFinished);
    m_controller->startScan();
    ASSERT_TRUE(m_controller->isScanning());
    ASSERT_TRUE(finished.wait(60000)) << "scan did not finish";
    ASSERT_EQ(finished.count(), 1);
    ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
}

} // namespace om::test
