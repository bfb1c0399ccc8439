#include "sandbox/IdempotencyCache.h"

#include <QCryptographicHash>

namespace om::sandbox {

QByteArray IdempotencyCache::Key::flat() const
{
    return partnerTenantId.toUtf8() + '\n' + method + '\n' + path.toLower().toUtf8() + '\n' + requestId;
}

IdempotencyCache::IdempotencyCache(const Clock &clock, int windowHours)
    : m_clock(clock)
    , m_windowSecs(qint64(windowHours) * 3600)
{}

IdempotencyCache::Lookup IdempotencyCache::begin(const Key &key, const QByteArray &body, SandboxReply *stored)
{
    prune();
    const QByteArray hash = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    const QByteArray flat = key.flat();
    const auto it = m_entries.constFind(flat);
    if (it == m_entries.constEnd()) {
        Entry entry;
        entry.bodyHash = hash;
        entry.storedAt = m_clock.now();
        m_entries.insert(flat, entry);
        return Lookup::New;
    }
    if (it->bodyHash != hash)
        return Lookup::BodyMismatch;
    if (it->inFlight)
        return Lookup::InFlight;
    if (stored)
        *stored = it->reply;
    return Lookup::Replay;
}

void IdempotencyCache::finish(const Key &key, const SandboxReply &reply)
{
    const auto it = m_entries.find(key.flat());
    if (it == m_entries.end())
        return;
    it->inFlight = false;
    it->reply = reply;
    it->storedAt = m_clock.now();
}

void IdempotencyCache::abandon(const Key &key)
{
    m_entries.remove(key.flat());
}

void IdempotencyCache::prune()
{
    const QDateTime now = m_clock.now();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!it->inFlight && it->storedAt.secsTo(now) > m_windowSecs)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace om::sandbox
