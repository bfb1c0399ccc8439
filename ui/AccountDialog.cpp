#include "ui/AccountDialog.h"

#include "ui/AccountPage.h"
#include "ui/AccountSetupController.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace om::gui {

AccountDialog::AccountDialog(AccountSetupController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_page(new AccountPage(controller, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect your Partner Center account"));
    auto *welcome =
        new QLabel(tr("Offer Migrator reads your customers from Partner Center. Enter your partner "
                      "tenant and your app registration, sign in and test the connection; or "
                      "try the sandbox with demo data first. Settings, Account changes this "
                      "later."),
                   this);
    welcome->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(welcome);
    layout->addWidget(m_page, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_page, &AccountPage::changed, this, &AccountDialog::validate);
    connect(m_controller, &AccountSetupController::stateChanged, this, &AccountDialog::validate);
    resize(760, sizeHint().height());
    validate();
}

void AccountDialog::validate()
{
    const bool sandbox = m_controller->environment() != GuiSettings::Environment::Account;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(sandbox || m_controller->canUse());
}

} // namespace om::gui
