#pragma once

#include "engine/EngineTypes.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace om::gui {

class MigrationWizardController;

// Page 2: the replacement (a new-commerce product and SKU of the customer's market and segment, the
// catalogue's recommendation preselected, the alternatives offered), its term and billing cycle (as the
// availability offers them) and the quantity (never below the SKU's minimum), with the plan's checks.
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
    void fillTerms(const QString &duration, const QString &billing);
    bool isDirty() const;
    void updateButtons();

    MigrationWizardController *m_controller; // borrowed
    QString m_recommendedId;                 // the first plan's target
    QLabel *m_subscription;
    QComboBox *m_offer;
    QComboBox *m_term; // data: "P1Y|monthly"
    QSpinBox *m_quantity;
    QLabel *m_minimum;
    QPushButton *m_apply;
    QListWidget *m_checks;
    QLabel *m_status;
    QList<engine::Replacement> m_items; // what m_offer lists, same order
};

} // namespace om::gui
