#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "secrets/AccountSettings.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <memory>

class QCommandLineParser;

namespace om::sandbox {
class SandboxHost;
}
namespace om::pc {
class AccessTokenProvider;
class PartnerCenterClient;
} // namespace om::pc
namespace om::secrets {
class KeychainSecretStore;
class SessionSecretStore;
class TokenClient;
} // namespace om::secrets

namespace om::journal {
class Journal;
}

namespace om::cli {

// Which Partner Center a headless command talks to, and whose files it uses:
//  - `--sandbox`: an in-process sandbox with the demo tenant and a token it mints; storage "sandbox";
//  - no option: the account set with `offer-migrator account set` (or in the app) and signed in with
//    `account sign-in` (refresh token in the OS keychain), at its cloud's Partner Center; its own storage;
//  - `--api-base URL` with OFFER_MIGRATOR_ACCESS_TOKEN: that host with that token; storage per host;
//  - `--api-base URL` without it: only the account's own Partner Center host, with the account's token. The
//    signed-in account's token is never sent anywhere else.
struct CliTarget
{
    enum class Kind
    {
        Sandbox,
        Account,
        Host,
    };
    Kind kind = Kind::Sandbox;
    QUrl apiBase;                     // Account and Host
    secrets::AccountSettings account; // Account
    QString token;                    // Host: the explicit token
    QString storageKey;               // secrets::AccountStorage key
    QString environment;              // "sandbox" or the API base URL: the report's and scan cache's

    // Reads --sandbox / --api-base, OFFER_MIGRATOR_ACCESS_TOKEN and the account settings. A Validation
    // error is a usage error (exit 2).
    static Result<CliTarget> resolve(const QCommandLineParser &parser);
};

// The connection every headless command shares (see CliTarget). Owns the network manager, the token
// provider and the client; lives as long as the command runs.
class CliSession
{
public:
    static constexpr const char *kTokenVariable = "OFFER_MIGRATOR_ACCESS_TOKEN";

    // --sandbox and --api-base only (for commands that read files and need no connection).
    static void addTargetOptions(QCommandLineParser &parser);
    // The target options plus --concurrency and --rate-per-minute.
    static void addOptions(QCommandLineParser &parser);
    // Validates the options and connects.
    static Result<std::unique_ptr<CliSession>> open(const QCommandLineParser &parser, const Clock &clock);
    // The journal or scan cache file of the target: `given` when not empty, else the target's default in
    // its account folder (secrets::AccountStorage).
    static Result<QString> journalPath(const CliTarget &target, const QString &given);
    static Result<QString> scanCachePath(const CliTarget &target, const QString &given);
    // Opens `journal` on journalPath(target(), given): the one journal every writing command uses.
    Status openJournal(journal::Journal &journal, const QString &given) const;

    ~CliSession();
    Q_DISABLE_COPY_MOVE(CliSession)

    pc::PartnerCenterClient &client() { return *m_client; }
    sandbox::SandboxHost *sandbox() { return m_sandbox.get(); }
    const CliTarget &target() const { return m_target; }
    QString environment() const { return m_target.environment; }

private:
    CliSession() = default;

    CliTarget m_target;
    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxHost> m_sandbox;
    std::unique_ptr<secrets::KeychainSecretStore> m_keychain;
    std::unique_ptr<secrets::SessionSecretStore> m_secrets;
    std::unique_ptr<secrets::TokenClient> m_tokenClient;
    std::unique_ptr<pc::AccessTokenProvider> m_tokens;
    std::unique_ptr<pc::PartnerCenterClient> m_client; // declared last: destroyed first
};

} // namespace om::cli
