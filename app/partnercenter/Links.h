#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace om::pc {

// A Partner Center Link: {uri, method, headers:[{key, value}]}. URIs are relative to the host.
struct Link
{
    QString uri;
    QByteArray method = QByteArrayLiteral("GET");
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. MS-ContinuationToken
};

// Reads `links.<name>` of a resource or collection. No link -> an empty optional-like Link (uri empty).
// A link that is present but malformed is a Parse error naming the field and `context`; so is a link
// header that is not a plain token name with a printable-ASCII value of at most 16 KiB, one that would
// replace a header the client sets itself (Authorization, Host, MS-RequestId...), or more than 8 headers.
Result<Link> parseLink(const QJsonObject &resource, QStringView name, const QString &context);

// Splits a link URI into the /v1 path and query the client sends.
// Rule (docs/partner-center-api.md "Conventions"): a URI starting with /v1/ is taken as is; any other URI
// gets /v1 in front.
// An absolute URI is refused: the client never sends its token to a host it was not configured for.
struct LinkTarget
{
    QString path;
    QUrlQuery query;
};
Result<LinkTarget> resolveLink(const QString &uri, const QString &context);

} // namespace om::pc
