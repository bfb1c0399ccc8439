#include "domain/ProgressLookup.h"

#include <algorithm>

namespace om::domain {

namespace {

constexpr int bits = 16;
constexpr size_t bitCount = size_t(1) << bits;

} // namespace

ProgressLookup::ProgressLookup(MigrationProgressMap map)
    : m_map(std::move(map))
{
    for (auto it = m_map.constBegin(); it != m_map.constEnd(); ++it)
        mark(it.key());
}

// The length and the last 8 characters (ids are GUIDs: their end is random), mixed by one multiplication.
size_t ProgressLookup::bitOf(QStringView subscriptionId)
{
    quint64 h = quint64(subscriptionId.size());
    const qsizetype from = std::max<qsizetype>(0, subscriptionId.size() - 8);
    for (qsizetype i = from; i < subscriptionId.size(); ++i)
        h = h * 31 + subscriptionId[i].unicode();
    return size_t((h * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
}

void ProgressLookup::mark(QStringView subscriptionId)
{
    if (m_mayHave.empty())
        m_mayHave.assign(bitCount, false);
    m_mayHave[bitOf(subscriptionId)] = true;
}

const MigrationProgress *ProgressLookup::find(const QString &subscriptionId) const
{
    if (m_mayHave.empty() || !m_mayHave[bitOf(subscriptionId)])
        return nullptr;
    const auto it = m_map.constFind(subscriptionId);
    return it == m_map.constEnd() ? nullptr : &it.value();
}

void ProgressLookup::insert(const QString &subscriptionId, const MigrationProgress &progress)
{
    m_map.insert(subscriptionId, progress);
    mark(subscriptionId);
}

} // namespace om::domain
