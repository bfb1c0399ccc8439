#pragma once

// The contract between the sandbox's HTTP transport (SandboxServer: auth, throttling, faults,
// idempotency) and its Partner Center resources (SandboxStore and the route files).
// Route handlers are plain functions from a request to a reply, testable without sockets.

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace om::sandbox {

// Who is calling, as established by the server from the bearer token.
struct AuthContext
{
    bool authenticated = false;
    bool appOnly = false; // client-credentials token: licence calls answer 400/900316
    bool mfa = true;      // app+user token carries amr=mfa
    QString partnerTenantId;
    QString userPrincipalName; // empty for app-only
};

struct SandboxRequest
{
    QByteArray method;                     // upper-case: GET, POST, PATCH, PUT, DELETE
    QString path;                          // decoded, without the query: "/v1/customers/abc"
    QUrlQuery query;                       // keys as sent; use queryValueCi() for case-insensitive reads
    QHash<QByteArray, QByteArray> headers; // keys lower-cased
    QByteArray body;
    AuthContext auth;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString queryValueCi(const QString &key) const;
};

struct SandboxReply
{
    int status = 200;
    QByteArray body; // already serialised; empty for 204
    QList<QPair<QByteArray, QByteArray>> headers;

    // 200/201 with a JSON body and Content-Type: application/json; charset=utf-8.
    static SandboxReply json(int status, const QJsonValue &value);
    // The Partner Center error body {code, description, data, source:"PartnerFD"}.
    static SandboxReply error(int status, int code, const QString &description, const QStringList &data = {});
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
};

// Path arguments captured by "{}" segments, in order.
using RouteArgs = QStringList;
using RouteHandler = std::function<SandboxReply(const SandboxRequest &, const RouteArgs &)>;

// Matches "METHOD /v1/customers/{}/subscriptions/{}" patterns segment by segment.
// Literal segments compare case-insensitively (Partner Center paths are case-insensitive).
class SandboxRouter
{
public:
    void add(const QByteArray &method, const QString &pattern, RouteHandler handler);

    enum class Match
    {
        Found,
        NoPath,
        WrongMethod
    };
    // Dispatches; a path that is not routed answers 404, a wrong method 405, both with an error body.
    SandboxReply dispatch(const SandboxRequest &request) const;
    Match find(const QByteArray &method, const QString &path, const RouteHandler **handler,
               RouteArgs *args) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        RouteHandler handler;
    };
    QList<Route> m_routes;
};

} // namespace om::sandbox
