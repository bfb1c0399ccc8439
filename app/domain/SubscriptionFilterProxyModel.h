#pragma once

#include "domain/SubscriptionFilter.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace om::domain {

class AffectedSubscriptionModel;

// Filters and sorts an AffectedSubscriptionModel. Sorts by AffectedSubscriptionModel::SortRole.
// A source that is not an AffectedSubscriptionModel is shown unfiltered.
class SubscriptionFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionFilterProxyModel)

public:
    explicit SubscriptionFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    const SubscriptionFilter &filter() const { return m_filter; }
    void setFilter(const SubscriptionFilter &filter);
    void setText(const QString &text);
    void setMarket(const QString &market);
    void setCustomerId(const QString &customerId);
    void setExpiringWithinDays(std::optional<int> days);
    void setStates(const MigrationStateSet &states);
    void setExpiringOnly(bool expiringOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void prepare();

    SubscriptionFilter m_filter;
    QString m_needle;
    QString m_market;
    QPointer<AffectedSubscriptionModel> m_source;
};

} // namespace om::domain
