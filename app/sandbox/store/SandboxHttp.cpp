#include "sandbox/store/SandboxHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace om::sandbox {

QString SandboxRequest::queryValueCi(const QString &key) const
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first.compare(key, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return {};
}

SandboxReply SandboxReply::json(int status, const QJsonValue &value)
{
    SandboxReply r;
    r.status = status;
    if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    r.addHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

SandboxReply SandboxReply::error(int status, int code, const QString &description, const QStringList &data)
{
    QJsonObject body{
        {QStringLiteral("code"), code},
        {QStringLiteral("description"), description},
        {QStringLiteral("data"), QJsonArray::fromStringList(data)},
        {QStringLiteral("source"), QStringLiteral("PartnerFD")},
    };
    return json(status, body);
}

void SandboxRouter::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    m_routes.append(
        {method.toUpper(), pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

SandboxRouter::Match SandboxRouter::find(const QByteArray &method, const QString &path,
                                         const RouteHandler **handler, RouteArgs *args) const
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathMatched = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        RouteArgs captured;
        bool match = true;
        for (int i = 0; i < segments.size() && match; ++i) {
            if (route.segments.at(i) == QLatin1String("{}"))
                captured << segments.at(i);
            else
                match = route.segments.at(i).compare(segments.at(i), Qt::CaseInsensitive) == 0;
        }
        if (!match)
            continue;
        pathMatched = true;
        if (route.method != method.toUpper())
            continue;
        if (handler)
            *handler = &route.handler;
        if (args)
            *args = captured;
        return Match::Found;
    }
    return pathMatched ? Match::WrongMethod : Match::NoPath;
}

SandboxReply SandboxRouter::dispatch(const SandboxRequest &request) const
{
    const RouteHandler *handler = nullptr;
    RouteArgs args;
    switch (find(request.method, request.path, &handler, &args)) {
    case Match::Found:
        return (*handler)(request, args);
    case Match::WrongMethod:
        return SandboxReply::error(405, 405,
                                   QStringLiteral("The requested method is not allowed on this resource."));
    case Match::NoPath:
        break;
    }
    return SandboxReply::error(404, 404,
                               QStringLiteral("The requested resource was not found: %1").arg(request.path));
}

} // namespace om::sandbox
