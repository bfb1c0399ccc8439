#pragma once

#include "common/Clock.h"
#include "common/Result.h"

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

namespace om::cli {

// The connection every headless command shares: `--sandbox` (an in-process sandbox with the demo tenant
// and a token it mints) or `--api-base URL` with a bearer token from OFFER_MIGRATOR_ACCESS_TOKEN or, when
// that is unset, the account signed in from the desktop app (refresh token in the OS keychain).
// Owns the network manager, the token provider and the client; lives as long as the command runs.
class CliSession
{
public:
    static constexpr const char *kTokenVariable = "OFFER_MIGRATOR_ACCESS_TOKEN";

    static void addOptions(QCommandLineParser &parser);
    // Validates the options (exactly one of --sandbox/--api-base) and connects.
    static Result<std::unique_ptr<CliSession>> open(const QCommandLineParser &parser, const Clock &clock);

    ~CliSession();
    Q_DISABLE_COPY_MOVE(CliSession)

    pc::PartnerCenterClient &client() { return *m_client; }
    sandbox::SandboxHost *sandbox() { return m_sandbox.get(); }
    // "sandbox" or the API base URL: the report's and scan cache's environment.
    QString environment() const { return m_environment; }

private:
    CliSession() = default;

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxHost> m_sandbox;
    std::unique_ptr<secrets::KeychainSecretStore> m_keychain;
    std::unique_ptr<secrets::SessionSecretStore> m_secrets;
    std::unique_ptr<secrets::TokenClient> m_tokenClient;
    std::unique_ptr<pc::AccessTokenProvider> m_tokens;
    std::unique_ptr<pc::PartnerCenterClient> m_client; // declared last: destroyed first
    QString m_environment;
};

} // namespace om::cli
