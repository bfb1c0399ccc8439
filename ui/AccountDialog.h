#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace om::gui {

class AccountPage;
class AccountSetupController;

// The first start: the account page on its own, with a word of welcome. OK ("Continue") needs either the
// sandbox chosen or an account that can be used; the caller saves the choice (controller->save()).
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    explicit AccountDialog(AccountSetupController *controller, QWidget *parent = nullptr);

    AccountPage *page() const { return m_page; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    AccountSetupController *m_controller;
    AccountPage *m_page;
    QDialogButtonBox *m_buttons;
};

} // namespace om::gui
