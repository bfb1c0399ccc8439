#include "ui/wizard/MigrationWizardReassignPage.h"

#include "domain/UserTableModel.h"
#include "ui/MigrationWizardController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace om::gui {

MigrationWizardReassignPage::MigrationWizardReassignPage(MigrationWizardController *controller,
                                                         QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_table(new QTableView(this))
    , m_retry(new QPushButton(tr("Retry failed users"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Reassign licences"));
    setSubTitle(tr("Each user gets the new licence; the retired one is removed in the same call."));
    m_table->setModel(controller->users());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->hideColumn(domain::UserTableModel::UpnColumn);
    m_table->hideColumn(domain::UserTableModel::UsageLocationColumn);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_status->setWordWrap(true);
    m_retry->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *row = new QHBoxLayout;
    row->addWidget(m_retry);
    row->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_retry, &QPushButton::clicked, this, [this]() {
        m_controller->retryFailedUsers();
        refresh();
    });
    connect(controller, &MigrationWizardController::stateChanged, this,
            &MigrationWizardReassignPage::refresh);
    connect(controller, &MigrationWizardController::busyChanged, this, &MigrationWizardReassignPage::refresh);
    connect(controller, &MigrationWizardController::progress, this,
            [this](int done, int total, const QString &) {
                if (m_controller->currentStep() != engine::Step::Reassign || total <= 0)
                    return;
                m_progress->setRange(0, total);
                m_progress->setValue(done);
            });
}

void MigrationWizardReassignPage::initializePage()
{
    if (m_controller->canReassign() && !m_controller->reassignRan())
        m_controller->reassign();
    refresh();
}

void MigrationWizardReassignPage::refresh()
{
    const bool busy = m_controller->isBusy();
    m_retry->setEnabled(m_controller->canRetryFailedUsers());
    m_progress->setVisible(busy);
    if (busy)
        m_status->setText(tr("Moving licences…"));
    else if (m_controller->hasFailedUsers())
        m_status->setText(
            tr("Some users kept the retired licence (hover a result for the reason). Fix the cause "
               "in the admin centre, then retry them, or continue: the old subscription cannot be "
               "suspended while anyone holds it."));
    else if (m_controller->reassignRan())
        m_status->setText(tr("%n user(s) moved.", nullptr, m_controller->usersMoved()));
    else
        m_status->setText(m_controller->errorText());
    emit completeChanged();
}

bool MigrationWizardReassignPage::isComplete() const
{
    return !m_controller->isBusy() &&
           (m_controller->reassignRan() || m_controller->stage() > MigrationWizardController::Page::Reassign);
}

} // namespace om::gui
