#pragma once

#include <QWizardPage>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace om::gui {

class MigrationWizardController;

// Page 4: moves every user's licence (started when the page opens) and shows each user's result, and for a
// user who did not move, why and what to do next (its own column). "Retry failed users" tries the ones
// left failed or pending again; a user left out can be ticked again here (Move). A user without a usage
// location can be given one here ("Set usage location…": the operator picks the country, confirms, and the
// user is tried again).
class MigrationWizardReassignPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizardReassignPage)

public:
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;
    // Asks for a country (ISO2) for `user`, `suggested` preselected; empty when cancelled.
    using ChooseLocation =
        std::function<QString(QWidget *parent, const QString &user, const QString &suggested)>;

    explicit MigrationWizardReassignPage(MigrationWizardController *controller, QWidget *parent = nullptr);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setChooseLocation(ChooseLocation choose) { m_choose = std::move(choose); }
    void initializePage() override;
    bool isComplete() const override;

    QPushButton *retryButton() const { return m_retry; }
    QPushButton *fixButton() const { return m_fix; }
    QTableView *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }

    // The default chooser: a list of countries (QLocale's), ISO2 codes.
    static QString chooseCountry(QWidget *parent, const QString &user, const QString &suggested);

private:
    void refresh();
    QString selectedUser() const;
    void askAndFix();

    MigrationWizardController *m_controller; // borrowed
    Confirm m_confirm;
    ChooseLocation m_choose;
    QTableView *m_table;
    QPushButton *m_retry;
    QPushButton *m_fix;
    QProgressBar *m_progress;
    QLabel *m_status;
};

} // namespace om::gui
