#pragma once

#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"

#include <QObject>

namespace om::secrets {

// The store the app uses: the system keychain (`keychain`, borrowed, usually a KeychainSecretStore) while
// it works. The first time it answers NoKeychain, this store switches to memory for the rest of the
// session, says so through statusText() and keychainUnavailable(), and completes the operation in memory
// (a write then answers Ok: the secret is kept, for this session only). Never falls back to a file.
// Other keychain errors (access denied, locked) are passed on unchanged: no silent downgrade.
class SessionSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSecretStore)

public:
    explicit SessionSecretStore(SecretStore *keychain, QObject *parent = nullptr);

    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &secret, Done done) override;
    void remove(const QString &key, Done done) override;

    bool isSessionOnly() const { return m_sessionOnly; }
    // One plain sentence for the GUI's status bar / account page.
    QString statusText() const;

Q_SIGNALS:
    void keychainUnavailable(const QString &statusText);

private:
    bool switchedToMemory(const SecretResult &result);

    SecretStore *m_keychain;
    MemorySecretStore m_memory;
    bool m_sessionOnly = false;
};

} // namespace om::secrets
