#pragma once

// A SandboxServer over a small router of test routes (no store): the transport's own behaviour
// (auth, throttling, faults, idempotency) checked over real HTTP.

#include "common/Clock.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxHttpClient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

#include <gtest/gtest.h>
#include <memory>

namespace om::test {

class TransportFixture : public ::testing::Test
{
protected:
    static QString partnerTenant() { return QStringLiteral("0d7e6a43-7b3f-4c2a-9a55-6c0e2b5f7a10"); }

    void SetUp() override
    {
        using om::sandbox::SandboxReply;
        using om::sandbox::SandboxRequest;
        // GET /v1/ping -> {"pong":true}
        m_router.add("GET", QStringLiteral("/v1/ping"), [](const SandboxRequest &, const QStringList &) {
            return SandboxReply::json(200, QJsonObject{{QStringLiteral("pong"), true}});
        });
        // GET /v1/whoami -> the AuthContext the server filled in
        m_router.add("GET", QStringLiteral("/v1/whoami"), [](const SandboxRequest &r, const QStringList &) {
            return SandboxReply::json(200, QJsonObject{
                                               {QStringLiteral("appOnly"), r.auth.appOnly},
                                               {QStringLiteral("mfa"), r.auth.mfa},
                                               {QStringLiteral("tenant"), r.auth.partnerTenantId},
                                               {QStringLiteral("upn"), r.auth.userPrincipalName},
                                           });
        });
        // POST /v1/counters/{name} -> increments and returns the new value: one call = one effect
        m_router.add("POST", QStringLiteral("/v1/counters/{}"),
                     [this](const SandboxRequest &, const QStringList &a) {
                         const int value = ++m_counterValues[a.value(0)];
                         return SandboxReply::json(201, QJsonObject{{QStringLiteral("name"), a.value(0)},
                                                                    {QStringLiteral("value"), value}});
                     });
        startServer({});
    }

    void startServer(const om::sandbox::SandboxOptions &options)
    {
        m_http.reset();
        m_server.reset();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_server = std::make_unique<om::sandbox::SandboxServer>(m_clock, m_router, partnerTenant(), options);
        const Status started = m_server->start(0);
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
        m_token = m_server->issueAccessToken();
        m_http = std::make_unique<SandboxHttpClient>(*m_network, m_server->baseUrl(), m_token);
    }

    void TearDown() override
    {
        m_http.reset();
        m_server.reset();
        m_network.reset();
    }

    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const HeaderList &headers = {}, int timeoutMs = 10000)
    {
        return m_http->send(method, path, body, headers, timeoutMs);
    }
    int counterValue(const QString &name) const { return m_counterValues.value(name); }

    om::ManualClock m_clock;
    om::sandbox::SandboxRouter m_router;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<om::sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxHttpClient> m_http;
    QString m_token;
    QHash<QString, int> m_counterValues;
};

} // namespace om::test
