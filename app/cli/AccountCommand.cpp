#include "cli/AccountCommand.h"

#include "cli/ExitCodes.h"
#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/PartnerCenterClient.h"
#include "partnercenter/ProfileClient.h"
#include "partnercenter/TransportPolicy.h"
#include "secrets/AccountSettings.h"
#include "secrets/AccountStorage.h"
#include "secrets/DeviceCodeSignIn.h"
#include "secrets/InteractiveSignIn.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/OAuthTokenProvider.h"
#include "secrets/SessionSecretStore.h"
#include "secrets/SignInErrors.h"
#include "secrets/TokenClient.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace om::cli {

namespace {

const QString kName = QStringLiteral("offer-migrator account");

int fail(const QString &reason, int code = Failed)
{
    QTextStream(stderr) << kName << ": " << reason << '\n';
    return code;
}

// The OS keychain, or memory for this process when there is none (then nothing outlives the command).
struct Keychain
{
    secrets::KeychainSecretStore system;
    secrets::SessionSecretStore store{&system};

    secrets::SecretResult read(const QString &key)
    {
        std::optional<secrets::SecretResult> result;
        QEventLoop loop;
        store.read(key, [&](secrets::SecretResult r) {
            result = std::move(r);
            loop.quit();
        });
        if (!result)
            loop.exec();
        return *result;
    }
    secrets::SecretResult remove(const QString &key)
    {
        std::optional<secrets::SecretResult> result;
        QEventLoop loop;
        store.remove(key, [&](secrets::SecretResult r) {
            result = std::move(r);
            loop.quit();
        });
        if (!result)
            loop.exec();
        return *result;
    }
};

QString storedText(const secrets::SecretResult &r)
{
    switch (r.status) {
    case secrets::SecretResult::Status::Ok:
        return QStringLiteral("stored in the system keychain");
    case secrets::SecretResult::Status::NotFound:
        return QStringLiteral("not stored");
    case secrets::SecretResult::Status::NoKeychain:
        return QStringLiteral("not stored (no system keychain: ") + r.message + QLatin1Char(')');
    case secrets::SecretResult::Status::Failed:
        return QStringLiteral("unknown (the keychain refused: ") + r.message + QLatin1Char(')');
    }
    return {};
}

secrets::AccountSettings loadAccount()
{
    return secrets::AccountSettings::load(QSettings());
}

int show(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints the account's settings and whether a sign-in is "
                                                    "stored. Never prints a token or a secret."));
    parser.addHelpOption();
    if (!parser.parse(args))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Done;
    }
    const secrets::AccountSettings account = loadAccount();
    QTextStream out(stdout);
    if (account.tenant.isEmpty() && account.clientId.isEmpty()) {
        out << "No account is set up. Run: offer-migrator account set --tenant T --client-id C\n";
        return Done;
    }
    out << "tenant:          " << account.tenant << '\n';
    out << "client id:       " << account.clientId << '\n';
    out << "cloud:           " << secrets::cloudName(account.cloud) << '\n';
    if (account.cloud == secrets::Cloud::Sandbox)
        out << "sandbox url:     " << account.sandboxBaseUrl.toString() << '\n';
    out << "sign-in at:      " << account.authorityUrl().toString() << '\n';
    out << "partner center:  " << account.apiBaseUrl().toString() << '\n';
    if (!account.isComplete()) {
        out << "(incomplete: run 'offer-migrator account set')\n";
        return Done;
    }
    Keychain keychain;
    out << "refresh token:   "
        << storedText(keychain.read(secretKey(secrets::SecretKind::RefreshToken, account))) << '\n';
    out << "client secret:   "
        << storedText(keychain.read(secretKey(secrets::SecretKind::ClientSecret, account))) << '\n';
    const Result<secrets::AccountStorage> storage =
        secrets::AccountStorage::open(secrets::AccountStorage::accountKey(account));
    if (storage.ok())
        out << "data folder:     " << QDir::toNativeSeparators(storage->folder) << '\n';
    return Done;
}

