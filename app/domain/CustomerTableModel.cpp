#include "domain/CustomerTableModel.h"

#include "domain/DisplayDate.h"
#include "domain/OfferCatalogue.h"

#include <QLocale>
#include <QStringBuilder>

#include <limits>

namespace om::domain {

namespace {

const char *const headerTexts[CustomerTableModel::ColumnCount] = {
    QT_TRANSLATE_NOOP("om::domain::CustomerTableModel", "Customer"),
    QT_TRANSLATE_NOOP("om::domain::CustomerTableModel", "Domain"),
    QT_TRANSLATE_NOOP("om::domain::CustomerTableModel", "Market"),
    QT_TRANSLATE_NOOP("om::domain::CustomerTableModel", "Retired offers"),
    QT_TRANSLATE_NOOP("om::domain::CustomerTableModel", "Licences"),
    QT_TRANSLATE_NOOP("om::domain::CustomerTableModel", "Earliest end"),
    QT_TRANSLATE_NOOP("om::domain::CustomerTableModel", "Days left"),
    QT_TRANSLATE_NOOP("om::domain::CustomerTableModel", "Migration state"),
};

bool isNumeric(int column)
{
    return column == CustomerTableModel::RetiredOffersColumn ||
           column == CustomerTableModel::LicencesColumn || column == CustomerTableModel::DaysLeftColumn;
}

} // namespace

CustomerTableModel::CustomerTableModel(const OfferCatalogue &catalogue, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalogue(catalogue)
    , m_clock(clock)
{}

void CustomerTableModel::setSnapshot(ScanSnapshot snapshot)
{
    setSnapshot(std::move(snapshot), m_progress.map(), {});
}

void CustomerTableModel::setSnapshot(ScanSnapshot snapshot, MigrationProgressMap progress)
{
    setSnapshot(std::move(snapshot), std::move(progress), {});
}

void CustomerTableModel::setSnapshot(ScanSnapshot snapshot, MigrationProgressMap progress,
                                     const AffectedIndex &affected)
{
    beginResetModel();
    m_progress = ProgressLookup(std::move(progress));
    m_snapshot = std::move(snapshot);
    buildRows(affected.orMatched(std::as_const(m_snapshot), m_catalogue));
    endResetModel();
}

// One row per customer of m_snapshot, in its order, from the snapshot's matches.
void CustomerTableModel::buildRows(const AffectedIndex &affected)
{
    m_rows.clear();
    m_rowOfCustomer.clear();
    m_rowOfSubscription.clear();
    m_subscriptionsIndexed = false;

    const QList<CustomerRecord> &customers = std::as_const(m_snapshot).customers;
    const QList<AffectedIndex::Entry> &entries = affected.entries();
    m_rows.reserve(customers.size());
    m_rowOfCustomer.reserve(customers.size());
    const QDate today = m_clock.today(); // once, not per row
    for (int i = 0; i < customers.size(); ++i) {
        const CustomerRecord &customer = customers.at(i);
        m_rowOfCustomer.insert(customer.id, i);
        Row row;
        row.customerIndex = i;
        const int end = affected.end(i);
        row.affected.reserve(end - affected.begin(i));
        for (int e = affected.begin(i); e < end; ++e) {
            const int j = entries.at(e).subscription;
            row.affected.append(j);
            row.licences += customer.subscriptions.at(j).quantity;
        }
        finishRow(row, today);
        m_rows.append(std::move(row));
    }
}

// The row of snapshot().customers[customerIndex], shown at rowIndex (a customer a scan read); registers its
// subscriptions when they are indexed.
CustomerTableModel::Row CustomerTableModel::buildRow(int customerIndex, int rowIndex, const QDate &today)
{
    const CustomerRecord &customer = std::as_const(m_snapshot).customers.at(customerIndex);
    Row row;
    row.customerIndex = customerIndex;
    for (int j = 0; j < customer.subscriptions.size(); ++j) {
        const SubscriptionRecord &subscription = customer.subscriptions.at(j);
        if (!m_catalogue.match(subscription))
            continue;
        row.affected.append(j);
        row.licences += subscription.quantity;
        if (m_subscriptionsIndexed)
            m_rowOfSubscription.insert(subscription.id, rowIndex);
    }
    finishRow(row, today);
    return row;
}

// What follows from the row's affected subscriptions: the count, the search text, state and days.
void CustomerTableModel::finishRow(Row &row, const QDate &today) const
{
    const CustomerRecord &customer = std::as_const(m_snapshot).customers.at(row.customerIndex);
    row.affectedCount = int(row.affected.size());
    row.haystack =
        QString(customer.companyName % QLatin1Char('\n') % customer.domain % QLatin1Char('\n') % customer.id)
            .toCaseFolded();
    computeState(row, today);
}

// Rows are customers in snapshot order (a scan appends new ones at the end of both).
void CustomerTableModel::indexSubscriptions() const
{
    if (m_subscriptionsIndexed)
        return;
    const QList<CustomerRecord> &customers = std::as_const(m_snapshot).customers;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        for (int j : row.affected)
            m_rowOfSubscription.insert(customers.at(row.customerIndex).subscriptions.at(j).id, r);
    }
    m_subscriptionsIndexed = true;
}

void CustomerTableModel::upsertCustomers(const QList<CustomerRecord> &customers)
{
    const QDate today = m_clock.today();
    QList<const CustomerRecord *> added;
    QHash<QString, qsizetype> addedIndex; // a new customer twice in one batch: the later record wins
    for (const CustomerRecord &customer : customers) {
        const int existing = rowOfCustomer(customer.id);
        if (existing < 0) {
            const auto seen = addedIndex.constFind(customer.id);
            if (seen != addedIndex.constEnd()) {
                added[seen.value()] = &customer;
            } else {
                addedIndex.insert(customer.id, added.size());
                added.append(&customer);
            }
            continue;
        }
        const int customerIndex = m_rows.at(existing).customerIndex;
        if (m_subscriptionsIndexed) {
            for (const SubscriptionRecord &subscription :
                 std::as_const(m_snapshot).customers.at(customerIndex).subscriptions)
                m_rowOfSubscription.remove(subscription.id);
        }
        m_snapshot.customers[customerIndex] = customer;
        m_rows[existing] = buildRow(customerIndex, existing, today);
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const CustomerRecord *customer : std::as_const(added)) {
        const int rowIndex = int(m_rows.size());
        m_snapshot.customers.append(*customer);
        m_rowOfCustomer.insert(customer->id, rowIndex);
        m_rows.append(buildRow(int(m_snapshot.customers.size()) - 1, rowIndex, today));
    }
    endInsertRows();
}

void CustomerTableModel::setProgress(MigrationProgressMap progress)
{
    m_progress = ProgressLookup(std::move(progress));
    const QDate today = m_clock.today();
    for (Row &row : m_rows)
        computeState(row, today);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, EarliestEndColumn), index(rowCount() - 1, StateColumn));
}

