#include "ui/batch/BatchSummaryPage.h"

#include "ui/batch/BatchController.h"
#include "ui/batch/BatchTexts.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace om::gui {

namespace {

QString stateText(const batch::SummaryRow &row)
{
    using journal::JournalState;
    switch (row.state) {
    case JournalState::NotStarted:
        return BatchSummaryPage::tr("Not started");
    case JournalState::Purchasing:
    case JournalState::Purchased:
        return BatchSummaryPage::tr("Bought, users not moved yet");
    case JournalState::Reassigning:
    case JournalState::Reassigned:
    case JournalState::Verifying:
        return BatchSummaryPage::tr("Moving users");
    case JournalState::Verified:
        return BatchSummaryPage::tr("Verified, not suspended");
    case JournalState::Suspending:
        return BatchSummaryPage::tr("Suspending");
    case JournalState::Suspended:
        return BatchSummaryPage::tr("Suspended");
    case JournalState::Failed:
        return BatchSummaryPage::tr("Needs attention");
    case JournalState::Cancelled:
        return BatchSummaryPage::tr("Cancelled");
    }
    return {};
}

} // namespace

BatchSummaryPage::BatchSummaryPage(BatchController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_totals(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_partner(new QLineEdit(this))
    , m_saved(new QLabel(this))
    , m_saveCsv(new QPushButton(tr("Save &report…"), this))
    , m_saveHtml(new QPushButton(tr("Save &printable summary…"), this))
{
    auto *heading = new QLabel(tr("<b>Batch summary</b>, from the journal."), this);
    m_totals->setObjectName(QStringLiteral("summaryTotals"));
    m_totals->setAccessibleName(tr("Summary totals"));
    m_totals->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setAccessibleName(tr("Batch summary"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Customer"), tr("Retired subscription"), tr("Replacement"),
                                        tr("Seats bought"), tr("Users moved"), tr("Failed users"),
                                        tr("State"), tr("De-provisioned on")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_partner->setObjectName(QStringLiteral("partnerNameEdit"));
    m_partner->setAccessibleName(tr("Partner name"));
    m_partner->setPlaceholderText(tr("Your company, as the customer knows it"));
    m_saved->setObjectName(QStringLiteral("savedLabel"));
    m_saved->setWordWrap(true);
    m_saveCsv->setObjectName(QStringLiteral("saveReportButton"));
    m_saveHtml->setObjectName(QStringLiteral("savePrintableButton"));
    m_saveCsv->setAutoDefault(false);
    m_saveHtml->setAutoDefault(false);
    connect(m_controller, &BatchController::partnerNameKnown, this, [this](const QString &name) {
        if (m_partner->text().isEmpty())
            m_partner->setText(name);
    });
    connect(m_saveCsv, &QPushButton::clicked, this, &BatchSummaryPage::saveReport);
    connect(m_saveHtml, &QPushButton::clicked, this, &BatchSummaryPage::savePrintable);

    auto *form = new QFormLayout;
    form->addRow(tr("Partner &name on the printable summary:"), m_partner);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveCsv);
    buttons->addWidget(m_saveHtml);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_totals);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_saved);
    layout->addLayout(buttons);
}

void BatchSummaryPage::refresh()
{
    if (m_partner->text().isEmpty())
        m_controller->requestPartnerName(); // fills the partner's name when Partner Center answers
    const Result<batch::BatchSummary> summary = m_controller->summary();
    m_table->setRowCount(0);
    if (!summary.ok()) {
        m_totals->setText(tr("The summary could not be read: %1").arg(summary.error().message));
        return;
    }
    const batch::BatchSummary &s = summary.value();
    m_totals->setText(tr("%1 · %2 · %3 · %4")
                          .arg(tr("%n customer(s)", nullptr, s.customers()),
                               tr("%n subscription(s) bought", nullptr, s.bought()),
                               tr("%n user(s) moved", nullptr, s.usersMoved()),
                               tr("%n old subscription(s) suspended", nullptr, s.suspended())) +
                      (s.usersFailed() > 0
                           ? QStringLiteral(" · ") + tr("%n user(s) failed", nullptr, s.usersFailed())
                           : QString()));
    m_table->setRowCount(int(s.rows().size()));
    int r = 0;
    for (const batch::SummaryRow &row : s.rows()) {
        QStringList failed;
        for (const batch::FailedUser &u : row.failedUsers)
            failed.append(tr("%1 (%2)").arg(u.upn, u.reason));
        const QStringList cells{row.customerName.isEmpty() ? row.customerId : row.customerName,
                                row.oldOfferName,
                                row.replacementName,
                                row.bought() ? QString::number(row.seats) : tr("None"),
                                QString::number(row.usersMoved),
                                failed.isEmpty() ? QString() : failed.join(QStringLiteral("; ")),
                                stateText(row),
                                row.deprovisionDate.isValid()
                                    ? QLocale().toString(row.deprovisionDate, QLocale::ShortFormat)
                                    : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c)); // long names and reasons are elided in the cell
            if (c == 3 || c == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        ++r;
    }
    constexpr int kMaxTextWidth = 280;
    m_table->resizeColumnsToContents();
    for (int column : {1, 2, 5})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), kMaxTextWidth));
}

Status BatchSummaryPage::saveReportTo(const QString &path)
{
    const Status saved = m_controller->saveCsv(path);
    if (saved.ok())
        m_saved->setText(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
    return saved;
}

Status BatchSummaryPage::savePrintableTo(const QString &path)
{
    const Status saved = m_controller->saveHtml(path, m_partner->text().trimmed());
    if (saved.ok())
        m_saved->setText(tr("Printable summary saved to %1").arg(QDir::toNativeSeparators(path)));
    return saved;
}

void BatchSummaryPage::saveReport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report"), QDir(folder).filePath(QStringLiteral("batch-summary.csv")),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveReportTo(path); !saved.ok())
        QMessageBox::critical(this, tr("Not saved"),
                              tr("The report could not be saved: %1").arg(saved.error().message));
}

void BatchSummaryPage::savePrintable()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save printable summary"), QDir(folder).filePath(QStringLiteral("batch-summary.html")),
        tr("Web pages (*.html);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status saved = savePrintableTo(path); !saved.ok())
        QMessageBox::critical(this, tr("Not saved"),
                              tr("The printable summary could not be saved: %1").arg(saved.error().message));
}

} // namespace om::gui
