#pragma once

#include "batch/BatchStore.h"
#include "engine/EngineTypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QMenu;
class QTableView;
class QToolBar;
class QWidget;

namespace om::journal {
class Journal;
}

namespace om::gui {

class AppController;
class BatchWizard;

// Starts batches from the main window (issue 16). Owns "Migrate selected…" (Ctrl+Shift+M: the customers
// selected in the list; the list then allows selecting several) and "Migrate all shown…" (every customer
// the current filter shows), placed in a menu, the toolbar and the list's context menu. Both stay disabled
// until setJournal() (the journal is where every write is recorded). Opens one BatchWizard at a time, and
// offers to resume an unfinished batch kept next to the journal (at start-up, and before a new batch).
// A child of the window; the controller and the journal are borrowed and outlive it.
class BatchLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchLauncher)

public:
    BatchLauncher(AppController *controller, QTableView *customerView, QWidget *window);

    // The window's launcher, or null.
    static BatchLauncher *of(QWidget *window);

    void addTo(QMenu *menu, QToolBar *toolBar);
    // `storePath` empty: BatchStore::pathForJournal(journal's path). `engine`: for tests (short polls).
    void setJournal(journal::Journal *journal, const QString &storePath = {},
                    const engine::EngineConfig &engine = {});

    QAction *migrateSelectedAction() const { return m_selected; }
    QAction *migrateShownAction() const { return m_shown; }
    QStringList selectedCustomerIds() const;
    QStringList shownCustomerIds() const;
    QString storePath() const { return m_storePath; }
    BatchWizard *wizard() const;

    // Opens the batch wizard planning these customers (or the one open, raised). Null without a journal.
    BatchWizard *open(const QStringList &customerIds);
    // Opens the wizard on a kept batch: planned again with its overrides, then run (it was confirmed).
    BatchWizard *resume(const batch::StoredBatch &stored);
    // When an unfinished batch is kept, asks whether to resume it now. True when it was resumed.
    // `beforeNewBatch`: asked before a new batch, which replaces the kept one when declined.
    bool offerResume(bool beforeNewBatch = false);

protected:
    // The main window's close while a batch runs: the batch window asks (pause and close) first.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void launch(const QStringList &customerIds);
    BatchWizard *newWizard();
    void updateActions();

    AppController *m_controller;
    QTableView *m_view;
    QWidget *m_window;
    journal::Journal *m_journal = nullptr;
    QString m_storePath;
    engine::EngineConfig m_engine;
    QAction *m_selected;
    QAction *m_shown;
    QPointer<BatchWizard> m_wizard;
    bool m_closeWindowAfterBatch = false;
};

} // namespace om::gui
