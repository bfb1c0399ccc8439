#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace om::gui {

class BatchController;

// The one explicit confirmation of a batch's purchases: it states the totals (seats per replacement,
// customers, users to move). For more than BatchController::kTypedConfirmationAbove customers the
// operator types their number before the purchase button is enabled.
class BatchConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchConfirmDialog)

public:
    explicit BatchConfirmDialog(const BatchController *controller, QWidget *parent = nullptr);

    QLineEdit *countEdit() const { return m_count; } // null unless the number must be typed
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QLineEdit *m_count = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace om::gui
