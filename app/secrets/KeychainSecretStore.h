#pragma once

#include "secrets/SecretStore.h"

#include <QObject>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace om::secrets {

// The system keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Service name "offer-migrator". The insecure plain-text fallback is always off:
// when no keychain exists the answer is NoKeychain and nothing is written anywhere.
// A keychain that does not answer (locked and waiting on an unlock prompt nobody sees, a hung daemon) gets
// `answerTimeout`: the caller then hears Failed with a sentence saying so, instead of waiting for ever.
// QtKeychain runs one job at a time, so the jobs queued behind a hung one time out too.
// Jobs are never deleted while running (libsecret would call back into freed memory: qtkeychain issue 261):
// a job whose store is destroyed, or that timed out, is cut loose and deletes itself when it finishes;
// its callback is never called.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr std::chrono::milliseconds kDefaultAnswerTimeout{120000};

    explicit KeychainSecretStore(QObject *parent = nullptr,
                                 std::chrono::milliseconds answerTimeout = kDefaultAnswerTimeout);

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

    std::chrono::milliseconds m_answerTimeout;
    bool m_probed = false;
    QString m_unavailable; // the probe's answer
};

} // namespace om::secrets
