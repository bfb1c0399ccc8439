#include "domain/AffectedIndex.h"

#include "DomainFixtures.h"
#include "common/Clock.h"
#include "domain/AffectedSubscriptionModel.h"
#include "domain/CustomerTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>
#include <memory>

using namespace om;
using namespace om::domain;
using om::domain::test::builtInCatalogue;

namespace {

// Every cell of every role the views read, as text: two models showing the same must give the same.
QStringList cells(const QAbstractItemModel &model)
{
    const int roles[] = {Qt::DisplayRole,  Qt::ToolTipRole,  Qt::AccessibleTextRole, Qt::UserRole + 1,
                         Qt::UserRole + 2, Qt::UserRole + 3, Qt::UserRole + 4,       Qt::UserRole + 5,
                         Qt::UserRole + 6, Qt::UserRole + 7};
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (const int role : roles)
                out.append(model.data(model.index(row, column), role).toString());
        }
    }
    return out;
}

} // namespace

TEST(AffectedIndex, ListsEveryRetiredSubscriptionInSnapshotOrder)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    const ScanSnapshot snapshot = test::sampleSnapshot();
    const AffectedIndex index(snapshot, catalogue);

    // Contoso: s-0003 and s-0002 (not the Office 365 E3 before them); Adatum: s-0100; Émile: s-0200;
    // Fabrikam: nothing (a look-alike name).
    ASSERT_EQ(index.size(), 4);
    const QStringList expected = {QStringLiteral("s-0003"), QStringLiteral("s-0002"),
                                  QStringLiteral("s-0100"), QStringLiteral("s-0200")};
    for (int e = 0; e < index.size(); ++e) {
        const AffectedIndex::Entry &entry = index.entries().at(e);
        const SubscriptionRecord &subscription =
            snapshot.customers.at(entry.customer).subscriptions.at(entry.subscription);
        EXPECT_EQ(subscription.id, expected.at(e));
        EXPECT_EQ(entry.offer, catalogue.match(subscription)) << subscription.id.toStdString();
        EXPECT_NE(entry.offer, nullptr);
    }
    EXPECT_EQ(index.begin(0), 0);
    EXPECT_EQ(index.end(0), 2);
    EXPECT_EQ(index.begin(1), 2);
    EXPECT_EQ(index.end(1), 3);
    EXPECT_EQ(index.begin(2), 3);
    EXPECT_EQ(index.end(2), 4);
    EXPECT_EQ(index.begin(3), 4); // Fabrikam: an empty range
    EXPECT_EQ(index.end(3), 4);

    EXPECT_TRUE(index.fits(snapshot));
    ScanSnapshot fewer = snapshot;
    fewer.customers.removeLast();
    EXPECT_FALSE(index.fits(fewer));
    ScanSnapshot more = snapshot;
    const SubscriptionRecord again = more.customers.at(1).subscriptions.constFirst();
    more.customers[1].subscriptions.append(again);
    EXPECT_FALSE(index.fits(more));

    const AffectedIndex empty;
    EXPECT_EQ(empty.size(), 0);
    EXPECT_TRUE(empty.fits(ScanSnapshot{}));
    EXPECT_FALSE(empty.fits(snapshot));
}

class SharedIndexModels : public ::testing::Test
{
protected:
    // A model given `index` with the snapshot and the sample progress (watched by a model tester as long as
    // it lives), and one that matched for itself.
    template<typename Model>
    struct Compared
    {
        std::unique_ptr<Model> shared;
        std::unique_ptr<QAbstractItemModelTester> tester;
        std::unique_ptr<Model> alone;
    };

