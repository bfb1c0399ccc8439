#include "partnercenter/Links.h"

#include "common/JsonReader.h"

#include <QStringBuilder>
#include <QUrl>

namespace om::pc {

Result<Link> parseLink(const QJsonObject &resource, QStringView name, const QString &context)
{
    JsonReader root(resource, context);
    JsonReader links = root.child(u"links", JsonReader::Optional);
    if (!root.ok())
        return root.error();
    if (!links.has(name))
        return Link{};
    JsonReader link = links.child(name);
    Link out;
    out.uri = link.string(u"uri");
    const QString method = link.string(u"method", JsonReader::Optional);
    if (!method.isEmpty())
        out.method = method.toUpper().toLatin1();
    const QJsonArray headers = link.array(u"headers", JsonReader::Optional);
    for (int i = 0; i < headers.size() && link.ok(); ++i) {
        JsonReader h = link.element(headers, i, u"headers");
        const QString key = h.string(u"key");
        const QString value = h.string(u"value");
        link.merge(h);
        if (h.ok())
            out.headers.append({key.toLatin1(), value.toLatin1()});
    }
    links.merge(link);
    if (!links.ok())
        return links.error();
    return out;
}

Result<LinkTarget> resolveLink(const QString &uri, const QString &context)
{
    const QString trimmed = uri.trimmed();
    if (trimmed.isEmpty())
        return Error::make(Error::Kind::Parse, QStringLiteral("empty link uri"), context);
    const QUrl parsed(trimmed, QUrl::TolerantMode);
    if (!parsed.isValid() || !parsed.scheme().isEmpty() || !parsed.host().isEmpty()) {
        return Error::make(Error::Kind::Parse,
                           QStringLiteral("link \"%1\" is not a relative path; refusing to follow it")
                               .arg(trimmed.left(120)),
                           context);
    }
    QString path = parsed.path(QUrl::FullyEncoded);
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    if (!(path.startsWith(u"/v1/", Qt::CaseInsensitive) || path.compare(u"/v1", Qt::CaseInsensitive) == 0))
        path = QStringLiteral("/v1") % path;
    LinkTarget target;
    target.path = QUrl::fromPercentEncoding(path.toLatin1());
    target.query = QUrlQuery(parsed.query(QUrl::FullyEncoded));
    return target;
}

} // namespace om::pc
