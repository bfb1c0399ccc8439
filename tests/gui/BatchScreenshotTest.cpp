// Screenshots of the batch window for the README: OM_SCREENSHOT_DIR=<folder> gui_tests
// --gtest_filter='BatchScreenshot*' writes batch-plan.png (the plan of four customers, one row excluded, one
// with a user the move refuses) and batch-progress.png (the run view once the batch waits to suspend the
// verified customers), batch-confirm.png (the one confirmation) and batch-summary.png. Skipped when the
// variable is unset. English, with the app's translation installed.
#include "tests/gui/BatchFixture.h"
#include "ui/Translations.h"
#include "ui/batch/BatchConfirmDialog.h"
#include "ui/batch/BatchPlanPage.h"
#include "ui/batch/BatchRunPage.h"
#include "ui/batch/BatchSummaryPage.h"
#include "ui/batch/BatchWizard.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTranslator>

namespace om::test {
namespace {

using Stage = gui::BatchController::Stage;

class BatchScreenshotTest : public BatchFixture
{
protected:
    void SetUp() override
    {
        m_folder = qEnvironmentVariable("OM_SCREENSHOT_DIR");
        if (m_folder.isEmpty())
            GTEST_SKIP() << "OM_SCREENSHOT_DIR is not set";
        ASSERT_TRUE(QDir().mkpath(m_folder));
        m_previousLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_installed = gui::installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        BatchFixture::SetUp();
    }

    void TearDown() override
    {
        BatchFixture::TearDown();
        gui::removeTranslations(m_installed);
        if (!m_folder.isEmpty())
            QLocale::setDefault(m_previousLocale);
    }

    void save(QWidget &widget, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString path = QDir(m_folder).filePath(name);
        ASSERT_TRUE(widget.grab().save(path)) << path.toStdString();
    }

    QString m_folder;
    QLocale m_previousLocale;
    gui::InstalledTranslations m_installed;
};

TEST_F(BatchScreenshotTest, PlanAndProgress)
{
    startController(64);
    QStringList ids;
    ids.append(addCustomer(QStringLiteral("Northwind Traders"), 4));
    ids.append(addCustomer(QStringLiteral("Alpine Ski House"), 3, 1));
    ids.append(addCustomer(QStringLiteral("Tailspin Toys"), 2));
    ids.append(addCustomer(QStringLiteral("Wide World Importers"), 5));
    auto *controller = newBatchController().release(); // the wizard takes it
    gui::BatchWizard wizard(controller);
    wizard.setAttribute(Qt::WA_DeleteOnClose, false);
    wizard.resize(1280, 640);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    ASSERT_TRUE(controller->plan(ids));
    ASSERT_TRUE(waitStage(*controller, Stage::Planned));
    ASSERT_TRUE(controller->setExcluded(3, true).ok());
    ASSERT_TRUE(controller->setSeats(0, controller->batchPlan().rows.at(0).effectiveSeats() + 2).ok());
    gui::BatchPlanPage *plan = wizard.planPage();
    plan->fitColumns();
    plan->table()->setCurrentIndex(plan->table()->model()->index(1, 0));
    save(wizard, QStringLiteral("batch-plan.png"));

    onNextModal([this](QWidget *dialog) {
        auto *confirm = qobject_cast<gui::BatchConfirmDialog *>(dialog);
        ASSERT_NE(confirm, nullptr);
        save(*confirm, QStringLiteral("batch-confirm.png"));
        confirm->confirmButton()->click();
    });
    ASSERT_TRUE(wizard.confirmAndStart());
    ASSERT_TRUE(waitStage(*controller, Stage::WaitingToSuspend)) << controller->statusText().toStdString();
    ASSERT_TRUE(wizard.runPage()->suspendButton()->isEnabled());
    save(wizard, QStringLiteral("batch-progress.png"));

    onNextModal(
        [](QWidget *box) { box->findChild<QPushButton *>(QStringLiteral("confirmSuspendButton"))->click(); });
    ASSERT_TRUE(wizard.confirmAndSuspend());
    ASSERT_TRUE(waitStage(*controller, Stage::Finished)) << controller->statusText().toStdString();
    wizard.showPage(gui::BatchWizard::Page::Summary);
    ASSERT_TRUE(
        QTest::qWaitFor([&wizard] { return !wizard.summaryPage()->partnerEdit()->text().isEmpty(); }, 10000));
    save(wizard, QStringLiteral("batch-summary.png"));
}

} // namespace
} // namespace om::test
