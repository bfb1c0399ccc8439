#include "ui/MainWindow.h"

#include "domain/CustomerFilterProxyModel.h"
#include "domain/CustomerTableModel.h"
#include "domain/DisplayDate.h"
#include "domain/SubscriptionFilterProxyModel.h"
#include "secrets/AccountSettings.h"
#include "ui/AccountSession.h"
#include "ui/AccountSetupController.h"
#include "ui/AppController.h"
#include "ui/CustomerDetailPane.h"
#include "ui/CustomerFilterBar.h"
#include "ui/ExpiryChart.h"
#include "ui/GuiSettings.h"
#include "ui/SettingsDialog.h"
#include "ui/UrgencyStyle.h"
#include "ui/batch/BatchLauncher.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace om::gui {

using domain::CustomerTableModel;

MainWindow::MainWindow(AppController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    // The title always says which one is in use: the sandbox or which account (the status bar says it too).
    setWindowTitle(tr("Offer Migrator — %1").arg(m_controller->environmentTitle()));
    createActions();
    setCentralWidget(createCentral());
    createMenus();
    createStatusBar();

    connect(m_controller, &AppController::snapshotChanged, this, &MainWindow::onSnapshotChanged);
    connect(m_controller, &AppController::progressChanged, this, [this] {
        updateChart();
        updateActions();
    });
    connect(m_controller, &AppController::scanStarted, this, &MainWindow::onScanStarted);
    connect(m_controller, &AppController::scanProgress, this, &MainWindow::onScanProgress);
    connect(m_controller, &AppController::scanFinished, this, &MainWindow::onScanFinished);
    connect(m_controller, &AppController::warning, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentCustomerChanged);
    auto *proxy = m_controller->customerProxy();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, &MainWindow::updateStatusTexts);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusTexts);
    // A scan resets the table (and a streaming one inserts rows, which the proxy turns into resets): the
    // selected customer stays selected when it is still shown.
    connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_restoreCustomerId.isEmpty())
            m_restoreCustomerId = selectedCustomerId();
    });
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::restoreSelection);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatusTexts);

    onSnapshotChanged(); // the cache may already have filled the models
}

