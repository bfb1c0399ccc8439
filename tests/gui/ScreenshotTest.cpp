// Screenshots for the README: OM_SCREENSHOT_DIR=<folder> gui_tests --gtest_filter='Screenshot*'.
// Skipped when the variable is unset. The pictures come from the sandbox's demo tenant.
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/MigrationWizardFixture.h"
#include "ui/CustomerDetailPane.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/wizard/MigrationWizard.h"
#include "ui/wizard/MigrationWizardPurchasePage.h"
#include "ui/wizard/MigrationWizardVerifyPage.h"

#include <QCheckBox>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace om::test {
namespace {

class ScreenshotTest : public GuiFixture
{
protected:
    void SetUp() override
    {
        m_folder = qEnvironmentVariable("OM_SCREENSHOT_DIR");
        if (m_folder.isEmpty())
            GTEST_SKIP() << "OM_SCREENSHOT_DIR is not set";
        ASSERT_TRUE(QDir().mkpath(m_folder));
        GuiFixture::SetUp();
    }

    void save(QWidget &widget, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString path = QDir(m_folder).filePath(name);
        ASSERT_TRUE(widget.grab().save(path)) << path.toStdString();
    }

    QString m_folder;
};

TEST_F(ScreenshotTest, MainWindow)
{
    startController(64);
    scanAndWait();
    gui::MainWindow window(&controller());
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.customerView()->selectRow(0);
    save(window, QStringLiteral("main-window.png"));

    auto *tabs = window.detailPane()->findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    QSignalSpy loaded(&controller(), &gui::AppController::usersLoaded);
    tabs->setCurrentIndex(1);
    ASSERT_TRUE(loaded.wait(30000));
    save(window, QStringLiteral("main-window-users.png"));

    gui::SettingsDialog dialog(gui::GuiSettings::load(QSettings()), &window);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    save(dialog, QStringLiteral("settings.png"));
}

// The account page: the first start and Settings, Account after a tested sign-in.
TEST_F(ScreenshotTest, AccountPage)
{
    showAccountPages([this](QWidget &widget, const QString &name) { save(widget, name); });
}

// One picture per wizard page, from a full migration of a demo customer.
class ScreenshotWizardTest : public MigrationWizardFixture
{
protected:
    void SetUp() override
    {
        m_folder = qEnvironmentVariable("OM_SCREENSHOT_DIR");
        if (m_folder.isEmpty())
            GTEST_SKIP() << "OM_SCREENSHOT_DIR is not set";
        ASSERT_TRUE(QDir().mkpath(m_folder));
        MigrationWizardFixture::SetUp();
    }

    void save(QWidget &widget, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString path = QDir(m_folder).filePath(name);
        ASSERT_TRUE(widget.grab().save(path)) << path.toStdString();
    }

    QString m_folder;
};

TEST_F(ScreenshotWizardTest, WizardPages)
{
    startController(24);
    const QString cid = cleanDemoCustomer();
    ASSERT_FALSE(cid.isEmpty());
    scanAndWait(); // the summary's report needs the scan
    auto c = newWizardController(cid);
    gui::MigrationWizard wizard(c.get(), &controller().snapshot());
    wizard.setConfirm([](QWidget *, const QString &, const QString &) { return true; });
    wizard.resize(900, 640);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    ASSERT_TRUE(waitPageComplete(wizard));
    save(wizard, QStringLiteral("wizard-1-review.png"));
    next(wizard);
    ASSERT_TRUE(waitPageComplete(wizard));
    save(wizard, QStringLiteral("wizard-2-replacement.png"));
    next(wizard);
    auto *purchase = qobject_cast<gui::MigrationWizardPurchasePage *>(wizard.currentPage());
    ASSERT_NE(purchase, nullptr);
    purchase->confirmBox()->setChecked(true);
    save(wizard, QStringLiteral("wizard-3-purchase.png"));
    purchase->orderButton()->click();
    ASSERT_TRUE(waitPageComplete(wizard));
    next(wizard);
    ASSERT_TRUE(waitPageComplete(wizard));
    save(wizard, QStringLiteral("wizard-4-reassign.png"));
    next(wizard);
    auto *verify = qobject_cast<gui::MigrationWizardVerifyPage *>(wizard.currentPage());
    ASSERT_NE(verify, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([verify]() { return verify->suspendButton()->isEnabled(); }, 60000));
    save(wizard, QStringLiteral("wizard-5-verify.png"));
    verify->suspendButton()->click();
    ASSERT_TRUE(waitPageComplete(wizard));
    next(wizard);
    save(wizard, QStringLiteral("wizard-6-summary.png"));
}

} // namespace
} // namespace om::test
