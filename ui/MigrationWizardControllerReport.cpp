// MigrationWizardController: what the checks found, the summary, the report export, and cancelling a
// purchase inside new commerce's window.

#include "domain/CsvReportWriter.h"
#include "domain/MigrationState.h"
#include "engine/MigrationEngine.h"
#include "journal/Journal.h"
#include "ui/MigrationWizardController.h"
#include "ui/wizard/WizardTexts.h"
#include "ui/wizard/WizardUserModel.h"

#include <QLocale>

#include <algorithm>

namespace om::gui {

using journal::JournalState;

bool MigrationWizardController::canCancelPurchase() const
{
    const Page s = stage();
    return !isBusy() && hasPlan() && isPast(s, Page::Purchase) && isPast(Page::Summary, s);
}

bool MigrationWizardController::inspectPurchases()
{
    if (isBusy())
        return refuse(tr("A step is still running; wait for it to finish."));
    m_cancelBusy = true;
    updateBusy();
    m_cancellation->inspect(m_customerId, QString(),
                            [this](const Result<QList<engine::CancellablePurchase>> &r) {
                                m_cancelBusy = false;
                                updateBusy();
                                m_purchases = r ? r.value() : QList<engine::CancellablePurchase>();
                                setError(r ? QString() : WizardTexts::explain(r.error()));
                                emit purchasesInspected();
                            });
    return true;
}

bool MigrationWizardController::cancelPurchase(qint64 migrationId)
{
    if (isBusy())
        return refuse(tr("A step is still running; wait for it to finish."));
    const auto it =
        std::find_if(m_purchases.cbegin(), m_purchases.cend(),
                     [&](const engine::CancellablePurchase &p) { return p.migrationId == migrationId; });
    if (it == m_purchases.cend())
        return refuse(tr("The purchases changed since they were read; choose Cancel purchase again."));
    m_cancelBusy = true;
    updateBusy();
    m_cancellation->cancel(*it, [this](const Status &status) {
        m_cancelBusy = false;
        updateBusy();
        setError(status ? QString() : WizardTexts::explain(status.error()));
        emit purchaseCancelled(status.ok());
        emit stateChanged();
        if (status) {
            m_choices.clear(); // the cancelled migration frees the subscription: plan it again
            start();
        }
    });
    return true;
}

QList<MigrationWizardController::Check> MigrationWizardController::checks() const
{
    QList<Check> out;
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        const journal::MigrationRecord *rec = recordOf(p.oldSubscription.id);
        if (p.suspendOnly || (rec && rec->plan.path == journal::MigrationPath::SuspendOnly)) {
            out.append({true, tr("Nothing to buy for %1: nobody holds its licence, so it is only suspended")
                                  .arg(p.oldSubscription.offerName)});
            continue;
        }
        const bool bought = rec && !rec->newSubscriptionId.isEmpty();
        out.append({bought, bought
                                ? tr("Replacement for %1 bought: %2 (new subscription %3)")
                                      .arg(p.oldSubscription.offerName, p.target.name, rec->newSubscriptionId)
                                : tr("No replacement bought yet for %1").arg(p.oldSubscription.offerName)});
    }
    int left = 0;
    int excluded = 0;
    int moving = 0;
    for (const WizardUser &u : m_users->allUsers()) {
        if (u.excluded) {
            ++excluded;
            continue;
        }
        ++moving;
        left += u.result == WizardUser::Result::Failed || u.result == WizardUser::Result::Pending ? 1 : 0;
    }
    out.append(
        {left == 0, left == 0 ? tr("Every user who moves holds the new licence (%n user(s))", nullptr, moving)
                              : tr("%n user(s) still hold the old licence", nullptr, left)});
    if (excluded > 0)
        out.append({false, tr("%n user(s) left out keep the old licence, so it cannot be suspended", nullptr,
                              excluded)});
    const bool verified = isPast(stage(), Page::Verify) || suspendBlockedReason().isEmpty();
    out.append({verified, verified ? tr("Partner Center confirms no seat of the old subscription is in use")
                          : m_verifyRan
                              ? tr("Partner Center does not confirm the move yet: %1").arg(m_verifyError)
                              : tr("Partner Center has not been asked yet")});
    return out;
}

