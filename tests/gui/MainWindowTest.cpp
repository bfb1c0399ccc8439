// The main window as a view over a controller on the in-process sandbox (offscreen platform).
#include "ui/MainWindow.h"

#include "domain/CsvReportWriter.h"
#include "domain/CustomerTableModel.h"
#include "domain/DisplayDate.h"
#include "domain/UserTableModel.h"
#include "journal/ScanCache.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/CustomerDetailPane.h"
#include "ui/CustomerFilterBar.h"
#include "ui/ExpiryChart.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <algorithm>

namespace om::test {
namespace {

using domain::CustomerTableModel;

class MainWindowTest : public GuiFixture
{
protected:
    void TearDown() override
    {
        m_window.reset();
        GuiFixture::TearDown();
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
    int shownRows() { return window().customerView()->model()->rowCount(); }
    // Customers with retired offers and something left to do: the default view.
    int needingAction()
    {
        int n = 0;
        const CustomerTableModel *model = controller().customers();
        for (int row = 0; row < model->rowCount(); ++row)
            n += model->rowData(row).affectedCount > 0 && model->rowData(row).status.needsAction() ? 1 : 0;
        return n;
    }
    void showAllCustomers()
    {
        QComboBox *state = window().filterBar()->stateCombo();
        state->setCurrentIndex(state->findText(QStringLiteral("All customers")));
        ASSERT_GE(state->currentIndex(), 0);
    }

    // Scans through the window's own action, the way F5 does.
    void scanFromWindow()
    {
        QSignalSpy finished(&controller(), &gui::AppController::scanFinished);
        window().scanAction()->trigger();
        EXPECT_FALSE(window().scanAction()->isEnabled()); // no second scan while one runs
        ASSERT_TRUE(finished.wait(60000));
        ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
        EXPECT_TRUE(window().scanAction()->isEnabled());
    }

private:
    std::unique_ptr<gui::MainWindow> m_window;
};

TEST_F(MainWindowTest, ScanShowsTheSandboxsAffectedCustomers)
{
    startController();
    EXPECT_EQ(shownRows(), 0);
    scanFromWindow();
    // The default view: customers that need action. The demo tenant also has customers already done.
    const int expected = needingAction();
    ASSERT_GT(expected, 0);
    ASSERT_LT(expected, affectedCustomersInStore(controller()));
    EXPECT_EQ(shownRows(), expected);
    EXPECT_EQ(window().filterBar()->stateCombo()->currentText(), QStringLiteral("Needs action"));

    // "All customers" shows the done ones too: last (by days left, the default order), never urgent.
    showAllCustomers();
    const QAbstractItemModel *shown = window().customerView()->model();
    ASSERT_EQ(shownRows(), affectedCustomersInStore(controller()));
    bool doneSeen = false;
    for (int row = 0; row < shownRows(); ++row) {
        const bool done = shown->index(row, 0).data(CustomerTableModel::NextStepRole).toInt() ==
                          int(domain::NextStep::Done);
        EXPECT_FALSE(doneSeen && !done) << "an open customer after a done one at row " << row;
        doneSeen = doneSeen || done;
        if (done) {
            EXPECT_EQ(shown->index(row, 0).data(CustomerTableModel::UrgencyRole).toInt(),
                      int(domain::Urgency::Unknown));
            EXPECT_EQ(shown->index(row, CustomerTableModel::StateColumn).data().toString(),
                      QStringLiteral("Done"));
        }
    }
    EXPECT_TRUE(doneSeen);

    const QLabel *environment = window().findChild<QLabel *>(QStringLiteral("environmentLabel"));
    ASSERT_NE(environment, nullptr);
    EXPECT_TRUE(environment->text().contains(QStringLiteral("Sandbox")));
    EXPECT_TRUE(window().exportAction()->isEnabled());
}

TEST_F(MainWindowTest, TypingInTheSearchBoxFiltersTheTable)
{
    startController();
    scanFromWindow();
    // Search for the start of a shown customer's name (ASCII only: QTest::keyClicks types ASCII keys).
    QString needle;
    const QAbstractItemModel *shown = window().customerView()->model();
    for (int row = 0; row < shown->rowCount() && needle.isEmpty(); ++row) {
        const QString name = shown->index(row, CustomerTableModel::CustomerColumn).data().toString().left(5);
        const bool ascii = name.size() == 5 && std::all_of(name.begin(), name.end(), [](QChar c) {
                               return c.unicode() < 128 && (c.isLetterOrNumber() || c == u' ');
                           });
        if (ascii)
            needle = name;
    }
    ASSERT_FALSE(needle.isEmpty());
    int expected = 0;
    const CustomerTableModel *model = controller().customers();
    for (int row = 0; row < model->rowCount(); ++row) {
        const domain::CustomerRecord &c = model->customerAt(row);
        const bool matches = c.companyName.contains(needle, Qt::CaseInsensitive) ||
                             c.domain.contains(needle, Qt::CaseInsensitive) ||
                             c.id.contains(needle, Qt::CaseInsensitive);
        if (matches && model->rowData(row).affectedCount > 0 && model->rowData(row).status.needsAction())
            ++expected;
    }
    ASSERT_GE(expected, 1);

    QTest::keyClicks(window().filterBar()->searchEdit(), needle);
    EXPECT_EQ(shownRows(), expected);
    EXPECT_LT(shownRows(), needingAction() + 1);

    QTest::keyClicks(window().filterBar()->searchEdit(), QStringLiteral("zzqx-no-such-customer"));
    EXPECT_EQ(shownRows(), 0);
    window().filterBar()->clear(); // back to the default view
    EXPECT_EQ(shownRows(), needingAction());
}

TEST_F(MainWindowTest, CtrlFFocusesTheSearchBox)
{
    startController(4);
    window().activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window()));
    window().customerView()->setFocus();
    QTest::keyClick(&window(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(window().filterBar()->searchEdit()->hasFocus());
}

TEST_F(MainWindowTest, ClickingAHeaderSortsTheColumn)
{
    startController();
    scanFromWindow();
    QTableView *view = window().customerView();
    const auto licencesIn = [view](int row) {
        return view->model()
            ->index(row, CustomerTableModel::LicencesColumn)
            .data(CustomerTableModel::SortRole)
            .toInt();
    };
    const int rows = view->model()->rowCount();
    ASSERT_GT(rows, 2);

    view->sortByColumn(CustomerTableModel::LicencesColumn, Qt::AscendingOrder);
    for (int row = 1; row < rows; ++row)
        ASSERT_LE(licencesIn(row - 1), licencesIn(row)) << "row " << row;
    view->sortByColumn(CustomerTableModel::LicencesColumn, Qt::DescendingOrder);
    for (int row = 1; row < rows; ++row)
        ASSERT_GE(licencesIn(row - 1), licencesIn(row)) << "row " << row;
    EXPECT_GT(licencesIn(0), licencesIn(rows - 1)); // the demo tenant has different sizes
}

TEST_F(MainWindowTest, SelectingACustomerShowsItsRetiredSubscriptions)
{
    startController();
    scanFromWindow();
    QTableView *view = window().customerView();
    view->selectRow(0);
    const QString id = window().selectedCustomerId();
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(window().detailPane()->customerId(), id);
    const int row = controller().customers()->rowOfCustomer(id);
    EXPECT_EQ(window().detailPane()->subscriptionView()->model()->rowCount(),
              controller().customers()->rowData(row).affectedCount);
}

TEST_F(MainWindowTest, MigrateStaysDisabledUntilTheWizardExists)
{
    startController();
    scanFromWindow();
    window().customerView()->selectRow(0);
    QAction *migrate = window().migrateAction();
    EXPECT_FALSE(migrate->isEnabled());
    EXPECT_FALSE(migrate->toolTip().isEmpty());

    QSignalSpy requested(&window(), &gui::MainWindow::migrateRequested);
    window().setMigrationAvailable(true);
    ASSERT_TRUE(migrate->isEnabled());
    migrate->trigger();
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.first().at(0).toString(), window().selectedCustomerId());
}

TEST_F(MainWindowTest, CachedScanShowsRowsBeforeAnyScan)
{
    ASSERT_TRUE(
        journal::ScanCache(cachePath()).save(smallSnapshot(controller().catalogue(), clock().today())).ok());
    startController(4);
    QSignalSpy started(&controller(), &gui::AppController::scanStarted);
    EXPECT_EQ(shownRows(), 1);
    EXPECT_EQ(started.count(), 0);
    const QLabel *lastScan = window().findChild<QLabel *>(QStringLiteral("lastScanLabel"));
    ASSERT_NE(lastScan, nullptr);
    EXPECT_TRUE(lastScan->text().contains(domain::displayDateTime(controller().lastScanAt().toLocalTime())));
    EXPECT_EQ(window().chart()->buckets().weeks.at(1).licences +
                  window().chart()->buckets().weeks.at(2).licences,
              12);
}

TEST_F(MainWindowTest, ExportWritesACsvWithTheReportHeader)
{
    startController();
    scanFromWindow();
    const QString path = tempDir().filePath(QStringLiteral("window-report.csv"));
    ASSERT_TRUE(window().exportReportTo(path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray header = file.readLine();
    ASSERT_TRUE(header.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(header.mid(3), domain::CsvReportWriter::header() + "\r\n");
    int dataLines = 0;
    while (!file.readLine().isEmpty())
        ++dataLines;
    EXPECT_GT(dataLines, 0);
}

TEST_F(MainWindowTest, UsersTabShowsWhichLicenceEachUserHolds)
{
    startController(8);
    scanFromWindow();
    gui::CustomerDetailPane *detail = window().detailPane();
    QTableView *users = detail->userView();
    EXPECT_FALSE(users->isColumnHidden(domain::UserTableModel::LicencesColumn));
    window().customerView()->selectRow(0);
    detail->tabs()->setCurrentIndex(1);
    ASSERT_TRUE(QTest::qWaitFor([users] { return users->model()->rowCount() > 0; }, 30000));
    const QAbstractItemModel *model = users->model();
    ASSERT_TRUE(QTest::qWaitFor(
        [model] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, domain::UserTableModel::LicencesColumn).data().toString().isEmpty())
                    return false;
            }
            return true;
        },
        30000));
    EXPECT_EQ(model->headerData(domain::UserTableModel::LicencesColumn, Qt::Horizontal).toString(),
              QStringLiteral("Licences"));
}

// Every control without a visible label has an accessible name; the keyboard alone reaches the filters,
// the customer list and the selected customer's details.
TEST_F(MainWindowTest, KeyboardAloneReachesEveryPartAndControlsHaveNames)
{
    startController();
    scanFromWindow();
    window().setMigrationAvailable(true);
    window().activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window()));

    for (QWidget *widget : window().findChildren<QWidget *>()) {
        const bool needsName = qobject_cast<QComboBox *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                               qobject_cast<QAbstractItemView *>(widget) ||
                               qobject_cast<QProgressBar *>(widget) || widget == window().chart();
        if (!needsName || qobject_cast<QComboBox *>(widget->parentWidget()))
            continue; // a combo's own popup list and line edit are named by the combo
        if (widget->inherits("QHeaderView") || widget->inherits("QComboBoxListView"))
            continue;
        EXPECT_FALSE(widget->accessibleName().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();
    }

    EXPECT_FALSE(window().chart()->accessibleDescription().isEmpty());

    // Ctrl+L: the customer list, with a current row to act on; Ctrl+M then opens the migration.
    QTest::keyClick(&window(), Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(window().customerView()->hasFocus());
    ASSERT_FALSE(window().selectedCustomerId().isEmpty());
    QSignalSpy requested(&window(), &gui::MainWindow::migrateRequested);
    QTest::keyClick(&window(), Qt::Key_M, Qt::ControlModifier);
    EXPECT_EQ(requested.count(), 1);
    QTest::keyClick(window().customerView(), Qt::Key_Return); // Enter on the list, like a double click
    EXPECT_EQ(requested.count(), 2);

    // Tab from the search box walks the filters, the list, then the details.
    window().filterBar()->focusSearch();
    QList<QWidget *> visited;
    for (int i = 0; i < 12; ++i) {
        visited.append(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QList<QWidget *> expected = {window().filterBar()->searchEdit(),
                                       window().filterBar()->expiringCombo(),
                                       window().filterBar()->stateCombo(),
                                       window().filterBar()->marketCombo(),
                                       window().customerView(),
                                       window().detailPane()->migrateButton(),
                                       window().detailPane()->tabs(), // its tab bar takes the focus
                                       window().detailPane()->subscriptionView()};
    qsizetype at = 0;
    for (QWidget *widget : expected) {
        qsizetype found = -1;
        for (qsizetype i = at; i < visited.size() && found < 0; ++i) {
            if (visited.at(i) == widget || widget->isAncestorOf(visited.at(i)))
                found = i;
        }
        EXPECT_GE(found, at) << "not reached in order: " << widget->metaObject()->className() << " "
                             << widget->objectName().toStdString();
        if (found >= 0)
            at = found;
    }
}

// A scan refills the table while it runs (rows inserted, then the finished scan): the customer the partner
// selected stays selected, and its details stay shown.
TEST_F(MainWindowTest, SelectionSurvivesARescan)
{
    startController();
    scanFromWindow();
    window().customerView()->selectRow(2);
    const QString id = window().selectedCustomerId();
    ASSERT_FALSE(id.isEmpty());
    scanFromWindow();
    EXPECT_EQ(window().selectedCustomerId(), id);
    EXPECT_EQ(window().detailPane()->customerId(), id);
}

} // namespace
} // namespace om::test
