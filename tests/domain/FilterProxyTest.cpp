#include "DomainFixtures.h"
#include "common/Clock.h"
#include "domain/AffectedSubscriptionModel.h"
#include "domain/CustomerFilterProxyModel.h"
#include "domain/CustomerTableModel.h"
#include "domain/SubscriptionFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStringListModel>

#include <gtest/gtest.h>

using namespace om;
using namespace om::domain;
using om::domain::test::builtInCatalogue;

namespace {

QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.data(model.index(r, col), role).toString();
    return out;
}

} // namespace

// Source, proxy and their testers share the fixture's lifetime.
class CustomerProxyTest : public ::testing::Test
{
protected:
    CustomerProxyTest()
    {
        source.setSnapshot(test::sampleSnapshot());
        source.setProgress(test::sampleProgress());
        proxy.setSourceModel(&source);
    }
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    CustomerTableModel source{builtInCatalogue(), clock};
    QAbstractItemModelTester sourceTester{&source, QAbstractItemModelTester::FailureReportingMode::Fatal};
    CustomerFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(CustomerProxyTest, AffectedOnlyByDefault)
{
    EXPECT_EQ(proxy.rowCount(), 3);
    proxy.setAffectedOnly(false);
    EXPECT_EQ(proxy.rowCount(), 4);
}

TEST_F(CustomerProxyTest, TextMatchesNameDomainOrIdInAnyCase)
{
    proxy.setText(QStringLiteral("CONTOSO"));
    EXPECT_EQ(column(proxy, CustomerTableModel::CustomerColumn), QStringList{QStringLiteral("Contoso Ltd")});
    proxy.setText(QStringLiteral("adatum.COM"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setText(QStringLiteral("c-0003"));
    EXPECT_EQ(column(proxy, CustomerTableModel::CustomerColumn),
              QStringList{QStringLiteral("Émile & Zoë 😀")});
    proxy.setText(QStringLiteral("ÉMILE"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setText(QStringLiteral("no such customer"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setText(QString());
    EXPECT_EQ(proxy.rowCount(), 3);
}

TEST_F(CustomerProxyTest, MarketDaysAndStates)
{
    proxy.setMarket(QStringLiteral("fr"));
    EXPECT_EQ(column(proxy, 0, CustomerTableModel::CustomerIdRole), QStringList{QStringLiteral("c-0003")});
    proxy.setMarket(QString());

    // Contoso 34 days, Émile 459 days, adatum no end date.
    proxy.setExpiringWithinDays(34);
    EXPECT_EQ(column(proxy, 0, CustomerTableModel::CustomerIdRole), QStringList{QStringLiteral("c-0001")});
    proxy.setExpiringWithinDays(33);
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setExpiringWithinDays(std::nullopt);

    proxy.setStates({MigrationState::Failed, MigrationState::Purchasing});
    QStringList ids = column(proxy, 0, CustomerTableModel::CustomerIdRole);
    ids.sort();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("c-0002"), QStringLiteral("c-0003")}));

    // A live progress change re-filters.
    MigrationProgress failed;
    failed.state = MigrationState::Failed;
    source.updateProgress(QStringLiteral("s-0002"), failed);
    EXPECT_EQ(proxy.rowCount(), 3);

    CustomerFilter filter;
    filter.text = QStringLiteral("ltd");
    filter.states = {MigrationState::Failed};
    proxy.setFilter(filter);
    EXPECT_EQ(column(proxy, 0, CustomerTableModel::CustomerIdRole), QStringList{QStringLiteral("c-0001")});
}

TEST_F(CustomerProxyTest, SortsByRawValues)
{
    proxy.setAffectedOnly(false);
    proxy.sort(CustomerTableModel::DaysLeftColumn, Qt::AscendingOrder);
    // Unknown days (adatum: no end date, Fabrikam: none retired) sort after every number.
    EXPECT_EQ(column(proxy, CustomerTableModel::DaysLeftColumn),
              (QStringList{QStringLiteral("34"), QStringLiteral("459"), QString(), QString()}));
    proxy.sort(CustomerTableModel::CustomerColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(proxy, 0, CustomerTableModel::CustomerIdRole),
              (QStringList{QStringLiteral("c-0002"), QStringLiteral("c-0001"), QStringLiteral("c-0004"),
                           QStringLiteral("c-0003")})); // case-folded code points: "émile" after "fabrikam"
}

class SubscriptionProxyTest : public ::testing::Test
{
protected:
    SubscriptionProxyTest()
    {
        source.setSnapshot(test::sampleSnapshot());
        source.setProgress(test::sampleProgress());
        proxy.setSourceModel(&source);
    }
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    AffectedSubscriptionModel source{builtInCatalogue(), clock};
    QAbstractItemModelTester sourceTester{&source, QAbstractItemModelTester::FailureReportingMode::Fatal};
    SubscriptionFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(SubscriptionProxyTest, Filters)
{
    EXPECT_EQ(proxy.rowCount(), 4);
    proxy.setCustomerId(QStringLiteral("c-0001"));
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setCustomerId(std::nullopt);

    proxy.setText(QStringLiteral("for students")); // offer name and replacement name
    EXPECT_EQ(column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole),
              QStringList{QStringLiteral("s-0003")});
    proxy.setText(QStringLiteral("S-0100"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setText(QString());

    proxy.setMarket(QStringLiteral("gb"));
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setMarket(QString());

    proxy.setExpiringOnly(true); // adatum's renews automatically
    EXPECT_EQ(proxy.rowCount(), 3);
    proxy.setExpiringOnly(false);

    proxy.setExpiringWithinDays(0); // past included
    EXPECT_EQ(column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole),
              QStringList{QStringLiteral("s-0003")});
    proxy.setExpiringWithinDays(std::nullopt);

    proxy.setStates({MigrationState::NotStarted});
    EXPECT_EQ(column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole),
              QStringList{QStringLiteral("s-0002")});
    proxy.setStates({});
    EXPECT_EQ(proxy.rowCount(), 4);
}

TEST_F(SubscriptionProxyTest, SortsQuantityAsNumbers)
{
    proxy.sort(AffectedSubscriptionModel::QuantityColumn, Qt::AscendingOrder);
    // As text this would be 1, 12, 3, 40.
    EXPECT_EQ(
        column(proxy, AffectedSubscriptionModel::QuantityColumn),
        (QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("12"), QStringLiteral("40")}));
    proxy.sort(AffectedSubscriptionModel::DaysLeftColumn, Qt::DescendingOrder);
    EXPECT_EQ(column(proxy, AffectedSubscriptionModel::DaysLeftColumn),
              (QStringList{QString(), QStringLiteral("459"), QStringLiteral("34"), QStringLiteral("-3")}));
}

TEST(SubscriptionProxyLarge, FiltersAHundredThousandSubscriptions)
{
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    AffectedSubscriptionModel source(builtInCatalogue(), clock);
    source.setSnapshot(test::largeSnapshot(10000, 10));
    SubscriptionFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    ASSERT_EQ(proxy.rowCount(), 50000);
    proxy.setText(QStringLiteral("company 9999"));
    EXPECT_EQ(proxy.rowCount(), 5); // one customer, five retired subscriptions
    proxy.setText(QString());
    proxy.setMarket(QStringLiteral("US"));
    EXPECT_EQ(proxy.rowCount(), 25000);
    proxy.setExpiringWithinDays(-1);
    const int past = proxy.rowCount();
    EXPECT_GT(past, 0);
    EXPECT_LT(past, 25000);
    proxy.sort(AffectedSubscriptionModel::DaysLeftColumn);
    EXPECT_LE(proxy
                  .data(proxy.index(0, AffectedSubscriptionModel::DaysLeftColumn),
                        AffectedSubscriptionModel::SortRole)
                  .toInt(),
              proxy
                  .data(proxy.index(past - 1, AffectedSubscriptionModel::DaysLeftColumn),
                        AffectedSubscriptionModel::SortRole)
                  .toInt());
}

TEST(CustomerProxyOtherSource, ShowsEveryRowOfAnUnknownModel)
{
    QStringListModel other(QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CustomerFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&other);
    proxy.setText(QStringLiteral("zzz"));
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setSourceModel(nullptr);
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST(CustomerProxyLarge, FiltersTenThousandCustomers)
{
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    CustomerTableModel source(builtInCatalogue(), clock);
    source.setSnapshot(test::largeSnapshot(10000, 10));
    CustomerFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    ASSERT_EQ(proxy.rowCount(), 10000);
    EXPECT_EQ(source.data(source.index(0, CustomerTableModel::RetiredOffersColumn)).toString(),
              QStringLiteral("5"));
    proxy.setText(QStringLiteral("COMPANY123.onmicrosoft"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setText(QString());
    proxy.setMarket(QStringLiteral("gb"));
    EXPECT_EQ(proxy.rowCount(), 5000);
    proxy.sort(CustomerTableModel::LicencesColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy.rowCount(), 5000);
}

namespace {

// Customers with one retired subscription each, ending `days` after the fixtures' 2026-11-27 (none: no date).
ScanSnapshot tiedSnapshot(const QList<std::pair<QString, std::optional<int>>> &customers)
{
    const QString retired = builtInCatalogue().entries().at(0).name;
    ScanSnapshot snapshot;
    int n = 0;
    for (const auto &[name, days] : customers) {
        CustomerRecord customer;
        customer.id = QStringLiteral("c-%1").arg(++n);
        customer.companyName = name;
        customer.subscriptions << test::subscription(QStringLiteral("s-%1").arg(n), retired, n,
                                                     QStringLiteral("active"), false,
                                                     days ? QDate(2026, 11, 27).addDays(*days) : QDate());
        snapshot.customers << customer;
    }
    return snapshot;
}

const QList<std::pair<QString, std::optional<int>>> tied = {
    {QStringLiteral("delta"), 10}, {QStringLiteral("Alpha"), 5},           {QStringLiteral("charlie"), 10},
    {QStringLiteral("Bravo"), 10}, {QStringLiteral("echo"), std::nullopt}, {QStringLiteral("foxtrot"), -100},
};

// Every adjacent pair in order by the column's SortRole, equal ones by customer name (case-insensitive).
template<typename Model>
void expectSorted(const QAbstractItemModel &proxy, int column, Qt::SortOrder order)
{
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QVariant a = proxy.index(row - 1, column).data(Model::SortRole);
        const QVariant b = proxy.index(row, column).data(Model::SortRole);
        int c = a.typeId() == QMetaType::QString ? a.toString().compare(b.toString(), Qt::CaseInsensitive)
                                                 : (a.toLongLong() < b.toLongLong()   ? -1
                                                    : a.toLongLong() > b.toLongLong() ? 1
                                                                                      : 0);
        if (order == Qt::DescendingOrder)
            c = -c;
        ASSERT_LE(c, 0) << "column " << column << " row " << row;
        if (c == 0) {
            const QString nameA = proxy.index(row - 1, 0).data(Model::SortRole).toString();
            const QString nameB = proxy.index(row, 0).data(Model::SortRole).toString();
            ASSERT_LE(nameA.compare(nameB, Qt::CaseInsensitive), 0) << "tie in column " << column;
        }
    }
}

} // namespace

TEST(CustomerProxySort, DaysLeftNumericallyTiesByNameInBothDirections)
{
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    CustomerTableModel source(builtInCatalogue(), clock);
    source.setSnapshot(tiedSnapshot(tied));
    CustomerFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&source);

    proxy.sort(CustomerTableModel::DaysLeftColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.sortColumn(), CustomerTableModel::DaysLeftColumn);
    // -100 before 5 (as text "-100" > "5" would not hold), unknown days last.
    EXPECT_EQ(column(proxy, CustomerTableModel::CustomerColumn),
              (QStringList{QStringLiteral("foxtrot"), QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                           QStringLiteral("charlie"), QStringLiteral("delta"), QStringLiteral("echo")}));
    proxy.sort(CustomerTableModel::DaysLeftColumn, Qt::DescendingOrder);
    // Reversed by days, but the three 10-day customers stay in name order.
    EXPECT_EQ(column(proxy, CustomerTableModel::CustomerColumn),
              (QStringList{QStringLiteral("echo"), QStringLiteral("Bravo"), QStringLiteral("charlie"),
                           QStringLiteral("delta"), QStringLiteral("Alpha"), QStringLiteral("foxtrot")}));
    proxy.sort(CustomerTableModel::CustomerColumn, Qt::DescendingOrder);
    EXPECT_EQ(column(proxy, CustomerTableModel::CustomerColumn).first(), QStringLiteral("foxtrot"));
    proxy.sort(-1); // source order
    EXPECT_EQ(column(proxy, CustomerTableModel::CustomerColumn).first(), QStringLiteral("delta"));
}

TEST(SubscriptionProxySort, DaysLeftNumericallyTiesByCustomerName)
{
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    AffectedSubscriptionModel source(builtInCatalogue(), clock);
    source.setSnapshot(tiedSnapshot(tied));
    SubscriptionFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&source);
    proxy.sort(AffectedSubscriptionModel::DaysLeftColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(proxy, AffectedSubscriptionModel::DaysLeftColumn),
              (QStringList{QStringLiteral("-100"), QStringLiteral("5"), QStringLiteral("10"),
                           QStringLiteral("10"), QStringLiteral("10"), QString()}));
    EXPECT_EQ(column(proxy, AffectedSubscriptionModel::CustomerColumn).mid(2, 3),
              (QStringList{QStringLiteral("Bravo"), QStringLiteral("charlie"), QStringLiteral("delta")}));
    proxy.sort(AffectedSubscriptionModel::EndDateColumn, Qt::DescendingOrder); // no date counts as latest
    EXPECT_EQ(column(proxy, AffectedSubscriptionModel::CustomerColumn),
              (QStringList{QStringLiteral("echo"), QStringLiteral("Bravo"), QStringLiteral("charlie"),
                           QStringLiteral("delta"), QStringLiteral("Alpha"), QStringLiteral("foxtrot")}));
}

TEST_F(CustomerProxyTest, TextIsCaseInsensitiveAndKeepsAccents)
{
    proxy.setText(QStringLiteral("émile"));
    EXPECT_EQ(column(proxy, 0, CustomerTableModel::CustomerIdRole), QStringList{QStringLiteral("c-0003")});
    proxy.setText(QStringLiteral("  ZOË 😀 ")); // trimmed, case-folded
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setText(QStringLiteral("Emile")); // an accent is a different letter, as before
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST_F(CustomerProxyTest, FilteringKeepsThePersistentRowsStillShown)
{
    proxy.sort(CustomerTableModel::CustomerColumn, Qt::AscendingOrder);
    const int contosoRow =
        int(column(proxy, 0, CustomerTableModel::CustomerIdRole).indexOf(QStringLiteral("c-0001")));
    ASSERT_GE(contosoRow, 0);
    const QPersistentModelIndex contoso(proxy.index(contosoRow, CustomerTableModel::DomainColumn));
    proxy.setText(QStringLiteral("o")); // Contoso and adatum.com stay
    ASSERT_TRUE(contoso.isValid());
    EXPECT_EQ(contoso.data(CustomerTableModel::CustomerIdRole).toString(), QStringLiteral("c-0001"));
    EXPECT_EQ(contoso.column(), int(CustomerTableModel::DomainColumn));
    EXPECT_EQ(proxy.mapToSource(contoso).row(), source.rowOfCustomer(QStringLiteral("c-0001")));
    proxy.setText(QStringLiteral("adatum"));
    EXPECT_FALSE(contoso.isValid());
}

TEST_F(SubscriptionProxyTest, ProgressChangesResortAndRefilter)
{
    proxy.sort(AffectedSubscriptionModel::StateColumn, Qt::AscendingOrder);
    QStringList ids = column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole);
    ASSERT_EQ(ids.first(), QStringLiteral("s-0002")); // the only one not started
    MigrationProgress failed;
    failed.state = MigrationState::Failed;
    source.updateProgress(QStringLiteral("s-0002"), failed);
    ids = column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole);
    EXPECT_NE(ids.first(), QStringLiteral("s-0002"));
    expectSorted<AffectedSubscriptionModel>(proxy, AffectedSubscriptionModel::StateColumn,
                                            Qt::AscendingOrder);
    proxy.setStates({MigrationState::Failed});
    ids = column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole);
    ids.sort();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("s-0002"), QStringLiteral("s-0100")}));
}