int set(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sets the Partner Center account the app and the commands "
                       "use. Sign in afterwards with 'account sign-in'."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("tenant"),
         QStringLiteral("Partner tenant: directory id or a verified domain (contoso.onmicrosoft.com)."),
         QStringLiteral("T")},
        {QStringLiteral("client-id"),
         QStringLiteral("Application (client) id of your app registration in Entra ID."),
         QStringLiteral("C")},
        {QStringLiteral("cloud"), QStringLiteral("global (default), 21vianet, or sandbox (for testing)."),
         QStringLiteral("CLOUD")},
        {QStringLiteral("sandbox-url"),
         QStringLiteral("With --cloud sandbox: the sandbox's address, e.g. http://127.0.0.1:8080."),
         QStringLiteral("URL")},
    });
    if (!parser.parse(args))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Done;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()),
                    Usage);
    secrets::AccountSettings account;
    account.tenant = parser.value(QStringLiteral("tenant")).trimmed();
    account.clientId = parser.value(QStringLiteral("client-id")).trimmed();
    if (!secrets::AccountSettings::isValidTenant(account.tenant))
        return fail(QStringLiteral("--tenant takes the partner tenant's directory id (a GUID) or a verified "
                                   "domain such as contoso.onmicrosoft.com"),
                    Usage);
    if (!secrets::AccountSettings::isValidClientId(account.clientId))
        return fail(QStringLiteral("--client-id takes the application (client) id of your app registration, "
                                   "a GUID"),
                    Usage);
    const QString cloud = parser.value(QStringLiteral("cloud"));
    if (!cloud.isEmpty() && !secrets::cloudFromName(cloud, &account.cloud))
        return fail(QStringLiteral("--cloud takes global, 21vianet or sandbox"), Usage);
    if (account.cloud == secrets::Cloud::Sandbox) {
        account.sandboxBaseUrl = QUrl(parser.value(QStringLiteral("sandbox-url")), QUrl::StrictMode);
        if (!parser.isSet(QStringLiteral("sandbox-url")))
            return fail(QStringLiteral("--cloud sandbox needs --sandbox-url URL"), Usage);
        if (const Status ok = pc::checkEndpointUrl(account.sandboxBaseUrl, QStringLiteral("--sandbox-url"));
            !ok.ok())
            return fail(ok.error().message, Usage);
    } else if (parser.isSet(QStringLiteral("sandbox-url"))) {
        return fail(QStringLiteral("--sandbox-url goes with --cloud sandbox only"), Usage);
    }
    QSettings settings;
    const secrets::AccountSettings before = secrets::AccountSettings::load(settings);
    account.save(settings);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return fail(QStringLiteral("could not write the settings file %1").arg(settings.fileName()));
    QTextStream out(stdout);
    out << "Account set: tenant " << account.tenant << ", client id " << account.clientId << ", cloud "
        << secrets::cloudName(account.cloud) << ".\n";
    if (before.isComplete() && before != account)
        out << "The previous account's sign-in stays in the keychain; 'account sign-out' after 'account set' "
               "back to it removes it.\n";
    out << "Next: offer-migrator account sign-in"
        << (account.cloud == secrets::Cloud::Sandbox ? "" : " (or --device-code)") << '\n';
    return Done;
}

int signIn(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Signs in to the account's Partner Center with "
                                                    "multi-factor authentication and keeps the sign-in in "
                                                    "the system keychain."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("device-code"),
                      QStringLiteral("Sign in on another device: print a code to enter at a web address "
                                     "(for machines without a browser).")});
    if (!parser.parse(args))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Done;
    }
    const secrets::AccountSettings account = loadAccount();
    if (!account.isComplete())
        return fail(
            QStringLiteral("no account is set up: run 'offer-migrator account set --tenant T --client-id C' "
                           "first"),
            Usage);
    SystemClock clock;
    QNetworkAccessManager network;
    Keychain keychain;
    secrets::TokenClient tokens(&network, &clock);
    secrets::OAuthTokenProvider provider(account, &tokens, &keychain.store, &clock);
    QTextStream err(stderr);
    std::optional<Result<secrets::TokenSet>> outcome;
    QEventLoop loop;
    const auto finished = [&](Result<secrets::TokenSet> r) {
        outcome = std::move(r);
        loop.quit();
    };
    secrets::DeviceCodeSignIn deviceFlow(account, &tokens, &clock);
    secrets::InteractiveSignIn browserFlow(account, &tokens, [&err](const QUrl &url) {
        err << "Open this address in a browser on this computer and sign in:\n  "
            << url.toString(QUrl::FullyEncoded) << "\nWaiting for the sign-in to finish (Ctrl+C to stop)...\n"
            << Qt::flush;
    });
    if (parser.isSet(QStringLiteral("device-code"))) {
        deviceFlow.start(
            [&err](const secrets::DeviceCode &code) {
                err << "On any device with a browser, open " << code.verificationUri.toString()
                    << " and enter the code " << code.userCode
                    << "\nWaiting for the sign-in to finish (Ctrl+C to stop)...\n"
                    << Qt::flush;
            },
            finished);
    } else {
        browserFlow.start(finished);
    }
    if (!outcome)
        loop.exec();
    if (!outcome->ok())
        return fail(QStringLiteral("sign-in failed: ") + secrets::signin::describe(outcome->error()));

    std::optional<secrets::SecretResult> stored;
    QEventLoop storing;
    provider.completeSignIn(outcome->value(), [&](secrets::SecretResult r) {
        stored = std::move(r);
        storing.quit();
    });
    if (!stored)
        storing.exec();
    if (keychain.store.isSessionOnly() || !stored->ok())
        return fail(QStringLiteral("signed in, but the sign-in could not be kept for the next command: ") +
                    (stored->ok() ? keychain.store.statusText() : stored->message));
    QTextStream(stdout) << "Signed in to " << account.tenant << " (" << secrets::cloudName(account.cloud)
                        << "). The sign-in is kept in the system keychain.\n";
    return Done;
}

