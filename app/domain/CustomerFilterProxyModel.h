#pragma once

#include "domain/CustomerFilter.h"
#include "domain/TableFilterProxyModel.h"

#include <QPointer>

namespace om::domain {

class CustomerTableModel;

// Filters and sorts a CustomerTableModel. Sorts by typed keys read from the source's precomputed rows
// (the same order as CustomerTableModel::SortRole: numbers as numbers, unknown dates and days last,
// text case-insensitively); ties by customer name, then source order. Filtering reads the precomputed
// rows too (no QVariant, no allocation per row). A source that is not a CustomerTableModel is shown
// unfiltered, sorted by its display text.
class CustomerFilterProxyModel final : public TableFilterProxyModel
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
    bool acceptsSourceRow(int sourceRow) const override;
    std::vector<qint64> sortKeys(int column) const override;

private:
    void prepare(); // recompute folded needles, then invalidate

    CustomerFilter m_filter;
    QString m_needle; // case-folded text
    QString m_market; // upper-case
    QPointer<CustomerTableModel> m_source;
};

} // namespace om::domain