void CustomerTableModel::updateProgress(const QString &subscriptionId, const MigrationProgress &progress)
{
    m_progress.insert(subscriptionId, progress);
    indexSubscriptions();
    const int r = m_rowOfSubscription.value(subscriptionId, -1);
    if (r < 0)
        return;
    computeState(m_rows[r], m_clock.today());
    emit dataChanged(index(r, EarliestEndColumn), index(r, StateColumn));
}

void CustomerTableModel::refreshDaysLeft()
{
    const QDate today = m_clock.today();
    for (Row &row : m_rows)
        computeDays(row, today);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DaysLeftColumn), index(rowCount() - 1, DaysLeftColumn));
}

void CustomerTableModel::clear()
{
    setSnapshot(ScanSnapshot{});
}

// The aggregate state: failed if any subscription failed, else the least advanced one. The earliest
// end date ignores subscriptions already suspended (nothing left to do) unless all are.
void CustomerTableModel::computeState(Row &row, const QDate &today) const
{
    const CustomerRecord &customer = std::as_const(m_snapshot).customers.at(row.customerIndex);
    bool any = false;
    bool failed = false;
    MigrationState least = MigrationState::Suspended;
    MigrationStatus status{NextStep::Done};
    QDate earliestOpen;
    QDate earliestAll;
    for (int j : std::as_const(row.affected)) {
        const SubscriptionRecord &subscription = customer.subscriptions.at(j);
        const MigrationProgress *progress = m_progress.find(subscription.id);
        const MigrationState state = effectiveState(subscription, progress);
        combineStatus(status, migrationStatus(state, progress));
        any = true;
        if (state == MigrationState::Failed)
            failed = true;
        else if (state < least)
            least = state;
        const QDate end = subscription.commitmentEndDate;
        if (end.isValid()) {
            if (!earliestAll.isValid() || end < earliestAll)
                earliestAll = end;
            if (state != MigrationState::Suspended && (!earliestOpen.isValid() || end < earliestOpen))
                earliestOpen = end;
        }
    }
    row.state = !any ? MigrationState::NotStarted : failed ? MigrationState::Failed : least;
    row.status = any ? status : MigrationStatus{};
    row.earliestEnd = earliestOpen.isValid() ? earliestOpen : earliestAll;
    computeDays(row, today);
}

void CustomerTableModel::computeDays(Row &row, const QDate &today) const
{
    // Done: nothing left to do, so no deadline. Never coloured as urgent; sorts after every open customer.
    const bool done = row.affectedCount > 0 && !row.status.needsAction();
    row.daysLeft = done ? noDaysLeft : daysLeft(row.earliestEnd, today);
    row.urgency = urgencyForDaysLeft(row.daysLeft);
}

