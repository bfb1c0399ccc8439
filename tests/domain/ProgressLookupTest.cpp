#include "domain/ProgressLookup.h"

#include "DomainFixtures.h"

#include <gtest/gtest.h>
#include <set>

using namespace om;
using namespace om::domain;

TEST(ProgressLookup, FindsWhatTheMapHoldsAndNothingElse)
{
    const ProgressLookup empty;
    EXPECT_EQ(empty.find(QStringLiteral("s-0001")), nullptr);

    MigrationProgressMap map = test::sampleProgress();
    ProgressLookup lookup(map);
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const MigrationProgress *found = lookup.find(it.key());
        ASSERT_NE(found, nullptr) << it.key().toStdString();
        EXPECT_EQ(found->state, it->state);
        EXPECT_EQ(found->lastError, it->lastError);
    }
    // Ids the map does not hold.
    for (const QString &id : {QStringLiteral("s-0001"), QStringLiteral("s-0002"), QStringLiteral("x-0003"),
                              QStringLiteral("s-00030"), QString()})
        EXPECT_EQ(lookup.find(id), nullptr) << id.toStdString();

    MigrationProgress later;
    later.state = MigrationState::Reassigning;
    lookup.insert(QStringLiteral("s-0002"), later);
    ASSERT_NE(lookup.find(QStringLiteral("s-0002")), nullptr);
    EXPECT_EQ(lookup.find(QStringLiteral("s-0002"))->state, MigrationState::Reassigning);
    EXPECT_EQ(lookup.map().size(), map.size() + 1);
    EXPECT_EQ(map.size(), 3); // the caller's map is not changed

    // From empty; an id of the same length and ending shares the bit and is then answered by the map.
    ProgressLookup fromEmpty;
    fromEmpty.insert(QStringLiteral("aa-12345678"), later);
    ASSERT_NE(fromEmpty.find(QStringLiteral("aa-12345678")), nullptr);
    EXPECT_EQ(ProgressLookup::bitOf(u"aa-12345678"), ProgressLookup::bitOf(u"bb-12345678"));
    EXPECT_EQ(fromEmpty.find(QStringLiteral("bb-12345678")), nullptr);
}

TEST(ProgressLookup, MostIdsNotInTheMapAreAnsweredByTheBitsAlone)
{
    // 1,000 GUID-like ids in the table: they spread over the bits, so a fresh id is nearly always answered
    // by the bits alone (about 1.5% go on to the map).
    MigrationProgressMap many;
    std::set<size_t> marked;
    for (int i = 0; i < 1000; ++i) {
        const QString id =
            QStringLiteral("00000000-0000-4000-8000-%1").arg(i * 7919, 12, 16, QLatin1Char('0'));
        many.insert(id, {});
        marked.insert(ProgressLookup::bitOf(id));
    }
    EXPECT_GT(marked.size(), size_t(950));
    const ProgressLookup big(many);
    int through = 0;
    for (int i = 0; i < 10000; ++i) {
        const QString id =
            QStringLiteral("11111111-2222-4333-8444-%1").arg(i * 104729 + 3, 12, 16, QLatin1Char('0'));
        EXPECT_EQ(big.find(id), nullptr);
        through += marked.count(ProgressLookup::bitOf(id)) > 0 ? 1 : 0;
    }
    EXPECT_LT(through, 500);
    for (auto it = many.constBegin(); it != many.constEnd(); ++it)
        EXPECT_NE(big.find(it.key()), nullptr);
}
