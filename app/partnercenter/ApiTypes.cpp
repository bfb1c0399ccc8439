#include "partnercenter/ApiTypes.h"

#include <QStringBuilder>

namespace om::pc {

ApiRequest ApiRequest::get(QString path, QUrlQuery query)
{
    ApiRequest r;
    r.path = std::move(path);
    r.query = std::move(query);
    return r;
}

ApiRequest ApiRequest::withBody(QByteArray method, QString path, QJsonObject body)
{
    ApiRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.body = std::move(body);
    r.hasBody = true;
    return r;
}

QString ApiRequest::describe() const
{
    return QString::fromLatin1(method) % QLatin1Char(' ') % path;
}

QString ApiRequest::describe(const QUrl &baseUrl) const
{
    return QString::fromLatin1(method) % QLatin1Char(' ') % url(baseUrl).path(QUrl::FullyEncoded);
}

QUrl ApiRequest::url(const QUrl &baseUrl) const
{
    QUrl u = baseUrl;
    QString basePath = u.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const QLatin1String version("/v1");
    if (basePath.endsWith(version, Qt::CaseInsensitive) &&
        (path.startsWith(version + QLatin1Char('/'), Qt::CaseInsensitive) || path == version))
        basePath.chop(version.size());
    u.setPath(basePath % path, QUrl::TolerantMode);
    u.setQuery(query);
    return u;
}

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace om::pc
