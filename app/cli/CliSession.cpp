#include "cli/CliSession.h"

#include "journal/Journal.h"
#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/PartnerCenterClient.h"
#include "partnercenter/TransportPolicy.h"
#include "sandbox/SandboxHost.h"
#include "secrets/AccountStorage.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/OAuthTokenProvider.h"
#include "secrets/SessionSecretStore.h"
#include "secrets/TokenClient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

namespace om::cli {

namespace {

Error usage(const QString &message)
{
    return Error::make(Error::Kind::Validation, message);
}

Result<QString> storagePath(const CliTarget &target, const QString &given, bool journal)
{
    if (!given.isEmpty())
        return given;
    Result<secrets::AccountStorage> storage = secrets::AccountStorage::open(target.storageKey);
    if (!storage.ok())
        return storage.error();
    return journal ? storage->journalPath() : storage->scanCachePath();
}

} // namespace

Result<CliTarget> CliTarget::resolve(const QCommandLineParser &parser)
{
    const bool sandbox = parser.isSet(QStringLiteral("sandbox"));
    const bool apiBase = parser.isSet(QStringLiteral("api-base"));
    if (sandbox && apiBase)
        return usage(QStringLiteral("give --sandbox or --api-base URL, not both"));
    CliTarget target;
    if (sandbox) {
        target.kind = Kind::Sandbox;
        target.storageKey = secrets::AccountStorage::sandboxKey();
        target.environment = QStringLiteral("sandbox");
        return target;
    }
    const secrets::AccountSettings account = secrets::AccountSettings::load(QSettings());
    const QString token = qEnvironmentVariable(CliSession::kTokenVariable);
    if (apiBase) {
        const QUrl url(parser.value(QStringLiteral("api-base")), QUrl::StrictMode);
        // https only; plain http only to a loopback address (partnercenter/TransportPolicy.h).
        if (const Status allowed = pc::checkEndpointUrl(url, QStringLiteral("--api-base")); !allowed.ok())
            return usage(allowed.error().message);
        target.apiBase = url;
        target.environment = url.toString();
        if (!token.isEmpty()) {
            target.kind = Kind::Host;
            target.token = token;
            target.storageKey = secrets::AccountStorage::hostKey(url);
            return target;
        }
        if (!account.isComplete())
            return Error::make(Error::Kind::Auth,
                               QStringLiteral("no access token: set %1, or set up and sign in to an account "
                                              "('offer-migrator account set' and 'account sign-in')")
                                   .arg(QLatin1String(CliSession::kTokenVariable)));
        // The signed-in account's token goes only to its own cloud's Partner Center.
        if (!account.mayReceiveToken(url))
            return usage(
                QStringLiteral("--api-base %1 is not the Partner Center of the signed-in account (%2): "
                               "its token is sent only there. For another host set %3")
                    .arg(url.toString(), account.apiBaseUrl().toString(),
                         QLatin1String(CliSession::kTokenVariable)));
    } else {
        if (!account.isComplete())
            return usage(QStringLiteral("no account is set up: give --sandbox, or --api-base URL, or run "
                                        "'offer-migrator account set --tenant T --client-id C' and "
                                        "'offer-migrator account sign-in'"));
        target.apiBase = account.apiBaseUrl();
        target.environment = target.apiBase.toString();
        if (const Status allowed = pc::checkEndpointUrl(target.apiBase, QStringLiteral("the account's API"));
            !allowed.ok())
            return usage(allowed.error().message);
    }
    target.kind = Kind::Account;
    target.account = account;
    target.storageKey = secrets::AccountStorage::accountKey(account);
    return target;
}

void CliSession::addTargetOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("sandbox"), QStringLiteral("Use an in-process sandbox with the demo tenant.")});
    parser.addOption({QStringLiteral("api-base"),
                      QStringLiteral("Partner Center API base URL, for a host other than the account's "
                                     "(token from %1). Default: the signed-in account's Partner Center.")
                          .arg(QLatin1String(kTokenVariable)),
                      QStringLiteral("url")});
}

