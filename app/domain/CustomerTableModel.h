#pragma once

#include "common/Clock.h"
#include "domain/AffectedIndex.h"
#include "domain/MigrationProgress.h"
#include "domain/MigrationStatus.h"
#include "domain/ProgressLookup.h"
#include "domain/ScanData.h"
#include "domain/SubscriptionRules.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace om::domain {

class OfferCatalogue;

// One row per scanned customer, summarising its retired-offer subscriptions.
// Data comes from setSnapshot() (a copy is kept; QList sharing makes that cheap) and from the
// journal via setProgress()/updateProgress(). Per-row strings are computed once at set time.
// The catalogue and clock are borrowed and must outlive the model.
class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTableModel)

public:
    enum Column
    {
        CustomerColumn,      // company name
        DomainColumn,        // default domain
        MarketColumn,        // ISO2
        RetiredOffersColumn, // number of retired-offer subscriptions
        LicencesColumn,      // sum of their quantities
        EarliestEndColumn,   // earliest commitment end date among them
        DaysLeftColumn,      // days left to that date; empty when nothing is left to do
        StateColumn,         // what is next: "Needs attention: 1 user", "Ready to suspend", "Done"...
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: QString (compare case-insensitively), int, qint64 day
        CustomerIdRole,              // QString
        UrgencyRole,                 // int(om::domain::Urgency) of the days left; Unknown when done
        StateRole,                   // int(om::domain::MigrationState), the aggregate journal state
        NextStepRole,                // int(om::domain::NextStep)
    };
    Q_ENUM(Role)

    // Per-row precomputed values; read by CustomerFilterProxyModel without QVariant round trips.
    struct Row
    {
        int customerIndex = -1; // into snapshot().customers
        QList<int> affected;    // indices into the customer's subscriptions
        QString haystack;       // case-folded "name domain id" for text filtering
        int affectedCount = 0;
        int licences = 0;
        QDate earliestEnd;         // invalid when none
        int daysLeft = noDaysLeft; // noDaysLeft also when done: a done customer is never urgent, sorts last
        Urgency urgency = Urgency::Unknown;
        MigrationState state = MigrationState::NotStarted;
        MigrationStatus status; // what is next, with the journal's user counts
    };

    CustomerTableModel(const OfferCatalogue &catalogue, const Clock &clock, QObject *parent = nullptr);

    void setSnapshot(ScanSnapshot snapshot);
    // Both at once: one pass over the rows (setSnapshot() then setProgress() computes the states twice).
    void setSnapshot(ScanSnapshot snapshot, MigrationProgressMap progress);
    // The same with the snapshot's matches already made (AffectedIndex of `snapshot` and this model's
    // catalogue), shared with the subscription table: the start matches every subscription once.
    void setSnapshot(ScanSnapshot snapshot, MigrationProgressMap progress, const AffectedIndex &affected);
    void setProgress(MigrationProgressMap progress);
    void updateProgress(const QString &subscriptionId, const MigrationProgress &progress);
    // Customers read by a running scan: each replaces the row with the same id (dataChanged) or is appended
    // (one rowsInserted for all the new ones), so a view fills while the scan runs.
    void upsertCustomers(const QList<CustomerRecord> &customers);
    void upsertCustomer(const CustomerRecord &customer) { upsertCustomers({customer}); }
    void refreshDaysLeft(); // after midnight: recomputes days left and urgency from the clock
    void clear();

    const ScanSnapshot &snapshot() const { return m_snapshot; }
    const Row &rowData(int row) const { return m_rows.at(row); }
    const CustomerRecord &customerAt(int row) const;
    int rowOfCustomer(const QString &customerId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void buildRows(const AffectedIndex &affected);
    Row buildRow(int customerIndex, int rowIndex, const QDate &today);
    void finishRow(Row &row, const QDate &today) const;
    void indexSubscriptions() const;
    void computeState(Row &row, const QDate &today) const;
    void computeDays(Row &row, const QDate &today) const;
    QString stateToolTip(const Row &row, const CustomerRecord &customer) const;

    const OfferCatalogue &m_catalogue;
    const Clock &m_clock;
    ScanSnapshot m_snapshot;
    ProgressLookup m_progress;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfCustomer; // customer id -> row
    // Affected subscription id -> row, built on first use (the start does not need it; a progress update
    // or a scan does), then kept up to date.
    mutable QHash<QString, int> m_rowOfSubscription;
    mutable bool m_subscriptionsIndexed = false;
};

} // namespace om::domain
