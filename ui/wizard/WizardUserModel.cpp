#include "ui/wizard/WizardUserModel.h"

namespace om::gui {

namespace {

const char *const headerTexts[WizardUserModel::ColumnCount] = {
    QT_TRANSLATE_NOOP("om::gui::WizardUserModel", "Move"),
    QT_TRANSLATE_NOOP("om::gui::WizardUserModel", "User"),
    QT_TRANSLATE_NOOP("om::gui::WizardUserModel", "UPN"),
    QT_TRANSLATE_NOOP("om::gui::WizardUserModel", "Usage location"),
    QT_TRANSLATE_NOOP("om::gui::WizardUserModel", "Licence"),
    QT_TRANSLATE_NOOP("om::gui::WizardUserModel", "Result"),
    QT_TRANSLATE_NOOP("om::gui::WizardUserModel", "What to do next"),
};

bool mentions(const QString &text, const char *what)
{
    return text.contains(QLatin1String(what), Qt::CaseInsensitive);
}

} // namespace

WizardUserModel::WizardUserModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString WizardUserModel::key(const QString &subscriptionId, const QString &userId)
{
    return subscriptionId.toLower() + QLatin1Char('/') + userId.toLower();
}

void WizardUserModel::setUsers(QList<WizardUser> users)
{
    beginResetModel();
    m_users = std::move(users);
    m_rowOfKey.clear();
    for (int i = 0; i < m_users.size(); ++i)
        m_rowOfKey.insert(key(m_users.at(i).subscriptionId, m_users.at(i).userId), i);
    endResetModel();
}

void WizardUserModel::updateUser(const WizardUser &user)
{
    const int r = m_rowOfKey.value(key(user.subscriptionId, user.userId), -1);
    if (r < 0)
        return;
    m_users[r] = user;
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

int WizardUserModel::rowOf(const QString &userId) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).userId.compare(userId, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void WizardUserModel::setExclusionEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_users.isEmpty())
        emit dataChanged(index(0, MoveColumn), index(int(m_users.size()) - 1, MoveColumn));
}

QString WizardUserModel::resultText(WizardUser::Result result)
{
    switch (result) {
    case WizardUser::Result::Pending:
        return tr("Waiting");
    case WizardUser::Result::Moved:
        return tr("Moved");
    case WizardUser::Result::AlreadyMoved:
        return tr("Already moved");
    case WizardUser::Result::Excluded:
        return tr("Excluded");
    case WizardUser::Result::Failed:
        return tr("Not moved");
    }
    return {};
}

QString WizardUserModel::nextStep(const WizardUser &u)
{
    if (u.result == WizardUser::Result::Moved || u.result == WizardUser::Result::AlreadyMoved)
        return {};
    if (u.excluded || u.result == WizardUser::Result::Excluded)
        return tr("Keeps the old licence, so the old subscription cannot be suspended; tick Move to include "
                  "the user again.");
    if (u.usageLocation.trimmed().isEmpty() || mentions(u.error, "usage location"))
        return u.result == WizardUser::Result::Failed
                   ? tr("Set the user's usage location with “Set usage location…”; the licence is then "
                        "tried again.")
                   : tr("Has no usage location, so Partner Center will refuse the new licence; set it on the "
                        "licence step, after the purchase.");
    if (u.result != WizardUser::Result::Failed)
        return {};
    if (mentions(u.error, "run out of licenses") || mentions(u.error, "60012"))
        return tr("The new subscription has no free licence left: raise its quantity in Partner Center, then "
                  "retry the user.");
    if (mentions(u.error, "cannot be enabled together") || mentions(u.error, "conflict") ||
        mentions(u.error, "mutually exclusive"))
        return tr(
            "Another licence of the user conflicts with the new one: remove it in the Microsoft 365 admin "
            "centre, then retry the user.");
    if (mentions(u.error, "not found"))
        return tr("Partner Center no longer finds this user: check the account in the Microsoft 365 admin "
                  "centre, or untick the user.");
    return tr("Partner Center refused the licence (%1); fix the account in the Microsoft 365 admin centre, "
              "then retry the user.")
        .arg(u.error.isEmpty() ? tr("no reason given") : u.error);
}

int WizardUserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int WizardUserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WizardUserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WizardUser &u = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserColumn:
            return u.displayName.isEmpty() ? u.userPrincipalName : u.displayName;
        case UpnColumn:
            return u.userPrincipalName;
        case UsageLocationColumn:
            return u.usageLocation.isEmpty() ? tr("None") : u.usageLocation;
        case LicenceColumn:
            return u.newLicence.isEmpty() ? u.oldLicence : tr("%1 → %2").arg(u.oldLicence, u.newLicence);
        case ResultColumn:
            return resultText(u.result);
        case NextStepColumn:
            return nextStep(u);
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == MoveColumn)
            return u.excluded ? Qt::Unchecked : Qt::Checked;
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == MoveColumn)
            return u.excluded ? tr("%1 stays on the old licence").arg(u.userPrincipalName)
                              : tr("%1 moves to the new licence").arg(u.userPrincipalName);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn && !u.error.isEmpty())
            return u.error;
        if (index.column() == NextStepColumn)
            return nextStep(u);
        if (index.column() == LicenceColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == MoveColumn)
            return u.locked
                       ? tr("The licence already moved (or is moving): the user can no longer be left out.")
                       : tr("Untick to leave the user on the old licence.");
        break;
    case UserIdRole:
        return u.userId;
    case SubscriptionIdRole:
        return u.subscriptionId;
    case ResultRole:
        return int(u.result);
    }
    return {};
}

bool WizardUserModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != MoveColumn || role != Qt::CheckStateRole ||
        !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const WizardUser &u = m_users.at(index.row());
    const bool exclude = value.value<Qt::CheckState>() == Qt::Unchecked;
    if (exclude == u.excluded)
        return false;
    emit exclusionRequested(u.subscriptionId, u.userId, exclude); // the controller updates the row
    return true;
}

Qt::ItemFlags WizardUserModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == MoveColumn && m_editable && !m_users.at(index.row()).locked)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant WizardUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return tr(headerTexts[section]);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace om::gui
