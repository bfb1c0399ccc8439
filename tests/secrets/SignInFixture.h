#pragma once

#include "BrowserPlayer.h"
#include "secrets/InteractiveSignIn.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/OAuthTokenProvider.h"
#include "secrets/TokenClient.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/TestAccount.h"

#include <QUrlQuery>

#include <memory>
#include <optional>

namespace om::secrets::test {

inline const QString kClientId = om::test::processClientId();
inline const QString kClientSecret = QStringLiteral("sandbox-app-secret-7f3a9c");
inline const QUrl kRedirect = QUrl(QStringLiteral("http://127.0.0.1:9/")); // never listened on

// The sandbox (ManualClock shared with the code under test) plus the sign-in pieces over a memory store.
// Counts token-endpoint requests the sandbox served.
class SignInFixture : public om::test::SandboxFixture
{
protected:
    om::sandbox::SandboxOptions sandboxOptions() const override
    {
        om::sandbox::SandboxOptions options;
        options.accessTokenLifetimeSecs = 3600;
        options.clientSecret = kClientSecret;
        return options;
    }

    void SetUp() override
    {
        SandboxFixture::SetUp();
        m_context = std::make_unique<QObject>();
        QObject::connect(&server(), &om::sandbox::SandboxServer::requestServed, m_context.get(),
                         [this](const QByteArray &, const QString &path, int, const QByteArray &) {
                             if (path.endsWith(QStringLiteral("/token")))
                                 ++m_tokenRequests;
                         });
        m_tokens = std::make_unique<TokenClient>(&network(), &clock());
        m_provider = std::make_unique<OAuthTokenProvider>(account(), m_tokens.get(), &m_store, &clock());
    }

    void TearDown() override
    {
        m_provider.reset();
        m_tokens.reset();
        m_context.reset();
        SandboxFixture::TearDown();
    }

    AccountSettings account()
    {
        AccountSettings a;
        a.tenant = server().partnerTenantId();
        a.clientId = kClientId;
        a.cloud = Cloud::Sandbox;
        a.sandboxBaseUrl = baseUrl();
        return a;
    }
    QString refreshKey() { return secretKey(SecretKind::RefreshToken, account()); }

    TokenClient &tokenClient() { return *m_tokens; }
    OAuthTokenProvider &provider() { return *m_provider; }
    MemorySecretStore &store() { return m_store; }
    int tokenRequests() const { return m_tokenRequests; }
    int lastLandingStatus() const { return m_lastLandingStatus; }
    QByteArray lastLandingBody() const { return m_lastLandingBody; }
    QString lastCode() const { return m_lastCode; }

    // A whole interactive sign-in with the test as the browser. `tamper` may change the redirect the
    // sandbox answered before the "browser" follows it.
    om::Result<TokenSet> playSignIn(const std::function<QUrl(QUrl)> &tamper = {})
    {
        QUrl opened;
        InteractiveSignIn flow(account(), m_tokens.get(), [&](const QUrl &u) { opened = u; });
        std::optional<om::Result<TokenSet>> result;
        flow.start([&](om::Result<TokenSet> r) { result.emplace(std::move(r)); });
        if (!result) {
            const BrowserStep authorize = browserGet(network(), opened);
            EXPECT_EQ(authorize.status, 302);
            QUrl target = authorize.location;
            EXPECT_EQ(target.port(), flow.redirectUri().port());
            m_lastCode = QUrlQuery(target).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
            if (tamper)
                target = tamper(target);
            const BrowserStep landed = browserGet(network(), target);
            m_lastLandingStatus = landed.status;
            m_lastLandingBody = landed.body;
            spinUntil([&] { return result.has_value(); });
        }
        return result.value_or(om::Error::make(om::Error::Kind::Internal, QStringLiteral("test: no result")));
    }

    // fetchToken and wait for its answer.
    om::Result<QString> fetch()
    {
        std::optional<om::Result<QString>> got;
        m_provider->fetchToken([&](om::Result<QString> r) { got.emplace(std::move(r)); });
        spinUntil([&] { return got.has_value(); });
        return got.value_or(om::Error::make(om::Error::Kind::Internal, QStringLiteral("test: no token")));
    }

private:
    std::unique_ptr<QObject> m_context;
    MemorySecretStore m_store;
    std::unique_ptr<TokenClient> m_tokens;
    std::unique_ptr<OAuthTokenProvider> m_provider;
    int m_tokenRequests = 0;
    int m_lastLandingStatus = 0;
    QByteArray m_lastLandingBody;
    QString m_lastCode;
};

} // namespace om::secrets::test
