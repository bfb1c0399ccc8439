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

#include <QAbstractButton>
#include <QLocale>
#include <QMessageBox>
#include <QWizardPage>

namespace om::gui {

namespace {

// The wizard page that shows a controller stage (one switch, no enum-to-int).
int pageIdOf(MigrationWizardController::Page page)
{
    using Page = MigrationWizardController::Page;
    switch (page) {
    case Page::Review:
        return MigrationWizard::ReviewPage;
    case Page::Replacement:
        return MigrationWizard::ReplacementPage;
    case Page::Purchase:
        return MigrationWizard::PurchasePage;
    case Page::Reassign:
        return MigrationWizard::ReassignPage;
    case Page::Verify:
        return MigrationWizard::VerifyPage;
    case Page::Summary:
        return MigrationWizard::SummaryPage;
    }
    return MigrationWizard::ReviewPage;
}

} // namespace

MigrationWizard::MigrationWizard(MigrationWizardController *controller, const domain::ScanSnapshot *snapshot,
                                 QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_replacementPage(new MigrationWizardReplacementPage(controller))
    , m_purchasePage(new MigrationWizardPurchasePage(controller))
    , m_reassignPage(new MigrationWizardReassignPage(controller))
    , m_verifyPage(new MigrationWizardVerifyPage(controller))
{
    setWindowTitle(tr("Migrate customer"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(ReviewPage, new MigrationWizardReviewPage(controller));
    setPage(ReplacementPage, m_replacementPage);
    setPage(PurchasePage, m_purchasePage);
    setPage(ReassignPage, m_reassignPage);
    setPage(VerifyPage, m_verifyPage);
    setPage(SummaryPage, new MigrationWizardSummaryPage(controller, snapshot));
    setStartId(ReviewPage);
    for (const int id : pageIds())
        m_titles.insert(id, page(id)->title());
    connect(this, &QWizard::currentIdChanged, this, &MigrationWizard::updateStepTitle);
    setConfirm({});
    setButtonText(QWizard::CustomButton1, tr("Cancel &purchase…"));
    setOption(QWizard::HaveCustomButton1, true);
    button(QWizard::CustomButton1)
        ->setToolTip(
            tr("Cancel the replacement bought for this customer, for a refund, while new commerce allows it "
               "(7 days)."));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which != QWizard::CustomButton1)
            return;
        // Set first: the answer can come before inspectPurchases() returns.
        m_cancelRequested = true;
        if (!m_controller->inspectPurchases()) {
            m_cancelRequested = false;
            QMessageBox::information(this, tr("Cancel purchase"), m_controller->errorText());
        }
    });
    connect(controller, &MigrationWizardController::purchasesInspected, this,
            &MigrationWizard::onPurchasesInspected);
    connect(controller, &MigrationWizardController::purchaseCancelled, this, [this](bool ok) {
        if (!ok) {
            QMessageBox::warning(this, tr("Cancel purchase"),
                                 tr("The purchase was not cancelled. %1").arg(m_controller->errorText()));
            return;
        }
        // The migration is closed; the controller plans the customer again: start over at the review.
        m_resumed = false;
        setStartId(ReviewPage);
        restart();
    });
    connect(controller, &MigrationWizardController::stateChanged, this,
            &MigrationWizard::updateCancelPurchaseButton);
    connect(controller, &MigrationWizardController::busyChanged, this,
            &MigrationWizard::updateCancelPurchaseButton);
    connect(this, &QWizard::currentIdChanged, this, &MigrationWizard::updateCancelPurchaseButton);
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
    m_confirm = confirm;
    m_purchasePage->setConfirm(confirm);
    m_replacementPage->setConfirm(confirm);
    m_reassignPage->setConfirm(confirm);
    m_verifyPage->setConfirm(std::move(confirm));
}

void MigrationWizard::setChooseLocation(
    std::function<QString(QWidget *, const QString &, const QString &)> choose)
{
    m_reassignPage->setChooseLocation(std::move(choose));
}

QString MigrationWizard::stepText() const
{
    const QList<int> ids = pageIds();
    const int index = int(ids.indexOf(currentId()));
    if (index < 0)
        return {};
    return tr("Step %1 of %2").arg(QLocale().toString(index + 1), QLocale().toString(int(ids.size())));
}

void MigrationWizard::updateStepTitle()
{
    QWizardPage *page = currentPage();
    if (!page)
        return;
    //: "Step 2 of 6: Replacement and quantity"
    page->setTitle(tr("%1: %2").arg(stepText(), m_titles.value(currentId())));
}

void MigrationWizard::updateCancelPurchaseButton()
{
    const int page = currentId();
    const bool shown =
        m_controller->hasPlan() &&
        MigrationWizardController::isPast(m_controller->stage(), MigrationWizardController::Page::Purchase) &&
        MigrationWizardController::isPast(MigrationWizardController::Page::Summary, m_controller->stage()) &&
        (page == PurchasePage || page == ReassignPage || page == VerifyPage);
    button(QWizard::CustomButton1)->setVisible(shown);
    button(QWizard::CustomButton1)->setEnabled(shown && m_controller->canCancelPurchase());
}

void MigrationWizard::onPurchasesInspected()
{
    if (!m_cancelRequested)
        return;
    m_cancelRequested = false;
    const QString title = tr("Cancel purchase");
    if (!m_controller->errorText().isEmpty()) {
        QMessageBox::warning(this, title,
                             tr("The purchases could not be read. %1").arg(m_controller->errorText()));
        return;
    }
    QStringList refused;
    for (const engine::CancellablePurchase &p : m_controller->purchases()) {
        if (!p.refusal.isEmpty()) {
            refused.append(tr("%1 (subscription %2): %3").arg(p.name, p.newSubscriptionId, p.refusal));
            continue;
        }
        const QString text =
            tr("Cancel %1, %n licence(s), subscription %2, for a refund?\n\nNew commerce allows it until %3. "
               "Access to it ends at once and cannot be restored. The retired subscription is not touched.",
               nullptr, p.quantity)
                .arg(p.name, p.newSubscriptionId,
                     QLocale().toString(p.allowedUntil.toLocalTime(), QLocale::ShortFormat));
        if (m_confirm(this, title, text)) {
            m_controller->cancelPurchase(p.migrationId);
            return; // one at a time: the plan is read again after it
        }
    }
    if (!refused.isEmpty())
        QMessageBox::information(
            this, title, tr("These purchases cannot be cancelled:\n%1").arg(refused.join(QLatin1Char('\n'))));
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
            return -1;                            // nothing to migrate: Finish
        const auto stage = m_controller->stage(); // already bought: skip the choice
        return MigrationWizardController::isPast(stage, MigrationWizardController::Page::Replacement)
                   ? pageIdOf(stage)
                   : ReplacementPage;
    }
    case ReplacementPage: {
        // Only suspend-only subscriptions (recorded, nothing to buy): straight to the checks.
        const auto stage = m_controller->stage();
        return MigrationWizardController::isPast(stage, MigrationWizardController::Page::Purchase)
                   ? pageIdOf(stage)
                   : PurchasePage;
    }
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
