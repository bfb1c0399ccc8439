// The widget-free controller over the in-process sandbox: scan, cache, users, export.
#include "domain/AffectedSubscriptionModel.h"
#include "domain/CsvReportWriter.h"
#include "domain/CustomerFilterProxyModel.h"
#include "domain/CustomerTableModel.h"
#include "domain/UserTableModel.h"
#include "journal/Journal.h"
#include "journal/ScanCache.h"
#include "partnercenter/PartnerCenterClient.h"
#include "partnercenter/RequestScheduler.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxStore.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/MigrationWizardController.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

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

    // Then which licences each user holds, read per user, so the Users tab can show them.
    const domain::UserTableModel *users = controller().users();
    ASSERT_TRUE(QTest::qWaitFor(
        [users] {
            for (int row = 0; row < users->rowCount(); ++row) {
                if (!users->user(row).licencesKnown)
                    return false;
            }
            return true;
        },
        30000));
    bool anyLicence = false;
    for (int row = 0; row < users->rowCount(); ++row) {
        const QString text = users->index(row, domain::UserTableModel::LicencesColumn).data().toString();
        EXPECT_FALSE(text.isEmpty());
        anyLicence = anyLicence || !users->user(row).licences.isEmpty();
    }
    EXPECT_TRUE(anyLicence) << "the demo tenant's users hold licences";
}

// Licences cost a request per user: beyond the configured number they are not read, and the status says so.
TEST_F(AppControllerTest, LicenceReadsAreCapped)
{
    gui::ControllerConfig config;
    config.sandboxOptions.customerCount = 4;
    config.client.requestsPerMinute = 6000;
    config.maxLicenceReads = 2;
    ASSERT_TRUE(controller().start(config).ok());
    sandbox::SandboxStore &store = controller().sandboxHost()->store();
    QString customerId;
    for (int i = 0; i < store.customerCount() && customerId.isEmpty(); ++i) {
        if (store.users(store.customerAt(i)->id).size() > 2)
            customerId = store.customerAt(i)->id;
    }
    ASSERT_FALSE(customerId.isEmpty());
    QSignalSpy loaded(&controller(), &gui::AppController::usersLoaded);
    controller().requestUsers(customerId);
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_TRUE(loaded.first().at(2).toString().contains(QLatin1String("licences are shown for the first 2")))
        << loaded.first().at(2).toString().toStdString();
    const domain::UserTableModel *users = controller().users();
    const auto known = [users] {
        int n = 0;
        for (int row = 0; row < users->rowCount(); ++row)
            n += users->user(row).licencesKnown ? 1 : 0;
        return n;
    };
    // Every request answered and none waiting: only two licence reads were made.
    const pc::RequestScheduler *scheduler = controller().client()->scheduler();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return known() == 2 && scheduler->inFlight() == 0 && scheduler->queued() == 0; }, 30000));
    EXPECT_EQ(known(), 2);
}

// During a scan customers show as their subscriptions are read, in batches a few times a second, not only
// at the end. The sandbox answers slowly here, as Partner Center does, so the scan lasts several batches.
TEST_F(AppControllerTest, ScanStreamsCustomersIntoTheTable)
{
    gui::ControllerConfig config;
    config.sandboxOptions.customerCount = 12;
    config.sandboxOptions.latencyMs = 200;
    config.client.requestsPerMinute = 6000;
    config.client.maxConcurrentRequests = 4;
    ASSERT_TRUE(controller().start(config).ok());
    const domain::CustomerTableModel *model = controller().customers();
    QAbstractItemModelTester tester(controller().customerProxy());
    int rowsWhileScanning = 0;
    int batchesWhileScanning = 0;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &controller(),
                     [&](const QModelIndex &, int first, int last) {
                         if (!controller().isScanning())
                             return;
                         rowsWhileScanning += last - first + 1;
                         ++batchesWhileScanning;
                     });
    scanAndWait();
    const int customers = controller().sandboxHost()->store().customerCount();
    EXPECT_GE(batchesWhileScanning, 2);
    EXPECT_GE(rowsWhileScanning, batchesWhileScanning);
    EXPECT_LE(rowsWhileScanning, customers);
    EXPECT_EQ(model->rowCount(), customers); // the finished scan shows every one
    EXPECT_EQ(controller().subscriptions()->snapshot().customers.size(),
              controller().snapshot().customers.size());

    // A second scan updates the rows in place: no row is added twice.
    rowsWhileScanning = 0;
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    scanAndWait();
    EXPECT_EQ(rowsWhileScanning, 0);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(model->rowCount(), customers);
}

// A failed or cancelled scan puts back the last complete scan (the one the report and the cache hold).
TEST_F(AppControllerTest, CancelledStreamingScanRestoresTheLastCompleteScan)
{
    ASSERT_TRUE(
        journal::ScanCache(cachePath()).save(smallSnapshot(controller().catalogue(), clock().today())).ok());
    startController();
    QSignalSpy finished(&controller(), &gui::AppController::scanFinished);
    // Cancelled (from the event loop, like the Cancel button) once the first new customer shows.
    QObject::connect(controller().customers(), &QAbstractItemModel::rowsInserted, &controller(),
                     &gui::AppController::cancelScan, Qt::QueuedConnection);
    controller().startScan();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_EQ(controller().customers()->rowCount(), 2);
    EXPECT_EQ(controller().customers()->customerAt(0).companyName, QStringLiteral("Cached Contoso"));
}

