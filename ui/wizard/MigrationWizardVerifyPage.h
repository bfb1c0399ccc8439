#pragma once

#include <QWizardPage>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace om::gui {

class MigrationWizardController;

// Page 5: what was checked (run when the page opens), then "Suspend" after an explicit yes.
// Suspend stays disabled, with the reason shown, while any check fails.
class MigrationWizardVerifyPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizardVerifyPage)

public:
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit MigrationWizardVerifyPage(MigrationWizardController *controller, QWidget *parent = nullptr);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void initializePage() override;
    bool isComplete() const override;

    QPushButton *suspendButton() const { return m_suspend; }
    QLabel *reasonLabel() const { return m_reason; }

private:
    void refresh();
    void askAndSuspend();

    MigrationWizardController *m_controller; // borrowed
    Confirm m_confirm;
    QListWidget *m_checks;
    QPushButton *m_verify;
    QPushButton *m_retry;
    QPushButton *m_suspend;
    QLabel *m_reason;
};

} // namespace om::gui
