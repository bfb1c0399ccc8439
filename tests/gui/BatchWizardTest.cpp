// The batch window driven end to end, offscreen, from the main window against the sandbox: select
// customers, "Migrate selected…", plan, change a row, exclude a row, confirm, run, suspend the verified
// ones, save the summary; pause, resume and cancel from the run view; closing while it runs pauses it and
// the kept batch is offered again.
#include "ui/batch/BatchWizard.h"

#include "batch/BatchStore.h"
#include "domain/CustomerTableModel.h"
#include "secrets/MemorySecretStore.h"
#include "tests/gui/BatchFixture.h"
#include "ui/GuiSession.h"
#include "ui/MainWindow.h"
#include "ui/batch/BatchConfirmDialog.h"
#include "ui/batch/BatchLauncher.h"
#include "ui/batch/BatchPlanModel.h"
#include "ui/batch/BatchPlanPage.h"
#include "ui/batch/BatchRowDialog.h"
#include "ui/batch/BatchRunPage.h"
#include "ui/batch/BatchSummaryPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

namespace om::test {
namespace {

using gui::BatchController;
using gui::BatchWizard;
using Stage = BatchController::Stage;

class BatchWizardTest : public BatchFixture
{
protected:
    void TearDown() override
    {
        m_window.reset();
        BatchFixture::TearDown();
    }

    gui::MainWindow &window()
    {
        if (!m_window) {
            m_window = std::make_unique<gui::MainWindow>(&controller());
            m_window->resize(1280, 800);
            m_window->show();
        }
        return *m_window;
    }

    gui::BatchLauncher *launcher() { return gui::BatchLauncher::of(&window()); }

    // Selects these customers in the main window's list (all of them, as with Ctrl+click).
    void selectCustomers(const QStringList &ids)
    {
        QTableView *view = window().customerView();
        view->clearSelection();
        const QAbstractItemModel *model = view->model();
        int found = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (ids.contains(index.data(domain::CustomerTableModel::CustomerIdRole).toString())) {
                view->selectionModel()->select(index,
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
                ++found;
            }
        }
        ASSERT_EQ(found, ids.size()) << "not every customer is shown";
    }

    static int planRowOf(BatchWizard &wizard, const QString &customerId)
    {
        const auto &rows = wizard.controller()->batchPlan().rows;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).customerId == customerId)
                return i;
        }
        return -1;
    }

    // Presses the button named `name` on the next modal dialog.
    static void pressOnNextModal(const QString &name)
    {
        onNextModal([name](QWidget *dialog) {
            auto *button = dialog->findChild<QPushButton *>(name);
            ASSERT_NE(button, nullptr) << name.toStdString();
            ASSERT_TRUE(button->isEnabled()) << name.toStdString();
            button->click();
        });
    }

    std::unique_ptr<gui::MainWindow> m_window;
};

