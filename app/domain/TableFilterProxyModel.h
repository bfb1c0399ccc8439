#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QMetaObject>
#include <QStringView>

#include <optional>
#include <vector>

namespace om::domain {

// A filtering, sorting proxy over a flat table model, built for 100,000 rows and more. It replaces
// QSortFilterProxyModel, which compares QVariants from data() for every sort comparison and publishes a
// re-filter as one remove/insert per run of rows (seconds with a view attached).
// - Sorting: a subclass gives one typed key per source row and column (sortKeys(); strings become
//   case-insensitive ranks). The order of ALL source rows for the current column and direction is
//   computed once (when a row is first shown: a proxy that shows nothing sorts nothing) and kept until the
//   keys change; ties sort by the tie-break column (ascending, whatever
//   the direction), then by source row, so the order is total and repeatable.
// - Filtering: one pass over the rows in source order calling acceptsSourceRow(), then one walk over the
//   kept order (narrowRows(): only the rows shown are re-tested). A filter, sort or data change is
//   published as layoutAboutToBeChanged/layoutChanged (nothing when the rows shown and their order stay the
//   same); persistent indexes (a view's selection and current row) follow their rows and become invalid when
//   their row is filtered out.
// - The source may only reset, change data or change rows wholesale: row inserts/removals/moves and
//   layout changes of the source are published as a model reset.
class TableFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableFilterProxyModel)

public:
    explicit TableFilterProxyModel(QObject *parent = nullptr);
    ~TableFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

    // column -1: source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Case-insensitive ranks (QString::compare with Qt::CaseInsensitive, i.e. case-folded code points):
    // texts equal but for case share a rank. Views must stay valid during the call.
    static std::vector<qint64> textRanks(const std::vector<QStringView> &texts);

protected:
    // True when the source row passes the filter. Only called for rows of a valid source, in source
    // order, after beginFilterPass().
    virtual bool acceptsSourceRow(int sourceRow) const = 0;
    // Called before each filter pass over the rows: drop any per-pass memo.
    virtual void beginFilterPass() {}
    // Source rows [first, end): no row outside can pass the current filter (e.g. one customer's rows), so
    // a full pass tests only these. Asked after beginFilterPass(); nullopt: every row is tested.
    struct RowRange
    {
        int first = 0;
        int end = 0;
    };
    virtual std::optional<RowRange> candidateRows() const { return std::nullopt; }
    // The source's rows were replaced (a new source, a reset, rows inserted, removed or moved): drop what
    // was derived from them. Called before the rebuild that follows.
    virtual void sourceRowsReplaced() {}
    // One key per source row for `column`, smaller first. The default ranks data(Qt::DisplayRole) as text.
    virtual std::vector<qint64> sortKeys(int column) const;

    void setTieBreakColumn(int column); // -1: ties by source row only
    void invalidateRows();              // the filter changed: re-filter over the kept order
    void narrowRows();     // the filter only got stricter (a longer search text): re-test the shown rows
    void invalidateKeys(); // the subclass's keys changed: re-sort and re-filter

private:
    const std::vector<qint64> &keysFor(int column) const;
    void sortAllRows(int rows, int columns); // m_order, then m_orderValid
    void rebuild();                          // the mapping from the order and the filter, no signals
    void relayout();                         // rebuild() inside a layout change, persistent indexes kept
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);
    void beginSourceReset();
    void endSourceReset();

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_tieBreakColumn = -1;
    bool m_orderValid = false;
    bool m_resetting = false;
    bool m_narrowing = false;                  // the next rebuild only re-tests the rows shown
    int m_columnCount = 0;                     // the source's, as of the last rebuild
    std::vector<int> m_order;                  // every source row, sorted; valid when m_orderValid
    mutable QList<std::vector<qint64>> m_keys; // per column, empty until needed
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1 when filtered out
    QList<QMetaObject::Connection> m_connections;
};

} // namespace om::domain
