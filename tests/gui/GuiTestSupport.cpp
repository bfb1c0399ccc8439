#include "tests/gui/GuiTestSupport.h"

#include "domain/OfferCatalogue.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxStore.h"

#include <QSignalSpy>

namespace om::test {

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
