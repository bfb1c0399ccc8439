#pragma once

#include "engine/EngineTypes.h"

#include <QWizardPage>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace om::gui {

class MigrationWizardController;

// Page 2: one row per retired subscription (what replaces it, term, licences), and below the table the
// editor of the selected row: the replacement (a new-commerce product and SKU of the customer's market and
// segment, the recommendation first), its term and billing cycle (as the availability offers them) and the
// quantity (never below the SKU's minimum), with that subscription's checks. A change is planned again on
// its own after a short pause; Next waits for it. A subscription nobody holds can be suspended without a
// replacement, after a confirmation (Confirm).
class MigrationWizardReplacementPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizardReplacementPage)

public:
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit MigrationWizardReplacementPage(MigrationWizardController *controller, QWidget *parent = nullptr);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void initializePage() override;
    bool isComplete() const override;

    QTableWidget *subscriptionTable() const { return m_table; }
    QComboBox *offerBox() const { return m_offer; }
    QComboBox *termBox() const { return m_term; }
    QSpinBox *quantityBox() const { return m_quantity; }
    QCheckBox *suspendOnlyBox() const { return m_suspendOnly; }
    QLabel *statusLabel() const { return m_status; }

private:
    void refresh();
    void fillTable();
    void fillEditor();
    void fillTerms(const QString &duration, const QString &billing);
    void fillChecks();
    void sendChoice();
    void askSuspendOnly(bool checked);
    void updateState();
    const engine::SubscriptionPlan *current() const;

    MigrationWizardController *m_controller; // borrowed
    Confirm m_confirm;
    QTableWidget *m_table; // one row per retired subscription
    QLabel *m_subscription;
    QComboBox *m_offer;
    QComboBox *m_term; // data: "P1Y|monthly"
    QSpinBox *m_quantity;
    QLabel *m_minimum;
    QCheckBox *m_suspendOnly;
    QListWidget *m_checks;
    QLabel *m_status;
    QString m_currentId;                // the subscription the editor shows
    QList<engine::Replacement> m_items; // what m_offer lists, same order
    bool m_filling = false;             // the editor is being filled from the plan: no choice sent
};

} // namespace om::gui
