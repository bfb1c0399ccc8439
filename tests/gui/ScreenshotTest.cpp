// Screenshots for the README: OM_SCREENSHOT_DIR=<folder> gui_tests --gtest_filter='Screenshot*'.
// Skipped when the variable is unset. The pictures come from the sandbox's demo tenant. The main window is
// shot as the app shows it: with the app's English translation (real plural forms), a customer selected
// and Migrate enabled; also in Italian (<folder>/it/) and in a dark theme (main-window-dark.png).
#include "domain/UserTableModel.h"
#include "tests/gui/DarkPalette.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/MigrationWizardFixture.h"
#include "ui/CustomerDetailPane.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"
#include "ui/wizard/MigrationWizard.h"
#include "ui/wizard/MigrationWizardPurchasePage.h"
#include "ui/wizard/MigrationWizardVerifyPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

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
        m_previousLocale = QLocale();
        m_previousPalette = QApplication::palette();
        GuiFixture::SetUp();
    }

    void TearDown() override
    {
        GuiFixture::TearDown();
        gui::removeTranslations(m_installed);
        QLocale::setDefault(m_previousLocale);
        QApplication::setPalette(m_previousPalette);
    }

    // The app's translation for `locale` (English included: its .qm holds the plural forms), as at start-up.
    void useLanguage(const QLocale &locale)
    {
        gui::removeTranslations(m_installed);
        m_installed = gui::installTranslations(qApp, locale);
        ASSERT_NE(m_installed.app, nullptr) << locale.name().toStdString();
    }

    void save(QWidget &widget, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString path = QDir(m_folder).filePath(name);
        ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
        ASSERT_TRUE(widget.grab().save(path)) << path.toStdString();
    }

    // The main window after a scan, the most urgent customer selected and Migrate enabled, as a partner
    // sees it; saved as `name`, then (when `usersName` is set) with the Users tab and its licences.
    void shootMainWindow(const QString &name, const QString &usersName = {})
    {
        startController(64);
        scanAndWait();
        gui::MainWindow window(&controller());
        window.setMigrationAvailable(true);
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.customerView()->selectRow(0);
        ASSERT_TRUE(window.migrateAction()->isEnabled());
        save(window, name);
        if (usersName.isEmpty())
            return;

        QTableView *users = window.detailPane()->userView();
        window.detailPane()->tabs()->setCurrentIndex(1);
        ASSERT_TRUE(QTest::qWaitFor(
            [users] {
                const QAbstractItemModel *model = users->model();
                if (model->rowCount() == 0)
                    return false;
                for (int row = 0; row < model->rowCount(); ++row) {
                    if (model->index(row, domain::UserTableModel::LicencesColumn).data().toString().isEmpty())
                        return false;
                }
                return true;
            },
            30000));
        users->resizeColumnsToContents();
        save(window, usersName);

        gui::SettingsDialog dialog(gui::GuiSettings::load(QSettings()), &window);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        save(dialog, QStringLiteral("settings.png"));
    }

    QString m_folder;

private:
    gui::InstalledTranslations m_installed;
    QLocale m_previousLocale;
    QPalette m_previousPalette;
};

TEST_F(ScreenshotTest, MainWindow)
{
    useLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    shootMainWindow(QStringLiteral("main-window.png"), QStringLiteral("main-window-users.png"));
}

TEST_F(ScreenshotTest, MainWindowItalian)
{
    useLanguage(QLocale(QLocale::Italian, QLocale::Italy));
    shootMainWindow(QStringLiteral("it/main-window.png"));
}

// The colours come from the palette: a dark theme gets dark urgency cells with light text.
TEST_F(ScreenshotTest, MainWindowDarkTheme)
{
    useLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setPalette(darkPalette());
    shootMainWindow(QStringLiteral("main-window-dark.png"));
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
        // The app's English translation, as at start-up: its .qm holds the plural forms ("6 users moved").
        m_installed = gui::installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        ASSERT_NE(m_installed.app, nullptr);
        MigrationWizardFixture::SetUp();
    }

    void TearDown() override
    {
        MigrationWizardFixture::TearDown();
        gui::removeTranslations(m_installed);
    }

    void save(QWidget &widget, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString path = QDir(m_folder).filePath(name);
        ASSERT_TRUE(widget.grab().save(path)) << path.toStdString();
    }

    QString m_folder;
    gui::InstalledTranslations m_installed;
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
