#include "partnercenter/CustomerUserUpdate.h"

#include <QStringBuilder>

namespace om::pc {

QJsonObject CustomerUserUpdate::toJson() const
{
    return {{QStringLiteral("usageLocation"), usageLocation.toUpper()},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("objectType"), QStringLiteral("CustomerUser")}}}};
}

bool CustomerUserUpdate::isValidUsageLocation(const QString &code)
{
    if (code.size() != 2)
        return false;
    for (const QChar c : code) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return false;
    }
    return true;
}

ApiRequest customerUserUpdateRequest(const QString &customerId, const QString &userId,
                                     const CustomerUserUpdate &update)
{
    return ApiRequest::withBody(QByteArrayLiteral("PATCH"),
                                QStringLiteral("/v1/customers/") % pathSegment(customerId) %
                                    QStringLiteral("/users/") % pathSegment(userId),
                                update.toJson());
}

} // namespace om::pc
