#include "ui/batch/BatchLauncher.h"

#include "domain/CustomerFilterProxyModel.h"
#include "domain/CustomerTableModel.h"
#include "journal/Journal.h"
#include "ui/AppController.h"
#include "ui/batch/BatchController.h"
#include "ui/batch/BatchWizard.h"

#include <QAction>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace om::gui {

BatchLauncher::BatchLauncher(AppController *controller, QTableView *customerView, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_view(customerView)
    , m_window(window)
    , m_selected(new QAction(tr("Migrate &selected…"), window))
    , m_shown(new QAction(tr("Migrate &all shown…"), window))
{
    setObjectName(QStringLiteral("batchLauncher"));
    m_selected->setObjectName(QStringLiteral("migrateSelectedAction"));
    m_selected->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_selected->setStatusTip(tr("Plan and migrate the selected customers together"));
    m_shown->setObjectName(QStringLiteral("migrateShownAction"));
    m_shown->setStatusTip(tr("Plan and migrate every customer the current filter shows"));
    connect(m_selected, &QAction::triggered, this, [this] { launch(selectedCustomerIds()); });
    connect(m_shown, &QAction::triggered, this, [this] { launch(shownCustomerIds()); });

    // Several customers can be selected (Shift/Ctrl with the arrows or the mouse); the current one is still
    // the one the details pane and "Migrate…" use.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_selected);
    m_view->addAction(m_shown);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BatchLauncher::updateActions);
    QAbstractItemModel *model = m_view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &BatchLauncher::updateActions);
    connect(model, &QAbstractItemModel::layoutChanged, this, &BatchLauncher::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &BatchLauncher::updateActions);
    m_window->installEventFilter(this);
    updateActions();
}

bool BatchLauncher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close || !m_wizard ||
        !m_wizard->controller()->isBusy())
        return QObject::eventFilter(watched, event);
    // The batch window asks whether to pause; once it has paused and closed, the main window closes too.
    event->ignore();
    m_wizard->raise();
    m_wizard->activateWindow();
    if (!m_closeWindowAfterBatch) {
        m_closeWindowAfterBatch = true;
        connect(m_wizard, &QObject::destroyed, m_window, [this] {
            if (std::exchange(m_closeWindowAfterBatch, false))
                QTimer::singleShot(0, m_window, &QWidget::close);
        });
    }
    m_wizard->close(); // asks; "Pause and close" closes it once paused
    if (m_wizard && !m_wizard->isClosingWhenStopped())
        m_closeWindowAfterBatch = false; // "Keep running": the app stays open
    return true;
}

BatchLauncher *BatchLauncher::of(QWidget *window)
{
    return window ? window->findChild<BatchLauncher *>(QStringLiteral("batchLauncher"),
                                                       Qt::FindDirectChildrenOnly)
                  : nullptr;
}

BatchWizard *BatchLauncher::wizard() const
{
    return m_wizard;
}

void BatchLauncher::addTo(QMenu *menu, QToolBar *toolBar)
{
    if (menu) {
        menu->addAction(m_selected);
        menu->addAction(m_shown);
    }
    if (toolBar)
        toolBar->addAction(m_selected);
}

void BatchLauncher::setJournal(journal::Journal *journal, const QString &storePath,
                               const engine::EngineConfig &engine)
{
    m_journal = journal;
    m_storePath =
        storePath.isEmpty() && journal ? batch::BatchStore::pathForJournal(journal->path()) : storePath;
    m_engine = engine;
    updateActions();
}