    // Both models' every cell the same, `rows` rows.
    template<typename Model>
    Compared<Model> expectSameAsAlone(const ScanSnapshot &snapshot, const AffectedIndex &index, int rows)
    {
        Compared<Model> models;
        models.shared = std::make_unique<Model>(builtInCatalogue(), clock);
        models.tester = std::make_unique<QAbstractItemModelTester>(
            models.shared.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        models.shared->setSnapshot(snapshot, test::sampleProgress(), index);
        models.alone = std::make_unique<Model>(builtInCatalogue(), clock);
        models.alone->setSnapshot(snapshot, test::sampleProgress());
        EXPECT_EQ(models.shared->rowCount(), rows);
        EXPECT_EQ(cells(*models.shared), cells(*models.alone));
        return models;
    }

    test::DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
};

TEST_F(SharedIndexModels, ShowTheSameAsModelsThatMatchForThemselves)
{
    const ScanSnapshot snapshot = test::sampleSnapshot();
    const AffectedIndex index(snapshot, builtInCatalogue());
    expectSameAsAlone<CustomerTableModel>(snapshot, index, 4);
    const auto subscriptions = expectSameAsAlone<AffectedSubscriptionModel>(snapshot, index, 4);
    EXPECT_EQ(subscriptions.shared->rowOfSubscription(QStringLiteral("s-0100")),
              subscriptions.alone->rowOfSubscription(QStringLiteral("s-0100")));
    EXPECT_GE(subscriptions.shared->rowOfSubscription(QStringLiteral("s-0100")), 0);
    EXPECT_EQ(subscriptions.shared->rowOfSubscription(QStringLiteral("s-0001")), -1); // not retired
}

TEST_F(SharedIndexModels, AnIndexOfAnotherSnapshotIsNotUsed)
{
    const AffectedIndex other(test::largeSnapshot(3, 2), builtInCatalogue());
    expectSameAsAlone<CustomerTableModel>(test::sampleSnapshot(), other, 4);
    expectSameAsAlone<AffectedSubscriptionModel>(test::sampleSnapshot(), other, 4);
}

// The customer table finds a subscription's row from a map it builds on first use: customers a scan
// replaced or added before and after that must be found in their rows, and replaced ones' old
// subscriptions no longer.
TEST_F(SharedIndexModels, ProgressReachesCustomersAScanReplacedOrAdded)
{
    const OfferCatalogue &catalogue = builtInCatalogue();
    CustomerTableModel model(catalogue, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const ScanSnapshot snapshot = test::sampleSnapshot();
    model.setSnapshot(snapshot, {}, AffectedIndex(snapshot, catalogue));

    const QString sales =
        QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)");
    // Before the map exists: Fabrikam now has a retired subscription, and a new customer comes.
    CustomerRecord fabrikam = snapshot.customers.at(3);
    fabrikam.subscriptions.append(test::subscription(QStringLiteral("s-0301"), sales, 7,
                                                     QStringLiteral("active"), false, QDate(2027, 2, 1)));
    CustomerRecord northwind;
    northwind.id = QStringLiteral("c-0005");
    northwind.companyName = QStringLiteral("Northwind");
    northwind.subscriptions.append(test::subscription(QStringLiteral("s-0400"), sales, 2,
                                                      QStringLiteral("active"), false, QDate(2027, 3, 1)));
    model.upsertCustomers({fabrikam, northwind});
    ASSERT_EQ(model.rowCount(), 5);

    MigrationProgress failed;
    failed.state = MigrationState::Failed;
    failed.lastError = QStringLiteral("stopped");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateProgress(QStringLiteral("s-0301"), failed); // builds the map
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), model.rowOfCustomer(QStringLiteral("c-0004")));
    EXPECT_EQ(model.rowData(model.rowOfCustomer(QStringLiteral("c-0004"))).state, MigrationState::Failed);
    model.updateProgress(QStringLiteral("s-0400"), failed);
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.at(1).at(0).toModelIndex().row(), model.rowOfCustomer(QStringLiteral("c-0005")));

    // After: Contoso loses s-0002 and gains s-0005; progress of the old one reaches no row.
    CustomerRecord contoso = snapshot.customers.at(0);
    contoso.subscriptions.removeLast();
    contoso.subscriptions.append(test::subscription(QStringLiteral("s-0005"), sales, 1,
                                                    QStringLiteral("active"), false, QDate(2027, 4, 1)));
    model.upsertCustomer(contoso);
    changed.clear();
    model.updateProgress(QStringLiteral("s-0002"), failed);
    EXPECT_EQ(changed.count(), 0);
    model.updateProgress(QStringLiteral("s-0005"), failed);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), model.rowOfCustomer(QStringLiteral("c-0001")));
    EXPECT_EQ(model.rowData(model.rowOfCustomer(QStringLiteral("c-0001"))).state, MigrationState::Failed);
}
