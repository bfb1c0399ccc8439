#include "secrets/MemorySecretStore.h"

namespace om::secrets {

void MemorySecretStore::read(const QString &key, Done done)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        done(SecretResult::failure(SecretResult::Status::NotFound, QStringLiteral("no secret stored")));
    else
        done(SecretResult::success(*it));
}

void MemorySecretStore::write(const QString &key, const QString &secret, Done done)
{
    m_secrets.insert(key, secret);
    done(SecretResult::success());
}

void MemorySecretStore::remove(const QString &key, Done done)
{
    m_secrets.remove(key);
    done(SecretResult::success());
}

} // namespace om::secrets
