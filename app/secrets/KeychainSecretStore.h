#pragma once

#include "secrets/SecretStore.h"

#include <QObject>

namespace QKeychain {
class Job;
}

namespace om::secrets {

// The system keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Service name "offer-migrator". The insecure plain-text fallback is always off:
// when no keychain exists the answer is NoKeychain and nothing is written anywhere.
// Jobs are children of this object: destroying the store drops pending jobs and their callbacks.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    static QString serviceName();

    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &secret, Done done) override;
    void remove(const QString &key, Done done) override;

    // Maps a finished job's error to a result (exposed for tests of the mapping).
    static SecretResult resultOf(int keychainError, const QString &errorString, QStringView operation);

    // Why no keychain can be reached, or empty when one can. On Linux QtKeychain reports a missing
    // D-Bus session or Secret Service only as "OtherError" with a free-text message, so we ask the session
    // bus ourselves: connected, and org.freedesktop.secrets (or KWallet) running or activatable.
    // Elsewhere (macOS, Windows) the OS keychain always exists. Asked once per store, before the first job.
    static QString probeUnavailable();

private:
    void run(QKeychain::Job *job, const QString &key, QStringView operation, Done done);

    bool m_probed = false;
    QString m_unavailable; // the probe's answer
};

} // namespace om::secrets
