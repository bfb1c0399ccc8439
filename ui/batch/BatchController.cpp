#include "ui/batch/BatchController.h"

#include "batch/BatchPlanner.h"
#include "journal/Journal.h"
#include "partnercenter/ApiTypes.h"
#include "partnercenter/ProfileClient.h"

#include <QLocale>

namespace om::gui {

using batch::BatchOverride;
using batch::BatchRow;

BatchController::BatchController(pc::PartnerCenterClient &client, journal::Journal &journal,
                                 const domain::OfferCatalogue &catalogue, const Clock &clock,
                                 BatchControllerConfig config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_catalogue(catalogue)
    , m_clock(clock)
    , m_config(std::move(config))
{
    batch::BatchPlannerOptions options;
    options.customerConcurrency = m_config.customerConcurrency;
    options.engine = m_config.engine;
    m_planner = new batch::BatchPlanner(m_client, m_journal, m_catalogue, m_clock, options, this);
    connect(m_planner, &batch::BatchPlanner::progress, this, &BatchController::planProgress);
    connect(m_planner, &batch::BatchPlanner::finished, this, &BatchController::onPlanned);
}

BatchController::~BatchController() = default;

Result<std::optional<batch::StoredBatch>> BatchController::pendingBatch(const QString &storePath)
{
    if (storePath.isEmpty())
        return std::optional<batch::StoredBatch>();
    Result<std::optional<batch::StoredBatch>> loaded = batch::BatchStore(storePath).load();
    if (!loaded.ok())
        return loaded.error();
    if (!loaded.value() || !loaded.value()->isResumable())
        return std::optional<batch::StoredBatch>();
    return loaded;
}

void BatchController::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

bool BatchController::isBusy() const
{
    switch (m_stage) {
    case Stage::Planning:
    case Stage::Running:
    case Stage::Pausing:
    case Stage::Cancelling:
    case Stage::Suspending:
        return true;
    default:
        return false;
    }
}

bool BatchController::isRunning() const
{
    return m_stage == Stage::Running || m_stage == Stage::Pausing || m_stage == Stage::Paused ||
           m_stage == Stage::Cancelling || m_stage == Stage::Suspending;
}

bool BatchController::plan(const QStringList &customerIds)
{
    if ((m_stage != Stage::Idle && m_stage != Stage::Planned) || customerIds.isEmpty()) {
        m_errorText = customerIds.isEmpty() ? tr("Choose at least one customer.")
                                            : tr("The batch is busy; wait for it to finish.");
        return false;
    }
    QHash<QString, BatchOverride> overrides;
    if (m_resumed)
        overrides = m_resumed->overrides;
    if (!m_planner->start(customerIds, overrides)) {
        m_errorText = tr("The customers could not be planned.");
        return false;
    }
    m_errorText.clear();
    setStage(Stage::Planning);
    emit planProgress(0, int(customerIds.size()));
    return true;
}

bool BatchController::resumeStored(const batch::StoredBatch &stored)
{
    if (m_stage != Stage::Idle)
        return false;
    m_resumed = stored;
    if (plan(stored.customerIds))
        return true;
    m_resumed.reset();
    return false;
}

void BatchController::onPlanned(const batch::BatchPlan &plan)
{
    m_plan = plan;
    setStage(Stage::Planned);
    emit planReset();
    if (!m_resumed)
        return;
    if (m_plan.includedRows() == 0) {
        // Every row is done, blocked or excluded: the kept batch is closed (not offered again) and the
        // summary tells what the journal has.
        batch::StoredBatch closed = *m_resumed;
        closed.state = batch::StoredBatch::State::Finished;
        closed.updatedAt = m_clock.now();
        const Status saved =
            m_config.storePath.isEmpty() ? Status() : batch::BatchStore(m_config.storePath).save(closed);
        m_errorText = saved.ok()
                          ? tr("Nothing is left to run in the kept batch; it is closed.")
                          : tr("Nothing is left to run in the kept batch, but it could not be closed: %1")
                                .arg(saved.error().message);
        emit errorOccurred(m_errorText);
        setStage(Stage::Finished);
        return;
    }
    if (!start())
        emit errorOccurred(m_errorText);
}

Status BatchController::applyOverride(int row, const BatchOverride &override)
{
    if (m_stage != Stage::Planned)
        return Error::make(Error::Kind::Validation, tr("The plan can be changed only before it runs."));
    if (row < 0 || row >= m_plan.rows.size())
        return Error::make(Error::Kind::Validation, tr("No such row."));
    const BatchRow &r = m_plan.rows.at(row);
    const Status set = m_plan.setOverride(r.customerId, r.oldSubscriptionId, override);
    if (set.ok())
        emit rowChanged(row);
    return set;
}

Status BatchController::setExcluded(int row, bool excluded)
{
    if (row < 0 || row >= m_plan.rows.size())
        return Error::make(Error::Kind::Validation, tr("No such row."));
    BatchOverride o = m_plan.rows.at(row).override;
    o.excluded = excluded;
    return applyOverride(row, o);
}

Status BatchController::setSeats(int row, int seats)
{
    if (row < 0 || row >= m_plan.rows.size())
        return Error::make(Error::Kind::Validation, tr("No such row."));
    BatchOverride o = m_plan.rows.at(row).override;
    o.seats = seats == m_plan.rows.at(row).plannedSeats ? 0 : seats;
    return applyOverride(row, o);
}

Status BatchController::setChoice(int row, const QString &replacementId, const QString &termDuration,
                                  const QString &billingCycle, int seats)
{
    if (row < 0 || row >= m_plan.rows.size())
        return Error::make(Error::Kind::Validation, tr("No such row."));
    const BatchRow &r = m_plan.rows.at(row);
    BatchOverride o;
    o.excluded = r.override.excluded;
    const bool sameReplacement = replacementId.isEmpty() || replacementId == r.replacement.id;
    o.replacementId = sameReplacement ? QString() : replacementId;
    const engine::Replacement &base = r.replacement;
    const bool sameTerm =
        sameReplacement && termDuration == base.termDuration && billingCycle == base.billingCycle;
    if (!sameTerm) {
        o.termDuration = termDuration;
        o.billingCycle = billingCycle;
    }
    o.seats = seats == r.plannedSeats ? 0 : seats;
    return applyOverride(row, o);
}

Status BatchController::resetRow(int row)
{
    return applyOverride(row, BatchOverride());
}

int BatchController::customersToRun() const
{
    return int(m_plan.includedCustomers().size());
}

bool BatchController::isConfirmationText(const QString &typed) const
{
    // Digits as typed, or as the locale writes them.
    const QString text = typed.trimmed();
    bool ok = false;
    int n = text.toInt(&ok);
    if (!ok)
        n = QLocale().toInt(text, &ok);
    return ok && n == customersToRun() && n > 0;
}

QStringList BatchController::totalsLines() const
{
    QStringList lines;
    for (const batch::BatchTotal &t : m_plan.totals()) {
        const QString seats = t.upgrade ? tr("upgrade of %n seat(s), nothing bought", nullptr, t.seats)
                                        : tr("%n seat(s) to buy", nullptr, t.seats);
        lines.append(tr("%1: %2, %3").arg(t.name, seats, tr("%n customer(s)", nullptr, t.customers)));
    }
    return lines;
}

QString BatchController::totalsSummary() const
{
    return tr("%1 for %2; %3.")
        .arg(tr("%n seat(s) to buy", nullptr, m_plan.seatsToBuy()),
             tr("%n customer(s)", nullptr, customersToRun()),
             tr("%n user(s) to move", nullptr, m_plan.usersToMove()));
}

QString BatchController::confirmationText() const
{
    QString text = tr("This places the orders below in Partner Center and moves the users' licences. "
                      "Each customer is billed for the seats bought.");
    text += QStringLiteral("\n\n") + totalsLines().join(QLatin1Char('\n'));
    text += QStringLiteral("\n\n") + totalsSummary();
    text += QStringLiteral("\n\n") +
            tr("The old subscriptions stay active until you suspend the verified ones in a separate step.");
    return text;
}

batch::BatchRunner *BatchController::newRunner(bool stopBeforeSuspend)
{
    batch::BatchRunOptions options;
    options.customerConcurrency = m_config.customerConcurrency;
    options.stopBeforeSuspend = stopBeforeSuspend;
    options.storePath = m_config.storePath;
    options.engine = m_config.engine;
    auto *runner = new batch::BatchRunner(m_client, m_journal, m_catalogue, m_clock, options, this);
    connect(runner, &batch::BatchRunner::stateChanged, this, &BatchController::onRunnerState);
    connect(runner, &batch::BatchRunner::customerChanged, this,
            [this](int index, const batch::CustomerProgress &) { emit customerChanged(index); });
    connect(runner, &batch::BatchRunner::progress, this, [this](int done, int total) {
        m_customersEnded = done;
        emit runProgress(done, total);
    });
    connect(runner, &batch::BatchRunner::finished, this, &BatchController::onRunFinished);
    return runner;
}

bool BatchController::start()
{
    if (m_stage != Stage::Planned) {
        m_errorText = tr("Plan the batch first.");
        return false;
    }
    if (!m_runner)
        m_runner = newRunner(true);
    m_customersEnded = 0;
    m_cancelled = false;
    if (!m_runner->start(m_plan, m_resumed)) {
        m_errorText = tr("The batch could not start: %1").arg(m_runner->errorText());
        return false;
    }
    m_errorText.clear();
    setStage(Stage::Running);
    emit runProgress(0, customersInRun());
    return true;
}

void BatchController::pause()
{
    if (m_runner)
        m_runner->pause();
}

bool BatchController::resume()
{
    return m_runner && m_runner->resume();
}

void BatchController::cancel()
{
    if (m_stage == Stage::Planning) {
        m_planner->cancel();
        return;
    }
    if (m_runner && isRunning()) {
        m_cancelled = true;
        m_runner->cancel();
    }
}

void BatchController::onRunnerState(batch::BatchRunner::State state)
{
    using State = batch::BatchRunner::State;
    switch (state) {
    case State::Running:
        setStage(Stage::Running);
        break;
    case State::Pausing:
        setStage(Stage::Pausing);
        break;
    case State::Paused:
        setStage(Stage::Paused);
        break;
    case State::Cancelling:
        setStage(Stage::Cancelling);
        break;
    case State::Suspending:
        setStage(Stage::Suspending);
        break;
    case State::Idle:
    case State::Finished:
        break; // onRunFinished() decides between WaitingToSuspend and Finished
    }
}

void BatchController::onRunFinished(const batch::BatchResult &result)
{
    const bool waits = !result.wasCancelled && verifiedSubscriptions() > 0;
    setStage(waits ? Stage::WaitingToSuspend : Stage::Finished);
}

int BatchController::verifiedSubscriptions() const
{
    return m_runner ? m_runner->verifiedSubscriptions() : 0;
}

bool BatchController::suspendVerified()
{
    if (m_stage != Stage::WaitingToSuspend || !m_runner) {
        m_errorText = tr("No subscription waits to be suspended.");
        return false;
    }
    if (!m_runner->suspendVerified()) {
        m_errorText = m_runner->errorText();
        return false;
    }
    setStage(Stage::Suspending);
    return true;
}

const QList<batch::CustomerProgress> &BatchController::customers() const
{
    static const QList<batch::CustomerProgress> none;
    return m_runner ? m_runner->customers() : none;
}

int BatchController::customersInRun() const
{
    return int(customers().size());
}

batch::BatchResult BatchController::result() const
{
    return m_runner ? m_runner->result() : batch::BatchResult();
}

QString BatchController::statusText() const
{
    const int total = customersInRun();
    switch (m_stage) {
    case Stage::Idle:
        return {};
    case Stage::Planning:
        return tr("Reading the customers…");
    case Stage::Planned:
        return totalsSummary();
    case Stage::Running:
        return tr("%1 of %n customer(s) finished.", nullptr, total).arg(m_customersEnded);
    case Stage::Pausing:
        return tr("Pausing: the running steps finish first, then nothing new starts.");
    case Stage::Paused:
        return tr("Paused. %1 of %n customer(s) finished.", nullptr, total).arg(m_customersEnded);
    case Stage::Cancelling:
        return tr("Cancelling: the running steps finish first; no new write is sent.");
    case Stage::WaitingToSuspend:
        return tr("%n old subscription(s) verified and waiting to be suspended.", nullptr,
                  verifiedSubscriptions());
    case Stage::Suspending:
        return tr("Suspending the verified subscriptions…");
    case Stage::Finished: {
        const batch::BatchResult r = result();
        if (r.wasCancelled)
            return tr("Cancelled. What was done stays done; %n customer(s) did not finish.", nullptr,
                      r.customers - r.done);
        return tr("Finished: %1 done, %2 need attention.")
            .arg(tr("%n customer(s)", nullptr, r.done),
                 tr("%n customer(s)", nullptr, r.unfinished + r.blocked));
    }
    }
    return {};
}

void BatchController::requestPartnerName()
{
    pc::getOrganizationProfile(m_client, this, [this](const pc::Reply<pc::OrganizationProfile> &reply) {
        if (reply.result.ok() && !reply.result.value().companyName.isEmpty())
            emit partnerNameKnown(reply.result.value().companyName);
    });
}

QStringList BatchController::summaryCustomers() const
{
    if (m_runner && !m_runner->storedBatch().customerIds.isEmpty())
        return m_runner->storedBatch().customerIds;
    QStringList ids;
    for (const batch::BatchCustomer &c : m_plan.customers)
        ids.append(c.customerId);
    return ids;
}

Result<batch::BatchSummary> BatchController::summary() const
{
    QHash<QString, QString> names;
    for (const batch::BatchCustomer &c : m_plan.customers)
        names.insert(c.customerId, c.customerName);
    return batch::BatchSummary::collect(m_journal, summaryCustomers(), names);
}

Status BatchController::saveCsv(const QString &path) const
{
    const Result<batch::BatchSummary> s = summary();
    if (!s.ok())
        return s.error();
    return s.value().writeCsvFile(path, true);
}

Status BatchController::saveHtml(const QString &path, const QString &partnerName) const
{
    const Result<batch::BatchSummary> s = summary();
    if (!s.ok())
        return s.error();
    batch::SummaryHeader header;
    header.partnerName = partnerName;
    header.generatedAt = m_clock.now();
    if (m_runner) {
        header.operatorName = m_runner->storedBatch().operatorName;
        header.batchId = m_runner->storedBatch().id;
    }
    if (header.operatorName.isEmpty())
        header.operatorName = m_config.engine.operatorName.isEmpty() ? journal::Journal::currentOsUser()
                                                                     : m_config.engine.operatorName;
    return s.value().writeHtmlFile(path, header);
}

} // namespace om::gui
