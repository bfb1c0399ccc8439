#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace om::gui {

// One user of the wizard's run: which retired subscription they hold, whether they move, and what
// happened to their licence.
struct WizardUser
{
    enum class Result
    {
        Pending,      // not tried yet (or left untried by a stopped run)
        Moved,        // new licence assigned, old removed
        AlreadyMoved, // found with the new licence already
        Excluded,     // left out by the operator: keeps the old licence
        Failed,       // see error
    };

    QString subscriptionId; // the retired subscription the user holds
    QString userId;         // Entra object id
    QString displayName;
    QString userPrincipalName;
    QString usageLocation; // ISO2; empty blocks licence assignment
    QString oldLicence;
    QString newLicence;
    Result result = Result::Pending;
    QString error;         // Partner Center's answer when the move failed
    bool excluded = false; // the operator unticked the user
    bool locked = false;   // moved, or a move may be in flight: the tick can no longer change
};

// The users of the wizard's customer, one row each, with a "Move" tick (all ticked by default) and, for a
// user who did not move, what to do next in its own column. Widget-free. Unticking a row asks the owner
// (exclusionRequested) rather than changing the row: the controller decides and calls setUsers/updateUser.
class WizardUserModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardUserModel)

public:
    enum Column
    {
        MoveColumn, // check box: the user moves
        UserColumn,
        UpnColumn,
        UsageLocationColumn,
        LicenceColumn, // old → new
        ResultColumn,
        NextStepColumn, // what to do next (failed or excluded users)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        UserIdRole = Qt::UserRole + 1,
        SubscriptionIdRole,
        ResultRole, // int(WizardUser::Result)
    };
    Q_ENUM(Role)

    explicit WizardUserModel(QObject *parent = nullptr);

    void setUsers(QList<WizardUser> users);
    // Replaces the row with the same user id (and subscription), if there is one.
    void updateUser(const WizardUser &user);
    const WizardUser &user(int row) const { return m_users.at(row); }
    const QList<WizardUser> &allUsers() const { return m_users; }
    int rowOf(const QString &userId) const;
    // Whether ticks may change now (the controller's say: before the licences moved).
    void setExclusionEditable(bool editable);

    static QString resultText(WizardUser::Result result);
    // One sentence: what the operator can do about this user; empty when nothing is needed.
    static QString nextStep(const WizardUser &user);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void exclusionRequested(const QString &subscriptionId, const QString &userId, bool excluded);

private:
    static QString key(const QString &subscriptionId, const QString &userId);

    QList<WizardUser> m_users;
    QHash<QString, int> m_rowOfKey;
    bool m_editable = true;
};

} // namespace om::gui
