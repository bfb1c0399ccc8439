#include "secrets/SecretStore.h"

namespace om::secrets {

QString secretKey(SecretKind kind, const AccountSettings &account)
{
    const QString kindName =
        kind == SecretKind::RefreshToken ? QStringLiteral("refresh-token") : QStringLiteral("client-secret");
    return kindName + QLatin1Char('/') + cloudName(account.cloud) + QLatin1Char('/') +
           account.tenant.trimmed().toLower() + QLatin1Char('/') + account.clientId.trimmed().toLower();
}

} // namespace om::secrets