class AppControllerLiveTest : public GuiFixture
{
protected:
    // A migration of the first open retired subscription, moving two users, one of them moved.
    void startWithMigration()
    {
        startController(8);
        scanAndWait();
        ASSERT_TRUE(m_journal.open(tempDir().filePath(QStringLiteral("journal.sqlite"))).ok());
        const domain::CustomerTableModel *model = controller().customers();
        for (int row = 0; row < model->rowCount() && m_row < 0; ++row) {
            const domain::CustomerTableModel::Row &data = model->rowData(row);
            if (data.affectedCount == 0 || data.state != domain::MigrationState::NotStarted)
                continue;
            const domain::CustomerRecord &customer = model->customerAt(row);
            m_row = row;
            m_plan.customerId = customer.id;
            m_plan.oldSubscriptionId = customer.subscriptions.at(data.affected.first()).id;
        }
        ASSERT_GE(m_row, 0);
        m_plan.targetOfferName = QStringLiteral("Dynamics 365 Sales Professional");
        Result<journal::MigrationRecord> created = m_journal.createMigration(m_plan);
        ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
        m_id = created->id;
        for (const journal::JournalState to :
             {journal::JournalState::Purchasing, journal::JournalState::Purchased,
              journal::JournalState::Reassigning}) {
            journal::MigrationUpdate update;
            if (to == journal::JournalState::Purchased)
                update.newSubscriptionId = QStringLiteral("new-sub");
            ASSERT_TRUE(m_journal.transition(m_id, to, update).ok());
        }
        move(QStringLiteral("u1"), journal::UserMoveState::Moved);
        move(QStringLiteral("u2"), journal::UserMoveState::Pending);
        controller().setJournal(&m_journal);
    }
    void move(const QString &userId, journal::UserMoveState state)
    {
        journal::UserMove user;
        user.userId = userId;
        user.upn = userId + QStringLiteral("@example.com");
        user.state = state;
        ASSERT_TRUE(m_journal.upsertUserMove(m_id, user).ok());
    }
    QString stateText()
    {
        return controller()
            .customers()
            ->index(m_row, domain::CustomerTableModel::StateColumn)
            .data()
            .toString();
    }

    journal::Journal m_journal{clock()};
    journal::MigrationPlan m_plan;
    qint64 m_id = 0;
    int m_row = -1;
};

TEST_F(AppControllerLiveTest, RefreshReadsTheJournalsUserCounts)
{
    startWithMigration();
    QSignalSpy progress(&controller(), &gui::AppController::progressChanged);
    QSignalSpy changed(controller().customers(), &QAbstractItemModel::dataChanged);
    controller().refreshProgress();
    EXPECT_EQ(progress.count(), 1);
    ASSERT_GE(changed.count(), 1);
    for (const QList<QVariant> &args : changed) // only the migrated customer's row changed
        EXPECT_EQ(args.at(0).toModelIndex().row(), m_row);
    EXPECT_EQ(stateText(), QStringLiteral("Bought, moving users: 1 of 2 moved"));

    controller().refreshProgress(); // nothing new: no signal
    EXPECT_EQ(progress.count(), 1);

    // The run stops on the second user: the journal says failed, the table says what is left.
    move(QStringLiteral("u2"), journal::UserMoveState::Failed);
    journal::MigrationUpdate update;
    update.lastError = QStringLiteral("u2 has no usage location.");
    ASSERT_TRUE(m_journal.transition(m_id, journal::JournalState::Failed, update).ok());
    controller().refreshProgress();
    EXPECT_EQ(progress.count(), 2);
    EXPECT_EQ(stateText(), QStringLiteral("Needs attention: 1 user(s)"));
}

// While a wizard runs, its progress re-reads the journal (coalesced): the main table is live.
TEST_F(AppControllerLiveTest, FollowingAWizardUpdatesTheTableWhileItRuns)
{
    startWithMigration();
    gui::MigrationWizardController wizard(*controller().client(), m_journal, controller().catalogue(),
                                          controller().clock(), m_plan.customerId, engine::EngineConfig{});
    controller().followMigration(&wizard);
    QSignalSpy progress(&controller(), &gui::AppController::progressChanged);
    move(QStringLiteral("u2"), journal::UserMoveState::Moved);
    emit wizard.progress(2, 2, QStringLiteral("moved u2"));
    emit wizard.progress(2, 2, QStringLiteral("again")); // coalesced with the first
    ASSERT_TRUE(progress.wait(5000));
    EXPECT_EQ(progress.count(), 1);
    EXPECT_EQ(stateText(), QStringLiteral("Bought, moving users: 2 of 2 moved"));
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
