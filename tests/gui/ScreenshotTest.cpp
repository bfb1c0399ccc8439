// Screenshots for the README: OM_SCREENSHOT_DIR=<folder> gui_tests --gtest_filter='Screenshot*'.
// Skipped when the variable is unset. The pictures come from the sandbox's demo tenant.
#include "tests/gui/GuiTestSupport.h"
#include "ui/CustomerDetailPane.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QDir>
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

} // namespace
} // namespace om::test
