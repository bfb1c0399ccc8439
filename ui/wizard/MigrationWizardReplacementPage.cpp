#include "ui/wizard/MigrationWizardReplacementPage.h"

#include "ui/MigrationWizardController.h"
#include "ui/wizard/WizardTexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace om::gui {

namespace {

enum TableColumn
{
    RetiredColumn,
    ReplacementColumn,
    TermColumn,
    LicencesColumn,
    TableColumnCount
};

} // namespace

MigrationWizardReplacementPage::MigrationWizardReplacementPage(MigrationWizardController *controller,
                                                               QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_table(new QTableWidget(0, TableColumnCount, this))
    , m_subscription(new QLabel(this))
    , m_offer(new QComboBox(this))
    , m_term(new QComboBox(this))
    , m_quantity(new QSpinBox(this))
    , m_minimum(new QLabel(this))
    , m_suspendOnly(new QCheckBox(tr("&Suspend it without a replacement (nobody holds its licence)"), this))
    , m_checks(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Replacement and quantity"));
    setSubTitle(tr("Choose, for each retired subscription, what to buy instead and how many licences. "
                   "Changes are checked as you make them."));
    m_table->setHorizontalHeaderLabels(
        {tr("Retired subscription"), tr("Replacement"), tr("Term"), tr("Licences")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the editor below
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RetiredColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReplacementColumn, QHeaderView::Stretch);
    m_table->setMaximumHeight(120);
    m_table->setAccessibleName(tr("Retired subscriptions and their replacements"));
    m_subscription->setWordWrap(true);
    m_status->setWordWrap(true);
    m_minimum->setWordWrap(true);
    m_quantity->setRange(1, 100000);
    m_quantity->setAccessibleName(tr("Licences to buy"));
    m_offer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_offer->setMinimumContentsLength(30);
    m_checks->setWordWrap(true);
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);
    m_checks->setAccessibleName(tr("Checks of the selected subscription"));

    auto *quantityRow = new QHBoxLayout;
    quantityRow->addWidget(m_quantity);
    quantityRow->addWidget(m_minimum, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Replacing:"), m_subscription);
    form->addRow(tr("&Replacement:"), m_offer);
    form->addRow(tr("&Term and billing:"), m_term);
    auto *licences = new QLabel(tr("&Licences:"), this);
    licences->setBuddy(m_quantity);
    form->addRow(licences, quantityRow);
    form->addRow(QString(), m_suspendOnly);
    auto *layout = new QVBoxLayout(this);
    auto *tableLabel = new QLabel(tr("Retired subscr&iptions (select one to change it):"), this);
    tableLabel->setBuddy(m_table);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addWidget(m_status);
    auto *checksLabel = new QLabel(tr("C&hecks:"), this);
    checksLabel->setBuddy(m_checks);
    layout->addWidget(checksLabel);
    layout->addWidget(m_checks, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        m_currentId = m_table->item(rows.first().row(), RetiredColumn)->data(Qt::UserRole).toString();
        fillEditor();
    });
    connect(m_offer, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_filling)
            return;
        const QStringList current = m_term->currentData().toString().split(QLatin1Char('|'));
        fillTerms(current.value(0), current.value(1));
        const int index = m_offer->currentIndex();
        if (index >= 0 && index < m_items.size()) {
            const QSignalBlocker block(m_quantity);
            m_quantity->setMinimum(std::max(1, m_items.at(index).minimumQuantity));
        }
        sendChoice();
    });
    connect(m_term, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_filling)
            sendChoice();
    });
    connect(m_quantity, &QSpinBox::valueChanged, this, [this]() {
        if (!m_filling)
            sendChoice();
    });
    connect(m_suspendOnly, &QCheckBox::toggled, this, &MigrationWizardReplacementPage::askSuspendOnly);
    connect(controller, &MigrationWizardController::planChanged, this,
            &MigrationWizardReplacementPage::refresh);
    connect(controller, &MigrationWizardController::busyChanged, this,
            &MigrationWizardReplacementPage::updateState);
    connect(controller, &MigrationWizardController::stateChanged, this,
            &MigrationWizardReplacementPage::updateState);
    connect(controller, &MigrationWizardController::errorChanged, this,
            &MigrationWizardReplacementPage::updateState);
}

