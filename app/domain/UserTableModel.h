#pragma once

#include "domain/UserMigrationRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace om::domain {

// The users of one customer whose licences are being (or were) moved.
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column
    {
        UserColumn, // display name
        UpnColumn,
        UsageLocationColumn,
        OldLicenceColumn,
        NewLicenceColumn,
        ResultColumn,
        LicencesColumn, // every licence the user holds (the main window's Users tab)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // case-folded text, or int(Result) for the result column
        UserIdRole,
        ResultRole, // int(UserMigrationRow::Result)
    };
    Q_ENUM(Role)

    explicit UserTableModel(QObject *parent = nullptr);

    void setUsers(QList<UserMigrationRow> users);
    // Replaces the row with the same userId, or appends it.
    void updateUser(const UserMigrationRow &user);
    // The licences one user holds (UserMigrationRow::licences); an unknown user is ignored.
    void setLicences(const QString &userId, const QStringList &licences);
    void clear();

    const UserMigrationRow &user(int row) const { return m_users.at(row); }
    static QString resultText(UserMigrationRow::Result result); // translated

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<UserMigrationRow> m_users;
    QHash<QString, int> m_rowOfUser;
};

} // namespace om::domain
