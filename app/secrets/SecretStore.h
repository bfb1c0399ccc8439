#pragma once

#include "secrets/AccountSettings.h"

#include <QString>

#include <functional>

namespace om::secrets {

// What a secret is for. Each kind is stored under its own key per cloud, tenant and client id.
enum class SecretKind
{
    RefreshToken, // app+user sign-in, rotated on every refresh
    ClientSecret, // optional app-only credential for read-only scans
};

// THE key-naming function: every store and every caller names secrets through it, e.g.
// "refresh-token/global/contoso.onmicrosoft.com/<client id>". Tenant and client id are lower-cased.
QString secretKey(SecretKind kind, const AccountSettings &account);

// The outcome of one store operation. `message` explains a failure in words a person can act on and
// never contains the secret; `value` is set only by a successful read.
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,   // read: nothing stored under the key (remove of a missing key is Ok)
        NoKeychain, // no system keychain reachable (no Secret Service, no D-Bus session, ...)
        Failed,     // the keychain exists but refused or broke (access denied, locked, ...)
    };

    Status status = Status::Failed;
    QString value;
    QString message;

    bool ok() const { return status == Status::Ok; }
    static SecretResult success(QString value = {}) { return {Status::Ok, std::move(value), {}}; }
    static SecretResult failure(Status status, QString message) { return {status, {}, std::move(message)}; }
};

// Where secrets live. Asynchronous because QtKeychain jobs are: `done` is called exactly once on the
// caller's thread, possibly before the call returns (MemorySecretStore answers at once). Callers therefore
// must not rely on done running later. A store destroyed with operations pending never calls their done.
class SecretStore
{
public:
    using Done = std::function<void(SecretResult)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &key, Done done) = 0;
    virtual void write(const QString &key, const QString &secret, Done done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
};

} // namespace om::secrets
