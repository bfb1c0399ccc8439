#include "domain/AffectedSubscriptionModel.h"

#include "domain/DisplayDate.h"
#include "domain/OfferCatalogue.h"

#include <QLocale>

#include <limits>

namespace om::domain {

namespace {

const char *const headerTexts[AffectedSubscriptionModel::ColumnCount] = {
    QT_TRANSLATE_NOOP("om::domain::AffectedSubscriptionModel", "Customer"),
    QT_TRANSLATE_NOOP("om::domain::AffectedSubscriptionModel", "Offer"),
    QT_TRANSLATE_NOOP("om::domain::AffectedSubscriptionModel", "Quantity"),
    QT_TRANSLATE_NOOP("om::domain::AffectedSubscriptionModel", "Status"),
    QT_TRANSLATE_NOOP("om::domain::AffectedSubscriptionModel", "Auto renew"),
    QT_TRANSLATE_NOOP("om::domain::AffectedSubscriptionModel", "End date"),
    QT_TRANSLATE_NOOP("om::domain::AffectedSubscriptionModel", "Days left"),
    QT_TRANSLATE_NOOP("om::domain::AffectedSubscriptionModel", "Replacement"),
    QT_TRANSLATE_NOOP("om::domain::AffectedSubscriptionModel", "Migration state"),
};

// Partner Center's subscription status (docs/partner-center-api.md "Subscriptions") in the user's language,
// as a word a person reads ("Suspended"), never the API's lower-case value; an unknown one as sent.
QString statusText(const QString &status)
{
    const QString s = status.toLower();
    if (s == u"active")
        return AffectedSubscriptionModel::tr("Active");
    if (s == u"suspended")
        return AffectedSubscriptionModel::tr("Suspended");
    if (s == u"pending")
        return AffectedSubscriptionModel::tr("Pending");
    if (s == u"expired")
        return AffectedSubscriptionModel::tr("Expired");
    if (s == u"disabled")
        return AffectedSubscriptionModel::tr("Disabled");
    if (s == u"deleted")
        return AffectedSubscriptionModel::tr("Deleted");
    return status;
}

bool isNumeric(int column)
{
    return column == AffectedSubscriptionModel::QuantityColumn ||
           column == AffectedSubscriptionModel::DaysLeftColumn;
}

} // namespace

AffectedSubscriptionModel::AffectedSubscriptionModel(const OfferCatalogue &catalogue, const Clock &clock,
                                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalogue(catalogue)
    , m_clock(clock)
{}

void AffectedSubscriptionModel::setSnapshot(ScanSnapshot snapshot)
{
    setSnapshot(std::move(snapshot), m_progress.map(), {});
}

void AffectedSubscriptionModel::setSnapshot(ScanSnapshot snapshot, MigrationProgressMap progress)
{
    setSnapshot(std::move(snapshot), std::move(progress), {});
}

void AffectedSubscriptionModel::setSnapshot(ScanSnapshot snapshot, MigrationProgressMap progress,
                                            const AffectedIndex &affected)
{
    beginResetModel();
    m_progress = ProgressLookup(std::move(progress));
    m_snapshot = std::move(snapshot);
    buildRows(affected.orMatched(std::as_const(m_snapshot), m_catalogue));
    endResetModel();
}

// The rows of m_snapshot's matches (pointers into m_snapshot: read it through const references only).
void AffectedSubscriptionModel::buildRows(const AffectedIndex &affected)
{
    m_rows.clear();
    m_rowOfSubscription.clear();
    m_subscriptionsIndexed = false;
    const QList<CustomerRecord> &customers = std::as_const(m_snapshot).customers;
    m_rows.reserve(affected.size());
    const QDate today = m_clock.today(); // once, not per row
    // A few dozen catalogue entries: each one's segment text is made once, not once per row.
    QHash<const RetiredOffer *, QString> segments;
    for (const AffectedIndex::Entry &entry : affected.entries()) {
        const CustomerRecord &customer = customers.at(entry.customer);
        Row row;
        row.item =
            AffectedSubscription{&customer, &customer.subscriptions.at(entry.subscription), entry.offer};
        auto segment = segments.constFind(entry.offer);
        if (segment == segments.constEnd())
            segment = segments.insert(entry.offer, segmentDisplayName(*entry.offer));
        row.segment = segment.value();
        computeProgress(row);
        computeDays(row, today);
        m_rows.append(std::move(row));
    }
}

void AffectedSubscriptionModel::indexSubscriptions() const
{
    if (m_subscriptionsIndexed)
        return;
    m_rowOfSubscription.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r)
        m_rowOfSubscription.insert(m_rows.at(r).item.subscription->id, r);
    m_subscriptionsIndexed = true;
}

// State and replacement.
void AffectedSubscriptionModel::computeProgress(Row &row) const
{
    const MigrationProgress *progress = progressFor(row.item.subscription->id);
    row.state = effectiveState(*row.item.subscription, progress);
    row.status = migrationStatus(row.state, progress);
    row.replacement = row.item.replacementName(progress);
}

// A suspended subscription has nothing left to do: its days still show, never coloured as urgent.
void AffectedSubscriptionModel::computeDays(Row &row, const QDate &today) const
{
    row.daysLeft = daysLeft(row.item.subscription->commitmentEndDate, today);
    row.urgency = row.status.needsAction() ? urgencyForDaysLeft(row.daysLeft) : Urgency::Unknown;
}

void AffectedSubscriptionModel::setProgress(MigrationProgressMap progress)
{
    m_progress = ProgressLookup(std::move(progress));
    const QDate today = m_clock.today();
    for (Row &row : m_rows) {
        computeProgress(row);
        computeDays(row, today);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AffectedSubscriptionModel::updateProgress(const QString &subscriptionId,
                                               const MigrationProgress &progress)
{
    m_progress.insert(subscriptionId, progress);
    const int r = rowOfSubscription(subscriptionId);
    if (r < 0)
        return;
    computeProgress(m_rows[r]);
    computeDays(m_rows[r], m_clock.today());
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void AffectedSubscriptionModel::refreshDaysLeft()
{
    const QDate today = m_clock.today();
    for (Row &row : m_rows)
        computeDays(row, today);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DaysLeftColumn), index(rowCount() - 1, DaysLeftColumn));
}

void AffectedSubscriptionModel::clear()
{
    setSnapshot(ScanSnapshot{});
}

const MigrationProgress *AffectedSubscriptionModel::progressFor(const QString &subscriptionId) const
{
    return m_progress.find(subscriptionId);
}

int AffectedSubscriptionModel::rowOfSubscription(const QString &subscriptionId) const
{
    indexSubscriptions();
    return m_rowOfSubscription.value(subscriptionId, -1);
}

int AffectedSubscriptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AffectedSubscriptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AffectedSubscriptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const CustomerRecord &c = *row.item.customer;
    const SubscriptionRecord &s = *row.item.subscription;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CustomerColumn:
            return c.companyName.isEmpty() ? c.id : c.companyName;
        case OfferColumn:
            return s.offerName;
        case QuantityColumn:
            return QLocale().toString(s.quantity);
        case StatusColumn:
            return statusText(s.status);
        case AutoRenewColumn:
            return s.autoRenewEnabled ? tr("Yes") : tr("No");
        case EndDateColumn: // the user's locale, four-digit year; SortRole and the CSV keep the date / ISO
            return displayDate(s.commitmentEndDate);
        case DaysLeftColumn:
            return row.daysLeft == noDaysLeft ? QString() : QLocale().toString(row.daysLeft);
        case ReplacementColumn:
            return row.replacement;
        case StateColumn:
            return migrationStatusText(row.status);
        }
        break;
    case SortRole:
        switch (column) {
        case CustomerColumn:
            return c.companyName;
        case OfferColumn:
            return s.offerName;
        case QuantityColumn:
            return s.quantity;
        case StatusColumn:
            return s.status;
        case AutoRenewColumn:
            return int(s.autoRenewEnabled);
        case EndDateColumn:
            return s.commitmentEndDate.isValid() ? s.commitmentEndDate.toJulianDay()
                                                 : std::numeric_limits<qint64>::max();
        case DaysLeftColumn:
            return row.daysLeft == noDaysLeft ? std::numeric_limits<int>::max() : row.daysLeft;
        case ReplacementColumn:
            return row.replacement;
        case StateColumn: // the filter proxy's order too
            return int(row.state);
        }
        break;
    case Qt::AccessibleTextRole: // the segment with the name; the days left with what the colour says
        if (column == DaysLeftColumn && row.daysLeft != noDaysLeft)
            return daysLeftSpoken(row.daysLeft, row.urgency);
        if (column == OfferColumn)
            return tr("%1: %2").arg(row.segment, s.offerName);
        break;
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? int(Qt::AlignRight | Qt::AlignVCenter)
                                 : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (column) {
        case CustomerColumn:
            return tr("%1\nCustomer id: %2").arg(c.domain, c.id);
        case OfferColumn:
            return tr("%1\nSubscription id: %2\nOffer id: %3").arg(s.offerName, s.id, s.offerId);
        case ReplacementColumn:
            return tr("Recommended, best first:\n%1").arg(row.item.offer->replacements.join(u'\n'));
        case StateColumn: {
            const MigrationProgress *progress = progressFor(s.id);
            if (!progress)
                return {};
            if (!progress->lastError.isEmpty() && row.status.step == NextStep::NeedsAttention)
                return progress->lastError;
            return tr("Users moved: %1 of %n", nullptr, progress->usersTotal).arg(progress->usersMoved);
        }
        }
        break;
    case SubscriptionIdRole:
        return s.id;
    case CustomerIdRole:
        return c.id;
    case UrgencyRole:
        return int(row.urgency);
    case StateRole:
        return int(row.state);
    case NextStepRole:
        return int(row.status.step);
    case SegmentRole:
        return row.segment;
    }
    return {};
}

QVariant AffectedSubscriptionModel::headerData(int section, Qt::Orientation orientation, int role) const
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

QHash<int, QByteArray> AffectedSubscriptionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(SubscriptionIdRole, "subscriptionId");
    names.insert(CustomerIdRole, "customerId");
    names.insert(UrgencyRole, "urgency");
    names.insert(StateRole, "migrationState");
    names.insert(NextStepRole, "nextStep");
    names.insert(SegmentRole, "segment");
    return names;
}

} // namespace om::domain
