#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace om::domain {
struct ScanSnapshot;
}

namespace om::gui {

class MigrationWizardController;

// Page 6: what happened, the de-provisioning date, and this customer's report as CSV.
class MigrationWizardSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizardSummaryPage)

public:
    // snapshot: the report's source (borrowed; may be null: no export).
    MigrationWizardSummaryPage(MigrationWizardController *controller, const domain::ScanSnapshot *snapshot,
                               QWidget *parent = nullptr);
    void initializePage() override;

private:
    void exportReport();

    MigrationWizardController *m_controller; // borrowed
    const domain::ScanSnapshot *m_snapshot;  // borrowed
    QLabel *m_summary;
    QLabel *m_deprovision;
    QPushButton *m_export;
    QLabel *m_status;
};

} // namespace om::gui
