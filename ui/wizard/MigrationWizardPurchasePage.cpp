#include "ui/wizard/MigrationWizardPurchasePage.h"

#include "ui/MigrationWizardController.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace om::gui {

MigrationWizardPurchasePage::MigrationWizardPurchasePage(MigrationWizardController *controller,
                                                         QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_confirm(new QCheckBox(tr("I understand this places an order that will be billed"), this))
    , m_order(new QPushButton(tr("Place order"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Purchase"));
    setSubTitle(tr("Buy the replacement subscription. This cannot be undone from here."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_order->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *orderRow = new QHBoxLayout;
    orderRow->addWidget(m_order);
    orderRow->addWidget(m_progress, 1);
    orderRow->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_confirm);
    layout->addLayout(orderRow);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_confirm, &QCheckBox::toggled, this, &MigrationWizardPurchasePage::refresh);
    connect(m_order, &QPushButton::clicked, this, [this]() {
        m_controller->purchase();
        refresh();
    });
    connect(controller, &MigrationWizardController::stateChanged, this,
            &MigrationWizardPurchasePage::refresh);
    connect(controller, &MigrationWizardController::busyChanged, this, &MigrationWizardPurchasePage::refresh);
    connect(controller, &MigrationWizardController::progress, this,
            [this](int, int, const QString &text) { m_status->setText(text); });
}

void MigrationWizardPurchasePage::initializePage()
{
    QStringList lines;
    for (const auto &p : m_controller->plan().subscriptions) {
        lines.append(
            tr("Buy %1 × %2 for %3, replacing %4 (subscription %5).")
                .arg(p.quantity)
                .arg(p.target.name, p.customerName, p.oldSubscription.offerName, p.oldSubscription.id));
        if (p.useUpgrade)
            lines.append(tr("Partner Center's upgrade with licence transfer is used: users keep working."));
    }
    lines.append(
        tr("The order is billed to the customer's account from today. The retired subscription keeps "
           "running until it is suspended at the end of the wizard."));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    refresh();
}

void MigrationWizardPurchasePage::refresh()
{
    const bool busy = m_controller->isBusy();
    const bool bought = m_controller->stage() > MigrationWizardController::Page::Purchase;
    m_confirm->setEnabled(!busy && !bought);
    m_order->setEnabled(m_confirm->isChecked() && m_controller->canPurchase());
    m_progress->setVisible(busy);
    m_progress->setRange(0, busy ? 0 : 1);
    if (bought)
        m_status->setText(tr("Ordered and provisioned. Continue to move the licences."));
    else if (!busy && !m_controller->errorText().isEmpty())
        m_status->setText(tr("The order did not complete: %1").arg(m_controller->errorText()));
    else if (busy)
        m_status->setText(tr("Placing the order and waiting for the subscription to provision…"));
    else
        m_status->setText(m_controller->purchaseBlockedReason());
    emit completeChanged();
}

bool MigrationWizardPurchasePage::isComplete() const
{
    return !m_controller->isBusy() && m_controller->stage() > MigrationWizardController::Page::Purchase;
}

} // namespace om::gui
