#include "domain/SubscriptionFilterProxyModel.h"

#include "domain/AffectedSubscriptionModel.h"

namespace om::domain {

SubscriptionFilterProxyModel::SubscriptionFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AffectedSubscriptionModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive); // folds per character, no allocation
    prepare();
}

void SubscriptionFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_source = qobject_cast<AffectedSubscriptionModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void SubscriptionFilterProxyModel::setFilter(const SubscriptionFilter &filter)
{
    m_filter = filter;
    prepare();
}

void SubscriptionFilterProxyModel::setText(const QString &text)
{
    m_filter.text = text;
    prepare();
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
    invalidateFilter();
}

bool SubscriptionFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_source)
        return true;
    const AffectedSubscriptionModel::Row &row = m_source->rowData(sourceRow);
    const CustomerRecord &customer = *row.item.customer;
    if (!m_filter.customerId.isEmpty() && customer.id.compare(m_filter.customerId, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_market.isEmpty() && customer.market.compare(m_market, Qt::CaseInsensitive) != 0)
        return false;
    if (m_filter.expiringOnly && row.item.subscription->autoRenewEnabled)
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
