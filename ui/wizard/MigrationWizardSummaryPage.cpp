#include "ui/wizard/MigrationWizardSummaryPage.h"

#include "domain/ScanData.h"
#include "ui/MigrationWizardController.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace om::gui {

MigrationWizardSummaryPage::MigrationWizardSummaryPage(MigrationWizardController *controller,
                                                       const domain::ScanSnapshot *snapshot, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_snapshot(snapshot)
    , m_summary(new QLabel(this))
    , m_deprovision(new QLabel(this))
    , m_export(new QPushButton(tr("&Export this customer's report…"), this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("The migration is recorded in the journal."));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deprovision->setWordWrap(true);
    m_status->setWordWrap(true);
    m_export->setEnabled(snapshot != nullptr);

    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_deprovision);
    layout->addSpacing(12);
    layout->addLayout(exportRow);
    layout->addStretch(1);

    connect(m_export, &QPushButton::clicked, this, &MigrationWizardSummaryPage::exportReport);
}

void MigrationWizardSummaryPage::initializePage()
{
    m_summary->setText(m_controller->summaryText());
    const QDate date = m_controller->deprovisionDate();
    QFont bold = m_deprovision->font();
    bold.setBold(date.isValid());
    m_deprovision->setFont(bold);
    m_deprovision->setText(
        date.isValid() ? tr("Microsoft de-provisions the old subscription around %1. Until then it can "
                            "be reactivated in Partner Center.")
                             .arg(QLocale().toString(date, QLocale::LongFormat))
                       : tr("The old subscription is not suspended yet; open the wizard again to run the "
                            "checks and suspend it."));
}

void MigrationWizardSummaryPage::exportReport()
{
    if (!m_snapshot)
        return;
    const QString suggested = QDir::home().filePath(tr("migration-%1.csv")
                                                        .arg(m_controller->plan().customerName.isEmpty()
                                                                 ? m_controller->customerId()
                                                                 : m_controller->plan().customerName));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export report"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status written = m_controller->exportReport(path, *m_snapshot);
    m_status->setText(written.ok() ? tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path))
                                   : tr("The report was not saved (%1); choose another folder and try again.")
                                         .arg(written.error().message));
}

} // namespace om::gui