void MainWindow::createActions()
{
    m_scanAction = new QAction(tr("&Scan Partner Center"), this);
    m_scanAction->setShortcut(QKeySequence::Refresh); // F5
    m_scanAction->setStatusTip(tr("Read every customer's subscriptions again"));
    connect(m_scanAction, &QAction::triggered, m_controller, &AppController::startScan);

    m_cancelAction = new QAction(tr("&Cancel scan"), this);
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, m_controller, &AppController::cancelScan);

    m_exportAction = new QAction(tr("&Export report…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Save the migration report as a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportReport);

    m_settingsAction = new QAction(tr("Se&ttings…"), this);
    m_settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] { openSettings(); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(tr("&Find customer"), this);
    m_findAction->setShortcut(QKeySequence::Find); // Ctrl+F

    m_focusListAction = new QAction(tr("Customer li&st"), this);
    m_focusListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_focusListAction->setStatusTip(tr("Move the keyboard focus to the customer list"));

    m_clearFiltersAction = new QAction(tr("C&lear filters"), this);

    m_chartAction = new QAction(tr("Expiry &chart"), this);
    m_chartAction->setCheckable(true);
    m_chartAction->setChecked(true);

    m_chartLicencesAction = new QAction(tr("Chart counts &licences"), this);
    m_chartLicencesAction->setCheckable(true);
    m_chartLicencesAction->setChecked(true);
    m_chartLicencesAction->setStatusTip(tr("Unchecked: the chart counts subscriptions"));

    m_migrateAction = new QAction(tr("&Migrate…"), this);
    m_migrateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_migrateAction, &QAction::triggered, this, [this] {
        const QString id = selectedCustomerId();
        if (!id.isEmpty())
            emit migrateRequested(id);
    });

    m_signInAction = new QAction(tr("Sign &in…"), this);
    m_signOutAction = new QAction(tr("Sign &out"), this);
    for (QAction *action : {m_signInAction, m_signOutAction}) {
        action->setEnabled(false);
        action->setToolTip(tr("The sandbox needs no sign-in."));
    }
    m_accountSettingsAction = new QAction(tr("Partner Center &account…"), this);
    m_accountSettingsAction->setStatusTip(tr(
        "Enter your tenant and app registration, sign in, or switch between the sandbox and your account"));
    m_accountSettingsAction->setEnabled(false);
    connect(m_accountSettingsAction, &QAction::triggered, this, [this] { openSettings(true); });

    m_aboutAction = new QAction(tr("&About Offer Migrator"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_scanAction);
    file->addAction(m_cancelAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_findAction);
    view->addAction(m_focusListAction);
    view->addAction(m_clearFiltersAction);
    view->addSeparator();
    view->addAction(m_chartAction);
    view->addAction(m_chartLicencesAction);

    QMenu *customer = menuBar()->addMenu(tr("&Customer"));
    customer->addAction(m_migrateAction);

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(m_signInAction);
    account->addAction(m_signOutAction);
    account->addSeparator();
    account->addAction(m_accountSettingsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(m_scanAction);
    tools->addAction(m_exportAction);
    tools->addSeparator();
    tools->addAction(m_migrateAction);
    // Several customers in one go (issue 16): the batch launcher's actions (Ctrl+Shift+M) here, in the
    // toolbar and in the customer list's context menu; GuiSession gives it the journal.
    (new BatchLauncher(m_controller, m_table, this))->addTo(customer, tools);
}

QWidget *MainWindow::createCentral()
{
    auto *central = new QWidget(this);

    m_chartBox = new QWidget(central);
    m_chart = new ExpiryChart(m_chartBox);
    m_chart->setObjectName(QStringLiteral("expiryChart"));
    m_chart->setAccessibleName(tr("Expiry chart"));
    m_chartCaption = new QLabel(m_chartBox);
    QFont captionFont = m_chartCaption->font();
    captionFont.setBold(true);
    m_chartCaption->setFont(captionFont);
    auto *chartLayout = new QVBoxLayout(m_chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(m_chartCaption);
    chartLayout->addWidget(m_chart);
    connect(m_chartAction, &QAction::toggled, m_chartBox, &QWidget::setVisible);
    connect(m_chartLicencesAction, &QAction::toggled, this, &MainWindow::updateChart);

    m_filterBar = new CustomerFilterBar(m_controller->customerProxy(), central);
    connect(m_findAction, &QAction::triggered, m_filterBar, &CustomerFilterBar::focusSearch);
    connect(m_clearFiltersAction, &QAction::triggered, m_filterBar, &CustomerFilterBar::clear);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("customerView"));
    m_table->setAccessibleName(tr("Customers"));
    m_table->setAccessibleDescription(tr(
        "Customers with retired-offer subscriptions. Enter, Ctrl+M or a double click opens the migration."));
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the next control; arrows move in it
    m_table->setModel(m_controller->customerProxy());
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerTableModel::DaysLeftColumn, Qt::AscendingOrder); // most urgent first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    // Columns fit their first 100 rows (more than a screen shows; the list starts with the most urgent),
    // not Qt's 1,000: measuring 1,000 rows of every column took about 25 ms of each start and scan.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerTableModel::CustomerColumn,
                                                      QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(CustomerTableModel::DaysLeftColumn,
                                      new UrgencyDelegate(CustomerTableModel::UrgencyRole, m_table));
    connect(m_table, &QTableView::doubleClicked, m_migrateAction, &QAction::trigger);
    // Enter on the list opens the migration, like a double click (QTableView::activated would also fire
    // on a single click on some desktops).
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open = new QShortcut(key, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, m_migrateAction, &QAction::trigger);
    }
    connect(m_focusListAction, &QAction::triggered, this, [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->currentIndex().isValid() && m_table->model()->rowCount() > 0)
            m_table->setCurrentIndex(m_table->model()->index(0, 0));
    });

    m_countLabel = new QLabel(central);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    auto *tablePane = new QWidget(central);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_countLabel);

    // No customer is selected yet: the pane's list shows nobody's rows. Said before the pane sorts it, so
    // the start does not sort all 100,000 subscriptions for a list that shows none of them (the pane says
    // the same once it is built; the first customer selected sorts them).
    m_controller->subscriptionProxy()->setCustomerId(QString());
    m_detail = new CustomerDetailPane(m_controller, m_migrateAction, central);

    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(tablePane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->addWidget(m_chartBox);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    // Keyboard order: search and filters, the customer list, then the selected customer's details.
    setTabOrder(m_filterBar->marketCombo(), m_table);
    setTabOrder(m_table, m_detail->migrateButton());
    return central;
}

