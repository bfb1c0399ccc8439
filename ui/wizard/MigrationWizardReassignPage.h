#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace om::gui {

class MigrationWizardController;

// Page 4: moves every user's licence (started when the page opens) and shows each user's result;
// "Retry failed users" tries the ones left failed or pending again.
class MigrationWizardReassignPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizardReassignPage)

public:
    explicit MigrationWizardReassignPage(MigrationWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    QPushButton *retryButton() const { return m_retry; }

private:
    void refresh();

    MigrationWizardController *m_controller; // borrowed
    QTableView *m_table;
    QPushButton *m_retry;
    QProgressBar *m_progress;
    QLabel *m_status;
};

} // namespace om::gui
