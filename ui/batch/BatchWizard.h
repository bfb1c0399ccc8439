#pragma once

#include <QDialog>

class QStackedWidget;

namespace om::gui {

class BatchController;
class BatchPlanPage;
class BatchRunPage;
class BatchSummaryPage;

// The batch window: plan → one confirmation → run (pause, resume, cancel; suspend the verified ones as a
// step of its own) → summary. A thin view over the BatchController (owned, a child). Closing it while the
// batch runs asks first, then pauses (each running step ends and is recorded) and closes once paused;
// the kept batch is offered again at the next start. Non-modal; deletes itself when closed.
class BatchWizard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchWizard)

public:
    enum class Page
    {
        Plan,
        Run,
        Summary
    };

    // Takes `controller` (reparented to the wizard).
    explicit BatchWizard(BatchController *controller, QWidget *parent = nullptr);

    BatchController *controller() const { return m_controller; }
    BatchPlanPage *planPage() const { return m_planPage; }
    BatchRunPage *runPage() const { return m_runPage; }
    BatchSummaryPage *summaryPage() const { return m_summaryPage; }
    Page currentPage() const;
    void showPage(Page page);

    // The confirmation dialog, then start. False when declined or refused (a message says why).
    bool confirmAndStart();
    // "Suspend N verified subscription(s)?", then suspend. False when declined or refused.
    bool confirmAndSuspend();

    bool isClosingWhenStopped() const { return m_closeWhenStopped; } // "Pause and close" was chosen
    void reject() override; // Esc and the Close button: asks while the batch runs

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool mayClose(); // false: keep the window (declined, or pausing first)
    void onStageChanged();

    BatchController *m_controller;
    QStackedWidget *m_pages;
    BatchPlanPage *m_planPage;
    BatchRunPage *m_runPage;
    BatchSummaryPage *m_summaryPage;
    bool m_closeWhenStopped = false;
};

} // namespace om::gui
