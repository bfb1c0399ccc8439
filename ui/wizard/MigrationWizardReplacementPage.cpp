#include "ui/wizard/MigrationWizardReplacementPage.h"

#include "ui/MigrationWizardController.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace om::gui {

MigrationWizardReplacementPage::MigrationWizardReplacementPage(MigrationWizardController *controller,
                                                               QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_subscription(new QLabel(this))
    , m_offer(new QComboBox(this))
    , m_term(new QComboBox(this))
    , m_quantity(new QSpinBox(this))
    , m_minimum(new QLabel(this))
    , m_apply(new QPushButton(tr("Update plan"), this))
    , m_checks(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Replacement and quantity"));
    setSubTitle(tr("Choose what to buy instead of the retired subscription and how many licences."));
    m_subscription->setWordWrap(true);
    m_status->setWordWrap(true);
    m_quantity->setRange(1, 100000);
    m_offer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_checks->setWordWrap(true);
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);

    auto *quantityRow = new QHBoxLayout;
    quantityRow->addWidget(m_quantity);
    quantityRow->addWidget(m_minimum, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Replacing:"), m_subscription);
    form->addRow(tr("&Replacement:"), m_offer);
    form->addRow(tr("&Term and billing:"), m_term);
    form->addRow(tr("Licences:"), quantityRow);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_apply);
    applyRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(applyRow);
    layout->addWidget(new QLabel(tr("Checks:"), this));
    layout->addWidget(m_checks, 1);

    connect(m_offer, &QComboBox::currentIndexChanged, this, [this]() {
        const QStringList current = m_term->currentData().toString().split(QLatin1Char('|'));
        fillTerms(current.value(0), current.value(1));
        updateButtons();
    });
    connect(m_term, &QComboBox::currentIndexChanged, this, &MigrationWizardReplacementPage::updateButtons);
    connect(m_quantity, &QSpinBox::valueChanged, this, &MigrationWizardReplacementPage::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, [this]() {
        const QStringList term = m_term->currentData().toString().split(QLatin1Char('|'));
        if (!m_controller->choose(m_offer->currentData().toString(), term.value(0), term.value(1),
                                  m_quantity->value()))
            m_status->setText(m_controller->errorText());
        updateButtons();
    });
    connect(controller, &MigrationWizardController::planChanged, this,
            &MigrationWizardReplacementPage::refresh);
    connect(controller, &MigrationWizardController::busyChanged, this,
            &MigrationWizardReplacementPage::updateButtons);
}

void MigrationWizardReplacementPage::initializePage()
{
    refresh();
}

void MigrationWizardReplacementPage::refresh()
{
    if (!m_controller->hasPlan() || m_controller->plan().subscriptions.isEmpty())
        return updateButtons();
    const auto &p = m_controller->plan().subscriptions.constFirst();
    if (m_recommendedId.isEmpty())
        m_recommendedId = p.target.id;
    m_subscription->setText(
        tr("%1 (%n licence(s))", nullptr, p.oldSubscription.quantity).arg(p.oldSubscription.offerName));
    {
        const QSignalBlocker blockOffer(m_offer);
        m_offer->clear();
        m_items.clear();
        if (p.target.isValid())
            m_items.append(p.target);
        m_items.append(p.alternatives);
        for (const engine::Replacement &item : std::as_const(m_items)) {
            const QString text =
                item.isLegacyOffer ? tr("%1 (upgrade of the old subscription)").arg(item.name) : item.name;
            m_offer->addItem(item.id == m_recommendedId ? tr("%1 (recommended)").arg(text) : text, item.id);
            m_offer->setItemData(m_offer->count() - 1, item.id, Qt::ToolTipRole);
        }
        m_offer->setCurrentIndex(0);
    }
    fillTerms(p.target.termDuration, p.target.billingCycle);
    const int minimum = std::max(1, p.target.minimumQuantity);
    {
        const QSignalBlocker blockQuantity(m_quantity);
        m_quantity->setMinimum(minimum);
        m_quantity->setValue(std::max(minimum, p.quantity));
    }
    m_minimum->setText(tr("at least %1 (the product's minimum); %n user(s) hold the retired licence", nullptr,
                          int(p.users.size()))
                           .arg(minimum));
    m_checks->clear();
    QList<engine::PlanIssue> issues = m_controller->plan().issues;
    for (const auto &s : m_controller->plan().subscriptions)
        issues.append(s.issues);
    for (const engine::PlanIssue &issue : std::as_const(issues)) {
        const QStyle::StandardPixmap icon =
            issue.severity == engine::IssueSeverity::Blocking  ? QStyle::SP_MessageBoxCritical
            : issue.severity == engine::IssueSeverity::Warning ? QStyle::SP_MessageBoxWarning
                                                               : QStyle::SP_MessageBoxInformation;
        m_checks->addItem(new QListWidgetItem(style()->standardIcon(icon), issue.text));
    }
    if (issues.isEmpty())
        m_checks->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                              tr("All checks passed.")));
    updateButtons();
}

