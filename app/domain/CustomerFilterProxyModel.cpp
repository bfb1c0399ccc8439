#include "domain/CustomerFilterProxyModel.h"

#include "domain/CustomerTableModel.h"

namespace om::domain {

CustomerFilterProxyModel::CustomerFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CustomerTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive); // folds per character, no allocation
    prepare();
}

void CustomerFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_source = qobject_cast<CustomerTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void CustomerFilterProxyModel::setFilter(const CustomerFilter &filter)
{
    m_filter = filter;
    prepare();
}

void CustomerFilterProxyModel::setText(const QString &text)
{
    m_filter.text = text;
    prepare();
}

void CustomerFilterProxyModel::setMarket(const QString &market)
{
    m_filter.market = market;
    prepare();
}

void CustomerFilterProxyModel::setExpiringWithinDays(std::optional<int> days)
{
    m_filter.expiringWithinDays = days;
    prepare();
}

void CustomerFilterProxyModel::setStates(const MigrationStateSet &states)
{
    m_filter.states = states;
    prepare();
}

void CustomerFilterProxyModel::setAffectedOnly(bool affectedOnly)
{
    m_filter.affectedOnly = affectedOnly;
    prepare();
}

void CustomerFilterProxyModel::prepare()
{
    m_needle = m_filter.text.trimmed().toCaseFolded();
    m_market = m_filter.market.trimmed().toUpper();
    invalidateFilter();
}

// Runs once per source row on every filter change: compares precomputed strings, no allocation.
bool CustomerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_source)
        return true;
    const CustomerTableModel::Row &row = m_source->rowData(sourceRow);
    if (m_filter.affectedOnly && row.affectedCount == 0)
        return false;
    if (!m_market.isEmpty() &&
        m_source->customerAt(sourceRow).market.compare(m_market, Qt::CaseInsensitive) != 0)
        return false;
    if (m_filter.expiringWithinDays &&
        (row.daysLeft == noDaysLeft || row.daysLeft > *m_filter.expiringWithinDays))
        return false;
    if (!m_filter.states.isEmpty() && !m_filter.states.contains(row.state))
        return false;
    if (!m_needle.isEmpty() && !row.haystack.contains(m_needle))
        return false;
    return true;
}

} // namespace om::domain