void CliSession::addOptions(QCommandLineParser &parser)
{
    addTargetOptions(parser);
    parser.addOption({QStringLiteral("concurrency"),
                      QStringLiteral("Requests in flight at most (default 4)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("rate-per-minute"),
                      QStringLiteral("Requests per minute to stay under (default 300)."),
                      QStringLiteral("n")});
}

Result<QString> CliSession::journalPath(const CliTarget &target, const QString &given)
{
    return storagePath(target, given, true);
}

Result<QString> CliSession::scanCachePath(const CliTarget &target, const QString &given)
{
    return storagePath(target, given, false);
}

Result<std::unique_ptr<CliSession>> CliSession::open(const QCommandLineParser &parser, const Clock &clock)
{
    Result<CliTarget> target = CliTarget::resolve(parser);
    if (!target.ok())
        return target.error();

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
    session->m_target = target.take();
    const CliTarget &t = session->m_target;
    switch (t.kind) {
    case CliTarget::Kind::Sandbox: {
        session->m_sandbox = std::make_unique<sandbox::SandboxHost>();
        if (Status started = session->m_sandbox->start(0); !started.ok())
            return started.error();
        config.baseUrl = session->m_sandbox->baseUrl();
        // The in-process sandbox has no rate limit unless asked: don't pace as for Partner Center.
        if (!parser.isSet(QStringLiteral("rate-per-minute")))
            config.requestsPerMinute = 60000;
        session->m_tokens = std::make_unique<pc::StaticTokenProvider>(session->m_sandbox->issueAccessToken());
        break;
    }
    case CliTarget::Kind::Host:
        config.baseUrl = t.apiBase;
        session->m_tokens = std::make_unique<pc::StaticTokenProvider>(t.token);
        break;
    case CliTarget::Kind::Account: {
        config.baseUrl = t.apiBase;
        // The account's refresh token is in the keychain (`account sign-in` or the desktop app put it there).
        session->m_keychain = std::make_unique<secrets::KeychainSecretStore>();
        session->m_secrets = std::make_unique<secrets::SessionSecretStore>(session->m_keychain.get());
        session->m_tokenClient = std::make_unique<secrets::TokenClient>(&session->m_network, &clock);
        auto provider = std::make_unique<secrets::OAuthTokenProvider>(t.account, session->m_tokenClient.get(),
                                                                      session->m_secrets.get(), &clock);
        // Headless: nobody can sign in interactively here, so a required sign-in fails the waiting requests
        // with what to run.
        secrets::OAuthTokenProvider *raw = provider.get();
        QObject::connect(
            raw, &secrets::OAuthTokenProvider::signInRequired, raw, [raw](const QString &reason) {
                raw->cancelSignIn(reason +
                                  QStringLiteral(" Run 'offer-migrator account sign-in' (add --device-code "
                                                 "on a machine without a browser)."));
            });
        session->m_tokens = std::move(provider);
        break;
    }
    }
    session->m_client = std::make_unique<pc::PartnerCenterClient>(&session->m_network,
                                                                  session->m_tokens.get(), clock, config);
    return session;
}

Status CliSession::openJournal(journal::Journal &journal, const QString &given) const
{
    const Result<QString> path = journalPath(m_target, given);
    if (!path)
        return path.error();
    return journal.open(path.value());
}

CliSession::~CliSession()
{
    // A refreshed (rotated) refresh token still being written to the keychain must land before the process
    // ends, or the next command finds the old one refused and asks to sign in again. Bounded.
    if (auto *oauth = dynamic_cast<secrets::OAuthTokenProvider *>(m_tokens.get());
        oauth && oauth->isPersisting()) {
        QEventLoop loop;
        QObject::connect(oauth, &secrets::OAuthTokenProvider::persisted, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace om::cli
