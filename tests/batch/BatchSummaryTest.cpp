// BatchSummary from a journal: per customer what was bought, moved, failed (with the reason), suspended and
// when it is de-provisioned; the CSV neutralises formulas like the report, the HTML escapes every text.

#include "batch/BatchSummary.h"

#include "batch/BatchStore.h"
#include "journal/Journal.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace om;
using journal::JournalState;

namespace {

class BatchSummaryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_journal.open(m_dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    }

    // A migration of `customer` walked to `to` with one moved and one failed user.
    qint64 migrate(const QString &customer, const QString &name, JournalState to)
    {
        journal::MigrationPlan p;
        p.customerId = customer;
        p.customerName = name;
        p.oldSubscriptionId = customer + QStringLiteral("-old");
        p.oldOfferName = QStringLiteral("Dynamics 365 Sales CRMOL Basic (Qualified Offer)");
        p.targetOfferId = QStringLiteral("CFQ7TTC0LH18:0001:0002");
        p.targetOfferName = QStringLiteral("Dynamics 365 Sales Enterprise");
        p.termDuration = QStringLiteral("P1Y");
        p.billingCycle = QStringLiteral("monthly");
        p.plannedQuantity = 2;
        const auto created = m_journal.createMigration(p);
        EXPECT_TRUE(created.ok());
        const qint64 id = created->id;
        journal::UserMove moved;
        moved.userId = QStringLiteral("u1");
        moved.upn = QStringLiteral("one@contoso.example");
        moved.state = journal::UserMoveState::Moved;
        EXPECT_TRUE(m_journal.upsertUserMove(id, moved).ok());
        journal::UserMove failed;
        failed.userId = QStringLiteral("u2");
        failed.upn = QStringLiteral("<b>two</b>@contoso.example");
        failed.state = journal::UserMoveState::Failed;
        failed.lastError = QStringLiteral("=HYPERLINK(\"http://x\") no usage location");
        EXPECT_TRUE(m_journal.upsertUserMove(id, failed).ok());
        const QList<JournalState> path{JournalState::Purchasing,  JournalState::Purchased,
                                       JournalState::Reassigning, JournalState::Reassigned,
                                       JournalState::Verifying,   JournalState::Verified,
                                       JournalState::Suspending,  JournalState::Suspended};
        for (JournalState s : path) {
            journal::MigrationUpdate u;
            if (s == JournalState::Purchased) {
                u.orderId = QStringLiteral("order-") + customer;
                u.newSubscriptionId = QStringLiteral("new-") + customer;
            }
            if (s == JournalState::Suspended)
                u.deprovisionDate = QDate(2027, 4, 1);
            const auto moved2 = m_journal.transition(id, s, u);
            EXPECT_TRUE(moved2.ok()) << moved2.error().toString().toStdString();
            if (s == to)
                break;
        }
        return id;
    }

    SystemClock m_clock;
    QTemporaryDir m_dir;
    journal::Journal m_journal{m_clock};
};

TEST_F(BatchSummaryTest, CsvListsEveryCustomerWithFormulasNeutralised)
{
    migrate(QStringLiteral("c1"), QStringLiteral("=cmd|' /C calc'!A0"), JournalState::Suspended);
    migrate(QStringLiteral("c2"), QStringLiteral("Contoso, Ltd"), JournalState::Verified);
    const auto summary = batch::BatchSummary::collect(
        m_journal, {QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")},
        {{QStringLiteral("c3"), QStringLiteral("Never Started")}});
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->customers(), 3);
    EXPECT_EQ(summary->bought(), 2);
    EXPECT_EQ(summary->usersMoved(), 2);
    EXPECT_EQ(summary->usersFailed(), 2);
    EXPECT_EQ(summary->suspended(), 1);

    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    ASSERT_TRUE(summary->writeCsv(buffer, true).ok());
    const QByteArray csv = buffer.data();
    EXPECT_TRUE(csv.startsWith(QByteArray("\xEF\xBB\xBF" + batch::BatchSummary::csvHeader() + "\r\n")));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    ASSERT_EQ(lines.size(), 5); // header, 3 rows, the empty piece after the last CRLF
    EXPECT_TRUE(lines.at(1).startsWith("c1,'=cmd|' /C calc'!A0,c1-old,")) << lines.at(1).constData();
    EXPECT_TRUE(lines.at(1).contains(",order-c1,new-c1,suspended,1,1,")) << lines.at(1).constData();
    EXPECT_TRUE(lines.at(1).contains(
        "\"<b>two</b>@contoso.example: =HYPERLINK(\"\"http://x\"\") no usage location\""))
        << lines.at(1).constData();
    EXPECT_TRUE(lines.at(1).contains(",true,")) << lines.at(1).constData();
    EXPECT_TRUE(lines.at(1).contains(",2027-04-01,")) << lines.at(1).constData();
    EXPECT_TRUE(lines.at(2).startsWith("c2,\"Contoso, Ltd\",")) << lines.at(2).constData();
    EXPECT_TRUE(lines.at(2).contains(",verified,1,1,")) << lines.at(2).constData();
    EXPECT_TRUE(lines.at(3).startsWith("c3,Never Started,,")) << lines.at(3).constData();
    EXPECT_TRUE(lines.at(3).contains(",not_started,0,0,")) << lines.at(3).constData();
    for (int i = 0; i < 4; ++i)
        EXPECT_TRUE(lines.at(i).endsWith('\r'));

    const QString path = m_dir.filePath(QStringLiteral("summary.csv"));
    ASSERT_TRUE(summary->writeCsvFile(path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), csv.mid(3));
}

