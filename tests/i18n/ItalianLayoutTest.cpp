// The Italian UI under the offscreen platform: every window the partner sees, with the Italian
// translators installed, must show its labels, buttons and column titles whole. With
// OM_SCREENSHOT_DIR=<folder> the README's pictures are saved to <folder>/it/ (main window, settings, the
// replacement page, the per-user results of the reassign page, the summary).
#include "tests/gui/MigrationWizardFixture.h"
#include "tests/i18n/ClippedText.h"
#include "ui/CustomerDetailPane.h"
#include "ui/ExpiryChart.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"
#include "ui/wizard/MigrationWizard.h"
#include "ui/wizard/MigrationWizardPurchasePage.h"
#include "ui/wizard/MigrationWizardVerifyPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFontMetrics>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

#include <algorithm>

namespace om::test {
namespace {

class ItalianLayoutTest : public MigrationWizardFixture
{
protected:
    void SetUp() override
    {
        m_previousLocale = QLocale();
        m_installed = gui::installTranslations(qApp, QLocale(QLocale::Italian, QLocale::Italy));
        ASSERT_NE(m_installed.app, nullptr);
        ASSERT_NE(m_installed.qt, nullptr);
        m_folder = qEnvironmentVariable("OM_SCREENSHOT_DIR");
        if (!m_folder.isEmpty()) {
            m_folder = QDir(m_folder).filePath(QStringLiteral("it"));
            ASSERT_TRUE(QDir().mkpath(m_folder));
        }
        MigrationWizardFixture::SetUp();
    }

    void TearDown() override
    {
        MigrationWizardFixture::TearDown();
        for (QTranslator *t : {m_installed.app, m_installed.qt}) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(m_previousLocale);
    }

    // Fails with the list of clipped texts; saves a screenshot first when asked to.
    void check(QWidget &widget, const QString &screenshot = {})
    {
        QCoreApplication::processEvents();
        if (!m_folder.isEmpty() && !screenshot.isEmpty()) {
            const QString path = QDir(m_folder).filePath(screenshot);
            EXPECT_TRUE(widget.grab().save(path)) << path.toStdString();
        }
        const QStringList clipped = clippedTexts(&widget);
        EXPECT_TRUE(clipped.isEmpty()) << widget.metaObject()->className() << ":\n"
                                       << clipped.join(u'\n').toStdString();
    }

    gui::InstalledTranslations m_installed;
    QLocale m_previousLocale;
    QString m_folder;
};

TEST_F(ItalianLayoutTest, MainWindowAndSettingsShowWholeTexts)
{
    startController(64);
    scanAndWait();
    gui::MainWindow window(&controller());
    window.resize(1280, 800); // the size runGui() opens it at
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.customerView()->selectRow(0);
    EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    EXPECT_EQ(window.menuBar()->actions().at(1)->text(), QStringLiteral("&Visualizza"));
    const QStringList clashes = acceleratorClashes(window.menuBar());
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(u'\n').toStdString();
    check(window, QStringLiteral("main-window.png"));

    // The chart paints its column labels itself, bold in 85% of its font, each in an 80 px box
    // (ExpiryChart::paintEvent); the translated ones must fit it.
    auto *chart = window.findChild<gui::ExpiryChart *>();
    ASSERT_NE(chart, nullptr);
    QFont labelFont = chart->font();
    labelFont.setPointSizeF(std::max(6.0, labelFont.pointSizeF() * 0.85));
    labelFont.setBold(true);
    for (const char *label : {"Ended", "This week"}) {
        const QString text = QCoreApplication::translate("om::gui::ExpiryChart", label);
        EXPECT_LE(QFontMetrics(labelFont).horizontalAdvance(text), 80) << text.toStdString();
    }

    auto *tabs = window.detailPane()->findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->tabText(1), QStringLiteral("Utenti"));
    QSignalSpy loaded(&controller(), &gui::AppController::usersLoaded);
    tabs->setCurrentIndex(1);
    ASSERT_TRUE(loaded.wait(30000));
    check(window);

    gui::SettingsDialog dialog(gui::GuiSettings::load(QSettings()), &window);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Impostazioni"));
    check(dialog, QStringLiteral("settings.png"));
}

// A full migration of a demo customer, checked on every page (the order is placed in the sandbox).
TEST_F(ItalianLayoutTest, EveryWizardPageShowsWholeTexts)
{
    startController(24);
    const QString cid = cleanDemoCustomer();
    ASSERT_FALSE(cid.isEmpty());
    scanAndWait();
    auto c = newWizardController(cid);
    gui::MigrationWizard wizard(c.get(), &controller().snapshot());
    wizard.setConfirm([](QWidget *, const QString &, const QString &) { return true; });
    wizard.show(); // at the size MigrationWizard gives itself
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    ASSERT_TRUE(waitPageComplete(wizard));
    check(wizard);
    next(wizard);
    ASSERT_TRUE(waitPageComplete(wizard));
    check(wizard, QStringLiteral("wizard-2-replacement.png"));
    next(wizard);
    auto *purchase = qobject_cast<gui::MigrationWizardPurchasePage *>(wizard.currentPage());
    ASSERT_NE(purchase, nullptr);
    purchase->confirmBox()->setChecked(true);
    check(wizard);
    purchase->orderButton()->click();
    ASSERT_TRUE(waitPageComplete(wizard));
    check(wizard);
    next(wizard);
    ASSERT_TRUE(waitPageComplete(wizard));
    check(wizard, QStringLiteral("wizard-4-reassign.png"));
    next(wizard);
    auto *verify = qobject_cast<gui::MigrationWizardVerifyPage *>(wizard.currentPage());
    ASSERT_NE(verify, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([verify]() { return verify->suspendButton()->isEnabled(); }, 60000));
    check(wizard);
    verify->suspendButton()->click();
    ASSERT_TRUE(waitPageComplete(wizard));
    next(wizard);
    check(wizard, QStringLiteral("wizard-6-summary.png"));
}

// The account page in Italian: the first start and Settings, Account after a tested sign-in.
TEST_F(ItalianLayoutTest, AccountPageShowsWholeTexts)
{
    showAccountPages([this](QWidget &widget, const QString &name) {
        if (auto *dialog = qobject_cast<QDialog *>(&widget); dialog && name.contains(u"first-start")) {
            EXPECT_EQ(dialog->windowTitle(),
                      QStringLiteral("Collega il tuo account del Centro per i partner"));
        }
        check(widget, name);
    });
}

} // namespace
} // namespace om::test