QStringList BatchLauncher::selectedCustomerIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QList<int> order;
    for (const QModelIndex &index : rows)
        order.append(index.row());
    std::sort(order.begin(), order.end()); // the list's order, not the clicking order
    for (int row : order) {
        const QString id =
            m_view->model()->index(row, 0).data(domain::CustomerTableModel::CustomerIdRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

QStringList BatchLauncher::shownCustomerIds() const
{
    QStringList ids;
    const QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row, 0).data(domain::CustomerTableModel::CustomerIdRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void BatchLauncher::updateActions()
{
    const bool available = m_journal != nullptr;
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    const int shown = m_view->model()->rowCount();
    m_selected->setEnabled(available && selected > 0);
    m_shown->setEnabled(available && shown > 0);
    m_selected->setText(selected > 1 ? tr("Migrate %n &selected…", nullptr, selected)
                                     : tr("Migrate &selected…"));
    m_shown->setText(tr("Migrate &all %n shown…", nullptr, shown));
    const QString unavailable = tr("Migrations need the journal, which could not be opened.");
    m_selected->setToolTip(available ? tr("Plan and migrate the selected customers together (%1)")
                                           .arg(m_selected->shortcut().toString(QKeySequence::NativeText))
                                     : unavailable);
}

BatchWizard *BatchLauncher::newWizard()
{
    BatchControllerConfig config;
    config.engine = m_engine;
    config.storePath = m_storePath;
    auto *controller = new BatchController(*m_controller->client(), *m_journal, m_controller->catalogue(),
                                           m_controller->clock(), config);
    auto *wizard = new BatchWizard(controller, m_window);
    // The main window's tables show the journal's progress: read again (at most every half second) when a
    // customer's run ends and when the batch pauses or ends.
    auto *refresh = new QTimer(wizard);
    refresh->setSingleShot(true);
    refresh->setInterval(500);
    const auto readJournal = [this] {
        Result<domain::MigrationProgressMap> progress = m_journal->progressBySubscription();
        if (progress.ok())
            m_controller->setProgress(progress.take());
    };
    connect(refresh, &QTimer::timeout, this, readJournal);
    connect(wizard, &QObject::destroyed, this, readJournal); // the last changes, when closed at once
    const auto later = [refresh] {
        if (!refresh->isActive())
            refresh->start();
    };
    connect(controller, &BatchController::runProgress, refresh, later);
    connect(controller, &BatchController::stageChanged, refresh, later);
    m_wizard = wizard;
    return wizard;
}

BatchWizard *BatchLauncher::open(const QStringList &customerIds)
{
    if (!m_journal || !m_controller->client() || customerIds.isEmpty())
        return nullptr;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    BatchWizard *wizard = newWizard();
    wizard->controller()->plan(customerIds);
    wizard->show();
    return wizard;
}

BatchWizard *BatchLauncher::resume(const batch::StoredBatch &stored)
{
    if (!m_journal || !m_controller->client() || m_wizard)
        return m_wizard;
    BatchWizard *wizard = newWizard();
    wizard->controller()->resumeStored(stored);
    wizard->show();
    return wizard;
}

bool BatchLauncher::offerResume(bool beforeNewBatch)
{
    if (!m_journal || m_wizard)
        return false;
    const auto pending = BatchController::pendingBatch(m_storePath);
    if (!pending.ok()) {
        QMessageBox::warning(m_window, tr("Kept batch not readable"),
                             tr("The unfinished batch could not be read: %1").arg(pending.error().message));
        return false;
    }
    if (!pending.value())
        return false;
    const batch::StoredBatch &stored = *pending.value();
    const QString when = QLocale().toString(stored.confirmedAt.toLocalTime(), QLocale::ShortFormat);
    const QString state = stored.state == batch::StoredBatch::State::WaitingToSuspend
                              ? tr("Its verified subscriptions wait to be suspended.")
                          : stored.state == batch::StoredBatch::State::Paused
                              ? tr("It was paused.")
                              : tr("It was still running when Offer Migrator closed.");
    QMessageBox box(
        QMessageBox::Question, tr("Resume the batch?"),
        tr("A batch of %n customer(s), confirmed on %1 by %2, did not finish. %3\n\nResume it "
           "now? Each customer continues from what the journal recorded; nothing is bought twice.",
           nullptr, int(stored.customerIds.size()))
            .arg(when, stored.operatorName, state),
        QMessageBox::NoButton, m_window);
    QPushButton *resumeButton = box.addButton(tr("&Resume batch"), QMessageBox::AcceptRole);
    resumeButton->setObjectName(QStringLiteral("resumeBatchButton"));
    QPushButton *later =
        box.addButton(beforeNewBatch ? tr("Start the &new batch") : tr("&Not now"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("notNowButton"));
    if (beforeNewBatch)
        box.setInformativeText(tr("A new batch replaces the kept one. Its customers' migrations stay in the "
                                  "journal and continue when you migrate those customers again."));
    box.setDefaultButton(resumeButton);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() != resumeButton)
        return false;
    return resume(stored) != nullptr;
}

void BatchLauncher::launch(const QStringList &customerIds)
{
    if (customerIds.isEmpty())
        return;
    // One batch per journal: an unfinished one is resumed (or set aside) first.
    if (!m_wizard && offerResume(true))
        return;
    open(customerIds);
}

} // namespace om::gui
