#pragma once

// Integration fixture: a PartnerCenterClient (system clock, fast retries) against the sandbox on
// 127.0.0.1. The sandbox runs on a ManualClock; the client paces and backs off in real time.

#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/PartnerCenterClient.h"
#include "tests/support/SandboxFixture.h"

#include <QTest>

#include <memory>

namespace om::test {

// Hands out the tokens in order, moving to the next one each time a token is invalidated.
class ScriptedTokenProvider final : public om::pc::AccessTokenProvider
{
public:
    explicit ScriptedTokenProvider(QStringList tokens)
        : m_tokens(std::move(tokens))
    {}
    void fetchToken(std::function<void(Result<QString>)> done) override
    {
        ++fetches;
        done(m_tokens.value(std::min<qsizetype>(m_index, m_tokens.size() - 1)));
    }
    void invalidate(const QString &rejectedToken) override
    {
        invalidated << rejectedToken;
        ++m_index;
    }
    int fetches = 0;
    QStringList invalidated;

private:
    QStringList m_tokens;
    qsizetype m_index = 0;
};

class PcSandboxFixture : public SandboxFixture
{
protected:
    void SetUp() override
    {
        SandboxFixture::SetUp();
        if (!HasFatalFailure())
            makeClient(token());
    }
    void TearDown() override
    {
        m_client.reset();
        SandboxFixture::TearDown();
    }

    virtual om::pc::ClientConfig clientConfig() const
    {
        om::pc::ClientConfig c;
        c.baseUrl = baseUrl();
        c.retry.baseDelayMs = 20;
        c.retry.maxDelayMs = 200;
        c.requestTimeoutMs = 10000;
        c.requestsPerMinute = 60000;
        c.maxConcurrentRequests = 4;
        return c;
    }

    // (Re)creates the client; call again after restart(), which replaces the network manager.
    void makeClient(const QString &accessToken) { makeClient(QStringList{accessToken}); }
    void makeClient(const QStringList &tokens)
    {
        m_client.reset();
        m_tokens = std::make_unique<ScriptedTokenProvider>(tokens);
        m_client = std::make_unique<om::pc::PartnerCenterClient>(&network(), m_tokens.get(), m_clock,
                                                                 clientConfig());
    }

    om::pc::PartnerCenterClient &client() { return *m_client; }
    ScriptedTokenProvider &tokens() { return *m_tokens; }
    QObject *receiver() { return &m_receiver; }

    template<typename Predicate>
    static bool waitFor(Predicate predicate, int timeoutMs = 30000)
    {
        return QTest::qWaitFor(predicate, timeoutMs);
    }

private:
    om::SystemClock m_clock;
    QObject m_receiver;
    std::unique_ptr<ScriptedTokenProvider> m_tokens;
    std::unique_ptr<om::pc::PartnerCenterClient> m_client;
};

} // namespace om::test
