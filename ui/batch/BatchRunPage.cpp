#include "ui/batch/BatchRunPage.h"

#include "ui/batch/BatchController.h"
#include "ui/batch/BatchProgressModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace om::gui {

using Stage = BatchController::Stage;

BatchRunPage::BatchRunPage(BatchController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new BatchProgressModel(controller, this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_cancel(new QPushButton(tr("&Cancel batch"), this))
    , m_suspend(new QPushButton(this))
    , m_summary(new QPushButton(tr("Show &summary"), this))
{
    auto *heading = new QLabel(tr("<b>Running the batch</b>: customers run a few at a time within the "
                                  "Partner Center rate limit."),
                               this);
    heading->setWordWrap(true);
    auto *note = new QLabel(tr("Pause and Cancel stop before the next write: a purchase or licence change "
                               "already sent always finishes and is recorded. Nothing is lost if this window "
                               "or the app closes; Offer Migrator offers to resume the batch."),
                            this);
    note->setObjectName(QStringLiteral("cancelNote"));
    note->setWordWrap(true);

    m_progress->setObjectName(QStringLiteral("overallProgress"));
    m_progress->setAccessibleName(tr("Overall progress"));
    m_table->setObjectName(QStringLiteral("progressTable"));
    m_table->setAccessibleName(tr("Progress per customer"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    for (int column : {BatchProgressModel::CustomerColumn, BatchProgressModel::StateColumn,
                       BatchProgressModel::UsersColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BatchProgressModel::DetailColumn, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setAccessibleName(tr("Batch status"));
    m_status->setWordWrap(true);

    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_cancel->setObjectName(QStringLiteral("cancelBatchButton"));
    m_cancel->setToolTip(tr("Stops before the next write; what was done stays done"));
    m_suspend->setObjectName(QStringLiteral("suspendButton"));
    m_summary->setObjectName(QStringLiteral("summaryButton"));
    for (QPushButton *b : {m_pause, m_resume, m_cancel, m_suspend, m_summary})
        b->setAutoDefault(false);

    connect(m_pause, &QPushButton::clicked, m_controller, &BatchController::pause);
    connect(m_resume, &QPushButton::clicked, m_controller, &BatchController::resume);
    connect(m_cancel, &QPushButton::clicked, m_controller, &BatchController::cancel);
    connect(m_suspend, &QPushButton::clicked, this, &BatchRunPage::suspendRequested);
    connect(m_summary, &QPushButton::clicked, this, &BatchRunPage::summaryRequested);
    connect(m_controller, &BatchController::stageChanged, this, &BatchRunPage::update);
    connect(m_controller, &BatchController::customerChanged, this, &BatchRunPage::update);
    connect(m_controller, &BatchController::runProgress, this, &BatchRunPage::update);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_suspend);
    buttons->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(note);
    layout->addLayout(buttons);
    update();
}

void BatchRunPage::update()
{
    const Stage stage = m_controller->stage();
    const int total = m_controller->customersInRun();
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(m_controller->customersEnded());
    m_progress->setFormat(tr("%1 of %n customer(s)", nullptr, total).arg(m_controller->customersEnded()));
    m_status->setText(m_controller->statusText());
    m_pause->setEnabled(stage == Stage::Running || stage == Stage::Suspending);
    m_resume->setEnabled(stage == Stage::Paused);
    m_cancel->setEnabled(stage == Stage::Running || stage == Stage::Paused || stage == Stage::Pausing ||
                         stage == Stage::Suspending);
    const int verified = stage == Stage::WaitingToSuspend ? m_controller->verifiedSubscriptions() : 0;
    m_suspend->setVisible(stage == Stage::WaitingToSuspend || stage == Stage::Suspending);
    m_suspend->setEnabled(verified > 0);
    if (verified > 0)
        m_suspend->setText(tr("S&uspend %n verified subscription(s)…", nullptr, verified));
    else
        m_suspend->setText(tr("S&uspend verified subscriptions…"));
    m_summary->setEnabled(stage == Stage::WaitingToSuspend || stage == Stage::Finished);
}

} // namespace om::gui
