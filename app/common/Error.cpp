#include "common/Error.h"

#include <QStringBuilder>

namespace om {

Error Error::make(Kind kind, QString message, QString context)
{
    Error e;
    e.kind = kind;
    e.message = std::move(message);
    e.context = std::move(context);
    return e;
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Storage:
        return QStringLiteral("storage");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString Error::toString() const
{
    QString out;
    if (!context.isEmpty())
        out = context % QStringLiteral(": ");
    if (httpStatus != 0) {
        out += QStringLiteral("HTTP ") % QString::number(httpStatus);
        if (!serviceCode.isEmpty())
            out += QStringLiteral(" (code ") % serviceCode % QLatin1Char(')');
        out += QStringLiteral(": ");
    }
    return out % message;
}

} // namespace om