QDate MigrationWizardController::deprovisionDate() const
{
    QDate latest;
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        if (const journal::MigrationRecord *rec = recordOf(p.oldSubscription.id);
            rec && rec->deprovisionDate.isValid())
            latest = std::max(latest, rec->deprovisionDate);
    }
    return latest;
}

// One paragraph per retired subscription, saying which subscription is which: the OLD retired one is
// suspended, the NEW replacement is active.
QString MigrationWizardController::summaryText() const
{
    QStringList lines;
    const QLocale locale;
    for (const engine::SubscriptionPlan &p : plan().subscriptions) {
        const journal::MigrationRecord *rec = recordOf(p.oldSubscription.id);
        if (!rec) {
            lines.append(tr("%1 (old subscription %2) was not migrated.")
                             .arg(p.oldSubscription.offerName, p.oldSubscription.id));
            continue;
        }
        const journal::MigrationRecord &m = *rec;
        const bool suspended = m.state == JournalState::Suspended;
        if (m.plan.path == journal::MigrationPath::SuspendOnly) {
            lines.append(suspended
                             ? tr("Old subscription %1 (%2): suspended without a replacement, as nobody "
                                  "held its licence.")
                                   .arg(p.oldSubscription.id, p.oldSubscription.offerName)
                             : tr("Old subscription %1 (%2): to be suspended without a replacement.")
                                   .arg(p.oldSubscription.id, p.oldSubscription.offerName));
        } else {
            lines.append(tr("Old subscription %1 (%2): %3.")
                             .arg(p.oldSubscription.id, p.oldSubscription.offerName,
                                  suspended
                                      ? tr("suspended")
                                      : domain::migrationStateDisplayName(journal::toReportState(m.state))));
            if (!m.newSubscriptionId.isEmpty())
                lines.append(
                    tr("New subscription %1 (%2, %n licence(s)): active.", nullptr, m.plan.plannedQuantity)
                        .arg(m.newSubscriptionId, p.target.name));
        }
        if (m.suspendedAt.isValid())
            lines.append(tr("The old subscription was suspended on %1; Microsoft de-provisions it around %2.")
                             .arg(locale.toString(m.suspendedAt.toLocalTime().date(), QLocale::ShortFormat),
                                  locale.toString(m.deprovisionDate, QLocale::ShortFormat)));
    }
    lines.append(tr("%n user(s) moved to the new licence.", nullptr, usersMoved()));
    if (const int left = excludedCount(); left > 0)
        lines.append(tr("%n user(s) left out keep the old licence.", nullptr, left));
    return lines.join(QLatin1Char('\n'));
}

Status MigrationWizardController::exportReport(const QString &path,
                                               const domain::ScanSnapshot &snapshot) const
{
    domain::ScanSnapshot mine = snapshot;
    mine.customers.clear();
    for (const domain::CustomerRecord &c : snapshot.customers) {
        if (c.id.compare(m_customerId, Qt::CaseInsensitive) == 0)
            mine.customers.append(c);
    }
    if (mine.customers.isEmpty())
        return Error::make(Error::Kind::Validation,
                           tr("This customer is not in the last scan; scan again, then export."),
                           m_customerId);
    Result<domain::MigrationProgressMap> progress = m_journal.progressBySubscription();
    if (!progress.ok())
        return progress.error();
    domain::CsvReportWriter writer(m_catalogue, m_clock);
    domain::CsvReportOptions options;
    options.byteOrderMark = true;
    return writer.writeFile(path, mine, progress.value(), options);
}

} // namespace om::gui
