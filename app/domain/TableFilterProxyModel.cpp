#include "domain/TableFilterProxyModel.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace om::domain {

TableFilterProxyModel::TableFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

TableFilterProxyModel::~TableFilterProxyModel()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
}

void TableFilterProxyModel::setSourceModel(QAbstractItemModel *newSource)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(newSource);
    if (newSource) {
        using M = QAbstractItemModel;
        const auto begin = [this] {
            beginSourceReset();
        };
        const auto end = [this] {
            endSourceReset();
        };
        m_connections << connect(newSource, &M::modelAboutToBeReset, this, begin)
                      << connect(newSource, &M::modelReset, this, end)
                      << connect(newSource, &M::layoutAboutToBeChanged, this, begin)
                      << connect(newSource, &M::layoutChanged, this, end)
                      << connect(newSource, &M::rowsAboutToBeInserted, this, begin)
                      << connect(newSource, &M::rowsInserted, this, end)
                      << connect(newSource, &M::rowsAboutToBeRemoved, this, begin)
                      << connect(newSource, &M::rowsRemoved, this, end)
                      << connect(newSource, &M::rowsAboutToBeMoved, this, begin)
                      << connect(newSource, &M::rowsMoved, this, end)
                      << connect(newSource, &M::columnsAboutToBeInserted, this, begin)
                      << connect(newSource, &M::columnsInserted, this, end)
                      << connect(newSource, &M::columnsAboutToBeRemoved, this, begin)
                      << connect(newSource, &M::columnsRemoved, this, end)
                      << connect(newSource, &M::columnsAboutToBeMoved, this, begin)
                      << connect(newSource, &M::columnsMoved, this, end)
                      << connect(newSource, &M::dataChanged, this,
                                 &TableFilterProxyModel::onSourceDataChanged)
                      << connect(newSource, &M::headerDataChanged, this,
                                 [this](Qt::Orientation orientation, int first, int last) {
                                     if (orientation == Qt::Horizontal)
                                         emit headerDataChanged(orientation, first, last);
                                 })
                      << connect(newSource, &QObject::destroyed, this, [this] {
                             beginResetModel();
                             m_keys.clear();
                             m_order.clear();
                             m_orderValid = false;
                             m_proxyToSource.clear();
                             m_sourceToProxy.clear();
                             m_columnCount = 0; // the dying source is not asked again
                             sourceRowsReplaced();
                             endResetModel();
                         });
    }
    m_keys.clear();
    m_orderValid = false;
    sourceRowsReplaced();
    rebuild();
    endResetModel();
}

QModelIndex TableFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this ||
        proxyIndex.row() >= int(m_proxyToSource.size()))
        return {};
    return sourceModel()->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TableFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid() ||
        sourceIndex.row() >= int(m_sourceToProxy.size()))
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex TableFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TableFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TableFilterProxyModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int TableFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int TableFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

bool TableFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

void TableFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    m_orderValid = false;
    relayout();
}

void TableFilterProxyModel::setTieBreakColumn(int column)
{
    m_tieBreakColumn = column;
    m_orderValid = false;
}

void TableFilterProxyModel::invalidateRows()
{
    relayout();
}

void TableFilterProxyModel::narrowRows()
{
    m_narrowing = true;
    relayout();
    m_narrowing = false;
}

void TableFilterProxyModel::invalidateKeys()
{
    m_keys.clear();
    m_orderValid = false;
    relayout();
}

std::vector<qint64> TableFilterProxyModel::sortKeys(int column) const
{
    const QAbstractItemModel *source = sourceModel();
    const int rows = source ? source->rowCount() : 0;
    QStringList texts;
    texts.reserve(rows);
    for (int row = 0; row < rows; ++row)
        texts.append(source->index(row, column).data().toString());
    return textRanks(std::vector<QStringView>(texts.cbegin(), texts.cend()));
}