void MigrationWizardReplacementPage::initializePage()
{
    refresh();
    m_table->setFocus();
}

const engine::SubscriptionPlan *MigrationWizardReplacementPage::current() const
{
    if (!m_controller->hasPlan())
        return nullptr;
    for (const engine::SubscriptionPlan &p : m_controller->plan().subscriptions) {
        if (p.oldSubscription.id.compare(m_currentId, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

void MigrationWizardReplacementPage::refresh()
{
    if (!m_controller->hasPlan() || m_controller->plan().subscriptions.isEmpty())
        return updateState();
    if (!current())
        m_currentId = m_controller->plan().subscriptions.constFirst().oldSubscription.id;
    fillTable();
    fillEditor();
}

void MigrationWizardReplacementPage::fillTable()
{
    const auto &subs = m_controller->plan().subscriptions;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(subs.size()));
    int selected = 0;
    for (int r = 0; r < subs.size(); ++r) {
        const engine::SubscriptionPlan &p = subs.at(r);
        const bool only = p.suspendOnly;
        const QStringList cells = {
            tr("%1 (%n licence(s))", nullptr, p.oldSubscription.quantity).arg(p.oldSubscription.offerName),
            only ? tr("None: suspended only") : p.target.name,
            only || p.useUpgrade ? QString()
                                 : WizardTexts::term(p.target.termDuration, p.target.billingCycle),
            only ? QString() : QLocale().toString(p.quantity)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, p.oldSubscription.id);
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
        if (p.oldSubscription.id.compare(m_currentId, Qt::CaseInsensitive) == 0)
            selected = r;
    }
    m_table->selectRow(selected);
    m_table->resizeColumnToContents(TermColumn);
    m_table->resizeColumnToContents(LicencesColumn);
}

void MigrationWizardReplacementPage::fillEditor()
{
    const engine::SubscriptionPlan *p = current();
    if (!p)
        return updateState();
    m_filling = true;
    m_subscription->setText(tr("%1, subscription %2, %n licence(s)", nullptr, p->oldSubscription.quantity)
                                .arg(p->oldSubscription.offerName, p->oldSubscription.id));
    m_offer->clear();
    m_items.clear();
    if (p->target.isValid())
        m_items.append(p->target);
    m_items.append(p->alternatives);
    const QString recommended = p->target.id;
    for (const engine::Replacement &item : std::as_const(m_items)) {
        const QString text =
            item.isLegacyOffer ? tr("%1 (upgrade of the old subscription)").arg(item.name) : item.name;
        m_offer->addItem(
            item.id == recommended && !m_controller->choice(p->oldSubscription.id).itemId.isEmpty() ? text
            : item.id == recommended ? tr("%1 (recommended)").arg(text)
                                     : text,
            item.id);
        m_offer->setItemData(m_offer->count() - 1, item.name, Qt::ToolTipRole);
    }
    m_offer->setCurrentIndex(0);
    fillTerms(p->target.termDuration, p->target.billingCycle);
    const int minimum = std::max(1, p->target.minimumQuantity);
    m_quantity->setMinimum(minimum);
    m_quantity->setValue(std::max(minimum, p->quantity));
    const int holders = int(std::count_if(p->users.cbegin(), p->users.cend(),
                                          [](const engine::PlannedUser &u) { return u.holdsOld; }));
    m_minimum->setText(
        tr("At least %1 (the product's minimum). %n user(s) hold the retired licence.", nullptr, holders)
            .arg(QLocale().toString(minimum)));
    m_suspendOnly->setVisible(p->suspendOnlyOffered || p->suspendOnly);
    m_suspendOnly->setChecked(p->suspendOnly);
    m_filling = false;
    fillChecks();
    updateState();
}

// The terms the selected item's availability offers, keeping `duration`/`billing` selected when offered.
void MigrationWizardReplacementPage::fillTerms(const QString &duration, const QString &billing)
{
    const QSignalBlocker block(m_term);
    m_term->clear();
    const int index = m_offer->currentIndex();
    if (index < 0 || index >= m_items.size())
        return;
    for (const pc::AvailabilityTerm &t : m_items.at(index).terms)
        m_term->addItem(WizardTexts::term(t.duration, t.billingCycle),
                        QString(t.duration.toUpper() + QLatin1Char('|') + t.billingCycle.toLower()));
    const int selected = m_term->findData(QString(duration.toUpper() + QLatin1Char('|') + billing.toLower()));
    m_term->setCurrentIndex(std::max(0, selected));
    // An upgrade keeps the old subscription's term: nothing to choose.
    m_term->setPlaceholderText(m_items.at(index).isLegacyOffer ? tr("Kept by the upgrade") : QString());
}

void MigrationWizardReplacementPage::fillChecks()
{
    m_checks->clear();
    QList<engine::PlanIssue> issues = m_controller->plan().issues;
    if (const engine::SubscriptionPlan *p = current())
        issues.append(p->issues);
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
}

void MigrationWizardReplacementPage::sendChoice()
{
    const engine::SubscriptionPlan *p = current();
    if (!p)
        return;
    MigrationWizardController::Choice choice;
    choice.itemId = m_offer->currentData().toString();
    const QStringList term = m_term->currentData().toString().split(QLatin1Char('|'));
    choice.termDuration = term.value(0);
    choice.billingCycle = term.value(1);
    choice.quantity = m_quantity->value();
    m_controller->setChoice(p->oldSubscription.id, choice);
    updateState();
}

void MigrationWizardReplacementPage::askSuspendOnly(bool checked)
{
    const engine::SubscriptionPlan *p = current();
    if (m_filling || !p || !checked || p->suspendOnly)
        return;
    const QString text =
        tr("Suspend %1 (subscription %2) without buying a replacement? Nobody holds its licence. It is "
           "checked once more before the suspension; Microsoft de-provisions it later.")
            .arg(p->oldSubscription.offerName, p->oldSubscription.id);
    if (m_confirm && m_confirm(this, tr("Suspend without a replacement"), text)) {
        m_controller->suspendOnly({p->oldSubscription.id});
    } else {
        const QSignalBlocker block(m_suspendOnly);
        m_suspendOnly->setChecked(false);
    }
    updateState();
}

void MigrationWizardReplacementPage::updateState()
{
    const bool busy = m_controller->isBusy();
    const engine::SubscriptionPlan *p = current();
    const bool editable = p && !p->suspendOnly &&
                          !MigrationWizardController::isPast(m_controller->stageOf(*p),
                                                             MigrationWizardController::Page::Replacement);
    m_offer->setEnabled(editable && m_offer->count() > 1);
    m_term->setEnabled(editable && m_term->count() > 1);
    m_quantity->setEnabled(editable && !(p && p->useUpgrade));
    m_suspendOnly->setEnabled(!busy && p && p->suspendOnlyOffered && !p->suspendOnly);
    if (m_controller->planPending() || busy)
        m_status->setText(tr("Checking your choice…"));
    else if (!m_controller->errorText().isEmpty())
        m_status->setText(m_controller->errorText());
    else
        m_status->setText(m_controller->purchaseBlockedReason());
    emit completeChanged();
}

bool MigrationWizardReplacementPage::isComplete() const
{
    if (m_controller->isBusy() || m_controller->planPending())
        return false;
    return m_controller->canPurchase() ||
           MigrationWizardController::isPast(m_controller->stage(),
                                             MigrationWizardController::Page::Purchase);
}

} // namespace om::gui
