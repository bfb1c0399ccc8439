#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace om::gui {

class BatchController;

// Changes one row of the batch plan: its replacement (the plan's or an alternative sold in the same
// market and segment), term and billing (those the replacement offers) and seats. OK applies the change
// through the controller; a refusal is shown and the dialog stays open.
class BatchRowDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRowDialog)

public:
    BatchRowDialog(BatchController *controller, int row, QWidget *parent = nullptr);

    QComboBox *replacementCombo() const { return m_replacement; }
    QComboBox *termCombo() const { return m_term; }
    QSpinBox *seatsSpin() const { return m_seats; }
    QString errorText() const;

    void accept() override;

private:
    void fillTerms();

    BatchController *m_controller;
    int m_row;
    QComboBox *m_replacement;
    QComboBox *m_term;
    QSpinBox *m_seats;
    QLabel *m_error;
};

} // namespace om::gui
