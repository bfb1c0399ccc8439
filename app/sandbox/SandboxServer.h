#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/IdempotencyCache.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/store/SandboxHttp.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QUrl>

class QTcpSocket;

namespace om::sandbox {

// What the server did so far; the reliability suite prints these.
struct SandboxCounters
{
    qint64 requests = 0;          // every HTTP request received
    qint64 unauthorized = 0;      // 401s sent for /v1 (missing, unknown, expired token, no MFA)
    qint64 throttled = 0;         // 429s sent
    qint64 replays = 0;           // MS-RequestId repeats answered from the idempotency cache
    qint64 inFlightConflicts = 0; // 409s for a repeat while the first request was still running
    qint64 serverErrors = 0;      // injected 5xx
    qint64 drops = 0;             // injected dropped connections
    qint64 truncations = 0;       // injected truncated bodies
    qint64 malformed = 0;         // injected malformed JSON bodies
    qint64 slow = 0;              // injected extra delays
    // Writes that ran and whose answer was then lost (setLostAnswers, failAfterRunning); also counted
    // in serverErrors, drops or truncations, so not added to faults().
    qint64 lostAnswers = 0;

    qint64 faults() const { return serverErrors + drops + truncations + malformed + slow; }
    QString toString() const;
};

// The sandbox's HTTP transport: a QAbstractHttpServer on 127.0.0.1 that turns each request into a
// SandboxRequest and, in this order: serves the Entra-like auth endpoints (SandboxAuth); checks the
// bearer token of /v1 calls (401); throttles per partner tenant (429); answers MS-RequestId repeats of
// mutating calls (IdempotencyCache); draws a fault; waits latency (+ slow); runs the route; writes
// the reply with MS-RequestId/MS-CorrelationId echoed (generated when absent).
// Replies are written to the socket by hand so they can be delayed, cut short or dropped.
// The router and the clock are not owned and must outlive the server.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    SandboxServer(const Clock &clock, const SandboxRouter &router, const QString &partnerTenantId,
                  const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only (any other address is refused); port 0 picks a free port.
    Status start(quint16 port = 0, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // "http://127.0.0.1:<port>"

    // An access token minted directly, for tests and the in-process GUI sandbox.
    QString issueAccessToken(bool appOnly = false, bool mfa = true);
    SandboxAuth &auth() { return m_auth; }
    // The /v1 throttle; tests may use up a bucket (tryAcquire) to start a 429 storm at a chosen moment.
    RateLimiter &rateLimiter() { return m_rateLimiter; }

    const SandboxOptions &options() const { return m_options; }
    // Replaces the fault spec and restarts its generator from `seed` (e.g. faults on only for a phase).
    void setFaults(const FaultSpec &spec, quint32 seed);
    SandboxCounters counters() const { return m_counters; }
    QString partnerTenantId() const { return m_partnerTenantId; }
    // Tests: the next `times` /v1 requests (MS-RequestId replays included) of `method` whose path ends with
    // `pathEnd` RUN as usual, then their answer is replaced by HTTP `status` (a gateway failing after the
    // service acted), or the connection is dropped when `status` is 0, or the real answer is sent with its
    // body cut short when `status` is negative. Unlike FaultSpec's 5xx, the effect
    // stays. A new call replaces the previous one.
    void failAfterRunning(const QByteArray &method, const QString &pathEnd, int status, int times = 1);
    // Tests: "processed, then lost" at random. Each /v1 POST, PATCH or PUT that ran (MS-RequestId replays
    // included, not those FaultSpec's 5xx stopped before running) draws once from a generator seeded with
    // `seed`: a `fraction` of them keep their effect (and their idempotency entry, so a replay answers the
    // real result) but the caller gets a 5xx or a dropped connection instead. 0 turns it off. Independent
    // of setFaults(), which neither resets it nor is shifted by it.
    void setLostAnswers(double fraction, quint32 seed);

Q_SIGNALS:
    // Emitted when a request ARRIVES, before anything else happens to it (auth, throttling, faults,
    // the route). Observers (the reliability suite) may look at the store or change the faults here;
    // the request is handled after the slot returns. `request.auth` is not filled in yet.
    void requestArrived(const om::sandbox::SandboxRequest &request);
    // Emitted when a reply (or an injected drop) has been written; fault is FaultInjector::name().
    void requestServed(const QByteArray &method, const QString &path, int status, const QByteArray &fault);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Exchange
    {
        SandboxRequest request;
        QPointer<QTcpSocket> socket;
        QByteArray requestId;
        QByteArray correlationId;
        bool closeAfter = false;
        FaultInjector::Fault fault = FaultInjector::Fault::None;
        int serverErrorStatus = 0;
        bool idempotent = false; // the key was claimed in the cache by this request
        IdempotencyCache::Key key;
        bool replay = false;
        SandboxReply stored;
    };

    void handleV1(Exchange exchange);
    void complete(Exchange &exchange); // after the delay: run the route (or not) and write
    void deliver(const Exchange &exchange, SandboxReply reply, FaultInjector::Fault fault);
    void later(Exchange exchange, int delayMs);
    // A reply decided by the transport itself (401, 404, 409, 429...): written after the latency, no fault.
    void answerLater(const Exchange &exchange, const SandboxReply &reply);
    static SandboxRequest convert(const QHttpServerRequest &request);

    const Clock &m_clock;          // not owned
    const SandboxRouter &m_router; // not owned
    QString m_partnerTenantId;
    SandboxOptions m_options;
    SandboxAuth m_auth;
    RateLimiter m_rateLimiter;
    FaultInjector m_faults;
    FaultInjector m_lostAnswers{{}, 0}; // setLostAnswers(); off by default
    IdempotencyCache m_idempotency;
    SandboxCounters m_counters;
    quint16 m_port = 0;
    struct FailAfterRunning
    {
        QByteArray method;
        QString pathEnd;
        int status = 0;
        int times = 0;
    } m_failAfterRunning;
};

} // namespace om::sandbox
