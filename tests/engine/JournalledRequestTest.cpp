// Issue 18.3: the journal records the client's own request. Every write that reaches Partner Center (the
// sandbox) during a migration was recorded before it arrived, with the same method, path and body, and
// the journal holds the ids it is about (cart, subscription, user) as typed fields.

#include "partnercenter/WriteRequest.h"
#include "tests/engine/EngineFixture.h"

#include <QCryptographicHash>
#include <QUrl>

using namespace om;
using namespace om::test;

namespace {

using JournalledRequestTest = EngineFixture;

struct Arrived
{
    sandbox::SandboxRequest request;
    bool recordedBefore = false; // a pending journal write had its MS-RequestId when it arrived
};

TEST_F(JournalledRequestTest, EveryWriteSentIsTheOneTheJournalRecordedWithItsIds)
{
    const QStringList customers = cleanCustomers(1, 1, false);
    ASSERT_FALSE(customers.isEmpty());
    const QString cid = customers.first();
    QList<Arrived> arrived;
    QObject receiver;
    QObject::connect(&server(), &sandbox::SandboxServer::requestArrived, &receiver,
                     [&](const sandbox::SandboxRequest &r) {
                         if (r.method == "GET")
                             return;
                         Arrived a{r, false};
                         const QString id = QString::fromLatin1(r.header("ms-requestid"));
                         if (const auto pending = m_journal->pendingWrites()) {
                             for (const journal::WriteRequest &w : pending.value())
                                 a.recordedBefore = a.recordedBefore || w.requestId == id;
                         }
                         arrived.append(a);
                     });
    auto engine = newEngine();
    engine::MigrationRequest request;
    request.customerId = cid;
    ASSERT_TRUE(plan(*engine, request).ok);
    const engine::SubscriptionPlan p = engine->currentPlan().subscriptions.first();
    const auto done = runAll(*engine);
    ASSERT_TRUE(done.ok) << done.summary.toStdString();

    const auto rec = m_journal->findMigration(cid, p.oldSubscription.id);
    ASSERT_TRUE(rec.ok() && rec.value().has_value());
    const journal::MigrationRecord &m = *rec.value();
    const auto writes = m_journal->writes(m.id);
    ASSERT_TRUE(writes.ok());
    ASSERT_FALSE(arrived.isEmpty());
    QSet<QString> kinds;
    for (const Arrived &a : std::as_const(arrived)) {
        const QString id = QString::fromLatin1(a.request.header("ms-requestid"));
        EXPECT_TRUE(a.recordedBefore) << a.request.path.toStdString() << " arrived before it was journalled";
        const auto w = std::find_if(writes->cbegin(), writes->cend(),
                                    [&](const journal::WriteRequest &x) { return x.requestId == id; });
        ASSERT_NE(w, writes->cend()) << a.request.path.toStdString() << " was never journalled";
        kinds.insert(journal::writeKindToken(w->kind));
        EXPECT_EQ(w->method, QString::fromLatin1(a.request.method));
        EXPECT_EQ(QUrl::fromPercentEncoding(w->path.toUtf8()), a.request.path);
        EXPECT_EQ(w->bodySha256, QCryptographicHash::hash(a.request.body, QCryptographicHash::Sha256).toHex())
            << w->path.toStdString();
        switch (w->kind) {
        case journal::WriteKind::Checkout:
            EXPECT_EQ(w->cartId, m.cartId);
            EXPECT_FALSE(m.cartId.isEmpty());
            EXPECT_EQ(w->path, pc::checkoutWrite(cid, m.cartId).path());
            break;
        case journal::WriteKind::SuspendPatch:
            EXPECT_EQ(w->subscriptionId, p.oldSubscription.id);
            break;
        case journal::WriteKind::LicenseUpdate:
            EXPECT_TRUE(a.request.path.contains(w->key)) << "key: the user id";
            break;
        default:
            EXPECT_TRUE(w->cartId.isEmpty());
            EXPECT_TRUE(w->subscriptionId.isEmpty());
        }
    }
    EXPECT_TRUE(kinds.contains(journal::writeKindToken(journal::WriteKind::CreateCart)));
    EXPECT_TRUE(kinds.contains(journal::writeKindToken(journal::WriteKind::Checkout)));
    EXPECT_TRUE(kinds.contains(journal::writeKindToken(journal::WriteKind::LicenseUpdate)));
    EXPECT_TRUE(kinds.contains(journal::writeKindToken(journal::WriteKind::SuspendPatch)));
}

TEST(WriteRequests, BuildPathsBodiesAndIdsOnce)
{
    const pc::WriteRequest checkout = pc::checkoutWrite(QStringLiteral("c 1"), QStringLiteral("cart-9"));
    EXPECT_EQ(checkout.method(), QStringLiteral("POST"));
    EXPECT_EQ(checkout.path(), QStringLiteral("/v1/customers/c%201/carts/cart-9/checkout"));
    EXPECT_EQ(checkout.body(), QByteArrayLiteral("{}"));
    EXPECT_EQ(checkout.ids.cartId, QStringLiteral("cart-9"));
    EXPECT_EQ(checkout.ids.customerId, QStringLiteral("c 1"));

    const pc::WriteRequest patch = pc::subscriptionPatchWrite(
        QStringLiteral("c1"), QStringLiteral("s1"),
        QJsonObject{{QStringLiteral("status"), QStringLiteral("suspended")}}, QStringLiteral("etag-1"));
    EXPECT_EQ(patch.method(), QStringLiteral("PATCH"));
    EXPECT_EQ(patch.path(), QStringLiteral("/v1/customers/c1/subscriptions/s1"));
    EXPECT_EQ(patch.body(), QByteArrayLiteral(R"({"status":"suspended"})"));
    EXPECT_EQ(patch.ids.subscriptionId, QStringLiteral("s1"));
    ASSERT_EQ(patch.request.headers.size(), 1);
    EXPECT_EQ(patch.request.headers.first().second, QByteArrayLiteral("\"etag-1\""));

    pc::Upgrade upgrade;
    upgrade.raw = QJsonObject{{QStringLiteral("quantity"), 3}};
    const pc::WriteRequest up = pc::upgradeWrite(QStringLiteral("c1"), QStringLiteral("s2"), upgrade);
    EXPECT_EQ(up.path(), QStringLiteral("/v1/customers/c1/subscriptions/s2/upgrades"));
    EXPECT_EQ(up.body(), QByteArrayLiteral(R"({"quantity":3})"));
    EXPECT_EQ(up.ids.subscriptionId, QStringLiteral("s2"));

    const pc::WriteRequest licence =
        pc::licenseUpdateWrite(QStringLiteral("c1"), QStringLiteral("u@x"), pc::LicenseUpdate());
    EXPECT_EQ(licence.path(), QStringLiteral("/v1/customers/c1/users/u%40x/licenseupdates"));
    EXPECT_EQ(licence.ids.userId, QStringLiteral("u@x"));
    EXPECT_TRUE(licence.ids.cartId.isEmpty());

    const pc::WriteRequest cart = pc::createCartWrite(QStringLiteral("c1"), {});
    EXPECT_EQ(cart.path(), QStringLiteral("/v1/customers/c1/carts"));
    EXPECT_TRUE(cart.ids.cartId.isEmpty());
}

} // namespace
