#include "ui/wizard/MigrationWizard.h"

#include "journal/Journal.h"
#include "ui/AppController.h"
#include "ui/MigrationWizardController.h"
#include "ui/wizard/MigrationWizardPurchasePage.h"
#include "ui/wizard/MigrationWizardReassignPage.h"
#include "ui/wizard/MigrationWizardReplacementPage.h"
#include "ui/wizard/MigrationWizardReviewPage.h"
#include "ui/wizard/MigrationWizardSummaryPage.h"
#include "ui/wizard/MigrationWizardVerifyPage.h"

#include <QMessageBox>

namespace om::gui {

MigrationWizard::MigrationWizard(MigrationWizardController *controller, const domain::ScanSnapshot *snapshot,
                                 QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_verifyPage(new MigrationWizardVerifyPage(controller))
{
    setWindowTitle(tr("Migrate customer"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(ReviewPage, new MigrationWizardReviewPage(controller));
    setPage(ReplacementPage, new MigrationWizardReplacementPage(controller));
    setPage(PurchasePage, new MigrationWizardPurchasePage(controller));
    setPage(ReassignPage, new MigrationWizardReassignPage(controller));
    setPage(VerifyPage, m_verifyPage);
    setPage(SummaryPage, new MigrationWizardSummaryPage(controller, snapshot));
    setStartId(ReviewPage);
    setConfirm({});
    resize(900, 640);
    connect(controller, &MigrationWizardController::planChanged, this, &MigrationWizard::onPlanChanged);
    connect(controller, &MigrationWizardController::busyChanged, this, [this](bool busy) {
        if (!busy && m_closeWhenIdle)
            QWizard::reject();
    });
    if (!controller->hasPlan() && !controller->isBusy())
        controller->start();
}

MigrationWizard::~MigrationWizard() = default;

MigrationWizard *MigrationWizard::open(AppController *app, journal::Journal *journal,
                                       const QString &customerId, QWidget *parent)
{
    engine::EngineConfig config;
    config.operatorName = journal::Journal::currentOsUser();
    auto *controller = new MigrationWizardController(*app->client(), *journal, app->catalogue(), app->clock(),
                                                     customerId, config);
    auto *wizard = new MigrationWizard(controller, &app->snapshot(), parent);
    controller->setParent(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &QWizard::finished, app, [app, journal]() {
        Result<domain::MigrationProgressMap> progress = journal->progressBySubscription();
        if (progress.ok())
            app->setProgress(progress.take());
    });
    wizard->show();
    return wizard;
}

void MigrationWizard::setConfirm(Confirm confirm)
{
    if (!confirm) {
        confirm = [](QWidget *parent, const QString &title, const QString &text) {
            return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                         QMessageBox::No) == QMessageBox::Yes;
        };
    }
    m_verifyPage->setConfirm(std::move(confirm));
}

void MigrationWizard::onPlanChanged()
{
    const QString name = m_controller->plan().customerName;
    if (!name.isEmpty())
        setWindowTitle(tr("Migrate %1").arg(name));
    // Reopened mid-way: go straight to the step the journal says comes next (once, at the start).
    if (m_resumed || currentId() != ReviewPage)
        return;
    m_resumed = true;
    const int resume = int(m_controller->resumePage());
    if (resume > PurchasePage) {
        setStartId(resume);
        restart();
    }
}

int MigrationWizard::nextId() const
{
    switch (currentId()) {
    case ReviewPage: {
        if (m_controller->hasPlan() && m_controller->plan().subscriptions.isEmpty())
            return -1; // nothing to migrate: Finish
        const int stage = int(m_controller->stage());
        return stage > ReplacementPage ? stage : ReplacementPage; // already bought: skip the choice
    }
    case ReplacementPage:
        return PurchasePage;
    case PurchasePage:
        return ReassignPage;
    case ReassignPage:
        return VerifyPage;
    case VerifyPage:
        return SummaryPage;
    default:
        return -1;
    }
}

void MigrationWizard::reject()
{
    if (!m_controller->isBusy())
        return QWizard::reject();
    // Nothing is lost by closing (the journal has it), but let the running request finish first.
    m_closeWhenIdle = true;
    setWindowTitle(tr("Closing after the current step…"));
}

} // namespace om::gui
