#pragma once

#include "domain/MigrationProgress.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace om::domain {

// The journal's progress by subscription id, for asking about every subscription of a snapshot: at start
// 100,000 are asked about and most have no progress. A table of 65,536 bits, one set for each id in the
// map (from its length and last characters), says "not there" for nearly all of those without hashing
// the whole id; the ones it lets through are looked up in the map as before. Cheap to copy (shared map).
class ProgressLookup
{
public:
    ProgressLookup() = default;
    explicit ProgressLookup(MigrationProgressMap map);

    const MigrationProgressMap &map() const { return m_map; }
    // nullptr when the journal has nothing for the subscription. Valid until the next change.
    const MigrationProgress *find(const QString &subscriptionId) const;
    void insert(const QString &subscriptionId, const MigrationProgress &progress);

    static size_t bitOf(QStringView subscriptionId); // exposed for tests

private:
    void mark(QStringView subscriptionId);

    MigrationProgressMap m_map;
    std::vector<bool> m_mayHave; // empty while the map is
};

} // namespace om::domain
