#include "ui/batch/BatchPlanPage.h"

#include "ui/batch/BatchController.h"
#include "ui/batch/BatchPlanModel.h"
#include "ui/batch/BatchRowDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace om::gui {

BatchPlanPage::BatchPlanPage(BatchController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new BatchPlanModel(controller, this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_message(new QLabel(this))
    , m_change(new QPushButton(tr("C&hange row…"), this))
    , m_exclude(new QPushButton(tr("E&xclude row"), this))
    , m_confirm(new QPushButton(tr("&Confirm purchases…"), this))
{
    auto *heading = new QLabel(tr("<b>Batch plan</b>: one row per retired subscription. Uncheck a row to "
                                  "leave it out; blocked rows say why they cannot run."),
                               this);
    heading->setWordWrap(true);

    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_progress->setAccessibleName(tr("Planning progress"));

    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setAccessibleName(tr("Batch plan"));
    m_table->setAccessibleDescription(
        tr("Space includes or excludes the row, F2 edits the seats, Ctrl+E changes the row."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setAccessibleName(tr("Totals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);

    m_change->setObjectName(QStringLiteral("changeRowButton"));
    m_change->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_change->setToolTip(tr("Change the replacement, term or seats of the selected row (Ctrl+E)"));
    m_exclude->setObjectName(QStringLiteral("excludeRowButton"));
    m_confirm->setObjectName(QStringLiteral("confirmPurchasesButton"));
    m_confirm->setAutoDefault(false);

    connect(m_change, &QPushButton::clicked, this, &BatchPlanPage::changeCurrentRow);
    connect(m_exclude, &QPushButton::clicked, this, &BatchPlanPage::toggleExcluded);
    connect(m_confirm, &QPushButton::clicked, this, &BatchPlanPage::confirmRequested);
    connect(m_model, &BatchPlanModel::editRefused, this,
            [this](const QString &message) { showMessage(tr("Not changed: %1").arg(message)); });
    connect(m_controller, &BatchController::planProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %n customer(s) planned", nullptr, total).arg(done));
    });
    connect(m_controller, &BatchController::planReset, this, [this] {
        fitColumns();
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        update();
    });
    connect(m_controller, &BatchController::rowChanged, this, [this] {
        showMessage({});
        update();
    });
    connect(m_controller, &BatchController::stageChanged, this, &BatchPlanPage::update);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchPlanPage::updateButtons);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_change);
    rowButtons->addWidget(m_exclude);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_confirm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_message);
    layout->addLayout(rowButtons);
    update();
}

void BatchPlanPage::fitColumns()
{
    // Offer names are long: those columns are capped (the text is elided, the tooltip has it all) so the
    // checks stay in view.
    constexpr int kMaxNameWidth = 280;
    m_table->resizeColumnsToContents();
    for (int column : {BatchPlanModel::SubscriptionColumn, BatchPlanModel::ReplacementColumn})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), kMaxNameWidth));
}

void BatchPlanPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void BatchPlanPage::update()
{
    const bool planning = m_controller->stage() == BatchController::Stage::Planning;
    m_progress->setVisible(planning);
    const batch::BatchPlan &plan = m_controller->batchPlan();
    if (planning) {
        m_totals->setText(tr("Reading the customers…"));
    } else if (plan.rows.isEmpty()) {
        m_totals->setText(tr("No retired subscription to migrate for these customers."));
    } else {
        QString text = QStringLiteral("<b>%1</b>").arg(tr("Totals").toHtmlEscaped());
        for (const QString &line : m_controller->totalsLines())
            text += QStringLiteral("<br>") + line.toHtmlEscaped();
        text += QStringLiteral("<br>") + m_controller->totalsSummary().toHtmlEscaped();
        const int blocked = plan.blockedRows();
        if (blocked > 0)
            text += QStringLiteral("<br>") +
                    tr("%n row(s) blocked: see Checks.", nullptr, blocked).toHtmlEscaped();
        m_totals->setText(text);
    }
    updateButtons();
}

void BatchPlanPage::updateButtons()
{
    const bool planned = m_controller->stage() == BatchController::Stage::Planned;
    const QModelIndex current = m_table->currentIndex();
    const batch::BatchPlan &plan = m_controller->batchPlan();
    const batch::BatchRow *row =
        current.isValid() && current.row() < plan.rows.size() ? &plan.rows.at(current.row()) : nullptr;
    const bool editable = planned && row && !row->isBlocked() && !row->isDone();
    m_change->setEnabled(editable && !row->override.excluded &&
                         row->journalState == journal::JournalState::NotStarted);
    m_exclude->setEnabled(editable);
    m_exclude->setText(row && row->override.excluded ? tr("Inc&lude row") : tr("E&xclude row"));
    m_confirm->setEnabled(planned && plan.includedRows() > 0);
}

void BatchPlanPage::toggleExcluded()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const bool excluded = m_controller->batchPlan().rows.at(current.row()).override.excluded;
    const Status set = m_controller->setExcluded(current.row(), !excluded);
    if (!set.ok())
        showMessage(tr("Not changed: %1").arg(set.error().message));
}

int BatchPlanPage::changeCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return QDialog::Rejected;
    BatchRowDialog dialog(m_controller, current.row(), this);
    return dialog.exec();
}

} // namespace om::gui
