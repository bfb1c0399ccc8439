#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace om::gui {

class BatchController;
class BatchPlanModel;

// The batch plan: progress while the customers are read, then one table row per retired subscription
// (customer, replacement, term and billing, seats, users to move, checks) with the totals per replacement
// product under it. A row's check box includes or excludes it, Seats is edited in place, "Change row…"
// (F2 on the row opens the seats editor; Ctrl+E the dialog) changes replacement, term and seats. The
// totals update on every change. "Confirm purchases…" is the wizard's (confirmRequested()).
class BatchPlanPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPlanPage)

public:
    explicit BatchPlanPage(BatchController *controller, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    BatchPlanModel *model() const { return m_model; }
    QLabel *totalsLabel() const { return m_totals; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *changeButton() const { return m_change; }
    QPushButton *excludeButton() const { return m_exclude; }
    // Opens "Change row" for the current row; returns the dialog's result.
    int changeCurrentRow();
    void fitColumns();

signals:
    void confirmRequested();

private:
    void update();
    void updateButtons();
    void toggleExcluded();
    void showMessage(const QString &message);

    BatchController *m_controller;
    BatchPlanModel *m_model;
    QProgressBar *m_progress;
    QTableView *m_table;
    QLabel *m_totals;
    QLabel *m_message;
    QPushButton *m_change;
    QPushButton *m_exclude;
    QPushButton *m_confirm;
};

} // namespace om::gui
