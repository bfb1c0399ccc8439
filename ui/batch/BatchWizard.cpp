#include "ui/batch/BatchWizard.h"

#include "ui/batch/BatchConfirmDialog.h"
#include "ui/batch/BatchController.h"
#include "ui/batch/BatchPlanPage.h"
#include "ui/batch/BatchRunPage.h"
#include "ui/batch/BatchSummaryPage.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace om::gui {

using Stage = BatchController::Stage;

BatchWizard::BatchWizard(BatchController *controller, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_controller(controller)
    , m_pages(new QStackedWidget(this))
    , m_planPage(new BatchPlanPage(controller, m_pages))
    , m_runPage(new BatchRunPage(controller, m_pages))
    , m_summaryPage(new BatchSummaryPage(controller, m_pages))
{
    m_controller->setParent(this);
    setObjectName(QStringLiteral("batchWizard"));
    setWindowTitle(tr("Migrate several customers"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_pages->addWidget(m_planPage);
    m_pages->addWidget(m_runPage);
    m_pages->addWidget(m_summaryPage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &BatchWizard::reject);

    connect(m_planPage, &BatchPlanPage::confirmRequested, this, &BatchWizard::confirmAndStart);
    connect(m_runPage, &BatchRunPage::suspendRequested, this, &BatchWizard::confirmAndSuspend);
    connect(m_runPage, &BatchRunPage::summaryRequested, this, [this] { showPage(Page::Summary); });
    connect(m_controller, &BatchController::stageChanged, this, &BatchWizard::onStageChanged);
    connect(m_controller, &BatchController::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Batch"), message); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(1100, 640);
    onStageChanged();
}

BatchWizard::Page BatchWizard::currentPage() const
{
    const QWidget *current = m_pages->currentWidget();
    return current == m_planPage ? Page::Plan : current == m_runPage ? Page::Run : Page::Summary;
}

void BatchWizard::showPage(Page page)
{
    if (page == Page::Summary)
        m_summaryPage->refresh();
    QWidget *widget = page == Page::Plan  ? static_cast<QWidget *>(m_planPage)
                      : page == Page::Run ? static_cast<QWidget *>(m_runPage)
                                          : static_cast<QWidget *>(m_summaryPage);
    m_pages->setCurrentWidget(widget);
    widget->setFocus();
}

void BatchWizard::onStageChanged()
{
    const Stage stage = m_controller->stage();
    if (stage == Stage::Idle || stage == Stage::Planning || stage == Stage::Planned)
        showPage(Page::Plan);
    else if (currentPage() == Page::Plan || m_controller->isRunning())
        showPage(Page::Run);
    if (m_closeWhenStopped && !m_controller->isBusy()) {
        m_closeWhenStopped = false;
        QTimer::singleShot(0, this, &QWidget::close);
    }
}

bool BatchWizard::confirmAndStart()
{
    if (m_controller->stage() != Stage::Planned || m_controller->customersToRun() == 0)
        return false;
    BatchConfirmDialog dialog(m_controller, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!m_controller->start()) {
        QMessageBox::warning(this, tr("Batch not started"), m_controller->errorText());
        return false;
    }
    return true;
}

bool BatchWizard::confirmAndSuspend()
{
    const int verified = m_controller->verifiedSubscriptions();
    if (m_controller->stage() != Stage::WaitingToSuspend || verified == 0)
        return false;
    QMessageBox box(QMessageBox::Question, tr("Suspend verified subscriptions"),
                    tr("Every user of these subscriptions has the new licence and was verified. Suspend "
                       "%n old subscription(s) now? Partner Center de-provisions a suspended subscription "
                       "after its grace period.",
                       nullptr, verified),
                    QMessageBox::Cancel, this);
    QPushButton *suspend =
        box.addButton(tr("Suspend %n verified subscription(s)", nullptr, verified), QMessageBox::AcceptRole);
    suspend->setObjectName(QStringLiteral("confirmSuspendButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != suspend)
        return false;
    if (!m_controller->suspendVerified()) {
        QMessageBox::warning(this, tr("Not suspended"), m_controller->errorText());
        return false;
    }
    return true;
}

bool BatchWizard::mayClose()
{
    const Stage stage = m_controller->stage();
    if (stage == Stage::Planning) {
        m_controller->cancel();
        return true;
    }
    if (!m_controller->isBusy())
        return true; // planned, paused, waiting to suspend or finished: the batch file keeps what is needed
    QMessageBox box(QMessageBox::Question, tr("The batch is running"),
                    tr("Pause the batch and close this window? The steps running now finish and are "
                       "recorded first; nothing is lost. Offer Migrator offers to resume the batch the next "
                       "time it starts."),
                    QMessageBox::NoButton, this);
    QPushButton *pause = box.addButton(tr("&Pause and close"), QMessageBox::AcceptRole);
    pause->setObjectName(QStringLiteral("pauseAndCloseButton"));
    QPushButton *keep = box.addButton(tr("&Keep running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunningButton"));
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != pause)
        return false;
    m_closeWhenStopped = true;
    m_controller->pause();
    onStageChanged(); // already stopped: close now
    return false;
}

void BatchWizard::reject()
{
    if (mayClose())
        QDialog::reject();
}

void BatchWizard::closeEvent(QCloseEvent *event)
{
    if (mayClose())
        QDialog::closeEvent(event);
    else
        event->ignore();
}

} // namespace om::gui
