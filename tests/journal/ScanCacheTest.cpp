#include "journal/ScanCache.h"

#include "RawSqlite.h"
#include "ScanFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace om::journal::test {
namespace {

class ScanCacheTest : public ::testing::Test
{
protected:
    QString cachePath() const { return m_dir.filePath(QStringLiteral("scan-cache.sqlite")); }
    QTemporaryDir m_dir;
};

void expectSameSnapshot(const domain::ScanSnapshot &a, const domain::ScanSnapshot &b)
{
    EXPECT_EQ(a.scannedAt, b.scannedAt);
    EXPECT_EQ(a.environment, b.environment);
    ASSERT_EQ(a.customers.size(), b.customers.size());
    for (qsizetype i = 0; i < a.customers.size(); ++i) {
        const domain::CustomerRecord &x = a.customers.at(i);
        const domain::CustomerRecord &y = b.customers.at(i);
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.companyName, y.companyName);
        EXPECT_EQ(x.domain, y.domain);
        EXPECT_EQ(x.market, y.market);
        ASSERT_EQ(x.subscriptions.size(), y.subscriptions.size()) << qPrintable(x.id);
        for (qsizetype j = 0; j < x.subscriptions.size(); ++j) {
            const domain::SubscriptionRecord &s = x.subscriptions.at(j);
            const domain::SubscriptionRecord &t = y.subscriptions.at(j);
            EXPECT_EQ(s.id, t.id);
            EXPECT_EQ(s.offerId, t.offerId);
            EXPECT_EQ(s.offerName, t.offerName);
            EXPECT_EQ(s.friendlyName, t.friendlyName);
            EXPECT_EQ(s.status, t.status);
            EXPECT_EQ(s.unitType, t.unitType);
            EXPECT_EQ(s.etag, t.etag);
            EXPECT_EQ(s.orderId, t.orderId);
            EXPECT_EQ(s.parentSubscriptionId, t.parentSubscriptionId);
            EXPECT_EQ(s.quantity, t.quantity);
            EXPECT_EQ(s.autoRenewEnabled, t.autoRenewEnabled);
            EXPECT_EQ(s.commitmentEndDate, t.commitmentEndDate);
            EXPECT_EQ(s.creationDate, t.creationDate);
        }
    }
}

TEST_F(ScanCacheTest, MissingFileGivesAnEmptySnapshotAndCreatesNothing)
{
    ScanCache cache(cachePath());
    auto loaded = cache.load();
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().toString());
    EXPECT_TRUE(loaded->customers.isEmpty());
    EXPECT_FALSE(loaded->scannedAt.isValid());
    EXPECT_FALSE(QFileInfo::exists(cachePath()));
}

TEST_F(ScanCacheTest, RoundTripsEveryField)
{
    domain::ScanSnapshot s;
    s.scannedAt = QDateTime(QDate(2026, 11, 27), QTime(8, 15, 30, 456), Qt::UTC);
    s.environment = QStringLiteral("https://api.partnercenter.microsoft.com");
    domain::CustomerRecord c1;
    c1.id = QStringLiteral("0b6c1e1e-1111-4a4a-9c9c-aaaaaaaaaaaa");
    c1.companyName = QStringLiteral("Müller & Söhne GmbH — 東京支店 🚀");
    c1.domain = QStringLiteral("mueller.onmicrosoft.com");
    c1.market = QStringLiteral("DE");
    domain::SubscriptionRecord full;
    full.id = QStringLiteral("sub-1");
    full.offerId = QStringLiteral("CFQ7TTC0LH18:0001:CFQ7TTC0K971");
    full.offerName = QStringLiteral("Dynamics 365 Customer Service Professional (Qualified Offer)");
    full.friendlyName = QStringLiteral("Kundendienst – Lizenz «Basis»");
    full.status = QStringLiteral("active");
    full.unitType = QStringLiteral("Licenses");
    full.etag = QStringLiteral("W/\"datetime'2026-11-01T10:00:00.0966728Z'\"");
    full.orderId = QStringLiteral("order-1");
    full.parentSubscriptionId = QStringLiteral("parent-0");
    full.quantity = 25;
    full.autoRenewEnabled = true;
    full.commitmentEndDate = QDate(2027, 1, 31);
    full.creationDate = QDateTime(QDate(2025, 2, 1), QTime(16, 57, 15, 96), Qt::UTC);
    domain::SubscriptionRecord sparse; // empty strings, no dates, zero quantity
    sparse.id = QStringLiteral("sub-2");
    sparse.status = QStringLiteral("suspended");
    c1.subscriptions = {full, sparse};
    domain::CustomerRecord c2; // no subscriptions at all
    c2.id = QStringLiteral("cust-2");
    c2.companyName = QStringLiteral("Ωmega");
    s.customers = {c1, c2};

    ScanCache cache(cachePath());
    const Status saved = cache.save(s);
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().toString());
    auto loaded = ScanCache(cachePath()).load();
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().toString());
    expectSameSnapshot(loaded.value(), s);
    EXPECT_EQ(loaded->customers.at(0).subscriptions.at(1).quantity, 0);
    EXPECT_FALSE(loaded->customers.at(0).subscriptions.at(1).commitmentEndDate.isValid());
    EXPECT_FALSE(loaded->customers.at(0).subscriptions.at(1).creationDate.isValid());
}