// Distinct texts first (a hash over the views; a row repeating the previous row's text skips even that),
// then only the distinct ones are sorted: 100,000 rows rarely hold more than 10,000 distinct names.
std::vector<qint64> TableFilterProxyModel::textRanks(const std::vector<QStringView> &texts)
{
    std::vector<int> distinctOf(texts.size());
    std::vector<QStringView> distinct;
    QHash<QStringView, int> seen;
    for (size_t i = 0; i < texts.size(); ++i) {
        const QStringView text = texts[i];
        if (i > 0 && text.data() == texts[i - 1].data() && text.size() == texts[i - 1].size()) {
            distinctOf[i] = distinctOf[i - 1];
            continue;
        }
        const auto it = seen.constFind(text);
        if (it != seen.constEnd()) {
            distinctOf[i] = it.value();
            continue;
        }
        distinctOf[i] = int(distinct.size());
        seen.insert(text, int(distinct.size()));
        distinct.push_back(text);
    }
    std::vector<int> byText(distinct.size());
    std::iota(byText.begin(), byText.end(), 0);
    std::sort(byText.begin(), byText.end(), [&distinct](int a, int b) {
        return distinct[size_t(a)].compare(distinct[size_t(b)], Qt::CaseInsensitive) < 0;
    });
    std::vector<qint64> rankOfDistinct(distinct.size());
    qint64 rank = 0;
    for (size_t i = 0; i < byText.size(); ++i) {
        if (i > 0 &&
            distinct[size_t(byText[i - 1])].compare(distinct[size_t(byText[i])], Qt::CaseInsensitive) != 0)
            ++rank;
        rankOfDistinct[size_t(byText[i])] = rank;
    }
    std::vector<qint64> ranks(texts.size());
    for (size_t i = 0; i < texts.size(); ++i)
        ranks[i] = rankOfDistinct[size_t(distinctOf[i])];
    return ranks;
}

const std::vector<qint64> &TableFilterProxyModel::keysFor(int column) const
{
    if (m_keys.size() <= column) // once to the full width: references to other columns' keys stay valid
        m_keys.resize(std::max(column + 1, m_columnCount));
    std::vector<qint64> &keys = m_keys[column];
    const size_t rows = size_t(sourceModel()->rowCount());
    if (keys.size() != rows)
        keys = sortKeys(column);
    if (keys.size() != rows) // a subclass that cannot tell: source order
        keys.assign(rows, 0);
    return keys;
}

