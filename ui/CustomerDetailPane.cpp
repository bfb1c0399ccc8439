#include "ui/CustomerDetailPane.h"

#include "domain/AffectedSubscriptionModel.h"
#include "domain/ScanData.h"
#include "domain/SubscriptionFilterProxyModel.h"
#include "domain/UserTableModel.h"
#include "ui/AppController.h"
#include "ui/SegmentBadgeDelegate.h"
#include "ui/UrgencyStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace om::gui {

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

CustomerDetailPane::CustomerDetailPane(AppController *controller, QAction *migrateAction, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_subscriptions(makeTable(this))
    , m_users(makeTable(this))
    , m_usersStatus(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_migrate = new QToolButton(this);
    m_migrate->setObjectName(QStringLiteral("detailMigrateButton"));
    m_migrate->setDefaultAction(migrateAction);
    m_migrate->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_migrate->setFocusPolicy(Qt::StrongFocus); // tool buttons take no Tab focus by default

    m_subscriptions->setObjectName(QStringLiteral("subscriptionView"));
    m_subscriptions->setAccessibleName(tr("Retired subscriptions of the selected customer"));
    m_subscriptions->setModel(controller->subscriptionProxy());
    m_subscriptions->setColumnHidden(domain::AffectedSubscriptionModel::CustomerColumn, true);
    m_subscriptions->setItemDelegateForColumn(
        domain::AffectedSubscriptionModel::DaysLeftColumn,
        new UrgencyDelegate(domain::AffectedSubscriptionModel::UrgencyRole, m_subscriptions));
    // The segment as a badge before the offer name: the names differ only at their end ("... for Students").
    m_subscriptions->setItemDelegateForColumn(
        domain::AffectedSubscriptionModel::OfferColumn,
        new SegmentBadgeDelegate(domain::AffectedSubscriptionModel::SegmentRole, m_subscriptions));
    m_subscriptions->sortByColumn(domain::AffectedSubscriptionModel::DaysLeftColumn, Qt::AscendingOrder);
    // A few rows per customer: the short columns fit their titles in every language, the names stretch.
    m_subscriptions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : {domain::AffectedSubscriptionModel::OfferColumn,
                             domain::AffectedSubscriptionModel::ReplacementColumn})
        m_subscriptions->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_subscriptions->horizontalHeader()->setStretchLastSection(false);
    // Sized from the rows in view (all of one customer's, normally), not up to 1,000 of them: a list of
    // thousands measured 1,000 rows of every column again on each filter change (about 20 ms).
    m_subscriptions->horizontalHeader()->setResizeContentsPrecision(0);

    m_users->setObjectName(QStringLiteral("userView"));
    m_users->setAccessibleName(tr("Users of the selected customer"));
    m_users->setModel(controller->users());
    // Who works in the tenant and which licences each one holds; the old/new licence and the result belong
    // to a migration (the wizard shows them).
    for (const int column : {domain::UserTableModel::OldLicenceColumn,
                             domain::UserTableModel::NewLicenceColumn, domain::UserTableModel::ResultColumn})
        m_users->setColumnHidden(column, true);
    m_users->sortByColumn(domain::UserTableModel::UserColumn, Qt::AscendingOrder);

    auto *usersPage = new QWidget(this);
    auto *usersLayout = new QVBoxLayout(usersPage);
    usersLayout->setContentsMargins(0, 0, 0, 0);
    usersLayout->addWidget(m_usersStatus);
    usersLayout->addWidget(m_users);

    m_tabs->addTab(m_subscriptions, tr("Retired subscriptions"));
    m_tabs->addTab(usersPage, tr("Users"));

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_migrate, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    setTabOrder(m_migrate, m_tabs);
    setTabOrder(m_tabs, m_subscriptions);
    for (QTableView *view : {m_subscriptions, m_users})
        view->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move in the table

    connect(m_controller, &AppController::usersLoaded, this, &CustomerDetailPane::onUsersLoaded);
    connect(m_tabs, &QTabWidget::currentChanged, this, &CustomerDetailPane::loadUsersIfShown);
    showCustomer(nullptr);
}

void CustomerDetailPane::showCustomer(const domain::CustomerRecord *customer)
{
    m_customerId = customer ? customer->id : QString();
    // An id that matches nothing keeps the subscription list empty while no customer is selected.
    // No customer selected: an empty id, whose rows are nobody's (std::nullopt would show every customer's).
    m_controller->subscriptionProxy()->setCustomerId(customer ? customer->id : QString());
    if (!customer) {
        m_title->setText(tr("No customer selected"));
        m_subtitle->setText(tr("Select a customer to see its retired subscriptions and users."));
        m_controller->requestUsers(QString()); // clears the previous customer's users
    } else {
        m_title->setText(customer->companyName.isEmpty() ? customer->id : customer->companyName);
        m_subtitle->setText(tr("%1 · market %2 · tenant %3")
                                .arg(customer->domain,
                                     customer->market.isEmpty() ? tr("unknown") : customer->market,
                                     customer->id));
    }
    m_usersRequestedFor.clear();
    m_usersStatus->setText(QString());
    loadUsersIfShown();
}

void CustomerDetailPane::loadUsersIfShown()
{
    // Users cost a request: only fetched when their tab is open, once per selected customer.
    if (m_customerId.isEmpty() || m_tabs->currentIndex() != 1 || m_usersRequestedFor == m_customerId)
        return;
    m_usersRequestedFor = m_customerId;
    m_usersStatus->setText(tr("Loading users…"));
    m_controller->requestUsers(m_customerId);
}

void CustomerDetailPane::onUsersLoaded(const QString &customerId, bool ok, const QString &message)
{
    if (customerId != m_customerId)
        return;
    m_usersStatus->setText(ok ? message : tr("Users could not be loaded: %1").arg(message));
    if (ok) {
        m_users->resizeColumnsToContents();
        m_users->horizontalHeader()->setStretchLastSection(true);
    }
}

} // namespace om::gui
