#include "ui/batch/BatchProgressModel.h"

#include "ui/batch/BatchController.h"
#include "ui/batch/BatchTexts.h"

namespace om::gui {

BatchProgressModel::BatchProgressModel(BatchController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    connect(m_controller, &BatchController::customerChanged, this, [this](int row) {
        sync();
        if (row >= 0 && row < m_rows)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(m_controller, &BatchController::stageChanged, this, &BatchProgressModel::sync);
    sync();
}

void BatchProgressModel::sync()
{
    const int now = int(m_controller->customers().size());
    if (now == m_rows)
        return;
    beginResetModel();
    m_rows = now;
    endResetModel();
}

int BatchProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BatchProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.row() >= m_controller->customers().size())
        return {};
    const batch::CustomerProgress &p = m_controller->customers().at(index.row());
    if (role == StateRole)
        return int(p.state);
    if (role == Qt::TextAlignmentRole && index.column() == UsersColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return p.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case CustomerColumn:
        return p.customerName.isEmpty() ? p.customerId : p.customerName;
    case StateColumn: {
        const QString state = BatchTexts::customerState(p.state);
        const QString step = BatchTexts::step(p.step);
        return p.state == batch::CustomerState::Running && !step.isEmpty() ? tr("%1: %2").arg(state, step)
                                                                           : state;
    }
    case UsersColumn:
        if (p.usersFailed > 0)
            return tr("%1 of %2, %n failed", nullptr, p.usersFailed).arg(p.usersMoved).arg(p.usersToMove);
        return tr("%1 of %2").arg(p.usersMoved).arg(p.usersToMove);
    case DetailColumn:
        return p.text;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BatchProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CustomerColumn:
        return tr("Customer");
    case StateColumn:
        return tr("State");
    case UsersColumn:
        return tr("Users moved");
    case DetailColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace om::gui
