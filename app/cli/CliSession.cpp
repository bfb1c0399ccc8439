#include "cli/CliSession.h"

#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/PartnerCenterClient.h"
#include "partnercenter/TransportPolicy.h"
#include "sandbox/SandboxHost.h"
#include "secrets/AccountSettings.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/OAuthTokenProvider.h"
#include "secrets/SessionSecretStore.h"
#include "secrets/TokenClient.h"

#include <QCommandLineParser>
#include <QSettings>

namespace om::cli {

namespace {

Error usage(const QString &message)
{
    return Error::make(Error::Kind::Validation, message);
}

} // namespace

void CliSession::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("sandbox"), QStringLiteral("Use an in-process sandbox with the demo tenant.")});
    parser.addOption({QStringLiteral("api-base"),
                      QStringLiteral("Partner Center API base URL (token from %1 or the signed-in account).")
                          .arg(QLatin1String(kTokenVariable)),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("concurrency"),
                      QStringLiteral("Requests in flight at most (default 4)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("rate-per-minute"),
                      QStringLiteral("Requests per minute to stay under (default 300)."),
                      QStringLiteral("n")});
}

Result<std::unique_ptr<CliSession>> CliSession::open(const QCommandLineParser &parser, const Clock &clock)
{
    const bool sandbox = parser.isSet(QStringLiteral("sandbox"));
    const bool apiBase = parser.isSet(QStringLiteral("api-base"));
    if (sandbox == apiBase)
        return usage(QStringLiteral("give exactly one of --sandbox or --api-base URL"));

    pc::ClientConfig config;
    if (parser.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        config.maxConcurrentRequests = parser.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || config.maxConcurrentRequests < 1 || config.maxConcurrentRequests > 64)
            return usage(QStringLiteral("--concurrency takes a number from 1 to 64"));
    }
    if (parser.isSet(QStringLiteral("rate-per-minute"))) {
        bool ok = false;
        config.requestsPerMinute = parser.value(QStringLiteral("rate-per-minute")).toInt(&ok);
        if (!ok || config.requestsPerMinute < 1)
            return usage(QStringLiteral("--rate-per-minute takes a positive number"));
    }

    std::unique_ptr<CliSession> session(new CliSession);
    if (sandbox) {
        session->m_sandbox = std::make_unique<sandbox::SandboxHost>();
        if (Status started = session->m_sandbox->start(0); !started.ok())
            return started.error();
        config.baseUrl = session->m_sandbox->baseUrl();
        // The in-process sandbox has no rate limit unless asked: don't pace as for Partner Center.
        if (!parser.isSet(QStringLiteral("rate-per-minute")))
            config.requestsPerMinute = 60000;
        session->m_tokens = std::make_unique<pc::StaticTokenProvider>(session->m_sandbox->issueAccessToken());
        session->m_environment = QStringLiteral("sandbox");
    } else {
        const QUrl url(parser.value(QStringLiteral("api-base")), QUrl::StrictMode);
        // https only; plain http only to a loopback address (partnercenter/TransportPolicy.h).
        if (const Status allowed = pc::checkEndpointUrl(url, QStringLiteral("--api-base")); !allowed.ok())
            return usage(allowed.error().message);
        config.baseUrl = url;
        session->m_environment = url.toString();
        const QString token = qEnvironmentVariable(kTokenVariable);
        if (!token.isEmpty()) {
            session->m_tokens = std::make_unique<pc::StaticTokenProvider>(token);
        } else {
            // The account signed in from the desktop app: settings in QSettings, refresh token in the
            // keychain.
            const QSettings settings;
            const secrets::AccountSettings account = secrets::AccountSettings::load(settings);
            if (!account.isComplete()) {
                return Error::make(Error::Kind::Auth,
                                   QStringLiteral("no access token: set %1 or sign in from the desktop app")
                                       .arg(QLatin1String(kTokenVariable)));
            }
            session->m_keychain = std::make_unique<secrets::KeychainSecretStore>();
            session->m_secrets = std::make_unique<secrets::SessionSecretStore>(session->m_keychain.get());
            session->m_tokenClient = std::make_unique<secrets::TokenClient>(&session->m_network, &clock);
            auto provider = std::make_unique<secrets::OAuthTokenProvider>(
                account, session->m_tokenClient.get(), session->m_secrets.get(), &clock);
            // Headless: nobody can sign in interactively, so a required sign-in fails the waiting requests.
            secrets::OAuthTokenProvider *raw = provider.get();
            QObject::connect(raw, &secrets::OAuthTokenProvider::signInRequired, raw,
                             [raw](const QString &) { raw->cancelSignIn(); });
            session->m_tokens = std::move(provider);
        }
    }
    session->m_client = std::make_unique<pc::PartnerCenterClient>(&session->m_network,
                                                                  session->m_tokens.get(), clock, config);
    return session;
}

CliSession::~CliSession() = default;

} // namespace om::cli
