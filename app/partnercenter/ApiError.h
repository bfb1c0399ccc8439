#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace om::pc {

// Turns a non-2xx Partner Center answer into an om::Error a person can act on.
// Understands the ApiFault body {code (number or string), description, data[], source} and the
// APIM throttling body {statusCode, message}; falls back to the HTTP reason when the body is empty
// or not JSON. Kind follows the status: 401/403 Auth, 404 NotFound, 409/412 or code 2055 Conflict,
// 429 Throttled, everything else Http.
Error errorFromResponse(int httpStatus, const QByteArray &body, const QString &context);

// Error::Kind for a status (and service code, which can override it: 2055 = stale etag).
Error::Kind errorKindFor(int httpStatus, const QString &serviceCode);

// Retry-After as seconds: delta-seconds or an HTTP-date relative to `now`. -1 when absent/unusable
// (empty, negative, garbage); a value beyond INT_MAX (or a date that far ahead) is INT_MAX; a date in
// the past is 0.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace om::pc