const CustomerRecord &CustomerTableModel::customerAt(int row) const
{
    return std::as_const(m_snapshot).customers.at(m_rows.at(row).customerIndex);
}

int CustomerTableModel::rowOfCustomer(const QString &customerId) const
{
    return m_rowOfCustomer.value(customerId, -1);
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const CustomerRecord &customer = std::as_const(m_snapshot).customers.at(row.customerIndex);
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CustomerColumn:
            return customer.companyName.isEmpty() ? customer.id : customer.companyName;
        case DomainColumn:
            return customer.domain;
        case MarketColumn:
            return customer.market;
        case RetiredOffersColumn: // numbers and dates in the user's locale; SortRole keeps them typed
            return QLocale().toString(row.affectedCount);
        case LicencesColumn:
            return QLocale().toString(row.licences);
        case EarliestEndColumn:
            return displayDate(row.earliestEnd);
        case DaysLeftColumn:
            return row.daysLeft == noDaysLeft ? QString() : QLocale().toString(row.daysLeft);
        case StateColumn:
            return row.affectedCount == 0 ? QString() : migrationStatusText(row.status);
        }
        break;
    case SortRole:
        switch (column) {
        case CustomerColumn:
            return customer.companyName;
        case DomainColumn:
            return customer.domain;
        case MarketColumn:
            return customer.market;
        case RetiredOffersColumn:
            return row.affectedCount;
        case LicencesColumn:
            return row.licences;
        case EarliestEndColumn: // unknown dates sort last
            return row.earliestEnd.isValid() ? row.earliestEnd.toJulianDay()
                                             : std::numeric_limits<qint64>::max();
        case DaysLeftColumn:
            return row.daysLeft == noDaysLeft ? std::numeric_limits<int>::max() : row.daysLeft;
        case StateColumn: // what is next (the filter proxy's order too): needs attention first, done last
            return int(row.status.step);
        }
        break;
    case Qt::AccessibleTextRole: // what the colour says, for screen readers: "3 days left, urgent"
        if (column == DaysLeftColumn && row.daysLeft != noDaysLeft)
            return daysLeftSpoken(row.daysLeft, row.urgency);
        break;
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? int(Qt::AlignRight | Qt::AlignVCenter)
                                 : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == CustomerColumn || column == DomainColumn)
            return tr("Customer id: %1").arg(customer.id);
        if (column == StateColumn)
            return stateToolTip(row, customer);
        if (column == EarliestEndColumn || column == DaysLeftColumn) {
            if (row.affectedCount > 0 && !row.status.needsAction())
                return tr("Nothing left to do: every retired subscription is suspended.");
            if (!row.earliestEnd.isValid())
                return tr("No end date known");
            const QString date = displayDate(row.earliestEnd);
            return row.daysLeft < 0 ? tr("Term ended on %1").arg(date)
                                    : tr("Last day of the term: %1").arg(date);
        }
        break;
    case CustomerIdRole:
        return customer.id;
    case UrgencyRole:
        return int(row.urgency);
    case StateRole:
        return int(row.state);
    case NextStepRole:
        return int(row.status.step);
    }
    return {};
}

// What the state column's tip adds: why a step stopped (the journal's last error) and what to do next.
QString CustomerTableModel::stateToolTip(const Row &row, const CustomerRecord &customer) const
{
    switch (row.status.step) {
    case NextStep::NeedsAttention: {
        QString error;
        for (int j : std::as_const(row.affected)) {
            const MigrationProgress *progress = m_progress.find(customer.subscriptions.at(j).id);
            if (progress && progress->state == MigrationState::Failed && !progress->lastError.isEmpty()) {
                error = progress->lastError;
                break;
            }
        }
        const QString next = tr("Open the migration (Ctrl+M) to see what stopped and continue.");
        return error.isEmpty() ? next : error + QLatin1Char('\n') + next;
    }
    case NextStep::NotStarted:
        return tr("Open the migration (Ctrl+M) to choose a replacement and buy it.");
    case NextStep::Buying:
        return tr("The replacement order was sent; open the migration to confirm it.");
    case NextStep::MovingUsers:
        if (row.status.usersTotal == 0)
            return tr("The replacement is bought: open the migration to move the users.");
        return tr("Users moved: %1 of %n", nullptr, row.status.usersTotal).arg(row.status.usersMoved);
    case NextStep::ReadyToSuspend:
        return tr("Every user has the new licence: open the migration to suspend the old subscription.");
    case NextStep::Done:
        return tr("Nothing left to do: every retired subscription is suspended.");
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return tr(headerTexts[section]);
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? int(Qt::AlignRight | Qt::AlignVCenter)
                                  : int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QHash<int, QByteArray> CustomerTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(CustomerIdRole, "customerId");
    names.insert(UrgencyRole, "urgency");
    names.insert(StateRole, "migrationState");
    names.insert(NextStepRole, "nextStep");
    return names;
}

} // namespace om::domain
