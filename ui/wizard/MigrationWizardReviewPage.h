#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;
class QTableWidget;

namespace om::gui {

class MigrationWizardController;

// Page 1: the customer's affected subscriptions and the users on them. Every user moves by default; a
// user can be unticked (Space on the row's Move cell) to keep the old licence.
class MigrationWizardReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizardReviewPage)

public:
    explicit MigrationWizardReviewPage(MigrationWizardController *controller, QWidget *parent = nullptr);
    bool isComplete() const override;
    QTableView *usersView() const { return m_users; }

private:
    void refresh();

    MigrationWizardController *m_controller; // borrowed
    QLabel *m_status;
    QTableWidget *m_subscriptions;
    QTableView *m_users;
    QLabel *m_excluded;
};

} // namespace om::gui
