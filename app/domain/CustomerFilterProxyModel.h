#pragma once

#include "domain/CustomerFilter.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace om::domain {

class CustomerTableModel;

// Filters and sorts a CustomerTableModel. Sorts by CustomerTableModel::SortRole (raw values).
// Filtering reads the source's precomputed rows directly; a source that is not a CustomerTableModel
// is shown unfiltered.
class CustomerFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerFilterProxyModel)

public:
    explicit CustomerFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    const CustomerFilter &filter() const { return m_filter; }
    void setFilter(const CustomerFilter &filter);
    void setText(const QString &text);
    void setMarket(const QString &market);
    void setExpiringWithinDays(std::optional<int> days);
    void setStates(const MigrationStateSet &states);
    void setAffectedOnly(bool affectedOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void prepare(); // recompute folded needles, then invalidate

    CustomerFilter m_filter;
    QString m_needle; // case-folded text
    QString m_market; // upper-case
    QPointer<CustomerTableModel> m_source;
};

} // namespace om::domain
