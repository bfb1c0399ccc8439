#pragma once

#include "domain/ScanData.h"
#include "domain/SubscriptionFilter.h"
#include "domain/TableFilterProxyModel.h"

#include <QPointer>

namespace om::domain {

class AffectedSubscriptionModel;

// Filters and sorts an AffectedSubscriptionModel. Sorts by typed keys read from the source's rows (the
// same order as AffectedSubscriptionModel::SortRole: numbers and dates as numbers, unknown ones last,
// text case-insensitively); ties by customer name, then source order. A source that is not an
// AffectedSubscriptionModel is shown unfiltered, sorted by its display text.
class SubscriptionFilterProxyModel final : public TableFilterProxyModel
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
    bool acceptsSourceRow(int sourceRow) const override;
    void beginFilterPass() override;
    std::vector<qint64> sortKeys(int column) const override;

private:
    void prepare();

    SubscriptionFilter m_filter;
    QString m_needle;
    QString m_market;
    QPointer<AffectedSubscriptionModel> m_source;
    // Memo of one filter pass: a customer's rows are adjacent, so its id and market checks run once.
    mutable const CustomerRecord *m_lastCustomer = nullptr;
    mutable bool m_lastCustomerPasses = false;
};

} // namespace om::domain