TEST_F(BatchSummaryTest, PrintableSummaryNamesPartnerDateAndOperatorAndEscapesEverything)
{
    migrate(QStringLiteral("c1"), QStringLiteral("<script>alert(1)</script>"), JournalState::Suspended);
    const auto summary = batch::BatchSummary::collect(m_journal, {QStringLiteral("c1")});
    ASSERT_TRUE(summary.ok());
    batch::SummaryHeader header;
    header.partnerName = QStringLiteral("Fabrikam & Partners");
    header.operatorName = QStringLiteral("anna");
    header.generatedAt = QDateTime(QDate(2026, 12, 4), QTime(10, 30), Qt::UTC);
    header.batchId = QStringLiteral("batch-1");
    const QString html = summary->toHtml(header);
    EXPECT_TRUE(html.contains(QLatin1String("Fabrikam &amp; Partners")));
    EXPECT_TRUE(html.contains(QLatin1String("anna")));
    EXPECT_TRUE(html.contains(QLatin1String("2026-12-04T10:30:00Z")));
    EXPECT_TRUE(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    EXPECT_FALSE(html.contains(QLatin1String("<script>")));
    EXPECT_TRUE(html.contains(QLatin1String("&lt;b&gt;two&lt;/b&gt;@contoso.example")));
    EXPECT_FALSE(html.contains(QLatin1String("<b>two")));
    EXPECT_TRUE(html.contains(QLatin1String("2027-04-01")));
    EXPECT_TRUE(html.contains(QLatin1String("order-c1")));
    const QString path = m_dir.filePath(QStringLiteral("summary.html"));
    ASSERT_TRUE(summary->writeHtmlFile(path, header).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), html);
}

TEST(BatchStoreTest, SavesAtomicallyAndReadsBackAndRefusesADamagedFile)
{
    QTemporaryDir dir;
    const batch::BatchStore store(
        batch::BatchStore::pathForJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    auto none = store.load();
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
    batch::StoredBatch b;
    b.id = QStringLiteral("id-1");
    b.confirmedAt = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
    b.operatorName = QStringLiteral("anna");
    b.stopBeforeSuspend = false;
    b.customerIds = {QStringLiteral("c1"), QStringLiteral("c2")};
    b.customerNames.insert(QStringLiteral("c1"), QStringLiteral("Contoso"));
    batch::BatchOverride o;
    o.seats = 7;
    o.excluded = true;
    b.overrides.insert(QStringLiteral("c1/s1"), o);
    b.state = batch::StoredBatch::State::Paused;
    ASSERT_TRUE(store.save(b).ok());
    const auto back = store.load();
    ASSERT_TRUE(back.ok() && back->has_value());
    const batch::StoredBatch &r = back->value();
    EXPECT_EQ(r.id, b.id);
    EXPECT_EQ(r.confirmedAt, b.confirmedAt);
    EXPECT_EQ(r.customerIds, b.customerIds);
    EXPECT_EQ(r.customerNames.value(QStringLiteral("c1")), QStringLiteral("Contoso"));
    EXPECT_EQ(r.overrides.value(QStringLiteral("c1/s1")).seats, 7);
    EXPECT_TRUE(r.overrides.value(QStringLiteral("c1/s1")).excluded);
    EXPECT_FALSE(r.stopBeforeSuspend);
    EXPECT_EQ(r.state, batch::StoredBatch::State::Paused);
    EXPECT_TRUE(r.isResumable());

    QFile damaged(store.path());
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("{\"format\": 1, \"id\": ");
    damaged.close();
    const auto bad = store.load();
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(bad.error().context.contains(store.path()));
}

} // namespace
