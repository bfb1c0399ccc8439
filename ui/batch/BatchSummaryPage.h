#pragma once

#include "common/Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace om::gui {

class BatchController;

// The batch summary, read from the journal: per customer and subscription what was bought, who moved,
// who failed and why, what was suspended and when it will be de-provisioned. "Save report…" writes the
// CSV, "Save printable summary…" the HTML page with the partner's name (typed here), date and operator.
class BatchSummaryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchSummaryPage)

public:
    explicit BatchSummaryPage(BatchController *controller, QWidget *parent = nullptr);

    // Reads the journal again and fills the table.
    void refresh();
    // Without a dialog (the buttons ask for the path, then call these and show errors).
    Status saveReportTo(const QString &path);
    Status savePrintableTo(const QString &path);

    QTableWidget *table() const { return m_table; }
    QLineEdit *partnerEdit() const { return m_partner; }
    QLabel *totalsLabel() const { return m_totals; }

private:
    void saveReport();
    void savePrintable();

    BatchController *m_controller;
    QLabel *m_totals;
    QTableWidget *m_table;
    QLineEdit *m_partner;
    QLabel *m_saved;
    QPushButton *m_saveCsv;
    QPushButton *m_saveHtml;
};

} // namespace om::gui
