#include "ui/wizard/MigrationWizardReassignPage.h"

#include "ui/MigrationWizardController.h"
#include "ui/wizard/WizardUserModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace om::gui {

MigrationWizardReassignPage::MigrationWizardReassignPage(MigrationWizardController *controller,
                                                         QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_choose(&MigrationWizardReassignPage::chooseCountry)
    , m_table(new QTableView(this))
    , m_retry(new QPushButton(tr("&Retry failed users"), this))
    , m_fix(new QPushButton(tr("Set &usage location…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Reassign licences"));
    setSubTitle(tr("Each user gets the new licence; the retired one is removed in the same call."));
    m_table->setModel(controller->users());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->hideColumn(WizardUserModel::UpnColumn);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The licences' names are long: a fixed share, the whole text in the tool tip; the next step stretches.
    m_table->horizontalHeader()->setSectionResizeMode(WizardUserModel::LicenceColumn,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(WizardUserModel::LicenceColumn, 240);
    m_table->horizontalHeader()->setSectionResizeMode(WizardUserModel::NextStepColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Users and the result of their licence move"));
    m_status->setWordWrap(true);
    m_progress->setAccessibleName(tr("Licences moved"));
    m_retry->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_fix->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_fix->setToolTip(tr("Set the selected user's usage location in the customer's directory, then try the "
                         "licence again."));

    auto *row = new QHBoxLayout;
    row->addWidget(m_retry);
    row->addWidget(m_fix);
    row->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_retry, &QPushButton::clicked, this, [this]() {
        m_controller->retryFailedUsers();
        refresh();
    });
    connect(m_fix, &QPushButton::clicked, this, &MigrationWizardReassignPage::askAndFix);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MigrationWizardReassignPage::refresh);
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

QString MigrationWizardReassignPage::selectedUser() const
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.first().data(WizardUserModel::UserIdRole).toString();
}

QString MigrationWizardReassignPage::chooseCountry(QWidget *parent, const QString &user,
                                                   const QString &suggested)
{
    QStringList items;
    QStringList codes;
    QList<QLocale::Territory> seen;
    for (const QLocale &l :
         QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
        const QString code = l.name().section(QLatin1Char('_'), 1, 1);
        if (code.size() != 2 || seen.contains(l.territory()))
            continue;
        seen.append(l.territory());
        codes.append(code);
    }
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        return QLocale::territoryToString(QLocale::codeToTerritory(a))
                   .localeAwareCompare(QLocale::territoryToString(QLocale::codeToTerritory(b))) < 0;
    });
    for (const QString &code : std::as_const(codes))
        items.append(
            QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(QLocale::codeToTerritory(code)), code));
    const int current = std::max(0, int(codes.indexOf(suggested.toUpper())));
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        parent, tr("Set usage location"),
        tr("Country where %1 uses the licence (Microsoft calls it the usage location):").arg(user), items,
        current, false, &ok);
    if (!ok)
        return {};
    const int index = int(items.indexOf(picked));
    return index < 0 ? QString() : codes.at(index);
}

void MigrationWizardReassignPage::askAndFix()
{
    const QString userId = selectedUser();
    const int row = m_controller->users()->rowOf(userId);
    if (row < 0 || !m_controller->canFixUsageLocation(userId))
        return refresh();
    const WizardUser u = m_controller->users()->user(row);
    const QString code =
        m_choose ? m_choose(this, u.userPrincipalName, m_controller->suggestedUsageLocation()) : QString();
    if (code.isEmpty())
        return refresh();
    const QString country = QLocale::territoryToString(QLocale::codeToTerritory(code));
    const QString text =
        tr("Set the usage location of %1 to %2 (%3) in the customer's directory, then give the "
           "user the new licence? The change is recorded in the journal.")
            .arg(u.userPrincipalName, country, code.toUpper());
    if (m_confirm && m_confirm(this, tr("Set usage location"), text))
        m_controller->fixUsageLocation(userId, code);
    refresh();
}

void MigrationWizardReassignPage::refresh()
{
    const bool busy = m_controller->isBusy();
    m_retry->setEnabled(m_controller->canRetryFailedUsers());
    const QString selected = selectedUser();
    m_fix->setEnabled(!selected.isEmpty() && m_controller->canFixUsageLocation(selected));
    bool anyFixable = false;
    for (const WizardUser &u : m_controller->users()->allUsers())
        anyFixable = anyFixable || m_controller->canFixUsageLocation(u.userId);
    m_fix->setVisible(anyFixable || m_fix->isEnabled());
    m_progress->setVisible(busy);
    m_table->resizeRowsToContents(); // the next steps wrap
    int failed = 0;
    for (const WizardUser &u : m_controller->users()->allUsers())
        failed += !u.excluded && (u.result == WizardUser::Result::Failed ||
                                  (m_controller->reassignRan() && u.result == WizardUser::Result::Pending))
                      ? 1
                      : 0;
    if (busy)
        m_status->setText(tr("Moving licences…"));
    else if (!m_controller->errorText().isEmpty())
        m_status->setText(m_controller->errorText());
    else if (failed > 0)
        m_status->setText(tr("%n user(s) kept the retired licence; the table says what to do for each, then "
                             "retry them. You can also continue: the old subscription is suspended only once "
                             "nobody holds it.",
                             nullptr, failed));
    else if (m_controller->reassignRan())
        m_status->setText(tr("%n user(s) moved to the new licence.", nullptr, m_controller->usersMoved()));
    else
        m_status->clear();
    emit completeChanged();
}

bool MigrationWizardReassignPage::isComplete() const
{
    return !m_controller->isBusy() && (m_controller->reassignRan() ||
                                       MigrationWizardController::isPast(
                                           m_controller->stage(), MigrationWizardController::Page::Reassign));
}

} // namespace om::gui
