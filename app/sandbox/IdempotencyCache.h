#pragma once

#include "common/Clock.h"
#include "sandbox/store/SandboxHttp.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace om::sandbox {

// Remembers the reply to every mutating /v1 request that carried an MS-RequestId.
// Server-side replay semantics are NOT CONFIRMED (docs/partner-center-api.md "Not confirmed"); our choices:
//  - key = (partner tenant, method, decoded path, MS-RequestId); the query string is not part of it;
//  - a repeat within the window gets the first reply again (status, headers and body byte-identical;
//    only MS-CorrelationId/MS-RequestId are re-echoed from the new request) and changes nothing;
//  - the same id with a different body (byte comparison) is a client bug: 400, code 800002;
//  - the same id while the first request is still being processed: 409, code 800060;
//  - a request that got an injected 5xx was never run, so it is forgotten and a retry runs it.
class IdempotencyCache
{
public:
    struct Key
    {
        QString partnerTenantId;
        QByteArray method;
        QString path;
        QByteArray requestId;
        QByteArray flat() const;
    };
    enum class Lookup
    {
        New,
        Replay,
        InFlight,
        BodyMismatch
    };

    IdempotencyCache(const Clock &clock, int windowHours);

    // New marks the key in flight; Replay fills *stored.
    Lookup begin(const Key &key, const QByteArray &body, SandboxReply *stored);
    void finish(const Key &key, const SandboxReply &reply);
    void abandon(const Key &key);
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QByteArray bodyHash;
        bool inFlight = true;
        SandboxReply reply;
        QDateTime storedAt;
    };
    void prune();

    const Clock &m_clock; // not owned
    qint64 m_windowSecs;
    QHash<QByteArray, Entry> m_entries;
};

} // namespace om::sandbox
