// The market catalogue shared by a batch's plans (engine/CatalogueCache): one request per market and item,
// shared while in flight, answered later from what it kept, never keeping a failure, and nothing delivered
// to a receiver that is gone. Against the sandbox over HTTP, every attempt counted on the wire.

#include "engine/CatalogueCache.h"

#include "tests/engine/EngineFixture.h"
#include "tests/support/CountingNetwork.h"
#include "tests/support/WaitUntil.h"

#include <memory>
#include <optional>

using namespace om;
using namespace om::test;

namespace {

class CatalogueCacheTest : public EngineFixture
{
protected:
    void SetUp() override
    {
        EngineFixture::SetUp();
        m_countedClient = clientOn(&m_counting);
        m_cache = std::make_unique<engine::CatalogueCache>(*m_countedClient);
    }
    void TearDown() override
    {
        m_cache.reset();
        m_countedClient.reset();
        EngineFixture::TearDown();
    }

    int productReads() const { return m_counting.count(QStringLiteral("GET /v1/products")); }

    CountingNetwork m_counting;
    std::unique_ptr<pc::PartnerCenterClient> m_countedClient;
    std::unique_ptr<engine::CatalogueCache> m_cache;
    QObject m_receiver;
};

TEST_F(CatalogueCacheTest, PlansAskingTogetherShareOneRequest)
{
    std::optional<pc::Reply<QList<pc::Product>>> first;
    std::optional<pc::Reply<QList<pc::Product>>> second;
    m_cache->products(QStringLiteral("IT"), &m_receiver, [&](const auto &r) { first = r; });
    m_cache->products(QStringLiteral("it"), &m_receiver, [&](const auto &r) { second = r; }); // same market
    ASSERT_TRUE(waitUntil([&]() { return first && second; }, 10000));
    ASSERT_TRUE(first->result.ok()) << first->result.error().toString().toStdString();
    ASSERT_TRUE(second->result.ok());
    EXPECT_FALSE(first->result->isEmpty());
    EXPECT_EQ(first->result->size(), second->result->size());
    EXPECT_EQ(productReads(), 1);
    EXPECT_EQ(m_cache->requestsSent(), 1);
}

TEST_F(CatalogueCacheTest, ALaterPlanIsAnsweredFromTheCacheButNeverWhileItAsks)
{
    std::optional<pc::Reply<QList<pc::Product>>> first;
    m_cache->products(QStringLiteral("IT"), &m_receiver, [&](const auto &r) { first = r; });
    ASSERT_TRUE(waitUntil([&]() { return first.has_value(); }, 10000));

    std::optional<pc::Reply<QList<pc::Product>>> later;
    m_cache->products(QStringLiteral("IT"), &m_receiver, [&](const auto &r) { later = r; });
    EXPECT_FALSE(later.has_value()) << "answered inside the call, unlike the client";
    ASSERT_TRUE(waitUntil([&]() { return later.has_value(); }, 10000));
    ASSERT_TRUE(later->result.ok());
    EXPECT_EQ(later->result->size(), first->result->size());
    EXPECT_EQ(productReads(), 1);

    // Another market is another read.
    std::optional<pc::Reply<QList<pc::Product>>> other;
    m_cache->products(QStringLiteral("US"), &m_receiver, [&](const auto &r) { other = r; });
    ASSERT_TRUE(waitUntil([&]() { return other.has_value(); }, 10000));
    EXPECT_EQ(productReads(), 2);
}

TEST_F(CatalogueCacheTest, SkusAndAvailabilitiesAreKeptPerProductAndSku)
{
    const QString product = sandbox::nce::SalesProfessionalProduct;
    int answered = 0;
    int availabilities = 0;
    for (int plan = 0; plan < 3; ++plan) {
        m_cache->skus(QStringLiteral("IT"), product, &m_receiver,
                      [&](const pc::Reply<QList<pc::CatalogSku>> &r) {
                          ++answered;
                          ASSERT_TRUE(r.result.ok());
                      });
        m_cache->availabilities(QStringLiteral("IT"), product.toLower(), sandbox::nce::MainSku, &m_receiver,
                                [&](const pc::Reply<QList<pc::Availability>> &r) {
                                    ASSERT_TRUE(r.result.ok());
                                    availabilities += int(r.result->size());
                                });
    }
    ASSERT_TRUE(waitUntil([&]() { return answered == 3 && availabilities > 0; }, 10000));
    ASSERT_TRUE(waitUntil([&]() { return availabilities % 3 == 0; }, 10000));
    EXPECT_EQ(m_counting.count(QRegularExpression(QStringLiteral("^GET /v1/products/[^/]+/skus$"))), 1)
        << m_counting.breakdown().toStdString();
    EXPECT_EQ(m_counting.count(QRegularExpression(QStringLiteral("/availabilities$"))), 1)
        << m_counting.breakdown().toStdString();
}

TEST_F(CatalogueCacheTest, AFailedReadIsNotKept)
{
    std::optional<pc::Reply<QList<pc::CatalogSku>>> failed;
    m_cache->skus(QStringLiteral("IT"), QStringLiteral("CFQ7TTC0NONE"), &m_receiver,
                  [&](const auto &r) { failed = r; });
    ASSERT_TRUE(waitUntil([&]() { return failed.has_value(); }, 10000));
    ASSERT_FALSE(failed->result.ok()) << "the sandbox sold a product that does not exist";

    std::optional<pc::Reply<QList<pc::CatalogSku>>> again;
    m_cache->skus(QStringLiteral("IT"), QStringLiteral("CFQ7TTC0NONE"), &m_receiver,
                  [&](const auto &r) { again = r; });
    ASSERT_TRUE(waitUntil([&]() { return again.has_value(); }, 10000));
    EXPECT_FALSE(again->result.ok());
    EXPECT_EQ(m_cache->requestsSent(), 2) << "a failure was answered from the cache";
}

TEST_F(CatalogueCacheTest, AReceiverThatIsGoneHearsNothingAndTheOthersStillDo)
{
    auto gone = std::make_unique<QObject>();
    bool goneCalled = false;
    std::optional<pc::Reply<QList<pc::Offer>>> kept;
    m_cache->offers(QStringLiteral("IT"), gone.get(), [&](const auto &) { goneCalled = true; });
    m_cache->offers(QStringLiteral("IT"), &m_receiver, [&](const auto &r) { kept = r; });
    gone.reset(); // e.g. a plan cancelled while the read is out
    ASSERT_TRUE(waitUntil([&]() { return kept.has_value(); }, 10000));
    EXPECT_TRUE(kept->result.ok());
    EXPECT_FALSE(goneCalled);

    // From the cache, too: the answer is queued to the receiver, which goes before it is delivered.
    auto later = std::make_unique<QObject>();
    m_cache->offers(QStringLiteral("IT"), later.get(), [&](const auto &) { goneCalled = true; });
    later.reset();
    std::optional<pc::Reply<QList<pc::Offer>>> last;
    m_cache->offers(QStringLiteral("IT"), &m_receiver, [&](const auto &r) { last = r; });
    ASSERT_TRUE(waitUntil([&]() { return last.has_value(); }, 10000));
    EXPECT_FALSE(goneCalled);
    EXPECT_EQ(m_counting.count(QStringLiteral("GET /v1/offers")), 1);
}

} // namespace