// The search text is built on first use; a replacement chosen later must be searchable, the old one not.
TEST_F(SubscriptionProxyTest, SearchFollowsAReplacementChosenAfterTheFirstSearch)
{
    proxy.setText(QStringLiteral("s-0002"));
    ASSERT_EQ(proxy.rowCount(), 1); // search texts built now

    const QString chosen = QStringLiteral("Zebra Replacement Plan %1").arg(QChar(0x00C9)); // É
    proxy.setText(chosen.toLower());
    EXPECT_EQ(proxy.rowCount(), 0);

    MigrationProgress progress = source.progressFor(QStringLiteral("s-0002"))
                                     ? *source.progressFor(QStringLiteral("s-0002"))
                                     : MigrationProgress{};
    progress.replacementOfferName = chosen;
    source.updateProgress(QStringLiteral("s-0002"), progress);
    EXPECT_EQ(column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole),
              QStringList{QStringLiteral("s-0002")}); // case-folded: "é" finds "É"

    progress.replacementOfferName = QStringLiteral("Another Plan");
    source.updateProgress(QStringLiteral("s-0002"), progress);
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST(ProxySortLarge, EveryColumnBothWaysTiesByName)
{
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    const ScanSnapshot snapshot = test::largeSnapshot(2000, 10);
    CustomerTableModel customers(builtInCatalogue(), clock);
    customers.setSnapshot(snapshot);
    CustomerFilterProxyModel customerProxy;
    customerProxy.setSourceModel(&customers);
    AffectedSubscriptionModel subscriptions(builtInCatalogue(), clock);
    subscriptions.setSnapshot(snapshot);
    SubscriptionFilterProxyModel subscriptionProxy;
    subscriptionProxy.setSourceModel(&subscriptions);
    ASSERT_EQ(subscriptionProxy.rowCount(), 10000);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        for (int c = 0; c < CustomerTableModel::ColumnCount; ++c) {
            customerProxy.sort(c, order);
            expectSorted<CustomerTableModel>(customerProxy, c, order);
        }
        for (int c = 0; c < AffectedSubscriptionModel::ColumnCount; ++c) {
            subscriptionProxy.sort(c, order);
            expectSorted<AffectedSubscriptionModel>(subscriptionProxy, c, order);
        }
    }
    subscriptionProxy.setText(QStringLiteral("company 19")); // 19, 190-199, 1900-1999: 111 customers
    EXPECT_EQ(subscriptionProxy.rowCount(), 111 * 5);
    expectSorted<AffectedSubscriptionModel>(subscriptionProxy, AffectedSubscriptionModel::ColumnCount - 1,
                                            Qt::DescendingOrder);
}