// The order of every source row for the sort column and direction (ties: tie-break column, then row).
void TableFilterProxyModel::sortAllRows(int rows, int columns)
{
    m_order.resize(size_t(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0 && m_sortColumn < columns) {
        const std::vector<qint64> &keys = keysFor(m_sortColumn);
        const bool tieBreak =
            m_tieBreakColumn >= 0 && m_tieBreakColumn < columns && m_tieBreakColumn != m_sortColumn;
        const std::vector<qint64> *ties = tieBreak ? &keysFor(m_tieBreakColumn) : nullptr;
        // Key, tie and row side by side: the sort reads one contiguous array, not three.
        struct Entry
        {
            qint64 key;
            qint64 tie;
            int row;
        };
        std::vector<Entry> entries(static_cast<size_t>(rows));
        for (int row = 0; row < rows; ++row)
            entries[size_t(row)] = {keys[size_t(row)], ties ? (*ties)[size_t(row)] : 0, row};
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        std::sort(entries.begin(), entries.end(), [descending](const Entry &a, const Entry &b) {
            if (a.key != b.key)
                return descending ? a.key > b.key : a.key < b.key;
            if (a.tie != b.tie)
                return a.tie < b.tie;
            return a.row < b.row;
        });
        for (int i = 0; i < rows; ++i)
            m_order[size_t(i)] = entries[size_t(i)].row;
    }
    m_orderValid = true;
}

void TableFilterProxyModel::rebuild()
{
    QAbstractItemModel *source = sourceModel();
    if (!source) {
        m_proxyToSource.clear();
        m_sourceToProxy.clear();
        m_columnCount = 0;
        return;
    }
    const int rows = source->rowCount();
    const int columns = source->columnCount();
    m_columnCount = columns;
    const bool orderKept = m_orderValid;
    if (m_narrowing && orderKept && m_sourceToProxy.size() == size_t(rows)) {
        // Only rows shown can still pass: re-test them in source order (sorted order would visit the
        // source's rows at random: a cache miss per row, most of the time at 100,000 rows), then keep
        // the ones still accepted in the order they already have.
        beginFilterPass();
        std::vector<char> accepted(static_cast<size_t>(rows), 0);
        for (int row = 0; row < rows; ++row) {
            if (m_sourceToProxy[size_t(row)] >= 0)
                accepted[size_t(row)] = acceptsSourceRow(row) ? 1 : 0;
        }
        std::vector<int> shown;
        shown.swap(m_proxyToSource);
        for (const int row : shown) {
            if (accepted[size_t(row)]) {
                m_sourceToProxy[size_t(row)] = int(m_proxyToSource.size());
                m_proxyToSource.push_back(row);
            } else {
                m_sourceToProxy[size_t(row)] = -1;
            }
        }
        return;
    }
    m_proxyToSource.clear();
    // The filter runs in source order (the rows' data is read sequentially, cache-friendly), then the
    // kept order is walked once picking the accepted rows.
    beginFilterPass();
    const std::optional<RowRange> range = candidateRows();
    const int first = range ? std::clamp(range->first, 0, rows) : 0;
    const int end = range ? std::clamp(range->end, first, rows) : rows;
    std::vector<char> accepted(static_cast<size_t>(rows), 0);
    int acceptedCount = 0;
    for (int row = first; row < end; ++row) {
        accepted[size_t(row)] = acceptsSourceRow(row) ? 1 : 0;
        acceptedCount += accepted[size_t(row)];
    }
    m_sourceToProxy.assign(size_t(rows), -1);
    if (acceptedCount == 0)
        return; // nothing shown: the sort waits until a row is (e.g. no customer selected at start)
    if (!m_orderValid)
        sortAllRows(rows, columns);
    m_proxyToSource.reserve(size_t(acceptedCount));
    for (const int row : m_order) {
        if (!accepted[size_t(row)])
            continue;
        m_sourceToProxy[size_t(row)] = int(m_proxyToSource.size());
        m_proxyToSource.push_back(row);
    }
}

// The new mapping is computed first: when no row moves, appears or disappears nothing is announced (a
// search letter that every row matches costs the views nothing, which matters at 100,000 rows). Otherwise
// the old mapping is put back while the views see layoutAboutToBeChanged, then the new one goes in.
void TableFilterProxyModel::relayout()
{
    if (m_resetting)
        return;                               // the source's reset rebuilds anyway
    std::vector<int> other = m_proxyToSource; // the old mapping, then (after the swaps) the new one
    std::vector<int> otherInverse = m_sourceToProxy;
    rebuild();
    if (m_proxyToSource == other)
        return;
    m_proxyToSource.swap(other); // the old mapping is visible again...
    m_sourceToProxy.swap(otherInverse);

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before) {
        const int row = index.row();
        sourceRows.push_back(row >= 0 && row < int(m_proxyToSource.size()) ? m_proxyToSource[size_t(row)]
                                                                           : -1);
    }
    m_proxyToSource.swap(other); // ...until the views have saved what they need
    m_sourceToProxy.swap(otherInverse);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int sourceRow = sourceRows[size_t(i)];
        const int row = sourceRow >= 0 && sourceRow < int(m_sourceToProxy.size())
                            ? m_sourceToProxy[size_t(sourceRow)]
                            : -1;
        after.append(row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// Keys of the changed columns are stale; rows may now pass or fail the filter, so re-filter (and re-sort
// when the sort or tie-break column changed), then repaint the changed columns.
void TableFilterProxyModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                                const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int left = topLeft.column();
    const int right = bottomRight.column();
    for (int column = left; column <= right && column < m_keys.size(); ++column)
        m_keys[column].clear();
    const auto within = [left, right](int column) {
        return column >= left && column <= right;
    };
    if (within(m_sortColumn) || within(m_tieBreakColumn))
        m_orderValid = false;
    relayout();
    if (m_proxyToSource.empty())
        return;
    int first = int(m_proxyToSource.size());
    int last = -1;
    for (int row = topLeft.row(); row <= bottomRight.row() && row < int(m_sourceToProxy.size()); ++row) {
        const int proxyRow = m_sourceToProxy[size_t(row)];
        if (proxyRow >= 0) {
            first = std::min(first, proxyRow);
            last = std::max(last, proxyRow);
        }
    }
    if (last >= 0)
        emit dataChanged(index(first, left), index(last, right), roles);
}

void TableFilterProxyModel::beginSourceReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void TableFilterProxyModel::endSourceReset()
{
    if (!m_resetting)
        return;
    m_keys.clear();
    m_orderValid = false;
    sourceRowsReplaced();
    rebuild();
    m_resetting = false;
    endResetModel();
}

} // namespace om::domain
