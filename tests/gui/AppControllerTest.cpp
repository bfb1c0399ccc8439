// The widget-free controller over the in-process sandbox: scan, cache, users, export.
#include "domain/CsvReportWriter.h"
#include "domain/CustomerFilterProxyModel.h"
#include "domain/CustomerTableModel.h"
#include "domain/UserTableModel.h"
#include "journal/ScanCache.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxStore.h"
#include "tests/gui/GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>

namespace om::test {
namespace {

class AppControllerTest : public GuiFixture
{
};

TEST_F(AppControllerTest, ScanFindsTheDemoTenantsAffectedCustomers)
{
    startController();
    QAbstractItemModelTester tester(controller().customerProxy());
    QSignalSpy changed(&controller(), &gui::AppController::snapshotChanged);
    QSignalSpy progress(&controller(), &gui::AppController::scanProgress);
    scanAndWait();

    const int expected = affectedCustomersInStore(controller());
    ASSERT_GT(expected, 0);
    EXPECT_EQ(controller().customers()->rowCount(), controller().sandboxHost()->store().customerCount());
    EXPECT_EQ(controller().customerProxy()->rowCount(), expected);
    EXPECT_EQ(changed.count(), 1);
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), progress.last().at(1).toInt()); // ends at done == total
    EXPECT_TRUE(controller().lastScanAt().isValid());
    EXPECT_EQ(controller().snapshot().environment, QStringLiteral("sandbox"));
    EXPECT_TRUE(controller().environmentText().contains(controller().sandboxHost()->baseUrl().toString()));
}

TEST_F(AppControllerTest, FinishedScanIsCachedForTheNextStart)
{
    startController();
    scanAndWait();
    const Result<domain::ScanSnapshot> cached = journal::ScanCache(cachePath()).load();
    ASSERT_TRUE(cached.ok()) << cached.error().toString().toStdString();
    EXPECT_EQ(cached->customers.size(), controller().snapshot().customers.size());
    EXPECT_EQ(cached->scannedAt, controller().snapshot().scannedAt);
}

TEST_F(AppControllerTest, CachedScanShowsAtStartBeforeAnyScan)
{
    const domain::ScanSnapshot snapshot = smallSnapshot(controller().catalogue(), clock().today());
    ASSERT_TRUE(journal::ScanCache(cachePath()).save(snapshot).ok());

    startController();
    EXPECT_FALSE(controller().isScanning());
    EXPECT_EQ(controller().customers()->rowCount(), 2);
    ASSERT_EQ(controller().customerProxy()->rowCount(), 1); // only the customer with a retired offer
    EXPECT_EQ(
        controller().customerProxy()->index(0, domain::CustomerTableModel::CustomerColumn).data().toString(),
        QStringLiteral("Cached Contoso"));
    EXPECT_EQ(controller().lastScanAt(), snapshot.scannedAt);
}

TEST_F(AppControllerTest, DamagedCacheIsAWarningNotAFailure)
{
    QFile file(cachePath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database, just text that happens to be here");
    file.close();

    gui::ControllerConfig config;
    config.sandboxOptions.customerCount = 4;
    config.scanCachePath = cachePath();
    QSignalSpy warning(&controller(), &gui::AppController::warning);
    ASSERT_TRUE(controller().start(config).ok());
    EXPECT_EQ(warning.count(), 1);
    EXPECT_EQ(controller().customers()->rowCount(), 0);
}

TEST_F(AppControllerTest, CancelledScanKeepsThePreviousData)
{
    ASSERT_TRUE(
        journal::ScanCache(cachePath()).save(smallSnapshot(controller().catalogue(), clock().today())).ok());
    startController();
    QSignalSpy finished(&controller(), &gui::AppController::scanFinished);
    controller().startScan();
    controller().cancelScan();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_FALSE(controller().isScanning());
    EXPECT_EQ(controller().customers()->rowCount(), 2);
}

TEST_F(AppControllerTest, UsersOfOneCustomerLoadOnRequest)
{
    startController(8);
    sandbox::SandboxStore &store = controller().sandboxHost()->store();
    QString customerId;
    for (int i = 0; i < store.customerCount() && customerId.isEmpty(); ++i) {
        if (!store.users(store.customerAt(i)->id).isEmpty())
            customerId = store.customerAt(i)->id;
    }
    ASSERT_FALSE(customerId.isEmpty());

    QSignalSpy loaded(&controller(), &gui::AppController::usersLoaded);
    controller().requestUsers(customerId);
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_EQ(loaded.first().at(0).toString(), customerId);
    EXPECT_TRUE(loaded.first().at(1).toBool()) << loaded.first().at(2).toString().toStdString();
    EXPECT_EQ(controller().users()->rowCount(), store.users(customerId).size());
}

TEST_F(AppControllerTest, ExportWritesTheReportWithBom)
{
    ASSERT_TRUE(
        journal::ScanCache(cachePath()).save(smallSnapshot(controller().catalogue(), clock().today())).ok());
    startController(4);
    const QString path = tempDir().filePath(QStringLiteral("report.csv"));
    const Status written = controller().exportReport(path);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines.at(0), QByteArray("\xEF\xBB\xBF") + domain::CsvReportWriter::header() + '\r');
    EXPECT_TRUE(lines.at(1).contains("Cached Contoso"));
}

TEST_F(AppControllerTest, ExportToAMissingFolderFailsWithAStorageError)
{
    startController(4);
    const Status written =
        controller().exportReport(tempDir().filePath(QStringLiteral("no/such/folder/report.csv")));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, Error::Kind::Storage);
    EXPECT_FALSE(written.error().message.isEmpty());
}

} // namespace
} // namespace om::test
