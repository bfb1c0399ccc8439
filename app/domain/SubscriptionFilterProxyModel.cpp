#include "domain/SubscriptionFilterProxyModel.h"

#include "domain/AffectedSubscriptionModel.h"

#include <limits>

namespace om::domain {

SubscriptionFilterProxyModel::SubscriptionFilterProxyModel(QObject *parent)
    : TableFilterProxyModel(parent)
{
    setTieBreakColumn(AffectedSubscriptionModel::CustomerColumn);
    prepare();
}

void SubscriptionFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_source = qobject_cast<AffectedSubscriptionModel *>(sourceModel);
    TableFilterProxyModel::setSourceModel(sourceModel);
}

void SubscriptionFilterProxyModel::setFilter(const SubscriptionFilter &filter)
{
    m_filter = filter;
    prepare();
}

void SubscriptionFilterProxyModel::setText(const QString &text)
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

void SubscriptionFilterProxyModel::setMarket(const QString &market)
{
    m_filter.market = market;
    prepare();
}

void SubscriptionFilterProxyModel::setCustomerId(const QString &customerId)
{
    m_filter.customerId = customerId;
    prepare();
}

void SubscriptionFilterProxyModel::setExpiringWithinDays(std::optional<int> days)
{
    m_filter.expiringWithinDays = days;
    prepare();
}

void SubscriptionFilterProxyModel::setStates(const MigrationStateSet &states)
{
    m_filter.states = states;
    prepare();
}

void SubscriptionFilterProxyModel::setExpiringOnly(bool expiringOnly)
{
    m_filter.expiringOnly = expiringOnly;
    prepare();
}

void SubscriptionFilterProxyModel::prepare()
{
    m_needle = m_filter.text.trimmed().toCaseFolded();
    m_market = m_filter.market.trimmed().toUpper();
    invalidateRows();
}

void SubscriptionFilterProxyModel::beginFilterPass()
{
    m_lastCustomer = nullptr; // the snapshot may have been replaced since the last pass
}

// Runs once per source row on every filter change: compares precomputed values, no allocation (but the
// first text filter builds each row's search text once).
bool SubscriptionFilterProxyModel::acceptsSourceRow(int sourceRow) const
{
    if (!m_source)
        return true;
    const AffectedSubscriptionModel::Row &row = m_source->rowData(sourceRow);
    const CustomerRecord *customer = row.item.customer;
    if (customer != m_lastCustomer) {
        m_lastCustomer = customer;
        m_lastCustomerPasses =
            (m_filter.customerId.isEmpty() ||
             customer->id.compare(m_filter.customerId, Qt::CaseInsensitive) == 0) &&
            (m_market.isEmpty() || customer->market.compare(m_market, Qt::CaseInsensitive) == 0);
    }
    if (!m_lastCustomerPasses)
        return false;
    if (m_filter.expiringOnly && row.item.subscription->autoRenewEnabled)
        return false;
    if (m_filter.expiringWithinDays &&
        (row.daysLeft == noDaysLeft || row.daysLeft > *m_filter.expiringWithinDays))
        return false;
    if (!m_filter.states.isEmpty() && !m_filter.states.contains(row.state))
        return false;
    if (!m_needle.isEmpty() && !m_source->searchText(sourceRow).contains(m_needle))
        return false;
    return true;
}

std::vector<qint64> SubscriptionFilterProxyModel::sortKeys(int column) const
{
    using M = AffectedSubscriptionModel;
    if (!m_source)
        return TableFilterProxyModel::sortKeys(column);
    const int rows = m_source->rowCount();
    if (column == M::CustomerColumn || column == M::OfferColumn || column == M::StatusColumn ||
        column == M::ReplacementColumn) {
        std::vector<QStringView> texts(static_cast<size_t>(rows));
        for (int row = 0; row < rows; ++row) {
            const M::Row &r = m_source->rowData(row);
            texts[size_t(row)] = column == M::CustomerColumn ? QStringView(r.item.customer->companyName)
                                 : column == M::OfferColumn  ? QStringView(r.item.subscription->offerName)
                                 : column == M::StatusColumn ? QStringView(r.item.subscription->status)
                                                             : QStringView(r.replacement);
        }
        return textRanks(texts);
    }
    constexpr qint64 last = std::numeric_limits<qint64>::max(); // unknown values sort after every number
    std::vector<qint64> keys(static_cast<size_t>(rows), 0);
    for (int row = 0; row < rows; ++row) {
        const M::Row &r = m_source->rowData(row);
        const SubscriptionRecord &s = *r.item.subscription;
        qint64 &key = keys[size_t(row)];
        switch (column) {
        case M::QuantityColumn:
            key = s.quantity;
            break;
        case M::AutoRenewColumn:
            key = s.autoRenewEnabled ? 1 : 0;
            break;
        case M::EndDateColumn:
            key = s.commitmentEndDate.isValid() ? s.commitmentEndDate.toJulianDay() : last;
            break;
        case M::DaysLeftColumn:
            key = r.daysLeft == noDaysLeft ? last : r.daysLeft;
            break;
        case M::StateColumn:
            key = qint64(r.state);
            break;
        default:
            break;
        }
    }
    return keys;
}

} // namespace om::domain