// Typing narrows over the rows shown; deleting re-filters everything: both agree with a fresh proxy.
TEST(SubscriptionProxyTyping, KeystrokesMatchAFreshFilter)
{
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    AffectedSubscriptionModel source(builtInCatalogue(), clock);
    source.setSnapshot(test::largeSnapshot(300, 4));
    SubscriptionFilterProxyModel typed;
    QAbstractItemModelTester tester(&typed, QAbstractItemModelTester::FailureReportingMode::Fatal);
    typed.setSourceModel(&source);
    typed.sort(AffectedSubscriptionModel::DaysLeftColumn, Qt::DescendingOrder);
    typed.setMarket(QStringLiteral("gb"));
    const QString word = QStringLiteral("Company 2");
    QStringList steps;
    for (int i = 1; i <= word.size(); ++i)
        steps << word.left(i);
    for (int i = int(word.size()) - 1; i >= 0; --i)
        steps << word.left(i);
    steps << QStringLiteral("SUB-1") << QStringLiteral("sub-1-") << QStringLiteral("ub-1-2");
    for (const QString &text : std::as_const(steps)) {
        typed.setText(text);
        SubscriptionFilterProxyModel fresh;
        fresh.setSourceModel(&source);
        fresh.sort(AffectedSubscriptionModel::DaysLeftColumn, Qt::DescendingOrder);
        fresh.setMarket(QStringLiteral("GB"));
        fresh.setText(text);
        ASSERT_EQ(column(typed, 0, AffectedSubscriptionModel::SubscriptionIdRole),
                  column(fresh, 0, AffectedSubscriptionModel::SubscriptionIdRole))
            << text.toStdString();
    }
    typed.setText(QString());
    EXPECT_EQ(typed.rowCount(), 300); // 150 GB customers x 2 retired
}

