#include "partnercenter/Links.h"

#include "common/JsonReader.h"

#include <QStringBuilder>
#include <QUrl>

namespace om::pc {

namespace {

constexpr int kMaxHeaderValueChars = 16 * 1024; // an MS-ContinuationToken is a few hundred bytes
constexpr int kMaxLinkHeaders = 8;

// RFC 9110 token characters.
bool isHeaderName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        QStringView(u"!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

// Printable ASCII only: no CR/LF (header injection), no NUL, nothing toLatin1() would mangle.
bool isHeaderValue(const QString &value)
{
    if (value.size() > kMaxHeaderValueChars)
        return false;
    for (const QChar c : value) {
        if (c < u' ' || c > u'~')
            return false;
    }
    return true;
}

// Headers the client sets itself or that steer the transport: a link may not replace them.
bool isReservedHeader(const QString &name)
{
    static const QStringList reserved = {
        QStringLiteral("authorization"),
        QStringLiteral("proxy-authorization"),
        QStringLiteral("host"),
        QStringLiteral("cookie"),
        QStringLiteral("connection"),
        QStringLiteral("content-length"),
        QStringLiteral("transfer-encoding"),
        QStringLiteral("content-type"),
        QStringLiteral("ms-requestid"),
        QStringLiteral("ms-correlationid"),
        QStringLiteral("accept"),
        QStringLiteral("upgrade"),
        QStringLiteral("te"),
        QStringLiteral("expect"),
    };
    return reserved.contains(name.toLower());
}

} // namespace

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
    if (headers.size() > kMaxLinkHeaders)
        link.fail(u"headers", QStringLiteral("more than %1 headers").arg(kMaxLinkHeaders));
    for (int i = 0; i < headers.size() && link.ok(); ++i) {
        JsonReader h = link.element(headers, i, u"headers");
        const QString key = h.string(u"key");
        const QString value = h.string(u"value");
        if (h.ok() && (!isHeaderName(key) || isReservedHeader(key)))
            h.fail(u"key", QStringLiteral("not a header a link may set"));
        else if (h.ok() && !isHeaderValue(value))
            h.fail(u"value",
                   QStringLiteral("not a usable header value (control characters, non-ASCII or over "
                                  "%1 characters)")
                       .arg(kMaxHeaderValueChars));
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