void MainWindow::createStatusBar()
{
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cancelButton->setVisible(false);

    m_accountLabel = new QLabel(this);
    m_environmentLabel = new QLabel(this);
    m_lastScanLabel = new QLabel(this);
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_lastScanLabel->setObjectName(QStringLiteral("lastScanLabel"));

    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_environmentLabel);
    statusBar()->addPermanentWidget(m_lastScanLabel);
}

QString MainWindow::selectedCustomerId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CustomerTableModel::CustomerIdRole).toString() : QString();
}

void MainWindow::onSnapshotChanged()
{
    std::set<QString> markets;
    for (const domain::CustomerRecord &customer : m_controller->snapshot().customers) {
        if (!customer.market.isEmpty())
            markets.insert(customer.market.toUpper());
    }
    m_filterBar->setMarkets(QStringList(markets.begin(), markets.end()));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CustomerTableModel::CustomerColumn,
                                                      QHeaderView::Stretch);
    onCurrentCustomerChanged();
    updateChart();
    updateStatusTexts();
    updateActions();
}

void MainWindow::restoreSelection()
{
    const QString id = std::exchange(m_restoreCustomerId, QString());
    if (id.isEmpty())
        return;
    const int row = m_controller->customers()->rowOfCustomer(id);
    const QModelIndex index =
        row < 0 ? QModelIndex()
                : m_controller->customerProxy()->mapFromSource(m_controller->customers()->index(row, 0));
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    onCurrentCustomerChanged();
}

void MainWindow::onScanStarted()
{
    m_progress->setRange(0, 0); // busy until the customer count is known
    m_progress->setFormat(tr("Reading customers…"));
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    statusBar()->clearMessage();
    updateActions();
}

void MainWindow::onScanProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %n customer(s)", nullptr, total).arg(done));
}

void MainWindow::onScanFinished(bool ok, const QString &message)
{
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    statusBar()->showMessage(ok ? message : tr("Scan failed: %1").arg(message), ok ? 8000 : 0);
    updateStatusTexts();
    updateActions();
}

void MainWindow::onCurrentCustomerChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const domain::CustomerRecord *customer = nullptr;
    if (current.isValid()) {
        const QModelIndex source = m_controller->customerProxy()->mapToSource(current);
        customer = &m_controller->customers()->customerAt(source.row());
    }
    if (!customer || customer->id != m_detail->customerId())
        m_detail->showCustomer(customer);
    updateActions();
}

void MainWindow::updateStatusTexts()
{
    QString account = m_controller->accountText();
    if (m_session)
        account = m_session->isSignedIn() ? tr("%1 (signed in)").arg(account)
                                          : tr("%1 (not signed in)").arg(account);
    m_accountLabel->setText(tr("Account: %1").arg(account));
    m_environmentLabel->setText(tr("Environment: %1").arg(m_controller->environmentText()));
    const QDateTime last = m_controller->lastScanAt();
    m_lastScanLabel->setText(last.isValid()
                                 ? tr("Last scan: %1").arg(domain::displayDateTime(last.toLocalTime()))
                                 : tr("Not scanned yet"));
    int affected = 0;
    const domain::CustomerTableModel *model = m_controller->customers();
    for (int row = 0; row < model->rowCount(); ++row)
        affected += model->rowData(row).affectedCount > 0 ? 1 : 0;
    m_countLabel->setText(tr("Showing %1 of %n customer(s) with retired offers", nullptr, affected)
                              .arg(m_controller->customerProxy()->rowCount()));
}

void MainWindow::updateChart()
{
    const bool licences = m_chartLicencesAction->isChecked();
    m_chart->setMetric(licences ? ExpiryChart::Metric::Licences : ExpiryChart::Metric::Subscriptions);
    const ExpiryBuckets buckets =
        bucketExpirationsByWeek(m_controller->snapshot(), m_controller->catalogue(), m_controller->progress(),
                                m_controller->clock().today(), 16, QLocale().firstDayOfWeek());
    QString caption = licences ? tr("Retired-offer licences ending per week, next 16 weeks")
                               : tr("Retired-offer subscriptions ending per week, next 16 weeks");
    const int later = licences ? buckets.laterLicences : buckets.laterSubscriptions;
    if (later > 0)
        caption += QStringLiteral("  ·  ") + (licences ? tr("%n more licence(s) later", nullptr, later)
                                                       : tr("%n more subscription(s) later", nullptr, later));
    m_chartCaption->setText(caption);
    m_chart->setAccessibleDescription(caption); // what the bars show, for screen readers
    m_chart->setBuckets(buckets);
}

