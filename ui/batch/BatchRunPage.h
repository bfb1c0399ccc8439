#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace om::gui {

class BatchController;
class BatchProgressModel;

// The run view: overall progress, one row per customer (state, step, users moved, what happens now),
// Pause, Resume and Cancel (cancel stops before the next write: a write already sent finishes and is
// recorded), "Suspend N verified subscription(s)…" once customers wait at "verified", and the summary.
// The suspend confirmation and the summary are the wizard's (suspendRequested(), summaryRequested()).
class BatchRunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunPage)

public:
    explicit BatchRunPage(BatchController *controller, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QProgressBar *overallProgress() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *suspendButton() const { return m_suspend; }
    QPushButton *summaryButton() const { return m_summary; }

signals:
    void suspendRequested();
    void summaryRequested();

private:
    void update();

    BatchController *m_controller;
    BatchProgressModel *m_model;
    QProgressBar *m_progress;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_suspend;
    QPushButton *m_summary;
};

} // namespace om::gui
