#include "ui/wizard/MigrationWizardPurchasePage.h"

#include "ui/MigrationWizardController.h"
#include "ui/wizard/WizardTexts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace om::gui {

MigrationWizardPurchasePage::MigrationWizardPurchasePage(MigrationWizardController *controller,
                                                         QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_confirm(new QCheckBox(tr("I &understand this places an order that will be billed"), this))
    , m_order(new QPushButton(tr("Place &order"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Purchase"));
    setSubTitle(tr("Buy the replacement subscription. It can be cancelled for a refund only within 7 days."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_order->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_progress->setAccessibleName(tr("Order progress"));

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
    connect(m_order, &QPushButton::clicked, this, &MigrationWizardPurchasePage::askAndOrder);
    connect(controller, &MigrationWizardController::stateChanged, this,
            &MigrationWizardPurchasePage::refresh);
    connect(controller, &MigrationWizardController::busyChanged, this, &MigrationWizardPurchasePage::refresh);
    connect(controller, &MigrationWizardController::progress, this,
            [this](int, int, const QString &text) { m_status->setText(text); });
}

void MigrationWizardPurchasePage::initializePage()
{
    const auto &plans = m_controller->plan().subscriptions;
    const bool upgrade = std::any_of(plans.cbegin(), plans.cend(),
                                     [](const engine::SubscriptionPlan &p) { return p.useUpgrade; });
    // A legacy upgrade has no new-commerce cancellation window.
    setSubTitle(
        upgrade
            ? tr("Upgrade the retired subscription. An upgrade cannot be undone.")
            : tr("Buy the replacement subscription. It can be cancelled for a refund only within 7 days."));
    QStringList lines;
    for (const auto &p : m_controller->plan().subscriptions) {
        if (p.suspendOnly) {
            lines.append(
                tr("Nothing is bought for %1 (subscription %2): nobody holds its licence, so it is only "
                   "suspended, after the checks.")
                    .arg(p.oldSubscription.offerName, p.oldSubscription.id));
            continue;
        }
        if (const int left = p.excludedHolders(); left > 0)
            lines.append(
                tr("%n user(s) you left out keep the licence of %1: nothing is bought for them, and it "
                   "cannot be suspended while they hold it.",
                   nullptr, left)
                    .arg(p.oldSubscription.offerName));
        if (p.useUpgrade) {
            lines.append(
                tr("Upgrade %1 (subscription %2) of %3 to %4, %n licence(s), with Partner Center's "
                   "licence transfer: users keep working. Partner Center suspends the old subscription "
                   "as part of the upgrade, at once: there is no separate suspend step.",
                   nullptr, p.quantity)
                    .arg(p.oldSubscription.offerName, p.oldSubscription.id, p.customerName, p.target.name));
            continue;
        }
        lines.append(
            tr("Buy %n licence(s) of %1 for %2 in new commerce, %3 (catalog item %4). It replaces %5 "
               "(subscription %6).",
               nullptr, p.quantity)
                .arg(p.target.name, p.customerName,
                     WizardTexts::term(p.target.termDuration, p.target.billingCycle), p.target.id,
                     p.oldSubscription.offerName, p.oldSubscription.id));
    }
    if (upgrades())
        lines.append(tr("Partner Center bills you, the partner, for the upgraded subscription (CSP) from "
                        "today. Placing the order asks you to confirm the suspension first."));
    else
        lines.append(
            tr("Partner Center bills you, the partner, for this purchase (CSP) from today. A new-commerce "
               "purchase can be cancelled for a refund only within 7 days (168 hours); after that the "
               "whole term is due. The retired subscription keeps running until it is suspended at the "
               "end of the wizard."));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    refresh();
}

bool MigrationWizardPurchasePage::upgrades() const
{
    const auto &subs = m_controller->plan().subscriptions;
    return std::any_of(subs.cbegin(), subs.cend(), [](const auto &p) { return p.useUpgrade; });
}

// An upgrade is a purchase AND a suspend: ask the suspend's question too before ordering it.
void MigrationWizardPurchasePage::askAndOrder()
{
    if (upgrades()) {
        const QString text =
            tr("Upgrade the retired subscription of %1 now? Partner Center suspends it as part of the "
               "upgrade, at once, as a suspend would: the subscription stops and Microsoft de-provisions it "
               "later. Its users move to the new licence with the upgrade.")
                .arg(m_controller->plan().customerName);
        if (!m_ask || !m_ask(this, tr("Suspend subscription"), text))
            return refresh();
    }
    m_controller->purchase();
    refresh();
}

void MigrationWizardPurchasePage::refresh()
{
    const bool busy = m_controller->isBusy();
    const bool bought =
        MigrationWizardController::isPast(m_controller->stage(), MigrationWizardController::Page::Purchase);
    m_confirm->setEnabled(!busy && !bought);
    m_order->setEnabled(m_confirm->isChecked() && m_controller->canPurchase());
    m_progress->setVisible(busy);
    m_progress->setRange(0, busy ? 0 : 1);
    if (bought)
        m_status->setText(tr("The order is placed and provisioned; continue to move the licences."));
    else if (!busy && !m_controller->errorText().isEmpty())
        m_status->setText(tr("The order did not complete. %1").arg(m_controller->errorText()));
    else if (busy)
        m_status->setText(tr("Placing the order and waiting for the subscription to provision…"));
    else
        m_status->setText(m_controller->purchaseBlockedReason());
    emit completeChanged();
}

bool MigrationWizardPurchasePage::isComplete() const
{
    return !m_controller->isBusy() && MigrationWizardController::isPast(
                                          m_controller->stage(), MigrationWizardController::Page::Purchase);
}

} // namespace om::gui