void MainWindow::updateActions()
{
    const bool scanning = m_controller->isScanning();
    m_scanAction->setEnabled(!scanning);
    m_cancelAction->setEnabled(scanning);
    m_exportAction->setEnabled(!m_controller->snapshot().customers.isEmpty());
    m_migrateAction->setEnabled(m_migrationAvailable && !selectedCustomerId().isEmpty());
    if (m_session) {
        m_signInAction->setEnabled(!m_session->isSigningIn());
        m_signOutAction->setEnabled(true); // also forgets a sign-in kept in the keychain from an earlier run
    }
    m_migrateAction->setToolTip(m_migrationAvailable
                                    ? tr("Migrate the selected customer's retired subscriptions")
                                    : tr("The migration wizard is not available yet."));
}

void MainWindow::setAccountSession(AccountSession *session)
{
    m_session = session;
    if (!m_session)
        return;
    connect(m_signInAction, &QAction::triggered, m_session, &AccountSession::signIn);
    connect(m_signOutAction, &QAction::triggered, m_session, &AccountSession::signOut);
    connect(m_session, &AccountSession::signInRequired, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Sign in required: %1").arg(reason));
        updateActions();
    });
    connect(m_session, &AccountSession::signInStarted, this, [this] {
        statusBar()->showMessage(tr("Finish signing in in your browser…"));
        updateActions();
    });
    connect(m_session, &AccountSession::signInFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Sign-in failed: %1").arg(message));
        updateActions();
    });
    for (auto signal : {&AccountSession::signedIn, &AccountSession::signedOut}) {
        connect(m_session, signal, this, [this] {
            statusBar()->clearMessage();
            updateStatusTexts();
            updateActions();
        });
    }
    connect(m_session, &AccountSession::warning, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    m_signInAction->setToolTip(tr("Sign in to Partner Center in your browser"));
    m_signOutAction->setToolTip(tr("Forget this computer's sign-in"));
    updateStatusTexts();
    updateActions();
}

void MainWindow::setMigrationAvailable(bool available)
{
    m_migrationAvailable = available;
    updateActions();
}

Status MainWindow::exportReportTo(const QString &path)
{
    Status written = m_controller->exportReport(path);
    if (written.ok())
        statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return written;
}

void MainWindow::exportReport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("offer-migration-report-%1.csv")
                             .arg(m_controller->clock().now().toLocalTime().date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), QDir(folder).filePath(name),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status written = exportReportTo(path);
    if (!written.ok()) {
        QMessageBox::critical(
            this, tr("Export failed"),
            tr("The report could not be saved to %1.\n\n%2\n\nChoose another folder and try again.")
                .arg(QDir::toNativeSeparators(path), written.error().message));
    }
}

bool MainWindow::openSettings(bool accountTab)
{
    QSettings settings;
    // The page starts from what is in use now, so OK without a change never switches.
    if (m_setup) {
        m_setup->load(m_session ? m_session->account() : secrets::AccountSettings::load(settings),
                      m_controller->isSandbox() ? GuiSettings::Environment::Sandbox
                                                : GuiSettings::Environment::Account);
    }
    SettingsDialog dialog(GuiSettings::load(settings), m_setup, this);
    if (accountTab)
        dialog.showAccountTab();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    dialog.settings().save(settings);
    statusBar()->showMessage(tr("Settings saved. They take effect the next time Offer Migrator starts."),
                             8000);
    if (!m_setup)
        return true;
    m_setup->save(settings);
    settings.sync();
    const bool wantsAccount = m_setup->environment() == GuiSettings::Environment::Account;
    const bool otherAccount = m_session && m_session->account() != m_setup->account();
    if (wantsAccount == m_controller->isSandbox() || (wantsAccount && otherAccount))
        emit switchRequested();
    return true;
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::setAccountSetup(AccountSetupController *setup)
{
    m_setup = setup;
    m_accountSettingsAction->setEnabled(m_setup != nullptr);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Offer Migrator"),
                       tr("<h3>Offer Migrator %1</h3>"
                          "<p>Moves Cloud Solution Provider customers off the retired "
                          "Dynamics 365 Basic (Qualified Offer) subscriptions.</p>")
                           .arg(QStringLiteral(OM_VERSION)));
}

} // namespace om::gui