int signOut(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Removes the account's sign-in and client secret from the system keychain."));
    parser.addHelpOption();
    if (!parser.parse(args))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Done;
    }
    const secrets::AccountSettings account = loadAccount();
    if (!account.isComplete())
        return fail(QStringLiteral("no account is set up"), Usage);
    Keychain keychain;
    for (secrets::SecretKind kind : {secrets::SecretKind::RefreshToken, secrets::SecretKind::ClientSecret}) {
        const secrets::SecretResult removed = keychain.remove(secretKey(kind, account));
        if (!removed.ok())
            return fail(QStringLiteral("could not remove the sign-in from the keychain: ") + removed.message);
    }
    QTextStream(stdout) << "Signed out of " << account.tenant
                        << ": its sign-in and client secret are no longer in the keychain.\n";
    return Done;
}

int test(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks the sign-in with one read-only Partner Center "
                                                    "call (the partner's organization profile)."));
    parser.addHelpOption();
    if (!parser.parse(args))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Done;
    }
    const secrets::AccountSettings account = loadAccount();
    if (!account.isComplete())
        return fail(QStringLiteral("no account is set up"), Usage);
    SystemClock clock;
    QNetworkAccessManager network;
    Keychain keychain;
    secrets::TokenClient tokens(&network, &clock);
    secrets::OAuthTokenProvider provider(account, &tokens, &keychain.store, &clock);
    QObject::connect(&provider, &secrets::OAuthTokenProvider::signInRequired, &provider,
                     [&provider](const QString &reason) {
                         provider.cancelSignIn(reason +
                                               QStringLiteral(" Run 'offer-migrator account sign-in'."));
                     });
    pc::ClientConfig config;
    config.baseUrl = account.apiBaseUrl();
    pc::PartnerCenterClient client(&network, &provider, clock, config);
    std::optional<pc::Reply<pc::OrganizationProfile>> reply;
    QEventLoop loop;
    pc::getOrganizationProfile(client, nullptr, [&](const pc::Reply<pc::OrganizationProfile> &r) {
        reply = r;
        loop.quit();
    });
    if (!reply)
        loop.exec();
    if (!reply->result.ok())
        return fail(QStringLiteral("the connection does not work: ") +
                    secrets::signin::describe(reply->result.error()));
    QTextStream(stdout) << "Connected to Partner Center as " << reply->result->companyName << " (tenant "
                        << reply->result->tenantId << ").\n";
    return Done;
}

} // namespace

int runAccountCommand(const QStringList &arguments)
{
    // arguments: "account", <subcommand>, options...
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest[0] = kName + QLatin1Char(' ') + sub;
    if (sub == u"show")
        return show(rest);
    if (sub == u"set")
        return set(rest);
    if (sub == u"sign-in")
        return signIn(rest);
    if (sub == u"sign-out")
        return signOut(rest);
    if (sub == u"test")
        return test(rest);
    QTextStream out(sub == u"--help" || sub == u"-h" ? stdout : stderr);
    out << "Usage: offer-migrator account show\n"
           "       offer-migrator account set --tenant T --client-id C [--cloud global|21vianet|sandbox] "
           "[--sandbox-url URL]\n"
           "       offer-migrator account sign-in [--device-code]\n"
           "       offer-migrator account sign-out\n"
           "       offer-migrator account test\n";
    return sub == u"--help" || sub == u"-h" ? Done : Usage;
}

} // namespace om::cli
