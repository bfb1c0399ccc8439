#pragma once

#include <QHash>
#include <QWizard>

#include <functional>

namespace om::domain {
struct ScanSnapshot;
}
namespace om::journal {
class Journal;
}

namespace om::gui {

class AppController;
class MigrationWizardController;
class MigrationWizardPurchasePage;
class MigrationWizardReassignPage;
class MigrationWizardReplacementPage;
class MigrationWizardVerifyPage;

// The per-customer migration, one page per step. A view over MigrationWizardController: the pages
// show what it allows and call it; the engine works asynchronously, so the window never freezes.
// Every page's title starts with its step ("Step 2 of 6: ..."). Opens at the controller's resume page (from
// the journal). The purchase page is a commit page:
// Back never leads before an order. Closing while a step runs waits for the step to end.
// Once something was bought and until it is suspended, "Cancel purchase…" offers to cancel the new
// subscription for a refund inside new commerce's window (asks first; refused once users hold it).
// Borrowed: controller and snapshot (the report's source); both outlive the wizard.
class MigrationWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizard)

public:
    enum PageId
    {
        ReviewPage,
        ReplacementPage,
        PurchasePage,
        ReassignPage,
        VerifyPage,
        SummaryPage,
    };
    Q_ENUM(PageId)

    // Asks the operator a yes/no question; QMessageBox::question by default (tests answer themselves).
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    MigrationWizard(MigrationWizardController *controller, const domain::ScanSnapshot *snapshot,
                    QWidget *parent = nullptr);
    ~MigrationWizard() override;

    // Opens a window-modal wizard for one customer over the app's client, catalogue and clock and
    // `journal` (borrowed; outlive the wizard). The wizard deletes itself (and its controller) when
    // closed, and then hands the journal's progress to the app's models.
    static MigrationWizard *open(AppController *app, journal::Journal *journal, const QString &customerId,
                                 QWidget *parent);

    void setConfirm(Confirm confirm);
    // Who picks a user's usage location (a country list by default; tests answer themselves).
    void setChooseLocation(std::function<QString(QWidget *, const QString &, const QString &)> choose);
    // "Step 2 of 6": the current page's place in the wizard's page list.
    QString stepText() const;
    int nextId() const override;
    void reject() override;
    MigrationWizardController *controller() const { return m_controller; }

private:
    void onPlanChanged();
    void updateStepTitle();

    MigrationWizardController *m_controller;
    void updateCancelPurchaseButton();
    void onPurchasesInspected();

    MigrationWizardReplacementPage *m_replacementPage;
    MigrationWizardPurchasePage *m_purchasePage;
    MigrationWizardReassignPage *m_reassignPage;
    QHash<int, QString> m_titles; // each page's own title, before the step is added
    MigrationWizardVerifyPage *m_verifyPage;
    Confirm m_confirm;
    bool m_cancelRequested = false; // the operator asked: purchasesInspected() then confirms
    bool m_resumed = false;
    bool m_closeWhenIdle = false;
};

} // namespace om::gui
