#include "ui/batch/BatchProgressModel.h"

#include "ui/batch/BatchController.h"
#include "ui/batch/BatchTexts.h"

#include <QStringList>

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
    if (role == Qt::ToolTipRole && index.column() == DetailColumn) {
        QStringList messages;
        for (const Error &e : p.errors)
            messages.append(e.message);
        return messages.join(QLatin1Char('\n'));
    }
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
        return detail(p);
    case ColumnCount:
        break;
    }
    return {};
}

QString BatchProgressModel::detail(const batch::CustomerProgress &p) const
{
    using batch::CustomerState;
    switch (p.state) {
    case CustomerState::Waiting:
        return tr("Waiting for its turn");
    case CustomerState::Running:
        return BatchTexts::step(p.step);
    case CustomerState::Paused:
        return tr("Paused between steps");
    case CustomerState::Verified:
        return tr("Every user moved and verified; the old subscription waits for the suspend");
    case CustomerState::Suspending:
        return tr("Suspending the old subscription");
    case CustomerState::Done:
        return tr("Migrated; the old subscription is suspended");
    case CustomerState::Unfinished:
        if (p.usersFailed > 0)
            return tr("%n user(s) could not be moved: the old subscription stays active. Fix them, then "
                      "resume the batch.",
                      nullptr, p.usersFailed);
        return p.errors.isEmpty() ? tr("Stopped before the suspend; the summary says where")
                                  : p.errors.first().message;
    case CustomerState::Blocked: {
        const auto &rows = m_controller->batchPlan().rows;
        QStringList reasons;
        bool allExcluded = true;
        for (const batch::BatchRow &row : rows) {
            if (row.customerId != p.customerId)
                continue;
            allExcluded = allExcluded && row.override.excluded;
            for (const batch::BatchCheck &c : row.checks) {
                if (c.blocking && !reasons.contains(c.text))
                    reasons.append(c.text);
            }
        }
        if (allExcluded)
            return tr("Excluded from the batch");
        return reasons.isEmpty() ? tr("Nothing to run") : reasons.join(QStringLiteral("; "));
    }
    case CustomerState::Cancelled:
        return tr("Cancelled; what was done stays done");
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
