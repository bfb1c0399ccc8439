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
    void setCustomerId(std::optional<QString> customerId); // see SubscriptionFilter::customerId
    void setExpiringWithinDays(std::optional<int> days);
    void setStates(const MigrationStateSet &states);
    void setExpiringOnly(bool expiringOnly);

protected:
    bool acceptsSourceRow(int sourceRow) const override;
    void beginFilterPass() override;
    std::optional<RowRange> candidateRows() const override;
    void sourceRowsReplaced() override;
    std::vector<qint64> sortKeys(int column) const override;

private:
    // What a subscription id is, found on its first search.
    enum IdKind : quint8
    {
        IdUnknown,
        IdLowerGuid,  // lower-case GUID: only 0-9, a-f and '-'
        IdLowerAscii, // ASCII without upper-case letters: its own case folding
        IdOther,
    };
    static IdKind idKind(const QString &id);

    // What the memo keeps per customer during one pass.
    enum CustomerFlag : quint8
    {
        CustomerKnown = 1,
        CustomerPasses = 2,   // customer id and market
        CustomerTextMatch = 4 // name or domain contains the text
    };
    struct TextMemo
    {
        const QChar *data = nullptr;
        qsizetype size = -1;
        bool matches = false;
    };

    void prepare();
    void foldNeedle(); // m_needle and what is known about it from m_filter.text
    void indexCustomers() const;
    int customerSlot(const CustomerRecord *customer) const; // -1: not in the source's snapshot
    quint8 customerFlags(const CustomerRecord &customer) const;
    bool textMatches(int sourceRow, const AffectedSubscriptionModel &source) const;
    bool sharedTextMatches(const QString &text) const;

    SubscriptionFilter m_filter;
    QString m_needle; // case-folded text
    bool m_needleIsAscii = true;
    bool m_needleMayBeInGuid = true; // only 0-9, a-f and '-'
    QString m_market;
    QPointer<AffectedSubscriptionModel> m_source;

    // Derived from the source's rows once (on first use), dropped by sourceRowsReplaced(): each row's
    // customer (its index in the snapshot, -1: unknown), the first source row of each customer (size
    // customers + 1; empty: rows not grouped by customer) and each row's IdKind.
    mutable bool m_indexed = false;
    mutable std::vector<int> m_rowCustomer;
    mutable std::vector<int> m_customerFirstRow;
    mutable std::vector<quint8> m_idKind;

    // Memo of one filter pass. The text is matched field by field: a customer's name and domain once per
    // customer, offer and replacement names (shared texts: the scan cache and the catalogue hand every row
    // the same string) once per string, the subscription id per row. No per-row search text is built.
    mutable std::vector<quint8> m_customerMemo;
    mutable std::vector<TextMemo> m_textMemo;
    mutable const AffectedSubscriptionModel *m_passSource = nullptr; // m_source during the pass
};
} // namespace om::domain