TEST_F(CustomerProxyTest, AnnouncesALayoutChangeOnlyWhenTheRowsChange)
{
    QSignalSpy about(&proxy, &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy changed(&proxy, &QAbstractItemModel::layoutChanged);
    proxy.setText(QStringLiteral(".")); // every shown customer's domain has a dot: same rows
    EXPECT_EQ(proxy.rowCount(), 3);
    EXPECT_EQ(about.count(), 0);
    EXPECT_EQ(changed.count(), 0);
    proxy.setText(QStringLiteral("contoso"));
    EXPECT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(about.count(), 1);
    EXPECT_EQ(changed.count(), 1);
    proxy.sort(CustomerTableModel::CustomerColumn, Qt::DescendingOrder); // one row: same order
    EXPECT_EQ(changed.count(), 1);
    proxy.setText(QString());
    EXPECT_EQ(changed.count(), 2);
}

namespace {

// Counts which source rows the base class tests; only rows [2, 4) can pass.
class RangeProxy final : public TableFilterProxyModel
{
public:
    mutable QList<int> tested;
    int replaced = 0;

protected:
    bool acceptsSourceRow(int sourceRow) const override
    {
        tested << sourceRow;
        return true;
    }
    std::optional<RowRange> candidateRows() const override { return RowRange{2, 4}; }
    void sourceRowsReplaced() override { ++replaced; }
};

// Shows nothing until `show` is set; counts the sort keys asked for.
class LazyProxy final : public TableFilterProxyModel
{
public:
    bool show = false;
    mutable int keyRequests = 0;
    void refilter() { invalidateRows(); }

protected:
    bool acceptsSourceRow(int) const override { return show; }
    std::vector<qint64> sortKeys(int column) const override
    {
        ++keyRequests;
        return TableFilterProxyModel::sortKeys(column);
    }
};

// One customer whose subscription ids are of every kind: upper-case, non-ASCII, lower-case GUID,
// upper-case GUID, lower-case but not a GUID.
ScanSnapshot oddIdSnapshot()
{
    const QString retired = builtInCatalogue().entries().first().name;
    CustomerRecord customer;
    customer.id = QStringLiteral("c-odd");
    customer.companyName = QStringLiteral("Odd Ids");
    customer.domain = QStringLiteral("odd.example");
    for (const QString &id :
         {QStringLiteral("ABC-DEF-1"), QStringLiteral("SUB-\u00C91"),
          QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"),
          QStringLiteral("7C9E6679-7425-40DE-944B-E07FC1F90AE7"), QStringLiteral("box-1")})
        customer.subscriptions << test::subscription(id, retired, 1, QStringLiteral("active"), false,
                                                     QDate(2027, 1, 1));
    ScanSnapshot snapshot;
    snapshot.customers << customer;
    return snapshot;
}

} // namespace

// A full filter pass tests only the candidate rows, and a source reset tells the subclass first.
TEST(TableProxyCandidates, TestsOnlyTheCandidateRows)
{
    QStringListModel source({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                             QStringLiteral("d"), QStringLiteral("e")});
    RangeProxy proxy;
    proxy.setSourceModel(&source);
    EXPECT_EQ(proxy.tested, (QList<int>{2, 3}));
    EXPECT_EQ(column(proxy, 0), (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
    EXPECT_EQ(proxy.replaced, 1);
    proxy.tested.clear();
    source.setStringList({QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")});
    EXPECT_EQ(proxy.replaced, 2);
    EXPECT_EQ(proxy.tested, (QList<int>{2}));
    EXPECT_EQ(column(proxy, 0), QStringList{QStringLiteral("z")});
}

// The text is looked for in each field on its own: name, domain, offer, replacement, subscription id.
TEST_F(SubscriptionProxyTest, TextMatchesEachFieldInAnyCase)
{
    proxy.setText(QStringLiteral("CONTOSO.ONMICROSOFT")); // domain
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setText(QStringLiteral("zoË")); // name, non-ASCII
    EXPECT_EQ(column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole),
              QStringList{QStringLiteral("s-0200")});
    proxy.setText(QStringLiteral("S-000")); // ids: Contoso's two retired ones (s-0001 is not retired)
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setText(QStringLiteral("ltd\ncontoso")); // never across two fields
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST(SubscriptionProxyText, IdsOfEveryKindMatchInAnyCase)
{
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    AffectedSubscriptionModel source(builtInCatalogue(), clock);
    source.setSnapshot(oddIdSnapshot());
    SubscriptionFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    ASSERT_EQ(proxy.rowCount(), 5);
    proxy.setText(QStringLiteral("abc-def"));
    EXPECT_EQ(column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole),
              QStringList{QStringLiteral("ABC-DEF-1")});
    proxy.setText(QStringLiteral("sub-\u00E9")); // é finds É
    EXPECT_EQ(column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole),
              QStringList{QStringLiteral("SUB-\u00C91")});
    proxy.setText(QStringLiteral("def-2"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setText(QStringLiteral("D9CB-469F")); // a lower-case GUID, any case
    EXPECT_EQ(column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole),
              QStringList{QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e")});
    proxy.setText(QStringLiteral("7425-40de")); // an upper-case GUID
    EXPECT_EQ(column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole),
              QStringList{QStringLiteral("7C9E6679-7425-40DE-944B-E07FC1F90AE7")});
    proxy.setText(QStringLiteral("x-1")); // not a GUID character, in a lower-case id that is no GUID
    EXPECT_EQ(column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole),
              QStringList{QStringLiteral("box-1")});
}

// The customer filter tests only that customer's rows; its row ranges follow a new snapshot.
TEST(SubscriptionProxyCustomer, OneCustomersRowsAcrossSnapshots)
{
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    AffectedSubscriptionModel source(builtInCatalogue(), clock);
    source.setSnapshot(test::largeSnapshot(1000, 4));
    SubscriptionFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&source);
    proxy.setCustomerId(QStringLiteral("CUST-000777")); // any case
    EXPECT_EQ(column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole),
              (QStringList{QStringLiteral("sub-777-0"), QStringLiteral("sub-777-2")}));
    proxy.setCustomerId(QString()); // no customer selected
    EXPECT_EQ(proxy.rowCount(), 0);

    source.setSnapshot(test::largeSnapshot(10, 6)); // fewer customers, more rows each
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setCustomerId(QStringLiteral("cust-000007"));
    EXPECT_EQ(column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole),
              (QStringList{QStringLiteral("sub-7-0"), QStringLiteral("sub-7-2"), QStringLiteral("sub-7-4")}));
    proxy.setText(QStringLiteral("SUB-7-4"));
    EXPECT_EQ(column(proxy, 0, AffectedSubscriptionModel::SubscriptionIdRole),
              QStringList{QStringLiteral("sub-7-4")});
    proxy.setCustomerId(QStringLiteral("cust-000777")); // gone with the old snapshot
    EXPECT_EQ(proxy.rowCount(), 0);
}

// A proxy that shows no row does not sort: the keys are read when the first row is shown.
TEST(TableProxyLazySort, SortsWhenARowIsFirstShown)
{
    QStringListModel source({QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")});
    LazyProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&source);
    proxy.sort(0, Qt::AscendingOrder);
    EXPECT_EQ(proxy.rowCount(), 0);
    EXPECT_EQ(proxy.keyRequests, 0);
    proxy.show = true;
    proxy.refilter();
    EXPECT_EQ(proxy.keyRequests, 1);
    EXPECT_EQ(column(proxy, 0), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    proxy.sort(0, Qt::DescendingOrder); // same keys, other direction
    EXPECT_EQ(proxy.keyRequests, 1);
    EXPECT_EQ(column(proxy, 0), (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
}
