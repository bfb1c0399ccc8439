#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace om::secrets {

// Secrets in process memory only: for tests and for the session-only mode when no keychain exists.
// Answers synchronously. Never writes anything to disk.
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;

    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &secret, Done done) override;
    void remove(const QString &key, Done done) override;

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    int size() const { return int(m_secrets.size()); }
    void clear() { m_secrets.clear(); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace om::secrets
