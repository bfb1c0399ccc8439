#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace om::gui {

class MigrationWizardController;

// Page 2: the replacement offer (the catalogue's recommendation preselected, the market's
// alternatives offered) and the quantity (never below the offer's minimum), with the plan's checks.
// A changed choice is re-planned with "Update plan" before Next is allowed.
class MigrationWizardReplacementPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizardReplacementPage)

public:
    explicit MigrationWizardReplacementPage(MigrationWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void refresh();
    bool isDirty() const;
    void updateButtons();

    MigrationWizardController *m_controller; // borrowed
    QString m_recommendedId;                 // the first plan's target
    QLabel *m_subscription;
    QComboBox *m_offer;
    QSpinBox *m_quantity;
    QLabel *m_minimum;
    QPushButton *m_apply;
    QListWidget *m_checks;
    QLabel *m_status;
};

} // namespace om::gui
