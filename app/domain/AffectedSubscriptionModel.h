#pragma once

#include "common/Clock.h"
#include "domain/AffectedIndex.h"
#include "domain/AffectedSubscription.h"
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

// One row per retired-offer subscription of the snapshot (already suspended ones included).
// Keeps its own copy of the snapshot; rows point into it. The catalogue and clock are borrowed and
// must outlive the model. Per-row strings are computed once at set time.
class AffectedSubscriptionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffectedSubscriptionModel)

public:
    enum Column
    {
        CustomerColumn,
        OfferColumn, // Microsoft's full offer name (also the tool tip); SegmentRole says what tells it apart
        QuantityColumn,
        StatusColumn, // Partner Center's status, translated ("Suspended"); SortRole: the API's lower-case
                      // value
        AutoRenewColumn,
        EndDateColumn,
        DaysLeftColumn,
        ReplacementColumn,
        StateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: QString (compare case-insensitively), int, qint64 day
        SubscriptionIdRole,          // QString
        CustomerIdRole,              // QString
        UrgencyRole,                 // int(om::domain::Urgency)
        StateRole,                   // int(om::domain::MigrationState)
        NextStepRole,                // int(om::domain::NextStep)
        SegmentRole, // QString, translated: "Students", "Government · Add-on", "From SA", "Commercial"
    };
    Q_ENUM(Role)

    struct Row
    {
        AffectedSubscription item;
        QString replacement;
        int daysLeft = noDaysLeft;
        Urgency urgency = Urgency::Unknown;
        MigrationState state = MigrationState::NotStarted;
        MigrationStatus status;
        QString segment; // segmentDisplayName(*item.offer)
    };

    AffectedSubscriptionModel(const OfferCatalogue &catalogue, const Clock &clock, QObject *parent = nullptr);

    void setSnapshot(ScanSnapshot snapshot);
    // Both at once: one pass over the rows (setSnapshot() then setProgress() computes the states twice).
    void setSnapshot(ScanSnapshot snapshot, MigrationProgressMap progress);
    // The same with the snapshot's matches already made (AffectedIndex of `snapshot` and this model's
    // catalogue), shared with the customer table: the start matches every subscription once.
    void setSnapshot(ScanSnapshot snapshot, MigrationProgressMap progress, const AffectedIndex &affected);
    void setProgress(MigrationProgressMap progress);
    void updateProgress(const QString &subscriptionId, const MigrationProgress &progress);
    void refreshDaysLeft();
    void clear();

    const ScanSnapshot &snapshot() const { return m_snapshot; }
    const Row &rowData(int row) const { return m_rows.at(row); }
    const MigrationProgress *progressFor(const QString &subscriptionId) const; // nullptr when none
    int rowOfSubscription(const QString &subscriptionId) const;                // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void computeProgress(Row &row) const;
    void computeDays(Row &row, const QDate &today) const;
    void buildRows(const AffectedIndex &affected);
    void indexSubscriptions() const;

    const OfferCatalogue &m_catalogue;
    const Clock &m_clock;
    ScanSnapshot m_snapshot;
    ProgressLookup m_progress;
    QList<Row> m_rows;
    // Subscription id -> row, built on first use (the start does not need it; a progress update does).
    mutable QHash<QString, int> m_rowOfSubscription;
    mutable bool m_subscriptionsIndexed = false;
};

} // namespace om::domain
