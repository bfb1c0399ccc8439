#pragma once

#include "common/Clock.h"
#include "partnercenter/ApiTypes.h"
#include "partnercenter/ClientConfig.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace om::pc {

class AccessTokenProvider;
class RequestScheduler;

// What a job needs from its client; nothing here is owned by the job.
struct JobContext
{
    QNetworkAccessManager *network = nullptr;
    AccessTokenProvider *tokens = nullptr;
    RequestScheduler *scheduler = nullptr;
    const Clock *clock = nullptr;
    const ClientConfig *config = nullptr;
};

// One logical Partner Center request (Nextcloud AbstractNetworkJob style): bearer token, ids,
// timeout, retries, error-body parsing. Emits finished exactly once, then deletes itself later.
//
// MS-RequestId: fixed when the job is constructed (from RequestOptions or new) and reused for every
// retry of this job — after a timeout, a 5xx, a dropped connection, a 429 and the one 401 retry —
// because none of those is a processed answer. Read requestId() before start() to journal it.
// A 2xx whose body is not JSON (a damaged transfer) is retried for GET only; JSON of the wrong shape
// is the caller's Parse error. Never retried: other 4xx (400, 403, 404, 409, 412...). Each 401
// invalidates the rejected token; the first is retried once with a fresh token, a second 401 fails
// with Kind::Auth.
// Transport policy (TransportPolicy.h): the API base must be https (plain http only on loopback) or
// the job fails as Validation before any token is fetched; every request goes to that host; a TLS
// certificate error fails at once (never ignored, never retried); a body over
// ClientConfig::maxResponseBytes is aborted and fails as Parse (not retried).
class ApiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ApiJob(const JobContext &context, ApiRequest request, QObject *parent = nullptr);
    ~ApiJob() override;

    QUuid requestId() const { return m_requestId; }
    QUuid correlationId() const { return m_correlationId; }
    const ApiRequest &request() const { return m_request; }
    int attempts() const { return m_attempts; }
    int lastHttpStatus() const { return m_lastStatus; }

    void start();
    // Aborts whatever is in flight; finished() is emitted with Kind::Cancelled (unless already done).
    void cancel();

signals:
    void finished(const om::Result<om::pc::ApiReply> &result);

private:
    void fetchToken();
    void send();
    void onReplyFinished();
    void onTimeout();
    void checkReplySize();
    void retryLater(int delayMs, const Error &why);
    int backoffMs() const;
    void finish(const Result<ApiReply> &result);

    JobContext m_ctx;
    ApiRequest m_request;
    QUuid m_requestId;
    QUuid m_correlationId;
    QString m_token;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_retries = 0;
    int m_lastStatus = 0;
    bool m_started = false;
    bool m_done = false;
    bool m_timedOut = false;
    bool m_authRetried = false;
    bool m_holdingSlot = false;
    bool m_tooLarge = false;
    QString m_tlsErrors; // certificate problems seen on the current reply; never ignored
};

} // namespace om::pc
