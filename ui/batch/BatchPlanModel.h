#pragma once

#include <QAbstractTableModel>

namespace om::gui {

class BatchController;

// The batch plan as a table: one row per retired subscription of every customer. The Customer column
// carries the "included" check box (unchecked: excluded, not run); Seats is editable in place. Blocked and
// done rows cannot be included or edited; their Checks column says why. Reads the controller's plan
// (borrowed; it outlives the model) and writes through it, so its validation applies.
class BatchPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPlanModel)

public:
    enum Column
    {
        CustomerColumn,
        SubscriptionColumn,
        ReplacementColumn,
        TermColumn,
        SeatsColumn,
        UsersColumn,
        ChecksColumn,
        ColumnCount
    };
    enum Role
    {
        BlockedRole = Qt::UserRole + 1, // bool
        IncludedRole,                   // bool: runs when confirmed
        SortRole,                       // raw value for sorting
    };

    explicit BatchPlanModel(BatchController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &message); // the core's reason, for the status line

private:
    BatchController *m_controller;
};

} // namespace om::gui
