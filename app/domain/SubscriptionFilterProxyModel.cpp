#include "domain/SubscriptionFilterProxyModel.h"

#include "domain/AffectedSubscriptionModel.h"

#include <algorithm>
#include <limits>

namespace om::domain {

namespace {

constexpr size_t kTextMemoSize = 256; // distinct offer and replacement names seen in one pass, about 50

} // namespace

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
    foldNeedle();
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

void SubscriptionFilterProxyModel::setCustomerId(std::optional<QString> customerId)
{
    m_filter.customerId = std::move(customerId);
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
    foldNeedle();
    m_market = m_filter.market.trimmed().toUpper();
    invalidateRows();
}

void SubscriptionFilterProxyModel::sourceRowsReplaced()
{
    m_indexed = false;
    m_passSource = nullptr;
    m_customerFirstRow.clear();
    m_rowCustomer.clear();
    m_idKind.clear();
}

void SubscriptionFilterProxyModel::foldNeedle()
{
    m_needle = m_filter.text.trimmed().toCaseFolded();
    m_needleIsAscii = QtPrivate::isAscii(m_needle);
    m_needleMayBeInGuid = std::all_of(m_needle.cbegin(), m_needle.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || c == u'-';
    });
}

// One walk over the rows: each row's customer, and where each customer's rows start (collectAffected()
// lists them customer by customer, in snapshot order; rows in any other order leave m_customerFirstRow
// empty: no ranges then).
void SubscriptionFilterProxyModel::indexCustomers() const
{
    if (m_indexed || !m_source)
        return;
    m_indexed = true;
    const int rows = m_source->rowCount();
    const int customers = int(m_source->snapshot().customers.size());
    m_idKind.assign(size_t(rows), IdUnknown);
    m_rowCustomer.assign(size_t(rows), -1);
    std::vector<int> first(size_t(customers) + 1, rows);
    bool grouped = true;
    int previous = -1;
    for (int row = 0; row < rows; ++row) {
        const int slot = customerSlot(m_source->rowData(row).item.customer);
        m_rowCustomer[size_t(row)] = slot;
        if (slot < previous || slot < 0)
            grouped = false;
        if (!grouped)
            continue;
        for (int s = previous + 1; s <= slot; ++s)
            first[size_t(s)] = row;
        previous = slot;
    }
    if (grouped)
        m_customerFirstRow = std::move(first);
}

int SubscriptionFilterProxyModel::customerSlot(const CustomerRecord *customer) const
{
    const QList<CustomerRecord> &customers = m_source->snapshot().customers;
    const auto base = reinterpret_cast<quintptr>(customers.constData());
    const auto at = reinterpret_cast<quintptr>(customer);
    if (at < base)
        return -1;
    const quintptr offset = at - base;
    if (offset % sizeof(CustomerRecord) != 0 || offset / sizeof(CustomerRecord) >= quintptr(customers.size()))
        return -1;
    return int(offset / sizeof(CustomerRecord));
}

// xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx in 0-9 and a-f: one pass over the characters (this runs for up to
// 100,000 ids on the first search that needs them).
SubscriptionFilterProxyModel::IdKind SubscriptionFilterProxyModel::idKind(const QString &id)
{
    if (id.size() == 36) {
        const QChar *c = id.constData();
        bool guid = true;
        for (int i = 0; i < 36 && guid; ++i) {
            const char16_t u = c[i].unicode();
            guid = (i == 8 || i == 13 || i == 18 || i == 23)
                       ? u == u'-'
                       : (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f');
        }
        if (guid)
            return IdLowerGuid;
    }
    return QtPrivate::isAscii(id) && id.isLower() ? IdLowerAscii : IdOther;
}

void SubscriptionFilterProxyModel::beginFilterPass()
{
    m_passSource = m_source.data();
    if (!m_passSource)
        return;
    indexCustomers();
    m_customerMemo.assign(size_t(m_passSource->snapshot().customers.size()), 0);
    m_textMemo.assign(kTextMemoSize, TextMemo{});
}

std::optional<TableFilterProxyModel::RowRange> SubscriptionFilterProxyModel::candidateRows() const
{
    if (!m_source || !m_filter.customerId || m_customerFirstRow.empty())
        return std::nullopt;
    if (m_filter.customerId->isEmpty())
        return RowRange{}; // no customer selected: no row is tested
    const QList<CustomerRecord> &customers = m_source->snapshot().customers;
    RowRange range{m_source->rowCount(), 0};
    for (qsizetype slot = 0; slot < customers.size(); ++slot) {
        if (customers.at(slot).id.compare(*m_filter.customerId, Qt::CaseInsensitive) != 0)
            continue;
        range.first = std::min(range.first, m_customerFirstRow[size_t(slot)]);
        range.end = std::max(range.end, m_customerFirstRow[size_t(slot) + 1]);
    }
    if (range.end <= range.first)
        return RowRange{}; // no such customer: no row is tested
    return range;
}

quint8 SubscriptionFilterProxyModel::customerFlags(const CustomerRecord &customer) const
{
    quint8 flags = CustomerKnown;
    const bool passes =
        (!m_filter.customerId || (!m_filter.customerId->isEmpty() &&
                                  customer.id.compare(*m_filter.customerId, Qt::CaseInsensitive) == 0)) &&
        (m_market.isEmpty() || customer.market.compare(m_market, Qt::CaseInsensitive) == 0);
    if (!passes)
        return flags;
    flags |= CustomerPasses;
    if (!m_needle.isEmpty() && (QStringView(customer.companyName).contains(m_needle, Qt::CaseInsensitive) ||
                                QStringView(customer.domain).contains(m_needle, Qt::CaseInsensitive)))
        flags |= CustomerTextMatch;
    return flags;
}

// Offer and replacement names are shared strings: the answer for one is the answer for every row holding
// the same string. A small direct-mapped memo keyed by the string's data; a collision only recomputes.
bool SubscriptionFilterProxyModel::sharedTextMatches(const QString &text) const
{
    if (text.isEmpty())
        return false;
    if (m_textMemo.empty())
        return QStringView(text).contains(m_needle, Qt::CaseInsensitive);
    const QChar *data = text.constData();
    const auto bits = reinterpret_cast<quintptr>(data);
    TextMemo &memo = m_textMemo[size_t((bits >> 4) ^ (bits >> 12)) % m_textMemo.size()];
    if (memo.data != data || memo.size != text.size())
        memo = {data, text.size(), QStringView(text).contains(m_needle, Qt::CaseInsensitive)};
    return memo.matches;
}

// The text in the customer's name or domain, the offer name, the replacement or the subscription id
// (each field on its own, any case: case-folded code points).
bool SubscriptionFilterProxyModel::textMatches(int sourceRow, const AffectedSubscriptionModel &source) const
{
    const AffectedSubscriptionModel::Row &row = source.rowData(sourceRow);
    if (sharedTextMatches(row.item.subscription->offerName) || sharedTextMatches(row.replacement))
        return true;
    const QString &id = row.item.subscription->id;
    if (id.isEmpty())
        return false;
    // Subscription ids are lower-case GUIDs: a text with any character besides 0-9, a-f and '-' is in
    // none of them, and an ASCII lower-case id is its own case folding (a case-sensitive search for an
    // ASCII text is then exact, and several times cheaper). What an id is, is found on first use.
    quint8 kind = IdOther;
    if (size_t(sourceRow) < m_idKind.size()) {
        quint8 &known = m_idKind[size_t(sourceRow)];
        if (known == IdUnknown)
            known = idKind(id);
        kind = known;
    }
    if (kind == IdLowerGuid && !m_needleMayBeInGuid)
        return false;
    if (kind != IdOther && m_needleIsAscii)
        return id.contains(m_needle);
    return QStringView(id).contains(m_needle, Qt::CaseInsensitive);
}

// Runs once per tested source row on every filter change: compares precomputed values, no allocation.
bool SubscriptionFilterProxyModel::acceptsSourceRow(int sourceRow) const
{
    const AffectedSubscriptionModel *source = m_passSource;
    if (!source)
        return true;
    const AffectedSubscriptionModel::Row &row = source->rowData(sourceRow);
    const CustomerRecord *customer = row.item.customer;
    const int slot = size_t(sourceRow) < m_rowCustomer.size() ? m_rowCustomer[size_t(sourceRow)] : -1;
    quint8 flags = 0;
    if (slot >= 0 && size_t(slot) < m_customerMemo.size()) {
        quint8 &memo = m_customerMemo[size_t(slot)];
        if (memo == 0)
            memo = customerFlags(*customer);
        flags = memo;
    } else {
        flags = customerFlags(*customer);
    }
    if (!(flags & CustomerPasses))
        return false;
    if (m_filter.expiringOnly && row.item.subscription->autoRenewEnabled)
        return false;
    if (m_filter.expiringWithinDays &&
        (row.daysLeft == noDaysLeft || row.daysLeft > *m_filter.expiringWithinDays))
        return false;
    if (!m_filter.states.isEmpty() && !m_filter.states.contains(row.state))
        return false;
    return m_needle.isEmpty() || (flags & CustomerTextMatch) || textMatches(sourceRow, *source);
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
