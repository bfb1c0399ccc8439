#pragma once

#include "common/Result.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QTableView;
class QToolButton;

namespace om::gui {

class AccountSession;
class AccountSetupController;
class AppController;
class CustomerDetailPane;
class CustomerFilterBar;
class ExpiryChart;

// The main window: a view over the AppController (borrowed, must outlive the window). It shows the
// customers with retired-offer subscriptions, filters, the selected customer's details, an expiry
// chart and the scan state; every action is forwarded to the controller.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppController *controller, QWidget *parent = nullptr);

    // Writes the report to `path` (no dialog); the Export action asks for the path and shows errors.
    Status exportReportTo(const QString &path);
    // The migration wizard registers here once it exists; until then "Migrate…" stays disabled.
    void setMigrationAvailable(bool available);
    // The signed-in account behind the Account menu (borrowed); none in the sandbox.
    void setAccountSession(AccountSession *session);
    // The account page's controller (borrowed): Settings gets an Account tab, the Account menu opens it.
    void setAccountSetup(AccountSetupController *setup);
    // Opens Settings (on the Account tab when asked); returns whether it was accepted. Emits switchRequested
    // when the account page changed what the app works with.
    bool openSettings(bool accountTab = false);
    void showStatusMessage(const QString &message);

    QTableView *customerView() const { return m_table; }
    CustomerFilterBar *filterBar() const { return m_filterBar; }
    CustomerDetailPane *detailPane() const { return m_detail; }
    ExpiryChart *chart() const { return m_chart; }
    QAction *scanAction() const { return m_scanAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *migrateAction() const { return m_migrateAction; }
    QAction *focusListAction() const { return m_focusListAction; }
    QAction *signInAction() const { return m_signInAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    QAction *accountSettingsAction() const { return m_accountSettingsAction; }
    QString selectedCustomerId() const;

signals:
    void migrateRequested(const QString &customerId);
    // Settings → Account switched between the sandbox and an account (or to another account): the app
    // rebuilds its window for it (GuiMain).
    void switchRequested();

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    QWidget *createCentral();

    void onSnapshotChanged();
    void onScanStarted();
    void onScanProgress(int done, int total);
    void onScanFinished(bool ok, const QString &message);
    void onCurrentCustomerChanged();
    void restoreSelection();
    void updateStatusTexts();
    void updateChart();
    void updateActions();
    void exportReport();
    void about();

    AppController *m_controller;
    AccountSession *m_session = nullptr;
    AccountSetupController *m_setup = nullptr;
    bool m_migrationAvailable = false;
    QString m_restoreCustomerId; // selected before the table was reset

    QAction *m_scanAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_focusListAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_chartAction = nullptr;
    QAction *m_chartLicencesAction = nullptr;
    QAction *m_migrateAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_accountSettingsAction = nullptr;

    ExpiryChart *m_chart = nullptr;
    QLabel *m_chartCaption = nullptr;
    QWidget *m_chartBox = nullptr;
    CustomerFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    CustomerDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;

    QLabel *m_accountLabel = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_lastScanLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
};

} // namespace om::gui
