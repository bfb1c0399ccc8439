#pragma once

#include "ui/GuiSettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace om::gui {

class AccountPage;
class AccountSetupController;

// Two tabs. General edits GuiSettings (applied on the next start); the caller stores the result.
// Account is the account page over an AccountSetupController (borrowed; without one there is no Account
// tab); the caller saves it and switches between the sandbox and the account when the choice changed.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const GuiSettings &settings, QWidget *parent = nullptr);
    SettingsDialog(const GuiSettings &settings, AccountSetupController *account, QWidget *parent = nullptr);

    GuiSettings settings() const;
    AccountPage *accountPage() const { return m_accountPage; } // null without a controller
    void showAccountTab();

private:
    void validate();

    QLineEdit *m_baseUrl;
    QSpinBox *m_concurrency;
    QSpinBox *m_rate;
    QComboBox *m_language;
    QDialogButtonBox *m_buttons;
    QTabWidget *m_tabs;
    AccountSetupController *m_account = nullptr;
    AccountPage *m_accountPage = nullptr;
};

} // namespace om::gui
