#include "ui/batch/BatchPlanModel.h"

#include "ui/batch/BatchController.h"
#include "ui/batch/BatchTexts.h"

#include <QBrush>
#include <QPalette>

namespace om::gui {

BatchPlanModel::BatchPlanModel(BatchController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    connect(m_controller, &BatchController::planReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_controller, &BatchController::rowChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(m_controller, &BatchController::stageChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {}); // flags changed
    });
}

int BatchPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_controller->batchPlan().rows.size());
}

int BatchPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const batch::BatchRow &row = m_controller->batchPlan().rows.at(index.row());
    const engine::Replacement replacement = row.effectiveReplacement();
    switch (role) {
    case BlockedRole:
        return row.isBlocked();
    case IncludedRole:
        return row.isIncluded();
    case Qt::CheckStateRole:
        if (index.column() == CustomerColumn)
            return row.isIncluded() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (!row.isIncluded())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ChecksColumn || row.isBlocked())
            return BatchTexts::checks(row);
        if (index.column() == SubscriptionColumn || index.column() == ReplacementColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SeatsColumn || index.column() == UsersColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::EditRole:
        if (index.column() == SeatsColumn)
            return row.effectiveSeats();
        return {};
    case SortRole:
        if (index.column() == SeatsColumn)
            return row.effectiveSeats();
        if (index.column() == UsersColumn)
            return row.usersToMove;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case CustomerColumn:
            return row.customerName.isEmpty() ? row.customerId : row.customerName;
        case SubscriptionColumn:
            return row.isAddOn ? tr("%1 (add-on)").arg(row.oldOfferName) : row.oldOfferName;
        case ReplacementColumn:
            if (!replacement.isValid())
                return tr("None available");
            return row.upgradePath ? tr("%1 (upgrade)").arg(replacement.name) : replacement.name;
        case TermColumn:
            return BatchTexts::term(row.effectiveTerm(), row.effectiveBilling());
        case SeatsColumn:
            return row.effectiveSeats();
        case UsersColumn:
            return row.usersToMove;
        case ChecksColumn:
            return BatchTexts::checks(row);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant BatchPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CustomerColumn:
        return tr("Customer");
    case SubscriptionColumn:
        return tr("Retired subscription");
    case ReplacementColumn:
        return tr("Replacement");
    case TermColumn:
        return tr("Term and billing");
    case SeatsColumn:
        return tr("Seats");
    case UsersColumn:
        return tr("Users to move");
    case ChecksColumn:
        return tr("Checks");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags BatchPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_controller->stage() != BatchController::Stage::Planned)
        return f;
    const batch::BatchRow &row = m_controller->batchPlan().rows.at(index.row());
    const bool editable = !row.isBlocked() && !row.isDone();
    if (index.column() == CustomerColumn && editable)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == SeatsColumn && editable && !row.override.excluded && !row.upgradePath &&
        row.journalState == journal::JournalState::NotStarted)
        f |= Qt::ItemIsEditable;
    return f;
}

bool BatchPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    Status set;
    if (role == Qt::CheckStateRole && index.column() == CustomerColumn)
        set =
            m_controller->setExcluded(index.row(), static_cast<Qt::CheckState>(value.toInt()) != Qt::Checked);
    else if (role == Qt::EditRole && index.column() == SeatsColumn)
        set = m_controller->setSeats(index.row(), value.toInt());
    else
        return false;
    if (!set.ok()) {
        emit editRefused(set.error().message);
        return false;
    }
    return true; // rowChanged() from the controller repaints the row
}

} // namespace om::gui
