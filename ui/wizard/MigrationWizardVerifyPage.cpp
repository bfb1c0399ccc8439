#include "ui/wizard/MigrationWizardVerifyPage.h"

#include "ui/MigrationWizardController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

namespace om::gui {

MigrationWizardVerifyPage::MigrationWizardVerifyPage(MigrationWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_checks(new QListWidget(this))
    , m_verify(new QPushButton(tr("&Check again"), this))
    , m_retry(new QPushButton(tr("&Retry failed users"), this))
    , m_suspend(new QPushButton(tr("&Suspend the old subscription…"), this))
    , m_reason(new QLabel(this))
{
    setTitle(tr("Verify and suspend"));
    setSubTitle(tr("Partner Center is asked again whether every licence moved. Only then can the retired "
                   "subscription be suspended."));
    // Suspending cannot be undone here either: no Back from the summary.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);
    m_checks->setWordWrap(true);
    m_checks->setAccessibleName(tr("What was checked"));
    m_reason->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    buttons->addWidget(m_suspend);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_checks, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_reason);

    connect(m_verify, &QPushButton::clicked, this, [this]() {
        m_controller->verify();
        refresh();
    });
    connect(m_retry, &QPushButton::clicked, this, [this]() {
        m_controller->retryFailedUsers();
        refresh();
    });
    connect(m_suspend, &QPushButton::clicked, this, &MigrationWizardVerifyPage::askAndSuspend);
    connect(controller, &MigrationWizardController::stateChanged, this, &MigrationWizardVerifyPage::refresh);
    connect(controller, &MigrationWizardController::busyChanged, this, &MigrationWizardVerifyPage::refresh);
}

void MigrationWizardVerifyPage::initializePage()
{
    if (m_controller->canVerify())
        m_controller->verify();
    refresh();
}

void MigrationWizardVerifyPage::askAndSuspend()
{
    if (!m_controller->canSuspend())
        return refresh();
    int count = 0;
    for (const auto &p : m_controller->plan().subscriptions)
        count += m_controller->stageOf(p) == MigrationWizardController::Page::Verify ? 1 : 0;
    const QString text =
        tr("Suspend %n retired subscription(s) of %1 now? Users who moved keep working on the "
           "new licence; the old subscription stops, and Microsoft de-provisions it later.",
           nullptr, count)
            .arg(m_controller->plan().customerName);
    if (m_confirm && m_confirm(this, tr("Suspend subscription"), text))
        m_controller->suspend();
    refresh();
}

void MigrationWizardVerifyPage::refresh()
{
    const bool busy = m_controller->isBusy();
    m_checks->clear();
    for (const MigrationWizardController::Check &check : m_controller->checks()) {
        const QStyle::StandardPixmap icon =
            check.passed ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical;
        m_checks->addItem(new QListWidgetItem(style()->standardIcon(icon), check.text));
    }
    m_verify->setEnabled(m_controller->canVerify());
    m_retry->setVisible(m_controller->hasFailedUsers());
    m_retry->setEnabled(m_controller->canRetryFailedUsers());
    m_suspend->setEnabled(m_controller->canSuspend());
    const bool done = m_controller->stage() == MigrationWizardController::Page::Summary;
    if (busy)
        m_reason->setText(tr("A step is running; wait for it to finish."));
    else if (done)
        m_reason->setText(tr("The old subscription is suspended; continue to the summary."));
    else
        m_reason->setText(m_controller->suspendBlockedReason());
    emit completeChanged();
}

bool MigrationWizardVerifyPage::isComplete() const
{
    return !m_controller->isBusy() && m_controller->stage() == MigrationWizardController::Page::Summary;
}

} // namespace om::gui
