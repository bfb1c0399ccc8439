#include "domain/CustomerFilterProxyModel.h"

#include "domain/CustomerTableModel.h"

#include <limits>

namespace om::domain {

CustomerFilterProxyModel::CustomerFilterProxyModel(QObject *parent)
    : TableFilterProxyModel(parent)
{
    setTieBreakColumn(CustomerTableModel::CustomerColumn);
    prepare();
}

void CustomerFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_source = qobject_cast<CustomerTableModel *>(sourceModel);
    TableFilterProxyModel::setSourceModel(sourceModel);
}

void CustomerFilterProxyModel::setFilter(const CustomerFilter &filter)
{
    m_filter = filter;
    prepare();
}

void CustomerFilterProxyModel::setText(const QString &text)
{
    m_filter.text = text;
    const QString previous = m_needle;
    m_needle = m_filter.text.trimmed().toCaseFolded();
    if (m_needle == previous)
        return;
    // Typing more of a word only hides rows: re-test the rows shown instead of every row.
    if (m_needle.contains(previous))
        narrowRows();
    else
        invalidateRows();
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
    invalidateRows();
}

// Runs once per source row on every filter change: compares precomputed strings, no allocation.
bool CustomerFilterProxyModel::acceptsSourceRow(int sourceRow) const
{
    if (!m_source)
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

std::vector<qint64> CustomerFilterProxyModel::sortKeys(int column) const
{
    if (!m_source)
        return TableFilterProxyModel::sortKeys(column);
    const int rows = m_source->rowCount();
    std::vector<qint64> keys(static_cast<size_t>(rows), 0);
    if (column == CustomerTableModel::CustomerColumn || column == CustomerTableModel::DomainColumn ||
        column == CustomerTableModel::MarketColumn) {
        std::vector<QStringView> texts(static_cast<size_t>(rows));
        for (int row = 0; row < rows; ++row) {
            const CustomerRecord &customer = m_source->customerAt(row);
            texts[size_t(row)] = column == CustomerTableModel::CustomerColumn ? customer.companyName
                                 : column == CustomerTableModel::DomainColumn ? customer.domain
                                                                              : customer.market;
        }
        return textRanks(texts);
    }
    constexpr qint64 last = std::numeric_limits<qint64>::max(); // unknown values sort after every number
    for (int row = 0; row < rows; ++row) {
        const CustomerTableModel::Row &r = m_source->rowData(row);
        qint64 &key = keys[size_t(row)];
        switch (column) {
        case CustomerTableModel::RetiredOffersColumn:
            key = r.affectedCount;
            break;
        case CustomerTableModel::LicencesColumn:
            key = r.licences;
            break;
        case CustomerTableModel::EarliestEndColumn:
            key = r.earliestEnd.isValid() ? r.earliestEnd.toJulianDay() : last;
            break;
        case CustomerTableModel::DaysLeftColumn:
            key = r.daysLeft == noDaysLeft ? last : r.daysLeft;
            break;
        case CustomerTableModel::StateColumn: // what is next: needs attention first, done last
            key = qint64(r.status.step);
            break;
        default:
            break;
        }
    }
    return keys;
}

} // namespace om::domain
