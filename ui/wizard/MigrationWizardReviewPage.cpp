#include "ui/wizard/MigrationWizardReviewPage.h"

#include "domain/UserTableModel.h"
#include "ui/MigrationWizardController.h"

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
{
    setTitle(tr("Review"));
    setSubTitle(tr("The customer's retired subscriptions and the users whose licences will move."));
    m_status->setWordWrap(true);
    m_subscriptions->setHorizontalHeaderLabels(
        {tr("Retired subscription"), tr("Licences"), tr("Users"), tr("Term ends"), tr("Replacement")});
    m_subscriptions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_subscriptions->setSelectionMode(QAbstractItemView::NoSelection);
    m_subscriptions->verticalHeader()->hide();
    m_subscriptions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_subscriptions->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_subscriptions->setMaximumHeight(110);
    m_users->setModel(controller->users());
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->verticalHeader()->hide();
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->hideColumn(domain::UserTableModel::NewLicenceColumn);
    m_users->hideColumn(domain::UserTableModel::ResultColumn);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_subscriptions);
    layout->addWidget(new QLabel(tr("Users holding the retired licence:"), this));
    layout->addWidget(m_users, 1);

    connect(controller, &MigrationWizardController::planChanged, this, &MigrationWizardReviewPage::refresh);
    connect(controller, &MigrationWizardController::busyChanged, this, &MigrationWizardReviewPage::refresh);
    connect(controller, &MigrationWizardController::errorChanged, this, &MigrationWizardReviewPage::refresh);
    refresh();
}

bool MigrationWizardReviewPage::isComplete() const
{
    return m_controller->hasPlan() && !m_controller->isBusy() &&
           !m_controller->plan().subscriptions.isEmpty();
}

void MigrationWizardReviewPage::refresh()
{
    if (!m_controller->hasPlan()) {
        m_status->setText(m_controller->errorText().isEmpty()
                              ? tr("Reading the customer's subscriptions and users…")
                              : tr("Could not read the customer: %1").arg(m_controller->errorText()));
        emit completeChanged();
        return;
    }
    const auto &plan = m_controller->plan();
    setFinalPage(plan.subscriptions.isEmpty()); // also makes the wizard show Finish instead of Next
    m_status->setText(
        plan.subscriptions.isEmpty()
            ? tr("%1 has no retired subscription to migrate.").arg(plan.customerName)
            : tr("%1: %n retired subscription(s) to migrate.", nullptr, int(plan.subscriptions.size()))
                  .arg(plan.customerName));
    m_subscriptions->setRowCount(int(plan.subscriptions.size()));
    for (int r = 0; r < plan.subscriptions.size(); ++r) {
        const auto &s = plan.subscriptions.at(r);
        const QStringList cells = {
            s.oldSubscription.offerName, QLocale().toString(s.oldSubscription.quantity),
            QLocale().toString(s.users.size()),
            QLocale().toString(s.oldSubscription.commitmentEndDate, QLocale::ShortFormat), s.target.name};
        for (int c = 0; c < cells.size(); ++c)
            m_subscriptions->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_users->resizeColumnsToContents();
    emit completeChanged();
}

} // namespace om::gui
