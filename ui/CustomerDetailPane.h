#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace om::domain {
struct CustomerRecord;
}

namespace om::gui {

class AppController;

// The selected customer: a header with its name, domain and id, its retired-offer subscriptions
// (the controller's subscription proxy, filtered to the customer) and its users (loaded on demand
// by the controller). The controller is borrowed and must outlive the pane.
class CustomerDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDetailPane)

public:
    CustomerDetailPane(AppController *controller, QAction *migrateAction, QWidget *parent = nullptr);

    // nullptr: nothing selected.
    void showCustomer(const domain::CustomerRecord *customer);
    QString customerId() const { return m_customerId; }

    QTableView *subscriptionView() const { return m_subscriptions; }
    QTableView *userView() const { return m_users; }
    QToolButton *migrateButton() const { return m_migrate; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void onUsersLoaded(const QString &customerId, bool ok, const QString &message);
    void loadUsersIfShown();

    AppController *m_controller;
    QString m_customerId;
    QString m_usersRequestedFor;
    QLabel *m_title;
    QLabel *m_subtitle;
    QToolButton *m_migrate = nullptr;
    QTabWidget *m_tabs;
    QTableView *m_subscriptions;
    QTableView *m_users;
    QLabel *m_usersStatus;
};

} // namespace om::gui
