#pragma once

#include <QWizardPage>

#include <functional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace om::gui {

class MigrationWizardController;

// Page 3: what will be bought, an explicit confirmation, and the order with its provisioning progress.
// An upgrade suspends the old subscription on Partner Center's side, so ordering one also asks the same
// question as a suspend (Confirm). A commit page: once past it, Back never returns before the order.
class MigrationWizardPurchasePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizardPurchasePage)

public:
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit MigrationWizardPurchasePage(MigrationWizardController *controller, QWidget *parent = nullptr);
    void setConfirm(Confirm confirm) { m_ask = std::move(confirm); }
    void initializePage() override;
    bool isComplete() const override;

    QCheckBox *confirmBox() const { return m_confirm; }
    QPushButton *orderButton() const { return m_order; }

private:
    void refresh();
    bool upgrades() const;
    void askAndOrder();

    MigrationWizardController *m_controller; // borrowed
    Confirm m_ask;
    QLabel *m_summary;
    QCheckBox *m_confirm;
    QPushButton *m_order;
    QProgressBar *m_progress;
    QLabel *m_status;
};

} // namespace om::gui
