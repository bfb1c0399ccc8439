#pragma once

#include "batch/BatchRunner.h"

#include <QAbstractTableModel>

namespace om::gui {

class BatchController;

// The run view's table: one row per customer of the running batch, with its state, the step it runs,
// users moved of those to move, and one line of what happens or how it ended. Reads the controller
// (borrowed; it outlives the model).
class BatchProgressModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchProgressModel)

public:
    enum Column
    {
        CustomerColumn,
        StateColumn,
        UsersColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, // int(batch::CustomerState)
    };

    explicit BatchProgressModel(BatchController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sync();
    QString detail(const batch::CustomerProgress &progress) const; // what happens now, for people

    BatchController *m_controller;
    int m_rows = 0; // rows announced to views
};

} // namespace om::gui
