#pragma once

// A GoogleTest fixture for integration tests over real HTTP against the whole sandbox.
//
//   class MyClientTest : public om::test::SandboxFixture {};
//   TEST_F(MyClientTest, ListsCustomers) {
//       const om::test::HttpResult r = send("GET", QStringLiteral("/v1/customers?size=10"));
//       ASSERT_EQ(r.status, 200) << r.describe().toStdString();
//       EXPECT_EQ(r.object().value(u"items").toArray().size(), 10);
//   }
//
// SetUp() starts a SandboxHost (demo tenant, resource routes) with a ManualClock - time moves only
// with clock().advanceSecs() - on a free 127.0.0.1 port, and mints an app+user (MFA) token: token().
// Override sandboxOptions() to change latency, faults, rate limit, customer count...; or call
// restart(options) inside a test. Code under test gets baseUrl(), token() (e.g. through
// om::pc::StaticTokenProvider) and network(). send() is SandboxHttpClient::send() with token().

#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxOptions.h"
#include "tests/support/SandboxHttpClient.h"

#include <QNetworkAccessManager>

#include <gtest/gtest.h>
#include <memory>

namespace om::test {

class SandboxFixture : public ::testing::Test
{
protected:
    // Options for the host SetUp() starts (defaults: no latency, faults or rate limit). Override.
    virtual om::sandbox::SandboxOptions sandboxOptions() const { return {}; }

    void SetUp() override;
    void TearDown() override;
    // Throws the current host away and starts a new one (new port, fresh state, new token).
    void restart(const om::sandbox::SandboxOptions &options);

    om::sandbox::SandboxHost &host() { return *m_host; }
    om::sandbox::SandboxServer &server() { return m_host->server(); }
    om::ManualClock &clock() { return *m_host->manualClock(); }
    QNetworkAccessManager &network() { return *m_network; }
    SandboxHttpClient &http() { return *m_http; }
    QUrl baseUrl() const { return m_host->baseUrl(); }
    QString token() const { return m_token; } // app+user with MFA
    QUrl url(const QString &pathAndQuery) const { return m_http->url(pathAndQuery); }

    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                    const HeaderList &headers = {}, int timeoutMs = 10000)
    {
        return m_http->send(method, pathAndQuery, body, headers, timeoutMs);
    }
    HttpResult sendJson(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
                        const HeaderList &headers = {}, int timeoutMs = 10000)
    {
        return m_http->sendJson(method, pathAndQuery, body, headers, timeoutMs);
    }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<om::sandbox::SandboxHost> m_host;
    std::unique_ptr<SandboxHttpClient> m_http;
    QString m_token;
};

} // namespace om::test
