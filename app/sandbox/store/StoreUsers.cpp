// SandboxStore: changes to a customer's user accounts (PATCH .../users/{u}).

#include "sandbox/store/SandboxStore.h"

namespace om::sandbox {

StoreResult<UserRecord> SandboxStore::updateUsageLocation(const QString &customerId,
                                                          const QString &userIdOrUpn,
                                                          const QString &usageLocation)
{
    if (auto error = checkCustomer(customerId))
        return *error;
    const UserRecord *found = user(customerId, userIdOrUpn);
    if (!found)
        return StoreError{
            404, codes::UserNotFound, QStringLiteral("User object Id %1 is not found.").arg(userIdOrUpn), {}};
    const QString code = usageLocation.trimmed().toUpper();
    bool letters = code.size() == 2;
    for (const QChar c : code)
        letters = letters && c >= QLatin1Char('A') && c <= QLatin1Char('Z');
    if (!letters)
        // Entra ID takes an ISO 3166-1 alpha-2 code; the Partner Center code for a bad one is NOT CONFIRMED.
        return StoreError{400,
                          codes::InvalidInput,
                          QStringLiteral("usageLocation must be a two-letter country code (ISO 3166-1)."),
                          {}};
    CustomerState *cs = state(customerId);
    UserRecord &u = *cs->users.find(found->id);
    u.usageLocation = code; // from now on licences can be assigned to the user
    qCInfo(lcSandboxStore) << "usage location of" << u.userPrincipalName << "set to" << code;
    return u;
}

} // namespace om::sandbox
