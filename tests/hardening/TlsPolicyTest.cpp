// TLS and transport policy: a certificate error is never ignored (a self-signed QSslServer on
// 127.0.0.1 must fail the client with a TLS error, and succeed once the certificate is trusted, which
// proves the server itself works); plain http is refused before any request unless the host is loopback.
#include "partnercenter/TransportPolicy.h"
#include "secrets/AccountSettings.h"
#include "secrets/TokenClient.h"
#include "tests/hardening/ClientHarness.h"
#include "tests/hardening/RawHttpServer.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace om;
using namespace om::pc;
using namespace om::test;

namespace {

// A self-signed certificate for 127.0.0.1, made by openssl now (nothing committed to the repo).
struct SelfSigned
{
    QSslCertificate certificate;
    QSslKey key;
};

std::optional<SelfSigned> makeSelfSigned(const QTemporaryDir &dir)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                      QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                      QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                      QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                      QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return std::nullopt;
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    SelfSigned out{QSslCertificate(&certFile, QSsl::Pem), QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem)};
    if (out.certificate.isNull() || out.key.isNull())
        return std::nullopt;
    return out;
}

class TlsServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QSslSocket::supportsSsl())
            GTEST_SKIP() << "no TLS backend";
        ASSERT_TRUE(m_dir.isValid());
        m_cert = makeSelfSigned(m_dir);
        ASSERT_TRUE(m_cert.has_value()) << "openssl could not make a certificate";
        auto *tls = new QSslServer;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(m_cert->certificate);
        conf.setPrivateKey(m_cert->key);
        tls->setSslConfiguration(conf);
        QObject::connect(tls, &QSslServer::startedEncryptionHandshake, &m_receiver,
                         [this] { ++m_handshakes; });
        m_server = std::make_unique<RawHttpServer>(
            [](const RawRequest &) { return RawHttpServer::json(R"({"id":"over-tls"})"); }, tls);
        ASSERT_TRUE(m_server->listen());
    }
    void TearDown() override { QSslConfiguration::setDefaultConfiguration(m_savedDefault); }

    QUrl httpsBase() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->port())); }

    QTemporaryDir m_dir;
    std::optional<SelfSigned> m_cert;
    QObject m_receiver;
    std::unique_ptr<RawHttpServer> m_server;
    int m_handshakes = 0;
    QSslConfiguration m_savedDefault = QSslConfiguration::defaultConfiguration();
};

} // namespace

