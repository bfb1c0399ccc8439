#include "ui/batch/BatchConfirmDialog.h"

#include "ui/batch/BatchController.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace om::gui {

BatchConfirmDialog::BatchConfirmDialog(const BatchController *controller, QWidget *parent)
    : QDialog(parent)
{
    const int customers = controller->customersToRun();
    setWindowTitle(tr("Confirm the purchases"));
    setObjectName(QStringLiteral("batchConfirmDialog"));

    auto *text = new QLabel(controller->confirmationText(), this);
    text->setObjectName(QStringLiteral("confirmationText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setAccessibleName(tr("What the batch buys"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("&Buy and migrate %n customer(s)", nullptr, customers),
                                   QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // Enter never buys by accident
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    if (controller->needsTypedConfirmation()) {
        auto *ask = new QLabel(
            tr("This batch has %n customer(s). Type the number of customers to confirm:", nullptr, customers),
            this);
        ask->setWordWrap(true);
        m_count = new QLineEdit(this);
        m_count->setObjectName(QStringLiteral("customerCountEdit"));
        m_count->setAccessibleName(tr("Number of customers"));
        ask->setBuddy(m_count);
        m_confirm->setEnabled(false);
        connect(m_count, &QLineEdit::textChanged, this, [this, controller](const QString &typed) {
            m_confirm->setEnabled(controller->isConfirmationText(typed));
        });
        layout->addWidget(ask);
        layout->addWidget(m_count);
    }
    layout->addWidget(buttons);
    setMinimumWidth(520);
    if (m_count)
        m_count->setFocus();
}

} // namespace om::gui
