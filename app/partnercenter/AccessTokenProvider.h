#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

namespace om::pc {

// Where the client gets its bearer token. The sign-in code (app/secrets) implements it over the
// OAuth flow and the keychain; the CLI's OFFER_MIGRATOR_ACCESS_TOKEN and tests use StaticTokenProvider.
// Implementations never log the token.
class AccessTokenProvider
{
public:
    virtual ~AccessTokenProvider() = default;

    // Calls `done` (possibly later, on the same thread) with a usable access token or an Error of kind Auth.
    virtual void fetchToken(std::function<void(Result<QString>)> done) = 0;

    // The server answered 401 to `rejectedToken`: drop it so the next fetchToken() refreshes or signs in
    // again.
    virtual void invalidate(const QString &rejectedToken) = 0;
};

class StaticTokenProvider final : public AccessTokenProvider
{
public:
    explicit StaticTokenProvider(QString token)
        : m_token(std::move(token))
    {}
    void fetchToken(std::function<void(Result<QString>)> done) override
    {
        if (m_token.isEmpty())
            done(Error::make(Error::Kind::Auth, QStringLiteral("no access token: sign in first")));
        else
            done(m_token);
    }
    void invalidate(const QString &rejectedToken) override
    {
        if (rejectedToken == m_token)
            m_token.clear();
    }

private:
    QString m_token;
};

} // namespace om::pc
