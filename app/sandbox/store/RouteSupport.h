#pragma once

// Helpers shared by the resource route files: body parsing, auth mode checks, seek paging.

#include "sandbox/store/SandboxHttp.h"
#include "sandbox/store/SandboxJson.h"
#include "sandbox/store/StoreResult.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace om::sandbox {

class SandboxStore;

namespace routes {

// The body as a JSON object, or a 400/800002 reply.
StoreResult<QJsonObject> parseBody(const SandboxRequest &request);
// 403/900329 for app-only tokens on App+User-only resources (users, licences, subscribedskus,
// provisioning status).
std::optional<SandboxReply> requireUserContext(const SandboxRequest &request);
// The upper-case ?country= (case-insensitive key); 400/800002 naming the parameter when it is
// missing, 400/800002 when the catalogue does not know the market.
StoreResult<QString> requireCountry(const SandboxStore &store, const SandboxRequest &request);
// The If-Match header without quotes or a W/ prefix.
QString ifMatch(const SandboxRequest &request);

// Seek paging (customers, customer users): size, seekOperation=Next and the MS-ContinuationToken
// header. The token is opaque to clients: base64url of the offset and a hash of the query it belongs
// to, so a token replayed against another list, size or filter is rejected (400/800002).
struct SeekPage
{
    int offset = 0;
    int size = 0;
    QString basePath;  // "/v1/customers"
    QString filter;    // the raw filter parameter, carried into the next link
    QString queryHash; // binds tokens to (path, size, filter)
};
StoreResult<SeekPage> parseSeekPage(const SandboxRequest &request, int defaultSize, int maxSize);
// {totalCount, items, links{self, next?}, continuationToken?, attributes}
QJsonObject seekPageBody(const QJsonArray &items, const SeekPage &page, int total);
QString continuationToken(const SeekPage &page, int offset);

// Index paging (offers): offset + size, links self/next/previous.
struct IndexPage
{
    int offset = 0;
    int size = 0;
};
StoreResult<IndexPage> parseIndexPage(const SandboxRequest &request, int defaultSize);

} // namespace routes
} // namespace om::sandbox
