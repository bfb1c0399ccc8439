#pragma once

// Router-level helpers for the sandbox store suites: build a SandboxRequest, dispatch, read JSON.

#include "sandbox/store/SandboxHttp.h"
#include "sandbox/store/SandboxRoutes.h"
#include "sandbox/store/SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace om::sandbox::testing {

inline QJsonObject bodyOf(const SandboxReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

// A store on a ManualClock with the routes registered. The clock outlives the store, the store the
// router (member order).
struct RouterFixture
{
    explicit RouterFixture(StoreOptions options = {})
        : store(clock, options)
    {
        registerResourceRoutes(router, store);
    }

    SandboxReply call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {},
                      const QHash<QByteArray, QByteArray> &headers = {}, bool appOnly = false) const
    {
        SandboxRequest request;
        request.method = method;
        const int q = pathAndQuery.indexOf(QLatin1Char('?'));
        request.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
        if (q >= 0)
            request.query = QUrlQuery(pathAndQuery.mid(q + 1));
        request.headers = headers;
        if (!body.isEmpty())
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.auth.authenticated = true;
        request.auth.appOnly = appOnly;
        request.auth.mfa = !appOnly;
        request.auth.partnerTenantId = store.partnerTenantId();
        if (!appOnly)
            request.auth.userPrincipalName = QStringLiteral("admin@partner.onmicrosoft.com");
        return router.dispatch(request);
    }
    SandboxReply get(const QString &pathAndQuery, const QHash<QByteArray, QByteArray> &headers = {},
                     bool appOnly = false) const
    {
        return call("GET", pathAndQuery, {}, headers, appOnly);
    }

    om::ManualClock clock;
    SandboxStore store;
    SandboxRouter router;
};

} // namespace om::sandbox::testing