TEST_F(ScanCacheTest, SaveReplacesThePreviousSnapshot)
{
    ScanCache cache(cachePath());
    ASSERT_TRUE(cache.save(makeSnapshot(30, 4)).ok());
    domain::ScanSnapshot smaller = makeSnapshot(3, 2);
    smaller.environment = QStringLiteral("second");
    smaller.customers[0].companyName = QStringLiteral("Renamed");
    ASSERT_TRUE(cache.save(smaller).ok());
    auto loaded = cache.load();
    ASSERT_TRUE(loaded.ok());
    expectSameSnapshot(loaded.value(), smaller);

    ASSERT_TRUE(cache.save(domain::ScanSnapshot()).ok());
    auto empty = cache.load();
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->customers.isEmpty());
    EXPECT_TRUE(empty->environment.isEmpty());
}

TEST_F(ScanCacheTest, ManyCustomersKeepTheirOrderAndSubscriptions)
{
    const domain::ScanSnapshot big = makeSnapshot(500, 10);
    ScanCache cache(cachePath());
    ASSERT_TRUE(cache.save(big).ok());
    auto loaded = cache.load();
    ASSERT_TRUE(loaded.ok());
    expectSameSnapshot(loaded.value(), big);
}

TEST_F(ScanCacheTest, DamagedCacheGivesAnErrorAndTheNextSaveReplacesIt)
{
    {
        QFile f(cachePath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, char(0x42)));
    }
    ScanCache cache(cachePath());
    auto loaded = cache.load();
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(loaded.error().message.contains(cachePath())) << qPrintable(loaded.error().message);
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("scan cache")));

    const domain::ScanSnapshot fresh = makeSnapshot(2, 2);
    const Status saved = cache.save(fresh);
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().toString());
    auto reloaded = cache.load();
    ASSERT_TRUE(reloaded.ok());
    expectSameSnapshot(reloaded.value(), fresh);
}

TEST_F(ScanCacheTest, ForeignSqliteFileIsAnErrorNotData)
{
    {
        RawSqlite raw(cachePath());
        ASSERT_EQ(raw.exec(QStringLiteral("CREATE TABLE something_else (x)")), QString());
    }
    ScanCache cache(cachePath());
    auto loaded = cache.load();
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("format")))
        << qPrintable(loaded.error().message);
}

TEST_F(ScanCacheTest, DefaultPathIsInTheAppDataFolder)
{
    auto path = ScanCache::defaultPath();
    ASSERT_TRUE(path.ok());
    EXPECT_EQ(QFileInfo(path.value()).fileName(), QStringLiteral("scan-cache.sqlite"));
    EXPECT_EQ(QFileInfo(path.value()).absolutePath(),
              QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).absolutePath());
}

} // namespace
} // namespace om::journal::test
