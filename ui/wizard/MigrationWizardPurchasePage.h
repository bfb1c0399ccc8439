#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace om::gui {

class MigrationWizardController;

// Page 3: what will be bought, an explicit confirmation, and the order with its provisioning progress.
// A commit page: once past it, Back never returns before the order.
class MigrationWizardPurchasePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizardPurchasePage)

public:
    explicit MigrationWizardPurchasePage(MigrationWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    QCheckBox *confirmBox() const { return m_confirm; }
    QPushButton *orderButton() const { return m_order; }

private:
    void refresh();

    MigrationWizardController *m_controller; // borrowed
    QLabel *m_summary;
    QCheckBox *m_confirm;
    QPushButton *m_order;
    QProgressBar *m_progress;
    QLabel *m_status;
};

} // namespace om::gui
