#pragma once

#include <QDateTime>
#include <QString>

namespace om::secrets {

// What the token endpoint gave us. Lives in memory only; the refresh token alone is persisted, and only
// through a SecretStore. Never logged, never put in an Error.
struct TokenSet
{
    QString accessToken;
    QString refreshToken; // empty for client credentials or when the server sent none
    QDateTime expiresAt;  // UTC, from expires_in and the injected clock at receipt

    // Usable when there is a token that stays valid for at least `marginSecs` more seconds.
    bool isUsable(const QDateTime &now, int marginSecs) const
    {
        return !accessToken.isEmpty() && expiresAt.isValid() && now.addSecs(marginSecs) < expiresAt;
    }
};

} // namespace om::secrets