bool MigrationWizardReplacementPage::isDirty() const
{
    if (!m_controller->hasPlan() || m_controller->plan().subscriptions.isEmpty())
        return false;
    const auto &p = m_controller->plan().subscriptions.constFirst();
    const QString term = p.target.termDuration + QLatin1Char('|') + p.target.billingCycle;
    return m_offer->currentData().toString() != p.target.id || m_quantity->value() != p.quantity ||
           (m_term->count() > 0 && m_term->currentData().toString() != term);
}

// The terms the selected item's availability offers, keeping `duration`/`billing` selected when offered.
void MigrationWizardReplacementPage::fillTerms(const QString &duration, const QString &billing)
{
    const QSignalBlocker block(m_term);
    m_term->clear();
    const int index = m_offer->currentIndex();
    if (index < 0 || index >= m_items.size())
        return;
    for (const pc::AvailabilityTerm &t : m_items.at(index).terms) {
        const QString d = t.duration.toUpper();
        const QString term = d == QLatin1String("P1M")   ? tr("1 month")
                             : d == QLatin1String("P1Y") ? tr("1 year")
                             : d == QLatin1String("P3Y") ? tr("3 years")
                                                         : d;
        const QString b = t.billingCycle.toLower();
        const QString cycle = b == QLatin1String("monthly")     ? tr("billed monthly")
                              : b == QLatin1String("annual")    ? tr("billed yearly")
                              : b == QLatin1String("triennial") ? tr("billed every 3 years")
                                                                : b;
        m_term->addItem(tr("%1, %2").arg(term, cycle), QString(d + QLatin1Char('|') + b));
    }
    const int selected = m_term->findData(QString(duration.toUpper() + QLatin1Char('|') + billing.toLower()));
    m_term->setCurrentIndex(std::max(0, selected));
    m_term->setEnabled(m_term->count() > 1);
    // An upgrade keeps the old subscription's term: nothing to choose.
    m_term->setPlaceholderText(m_items.at(index).isLegacyOffer ? tr("Kept by the upgrade") : QString());
}

void MigrationWizardReplacementPage::updateButtons()
{
    const bool busy = m_controller->isBusy();
    m_apply->setEnabled(!busy && isDirty());
    m_offer->setEnabled(!busy);
    m_term->setEnabled(!busy && m_term->count() > 1);
    m_quantity->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Checking the new choice…"));
    else if (isDirty())
        m_status->setText(tr("Update the plan to check the new choice before you continue."));
    else
        m_status->setText(m_controller->purchaseBlockedReason());
    emit completeChanged();
}

bool MigrationWizardReplacementPage::isComplete() const
{
    return !m_controller->isBusy() && !isDirty() && m_controller->canPurchase();
}

} // namespace om::gui
