#include "partnercenter/TransportPolicy.h"

#include <QHostAddress>

namespace om::pc {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

Status checkEndpointUrl(const QUrl &url, const QString &what)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery).left(200);
    if (!url.isValid() || url.host().isEmpty()) {
        return Error::make(
            Error::Kind::Validation,
            QStringLiteral("\"%1\" is not a usable URL (an https:// address is needed)").arg(shown), what);
    }
    if (!url.userInfo().isEmpty()) {
        return Error::make(
            Error::Kind::Validation,
            QStringLiteral("the address must not contain a user name or password (%1)").arg(shown), what);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http" && isLoopbackHost(url.host()))
        return {};
    if (scheme == u"http") {
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("refusing plain http to %1: tokens are only sent over https "
                                          "(plain http is allowed only for the local sandbox on 127.0.0.1)")
                               .arg(url.host()),
                           what);
    }
    return Error::make(Error::Kind::Validation,
                       QStringLiteral("refusing the %1 scheme in %2: only https is allowed")
                           .arg(scheme.isEmpty() ? QStringLiteral("missing") : scheme, shown),
                       what);
}

} // namespace om::pc
