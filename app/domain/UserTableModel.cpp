#include "domain/UserTableModel.h"

namespace om::domain {

namespace {

const char *const headerTexts[UserTableModel::ColumnCount] = {
    QT_TRANSLATE_NOOP("om::domain::UserTableModel", "User"),
    QT_TRANSLATE_NOOP("om::domain::UserTableModel", "UPN"),
    QT_TRANSLATE_NOOP("om::domain::UserTableModel", "Usage location"),
    QT_TRANSLATE_NOOP("om::domain::UserTableModel", "Old licence"),
    QT_TRANSLATE_NOOP("om::domain::UserTableModel", "New licence"),
    QT_TRANSLATE_NOOP("om::domain::UserTableModel", "Result"),
    QT_TRANSLATE_NOOP("om::domain::UserTableModel", "Licences"),
};

} // namespace

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UserTableModel::setUsers(QList<UserMigrationRow> users)
{
    beginResetModel();
    m_users = std::move(users);
    m_rowOfUser.clear();
    m_rowOfUser.reserve(m_users.size());
    for (int i = 0; i < m_users.size(); ++i)
        m_rowOfUser.insert(m_users.at(i).userId, i);
    endResetModel();
}

void UserTableModel::updateUser(const UserMigrationRow &user)
{
    const int r = m_rowOfUser.value(user.userId, -1);
    if (r >= 0) {
        m_users[r] = user;
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        return;
    }
    const int last = int(m_users.size());
    beginInsertRows({}, last, last);
    m_users.append(user);
    m_rowOfUser.insert(user.userId, last);
    endInsertRows();
}

void UserTableModel::setLicences(const QString &userId, const QStringList &licences)
{
    const int r = m_rowOfUser.value(userId, -1);
    if (r < 0)
        return;
    m_users[r].licences = licences;
    m_users[r].licencesKnown = true;
    emit dataChanged(index(r, LicencesColumn), index(r, LicencesColumn));
}

void UserTableModel::clear()
{
    setUsers({});
}

QString UserTableModel::resultText(UserMigrationRow::Result result)
{
    switch (result) {
    case UserMigrationRow::Result::Pending:
        return tr("Pending");
    case UserMigrationRow::Result::Moved:
        return tr("Moved");
    case UserMigrationRow::Result::AlreadyMoved:
        return tr("Already moved");
    case UserMigrationRow::Result::Skipped:
        return tr("Skipped");
    case UserMigrationRow::Result::Failed:
        return tr("Failed");
    }
    return {};
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserMigrationRow &u = m_users.at(index.row());
    const auto text = [&u](int column) -> QString {
        switch (column) {
        case UserColumn:
            return u.displayName.isEmpty() ? u.userPrincipalName : u.displayName;
        case UpnColumn:
            return u.userPrincipalName;
        case UsageLocationColumn:
            return u.usageLocation;
        case OldLicenceColumn:
            return u.oldLicence;
        case NewLicenceColumn:
            return u.newLicence;
        case ResultColumn:
            return resultText(u.result);
        case LicencesColumn:
            if (!u.licencesKnown)
                return {};
            return u.licences.isEmpty() ? tr("No licence") : u.licences.join(QStringLiteral(", "));
        }
        return {};
    };

    switch (role) {
    case Qt::DisplayRole:
        return text(index.column());
    case SortRole:
        if (index.column() == ResultColumn)
            return int(u.result);
        return text(index.column()).toCaseFolded();
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn && !u.detail.isEmpty())
            return u.detail;
        if (index.column() == UsageLocationColumn && u.usageLocation.isEmpty())
            return tr("No usage location: a licence cannot be assigned until one is set");
        if (index.column() == UserColumn)
            return tr("User id: %1").arg(u.userId);
        if (index.column() == LicencesColumn && u.licences.size() > 1)
            return u.licences.join(u'\n');
        break;
    case UserIdRole:
        return u.userId;
    case ResultRole:
        return int(u.result);
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return tr(headerTexts[section]);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> UserTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(UserIdRole, "userId");
    names.insert(ResultRole, "result");
    return names;
}

} // namespace om::domain