TEST_F(BatchWizardTest, PlansEditsConfirmsRunsSuspendsAndSavesTheSummary)
{
    startController(64);
    const QString clean = addCustomer(QStringLiteral("Wizard Batch Clean"), 2);
    const QString problem = addCustomer(QStringLiteral("Wizard Batch Problem"), 3, 1);
    const QString excluded = addCustomer(QStringLiteral("Wizard Batch Excluded"), 1);
    const QString cleanSub = retiredActive(clean).first()->id;
    const QString problemSub = retiredActive(problem).first()->id;
    scanAndWait();

    gui::BatchLauncher *batch = launcher();
    ASSERT_NE(batch, nullptr);
    QAction *migrateSelected = batch->migrateSelectedAction();
    EXPECT_EQ(migrateSelected->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    EXPECT_TRUE(window().customerView()->actions().contains(migrateSelected)) << "not in the context menu";
    selectCustomers({clean, problem, excluded});
    EXPECT_FALSE(migrateSelected->isEnabled()) << "enabled without a journal";
    batch->setJournal(&journal(), storePath(), fastEngine());
    ASSERT_TRUE(migrateSelected->isEnabled());
    EXPECT_EQ(batch->selectedCustomerIds().size(), 3);
    EXPECT_TRUE(batch->migrateShownAction()->isEnabled());
    for (const QString &id : {clean, problem, excluded})
        EXPECT_TRUE(batch->shownCustomerIds().contains(id));
    EXPECT_EQ(batch->shownCustomerIds().size(), window().customerView()->model()->rowCount());

    migrateSelected->trigger();
    BatchWizard *wizard = batch->wizard();
    ASSERT_NE(wizard, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard));
    BatchController *c = wizard->controller();
    ASSERT_TRUE(waitStage(*c, Stage::Planned)) << c->errorText().toStdString();
    gui::BatchPlanPage *plan = wizard->planPage();
    EXPECT_EQ(wizard->currentPage(), BatchWizard::Page::Plan);
    ASSERT_EQ(plan->model()->rowCount(), 3);
    EXPECT_FALSE(plan->table()->accessibleName().isEmpty());
    const QString totalsBefore = plan->totalsLabel()->text();
    EXPECT_TRUE(totalsBefore.contains(QStringLiteral("for 3 customer"))) << totalsBefore.toStdString();

    // Exclude a row with the keyboard-reachable button: unchecked, and the totals follow at once.
    const int excludedRow = planRowOf(*wizard, excluded);
    plan->table()->setCurrentIndex(plan->model()->index(excludedRow, 0));
    QTest::mouseClick(plan->excludeButton(), Qt::LeftButton);
    EXPECT_EQ(plan->model()->index(excludedRow, 0).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_TRUE(plan->totalsLabel()->text().contains(QStringLiteral("for 2 customer")))
        << plan->totalsLabel()->text().toStdString();
    // Space on the row's check box includes it again, and again excludes it.
    plan->table()->setFocus();
    QTest::keyClick(plan->table(), Qt::Key_Space);
    EXPECT_EQ(plan->model()->index(excludedRow, 0).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_TRUE(plan->totalsLabel()->text().contains(QStringLiteral("for 3 customer")));
    QTest::keyClick(plan->table(), Qt::Key_Space);
    EXPECT_EQ(plan->model()->index(excludedRow, 0).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);

    // Change a row's seats in the row dialog.
    const int cleanRow = planRowOf(*wizard, clean);
    const QModelIndex seats = plan->model()->index(cleanRow, gui::BatchPlanModel::SeatsColumn);
    const int plannedSeats = seats.data(Qt::EditRole).toInt();
    plan->table()->setCurrentIndex(plan->model()->index(cleanRow, 0));
    ASSERT_TRUE(plan->changeButton()->isEnabled());
    QString otherReplacement;
    onNextModal([plannedSeats, &otherReplacement](QWidget *dialog) {
        auto *row = qobject_cast<gui::BatchRowDialog *>(dialog);
        ASSERT_NE(row, nullptr);
        ASSERT_GT(row->replacementCombo()->count(), 1) << "no alternative replacement to choose";
        row->replacementCombo()->setCurrentIndex(1);
        otherReplacement = row->replacementCombo()->currentText();
        EXPECT_GT(row->termCombo()->count(), 0);
        row->seatsSpin()->setValue(plannedSeats + 2);
        row->accept();
    });
    EXPECT_EQ(plan->changeCurrentRow(), QDialog::Accepted);
    EXPECT_EQ(seats.data(Qt::EditRole).toInt(), plannedSeats + 2);
    EXPECT_EQ(plan->model()->index(cleanRow, gui::BatchPlanModel::ReplacementColumn).data().toString(),
              otherReplacement);
    // Too few seats for the row's users, edited in place: refused, the row keeps its seats.
    const int problemRow = planRowOf(*wizard, problem);
    const QModelIndex problemSeats = plan->model()->index(problemRow, gui::BatchPlanModel::SeatsColumn);
    ASSERT_TRUE(problemSeats.flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(plan->model()->setData(problemSeats, 1));
    EXPECT_GE(problemSeats.data(Qt::EditRole).toInt(), 3);

    // One confirmation stating the totals, then the run.
    ASSERT_TRUE(plan->confirmButton()->isEnabled());
    QString confirmation;
    onNextModal([&confirmation](QWidget *dialog) {
        auto *confirm = qobject_cast<gui::BatchConfirmDialog *>(dialog);
        ASSERT_NE(confirm, nullptr);
        EXPECT_EQ(confirm->countEdit(), nullptr) << "3 customers need no typed number";
        confirmation = confirm->findChild<QLabel *>(QStringLiteral("confirmationText"))->text();
        confirm->confirmButton()->click();
    });
    QTest::mouseClick(plan->confirmButton(), Qt::LeftButton);
    EXPECT_TRUE(confirmation.contains(c->totalsSummary())) << confirmation.toStdString();
    EXPECT_EQ(wizard->currentPage(), BatchWizard::Page::Run);
    gui::BatchRunPage *run = wizard->runPage();
    EXPECT_FALSE(run->findChild<QLabel *>(QStringLiteral("cancelNote"))->text().isEmpty());
    ASSERT_TRUE(waitStage(*c, Stage::WaitingToSuspend)) << c->statusText().toStdString();
    EXPECT_EQ(run->table()->model()->rowCount(), 3);
    EXPECT_EQ(run->overallProgress()->value(), run->overallProgress()->maximum());
    ASSERT_TRUE(run->suspendButton()->isVisible());
    ASSERT_TRUE(run->suspendButton()->isEnabled());
    EXPECT_TRUE(run->suspendButton()->text().contains(QLatin1Char('1')))
        << run->suspendButton()->text().toStdString();
    EXPECT_EQ(statusOf(clean, cleanSub), sandbox::SubscriptionStatus::Active) << "suspended without asking";
    ASSERT_EQ(store().orders(clean).size(), 1);
    EXPECT_TRUE(store().orders(excluded).isEmpty());

    // "Suspend 1 verified subscription": the clean customer only; the problem one stopped before suspend.
    pressOnNextModal(QStringLiteral("confirmSuspendButton"));
    QTest::mouseClick(run->suspendButton(), Qt::LeftButton);
    ASSERT_TRUE(waitStage(*c, Stage::Finished)) << c->statusText().toStdString();
    EXPECT_EQ(statusOf(clean, cleanSub), sandbox::SubscriptionStatus::Suspended);
    EXPECT_EQ(statusOf(problem, problemSub), sandbox::SubscriptionStatus::Active);
    // The main window's tables follow the journal.
    EXPECT_TRUE(QTest::qWaitFor(
        [this, &cleanSub] {
            const auto progress = controller().progress();
            const auto it = progress.constFind(cleanSub);
            return it != progress.constEnd() && it->state == domain::MigrationState::Suspended;
        },
        5000));

    ASSERT_TRUE(run->summaryButton()->isEnabled());
    QTest::mouseClick(run->summaryButton(), Qt::LeftButton);
    EXPECT_EQ(wizard->currentPage(), BatchWizard::Page::Summary);
    gui::BatchSummaryPage *summary = wizard->summaryPage();
    EXPECT_GE(summary->table()->rowCount(), 3);
    // The partner's name comes from Partner Center's organization profile; the operator may change it.
    EXPECT_TRUE(QTest::qWaitFor([summary] { return !summary->partnerEdit()->text().isEmpty(); }, 10000));
    summary->partnerEdit()->setText(QStringLiteral("Fabrikam Partner"));
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("summary.csv"));
    const QString html = out.filePath(QStringLiteral("summary.html"));
    ASSERT_TRUE(summary->saveReportTo(csv).ok());
    ASSERT_TRUE(summary->savePrintableTo(html).ok());
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csvFile.readAll().contains("Wizard Batch Clean"));
    QFile htmlFile(html);
    ASSERT_TRUE(htmlFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(htmlFile.readAll().contains("Fabrikam Partner"));

    // Finished: closing asks nothing.
    QPointer<BatchWizard> guard(wizard);
    wizard->close();
    EXPECT_TRUE(QTest::qWaitFor([&guard] { return guard.isNull(); }, 5000));
}

TEST_F(BatchWizardTest, PausesResumesAndCancelsFromTheRunView)
{
    startController(64);
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(addCustomer(QStringLiteral("Wizard Pause %1").arg(i), 2));
    scanAndWait();
    gui::BatchLauncher *batch = launcher();
    batch->setJournal(&journal(), storePath(), fastEngine());
    BatchWizard *wizard = batch->open(ids);
    ASSERT_NE(wizard, nullptr);
    BatchController *c = wizard->controller();
    ASSERT_TRUE(waitStage(*c, Stage::Planned));
    pressOnNextModal(QStringLiteral("confirmButton"));
    ASSERT_TRUE(wizard->confirmAndStart());
    gui::BatchRunPage *run = wizard->runPage();
    ASSERT_TRUE(run->pauseButton()->isEnabled());
    EXPECT_FALSE(run->resumeButton()->isEnabled());
    QTest::mouseClick(run->pauseButton(), Qt::LeftButton);
    ASSERT_TRUE(waitStage(*c, Stage::Paused)) << c->statusText().toStdString();
    EXPECT_TRUE(run->resumeButton()->isEnabled());
    EXPECT_FALSE(run->pauseButton()->isEnabled());
    EXPECT_TRUE(run->statusLabel()->text().startsWith(QStringLiteral("Paused")));
    QTest::mouseClick(run->resumeButton(), Qt::LeftButton);
    EXPECT_NE(c->stage(), Stage::Paused);
    ASSERT_TRUE(run->cancelButton()->isEnabled());
    QTest::mouseClick(run->cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(waitStage(*c, Stage::Finished)) << c->statusText().toStdString();
    EXPECT_TRUE(c->result().wasCancelled);
    EXPECT_TRUE(run->statusLabel()->text().startsWith(QStringLiteral("Cancelled")));
    EXPECT_FALSE(run->cancelButton()->isEnabled());
    EXPECT_FALSE(run->suspendButton()->isVisible()) << "a cancelled batch offers the suspend";
}

TEST_F(BatchWizardTest, ClosingWhileRunningPausesAndTheKeptBatchIsOfferedAgain)
{
    startController(64);
    const QString a = addCustomer(QStringLiteral("Wizard Close A"), 1);
    const QString b = addCustomer(QStringLiteral("Wizard Close B"), 1);
    scanAndWait();
    gui::BatchLauncher *batch = launcher();
    batch->setJournal(&journal(), storePath(), fastEngine());
    QPointer<BatchWizard> wizard = batch->open({a, b});
    ASSERT_TRUE(waitStage(*wizard->controller(), Stage::Planned));
    pressOnNextModal(QStringLiteral("confirmButton"));
    ASSERT_TRUE(wizard->confirmAndStart());
    ASSERT_TRUE(wizard->controller()->isBusy());
    pressOnNextModal(QStringLiteral("pauseAndCloseButton"));
    wizard->close();
    ASSERT_TRUE(QTest::qWaitFor([&wizard] { return wizard.isNull(); }, 60000)) << "not closed once paused";
    auto kept = BatchController::pendingBatch(storePath());
    ASSERT_TRUE(kept.ok());
    ASSERT_TRUE(kept.value().has_value()) << "nothing kept to resume";
    EXPECT_EQ(kept.value()->state, batch::StoredBatch::State::Paused);

    // The next start (or the next batch) offers it; resuming runs it on as the confirmed batch.
    pressOnNextModal(QStringLiteral("resumeBatchButton"));
    ASSERT_TRUE(batch->offerResume());
    BatchWizard *resumed = batch->wizard();
    ASSERT_NE(resumed, nullptr);
    ASSERT_TRUE(waitStage(*resumed->controller(), Stage::WaitingToSuspend))
        << resumed->controller()->statusText().toStdString();
    EXPECT_EQ(resumed->currentPage(), BatchWizard::Page::Run);
    EXPECT_EQ(store().orders(a).size(), 1) << "bought twice or not at all";
    EXPECT_EQ(store().orders(b).size(), 1);
}

TEST_F(BatchWizardTest, ClosingTheMainWindowWhileABatchRunsAsksAndPausesFirst)
{
    startController(64);
    const QString a = addCustomer(QStringLiteral("Wizard Quit A"), 1);
    const QString b = addCustomer(QStringLiteral("Wizard Quit B"), 1);
    scanAndWait();
    gui::BatchLauncher *batch = launcher();
    batch->setJournal(&journal(), storePath(), fastEngine());
    QPointer<BatchWizard> wizard = batch->open({a, b});
    ASSERT_TRUE(waitStage(*wizard->controller(), Stage::Planned));
    pressOnNextModal(QStringLiteral("confirmButton"));
    ASSERT_TRUE(wizard->confirmAndStart());
    ASSERT_TRUE(wizard->controller()->isBusy());

    // "Keep running": nothing closes.
    onNextModal([](QWidget *box) {
        auto *keep = box->findChild<QPushButton *>(QStringLiteral("keepRunningButton"));
        ASSERT_NE(keep, nullptr);
        keep->click();
    });
    EXPECT_FALSE(window().close());
    EXPECT_TRUE(window().isVisible());
    ASSERT_FALSE(wizard.isNull());

    // "Pause and close": the batch pauses, its window closes, then the main window.
    if (wizard->controller()->isBusy()) {
        pressOnNextModal(QStringLiteral("pauseAndCloseButton"));
        EXPECT_FALSE(window().close());
    } else {
        window().close(); // the batch already waits (verified): nothing to ask
    }
    ASSERT_TRUE(QTest::qWaitFor([this, &wizard] { return wizard.isNull() && !window().isVisible(); }, 60000));
    auto kept = BatchController::pendingBatch(storePath());
    ASSERT_TRUE(kept.ok());
    EXPECT_TRUE(kept.value().has_value()) << "the batch is not offered at the next start";
}

TEST_F(BatchWizardTest, ANewBatchOffersTheKeptOneFirst)
{
    startController(64);
    const QString kept = addCustomer(QStringLiteral("Wizard Kept"), 1);
    const QString next = addCustomer(QStringLiteral("Wizard Next"), 1);
    scanAndWait();
    batch::StoredBatch stored;
    stored.id = QStringLiteral("kept-batch");
    stored.createdAt = stored.confirmedAt = stored.updatedAt = clock().now();
    stored.operatorName = QStringLiteral("batch-test");
    stored.customerIds = {kept};
    stored.state = batch::StoredBatch::State::Paused;
    ASSERT_TRUE(batch::BatchStore(storePath()).save(stored).ok());

    gui::BatchLauncher *batch = launcher();
    batch->setJournal(&journal(), storePath(), fastEngine());
    selectCustomers({next});
    // Declined: the new batch is planned (and replaces the kept one once it starts).
    QString asked;
    onNextModal([&asked](QWidget *box) {
        asked = box->findChild<QPushButton *>(QStringLiteral("notNowButton"))->text();
        box->findChild<QPushButton *>(QStringLiteral("notNowButton"))->click();
    });
    batch->migrateSelectedAction()->trigger();
    EXPECT_FALSE(asked.isEmpty()) << "the kept batch was not offered";
    QPointer<BatchWizard> wizard = batch->wizard();
    ASSERT_FALSE(wizard.isNull());
    EXPECT_FALSE(wizard->controller()->isResuming());
    ASSERT_TRUE(waitStage(*wizard->controller(), Stage::Planned));
    ASSERT_EQ(wizard->controller()->batchPlan().rows.size(), 1);
    EXPECT_EQ(wizard->controller()->batchPlan().rows.first().customerId, next);
    wizard->close();
    ASSERT_TRUE(QTest::qWaitFor([&wizard] { return wizard.isNull(); }, 5000));

    // Accepted: the kept batch runs instead, as confirmed before (no second confirmation).
    pressOnNextModal(QStringLiteral("resumeBatchButton"));
    batch->migrateSelectedAction()->trigger();
    wizard = batch->wizard();
    ASSERT_FALSE(wizard.isNull());
    EXPECT_TRUE(wizard->controller()->isResuming());
    ASSERT_TRUE(waitStage(*wizard->controller(), Stage::WaitingToSuspend))
        << wizard->controller()->statusText().toStdString();
    EXPECT_EQ(store().orders(kept).size(), 1);
    EXPECT_TRUE(store().orders(next).isEmpty());
}

TEST_F(BatchWizardTest, ALargeBatchIsConfirmedByTypingTheNumberOfCustomers)
{
    startController(64);
    QStringList ids;
    for (int i = 0; i < BatchController::kTypedConfirmationAbove + 1; ++i)
        ids.append(addCustomer(QStringLiteral("Wizard Many %1").arg(i), 1));
    scanAndWait();
    gui::BatchLauncher *batch = launcher();
    batch->setJournal(&journal(), storePath(), fastEngine());
    BatchWizard *wizard = batch->open(ids);
    ASSERT_TRUE(waitStage(*wizard->controller(), Stage::Planned));
    bool typed = false;
    onNextModal([&typed](QWidget *dialog) {
        auto *confirm = qobject_cast<gui::BatchConfirmDialog *>(dialog);
        ASSERT_NE(confirm, nullptr);
        ASSERT_NE(confirm->countEdit(), nullptr);
        EXPECT_FALSE(confirm->confirmButton()->isEnabled());
        QTest::keyClicks(confirm->countEdit(), QStringLiteral("10"));
        EXPECT_FALSE(confirm->confirmButton()->isEnabled()) << "the wrong number confirms";
        confirm->countEdit()->clear();
        QTest::keyClicks(confirm->countEdit(), QStringLiteral("11"));
        typed = confirm->confirmButton()->isEnabled();
        confirm->reject(); // declined: nothing is bought
    });
    EXPECT_FALSE(wizard->confirmAndStart());
    EXPECT_TRUE(typed);
    EXPECT_EQ(wizard->controller()->stage(), Stage::Planned);
    for (const QString &id : ids)
        EXPECT_TRUE(store().orders(id).isEmpty());
}

// The app as it starts (GuiSession, --sandbox): the main window's batch actions work with the session's
// journal, and an unfinished batch kept next to it is offered once the event loop runs.
TEST(BatchStartTest, TheSessionWiresTheJournalAndOffersAKeptBatch)
{
    QSettings().clear();
    SystemClock clock;
    QNetworkAccessManager network;
    secrets::MemorySecretStore secrets;
    gui::GuiSession session(gui::GuiServices{&network, &secrets, &clock,
                                             [](const QUrl &) {
                                             }},
                            nullptr);
    ASSERT_TRUE(session.start(true).ok());
    gui::BatchLauncher *batch = gui::BatchLauncher::of(session.window());
    ASSERT_NE(batch, nullptr);
    EXPECT_EQ(batch->storePath(), batch::BatchStore::pathForJournal(session.journalPath()));

    batch::StoredBatch stored;
    stored.id = QStringLiteral("kept-at-start");
    stored.createdAt = stored.confirmedAt = stored.updatedAt = clock.now();
    stored.operatorName = QStringLiteral("batch-test");
    stored.customerIds = {QStringLiteral("00000000-0000-0000-0000-000000000001")};
    stored.state = batch::StoredBatch::State::Running; // the app was closed or killed while it ran
    ASSERT_TRUE(batch::BatchStore(batch->storePath()).save(stored).ok());

    QString offered;
    BatchFixture::onNextModal([&offered](QWidget *box) {
        offered = box->windowTitle();
        box->findChild<QPushButton *>(QStringLiteral("notNowButton"))->click();
    });
    session.window()->show();
    EXPECT_TRUE(QTest::qWaitFor([&offered] { return !offered.isEmpty(); }, 10000))
        << "the kept batch was not offered at start";
    EXPECT_EQ(batch->wizard(), nullptr) << "declined, yet a batch window opened";
    QSettings().clear();
}

} // namespace
} // namespace om::test
