#include "ui/wizard/MigrationWizardReviewPage.h"

#include "ui/MigrationWizardController.h"
#include "ui/wizard/WizardUserModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace om::gui {

MigrationWizardReviewPage::MigrationWizardReviewPage(MigrationWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_status(new QLabel(this))
    , m_subscriptions(new QTableWidget(0, 5, this))
    , m_users(new QTableView(this))
    , m_excluded(new QLabel(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("The customer's retired subscriptions and the users whose licences move. Untick a user to "
                   "leave them on the old licence."));
    m_status->setWordWrap(true);
    m_excluded->setWordWrap(true);
    m_subscriptions->setHorizontalHeaderLabels(
        {tr("Retired subscription"), tr("Licences"), tr("Users"), tr("Term ends"), tr("Replacement")});
    m_subscriptions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_subscriptions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_subscriptions->setTabKeyNavigation(false);
    m_subscriptions->verticalHeader()->hide();
    m_subscriptions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_subscriptions->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_subscriptions->setMaximumHeight(110);
    m_subscriptions->setAccessibleName(tr("Retired subscriptions"));
    m_users->setModel(controller->users());
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers); // the Move tick toggles with Space
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setTabKeyNavigation(false);
    m_users->verticalHeader()->hide();
    m_users->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_users->horizontalHeader()->setSectionResizeMode(WizardUserModel::LicenceColumn,
                                                      QHeaderView::Interactive);
    m_users->setColumnWidth(WizardUserModel::LicenceColumn, 200);
    m_users->horizontalHeader()->setSectionResizeMode(WizardUserModel::UpnColumn, QHeaderView::Interactive);
    m_users->setColumnWidth(WizardUserModel::UpnColumn, 220);
    m_users->horizontalHeader()->setSectionResizeMode(WizardUserModel::NextStepColumn, QHeaderView::Stretch);
    m_users->hideColumn(WizardUserModel::ResultColumn);
    m_users->setAccessibleName(tr("Users holding the retired licence"));

    auto *usersLabel = new QLabel(tr("&Users holding the retired licence:"), this);
    usersLabel->setBuddy(m_users);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_subscriptions);
    layout->addWidget(usersLabel);
    layout->addWidget(m_users, 1);
    layout->addWidget(m_excluded);

    connect(controller, &MigrationWizardController::planChanged, this, &MigrationWizardReviewPage::refresh);
    connect(controller, &MigrationWizardController::busyChanged, this, &MigrationWizardReviewPage::refresh);
    connect(controller, &MigrationWizardController::errorChanged, this, &MigrationWizardReviewPage::refresh);
    connect(controller, &MigrationWizardController::stateChanged, this, &MigrationWizardReviewPage::refresh);
    refresh();
}

bool MigrationWizardReviewPage::isComplete() const
{
    return m_controller->hasPlan() && !m_controller->isBusy() && !m_controller->planPending() &&
           !m_controller->plan().subscriptions.isEmpty();
}

void MigrationWizardReviewPage::refresh()
{
    if (!m_controller->hasPlan()) {
        m_status->setText(m_controller->errorText().isEmpty()
                              ? tr("Reading the customer's subscriptions and users…")
                              : tr("The customer could not be read. %1").arg(m_controller->errorText()));
        emit completeChanged();
        return;
    }
    const auto &plan = m_controller->plan();
    setFinalPage(plan.subscriptions.isEmpty()); // also makes the wizard show Finish instead of Next
    m_status->setText(
        plan.subscriptions.isEmpty()
            ? tr("%1 has no retired subscription to migrate; close the wizard.").arg(plan.customerName)
            : tr("%1 has %n retired subscription(s) to migrate.", nullptr, int(plan.subscriptions.size()))
                  .arg(plan.customerName));
    m_subscriptions->setRowCount(int(plan.subscriptions.size()));
    for (int r = 0; r < plan.subscriptions.size(); ++r) {
        const auto &s = plan.subscriptions.at(r);
        const QStringList cells = {
            s.oldSubscription.offerName, QLocale().toString(s.oldSubscription.quantity),
            QLocale().toString(s.users.size()),
            QLocale().toString(s.oldSubscription.commitmentEndDate, QLocale::ShortFormat),
            s.suspendOnly ? tr("None: suspended only") : s.target.name};
        for (int c = 0; c < cells.size(); ++c)
            m_subscriptions->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    // "What to do next" only when some user needs something (no usage location, left out).
    bool anyNext = false;
    for (const WizardUser &u : m_controller->users()->allUsers())
        anyNext = anyNext || !WizardUserModel::nextStep(u).isEmpty();
    m_users->setColumnHidden(WizardUserModel::NextStepColumn, !anyNext);
    const int excluded = m_controller->excludedCount();
    m_excluded->setVisible(excluded > 0);
    m_excluded->setText(tr("%n user(s) left out keep the old licence, so the old subscription cannot be "
                           "suspended until they move or lose it.",
                           nullptr, excluded));
    emit completeChanged();
}

} // namespace om::gui
