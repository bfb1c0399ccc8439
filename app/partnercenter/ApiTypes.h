#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace om::pc {

// Per-call identity. A null requestId means "generate one"; the migration engine passes the id it
// stored in its journal BEFORE sending so a resumed step replays the same MS-RequestId.
// A null correlationId means "a new one for this call"; pass one to group a logical operation.
struct RequestOptions
{
    QUuid requestId;
    QUuid correlationId;
};

// One logical request: what to send. The job adds auth, ids, locale and Accept headers.
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // starts with /v1/
    QUrlQuery query;
    QJsonObject body; // sent only when hasBody
    bool hasBody = false;
    QList<QPair<QByteArray, QByteArray>> headers; // extra: If-Match, MS-ContinuationToken
    RequestOptions options;

    static ApiRequest get(QString path, QUrlQuery query = {});
    static ApiRequest withBody(QByteArray method, QString path, QJsonObject body);

    // "GET /v1/customers/abc/subscriptions": names the request in errors and logs (no query, no secrets).
    QString describe() const;
    // The same with the path exactly as sent to `baseUrl` (a base path prefix included), for errors.
    QString describe(const QUrl &baseUrl) const;
    // baseUrl + path + query. A base that already ends in /v1 (people paste Microsoft's URLs) is not
    // given a second one.
    QUrl url(const QUrl &baseUrl) const;
};

// A successful answer (2xx). `json` is the body parsed as an object (empty when the body was empty).
struct ApiReply
{
    int httpStatus = 0;
    QUuid requestId;
    QUuid correlationId;
    int attempts = 0;
    QByteArray body;
    QJsonObject json;
};

// The typed outcome of an endpoint call: the value or the Error (whose httpStatus is set when the
// service answered), plus the ids actually sent so the journal can record them.
template<typename T>
struct Reply
{
    Result<T> result;
    int httpStatus = 0;
    QUuid requestId;
    QUuid correlationId;
};

// Path segments are user data (customer ids, UPNs): always percent-encode them.
QString pathSegment(const QString &value);

} // namespace om::pc