TEST_F(TlsServerTest, SelfSignedCertificateFailsTheClientAtOnceWithATlsError)
{
    ClientHarness h(httpsBase());
    int attempts = 0;
    const Result<ApiReply> r = h.run(ApiRequest::get(QStringLiteral("/v1/customers")), &attempts);
    ASSERT_FALSE(r.ok()) << "a self-signed certificate was accepted";
    EXPECT_EQ(r.error().kind, Error::Kind::Network) << text(r.error());
    EXPECT_TRUE(r.error().message.startsWith(u"TLS certificate of 127.0.0.1 not trusted")) << text(r.error());
    EXPECT_TRUE(r.error().message.contains(u"self-signed", Qt::CaseInsensitive)) << text(r.error());
    EXPECT_EQ(attempts, 1); // a certificate problem is not retried
    EXPECT_GE(m_handshakes, 1);
    EXPECT_TRUE(m_server->requests().isEmpty()); // no request, so no bearer token, was ever sent

    // Control: the same server and client work once the certificate is trusted.
    QSslConfiguration trusting = m_savedDefault;
    trusting.addCaCertificate(m_cert->certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    ClientHarness trusted(httpsBase());
    const Result<ApiReply> ok = trusted.run(ApiRequest::get(QStringLiteral("/v1/customers")));
    ASSERT_TRUE(ok.ok()) << text(ok.error());
    EXPECT_EQ(ok->json.value(u"id").toString(), QStringLiteral("over-tls"));
    ASSERT_EQ(m_server->requests().size(), 1);
}

TEST_F(TlsServerTest, TokenEndpointWithASelfSignedCertificateFails)
{
    om::SystemClock clock;
    QNetworkAccessManager network;
    secrets::TokenClient tokens(&network, &clock);
    secrets::AccountSettings account;
    account.tenant = QStringLiteral("contoso.example");
    account.clientId = QStringLiteral("client");
    account.cloud = secrets::Cloud::Sandbox;
    account.sandboxBaseUrl = httpsBase();
    std::optional<Result<secrets::TokenSet>> out;
    tokens.refresh(account, QStringLiteral("refresh-secret"),
                   [&out](const Result<secrets::TokenSet> &r) { out = r; });
    ASSERT_TRUE(QTest::qWaitFor([&out] { return out.has_value(); }, 30000));
    ASSERT_FALSE(out->ok());
    EXPECT_EQ(out->error().kind, Error::Kind::Network) << text(out->error());
    EXPECT_TRUE(m_server->requests().isEmpty());
}

TEST(TransportPolicy, OnlyHttpsOrLoopbackHttpIsAccepted)
{
    for (const char *ok :
         {"https://api.partnercenter.microsoft.com", "https://10.0.0.1:8443/base", "http://127.0.0.1:8080",
          "http://127.8.9.10", "http://localhost:1", "http://LOCALHOST", "http://[::1]:99"}) {
        const Status s = checkEndpointUrl(QUrl(QString::fromLatin1(ok)), QStringLiteral("test"));
        EXPECT_TRUE(s.ok()) << ok << " " << text(s.error());
    }
    for (const char *bad : {"http://example.invalid", "http://10.0.0.1", "http://127.0.0.1.example.invalid",
                            "http://localhost.example.invalid", "http://[::2]", "ftp://127.0.0.1",
                            "file:///etc/passwd", "https://user:pw@api.partnercenter.microsoft.com",
                            "api.partnercenter.microsoft.com", "", "https://"}) {
        const Status s = checkEndpointUrl(QUrl(QString::fromLatin1(bad)), QStringLiteral("test"));
        EXPECT_FALSE(s.ok()) << bad;
        EXPECT_EQ(s.error().kind, Error::Kind::Validation) << bad;
        EXPECT_EQ(s.error().context, QStringLiteral("test"));
    }
}

TEST(TransportPolicy, PlainHttpToANonLoopbackApiIsRefusedBeforeAnyRequest)
{
    for (const char *base : {"http://example.invalid", "http://192.0.2.1:80", "ftp://127.0.0.1"}) {
        ClientHarness h(QUrl(QString::fromLatin1(base)));
        const Result<ApiReply> r = h.run(ApiRequest::get(QStringLiteral("/v1/customers")));
        ASSERT_FALSE(r.ok()) << base;
        EXPECT_EQ(r.error().kind, Error::Kind::Validation) << text(r.error());
        EXPECT_TRUE(r.error().message.contains(u"GET /v1/customers")) << text(r.error());
        EXPECT_EQ(h.tokens.fetches, 0) << base; // not even a token was fetched
    }
    ClientHarness h(QUrl(QStringLiteral("http://example.invalid")));
    const Result<ApiReply> r = h.run(ApiRequest::get(QStringLiteral("/v1/customers")));
    EXPECT_TRUE(r.error().message.contains(u"refusing plain http to example.invalid")) << text(r.error());
}

TEST(TransportPolicy, TokenEndpointOverPlainHttpElsewhereIsRefused)
{
    om::SystemClock clock;
    QNetworkAccessManager network;
    secrets::TokenClient tokens(&network, &clock);
    secrets::AccountSettings account;
    account.tenant = QStringLiteral("contoso.example");
    account.clientId = QStringLiteral("client");
    account.cloud = secrets::Cloud::Sandbox;
    account.sandboxBaseUrl = QUrl(QStringLiteral("http://example.invalid"));
    std::optional<Result<secrets::TokenSet>> out;
    tokens.clientCredentials(account, QStringLiteral("client-secret"),
                             [&out](const Result<secrets::TokenSet> &r) { out = r; });
    ASSERT_TRUE(out.has_value()); // refused synchronously: nothing was sent
    ASSERT_FALSE(out->ok());
    EXPECT_EQ(out->error().kind, Error::Kind::Validation) << text(out->error());
    EXPECT_TRUE(out->error().message.contains(u"refusing plain http")) << text(out->error());
    EXPECT_FALSE(out->error().toString().contains(u"client-secret"));
}

TEST(TransportPolicy, HugeTokenAnswerIsAbortedNotBuffered)
{
    RawHttpServer server([](const RawRequest &) {
        RawResponse r;
        r.bytes = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n";
        r.streamBytes = 100LL * 1024 * 1024;
        r.streamByte = ' ';
        return r;
    });
    ASSERT_TRUE(server.listen());
    om::SystemClock clock;
    QNetworkAccessManager network;
    secrets::TokenClient tokens(&network, &clock);
    secrets::AccountSettings account;
    account.tenant = QStringLiteral("contoso.example");
    account.clientId = QStringLiteral("client");
    account.cloud = secrets::Cloud::Sandbox;
    account.sandboxBaseUrl = ClientConfig::sandboxBaseUrl(server.port());
    std::optional<Result<secrets::TokenSet>> out;
    tokens.refresh(account, QStringLiteral("r"), [&out](const Result<secrets::TokenSet> &r) { out = r; });
    ASSERT_TRUE(QTest::qWaitFor([&out] { return out.has_value(); }, 30000));
    ASSERT_FALSE(out->ok());
    EXPECT_EQ(out->error().kind, Error::Kind::Parse) << text(out->error());
    EXPECT_TRUE(out->error().message.contains(u"too large")) << text(out->error());
    EXPECT_LT(server.streamedBytes(), 100LL * 1024 * 1024);
}
