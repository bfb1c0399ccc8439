#include "tests/support/SandboxFixture.h"

namespace om::test {

void SandboxFixture::SetUp()
{
    restart(sandboxOptions());
}

void SandboxFixture::TearDown()
{
    m_http.reset();
    m_host.reset();
    m_network.reset();
}

void SandboxFixture::restart(const om::sandbox::SandboxOptions &options)
{
    m_http.reset();
    m_host.reset();
    // A new manager too, so no kept-alive connection to the old port is reused.
    m_network = std::make_unique<QNetworkAccessManager>();
    m_host = std::make_unique<om::sandbox::SandboxHost>(options, om::sandbox::SandboxHost::ClockMode::Manual);
    const Status started = m_host->start(0);
    ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
    m_token = m_host->issueAccessToken();
    m_http = std::make_unique<SandboxHttpClient>(*m_network, m_host->baseUrl(), m_token);
}

} // namespace om::test
