#include "tests/support/SandboxHttpClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QTimer>

namespace om::test {

QString HttpResult::describe() const
{
    if (status == 0)
        return QStringLiteral("no HTTP answer (%1%2)")
            .arg(errorString, timedOut ? QStringLiteral(", timed out") : QString());
    return QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(body.left(2000)));
}

SandboxHttpClient::SandboxHttpClient(QNetworkAccessManager &network, QUrl baseUrl, QString bearerToken)
    : m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(bearerToken))
{}

QUrl SandboxHttpClient::url(const QString &pathAndQuery) const
{
    return QUrl(m_baseUrl.toString() + pathAndQuery, QUrl::TolerantMode);
}

QString SandboxHttpClient::linkPath(const QJsonObject &link)
{
    const QString uri = link.value(QStringLiteral("uri")).toString();
    if (uri.startsWith(QLatin1String("/v1/"), Qt::CaseInsensitive))
        return uri;
    return QStringLiteral("/v1") + (uri.startsWith(QLatin1Char('/')) ? uri : QStringLiteral("/") + uri);
}

HeaderList SandboxHttpClient::linkHeaders(const QJsonObject &link)
{
    HeaderList out;
    const QJsonArray headers = link.value(QStringLiteral("headers")).toArray();
    for (const auto &h : headers) {
        const QJsonObject o = h.toObject();
        out.append({o.value(QStringLiteral("key")).toString().toUtf8(),
                    o.value(QStringLiteral("value")).toString().toUtf8()});
    }
    return out;
}

QNetworkReply *SandboxHttpClient::sendAsync(const QByteArray &method, const QString &pathAndQuery,
                                            const QByteArray &body, const HeaderList &headers)
{
    QNetworkRequest request(url(pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    bool hasAuth = false;
    bool hasContentType = false;
    for (const auto &h : headers) {
        const QByteArray lower = h.first.toLower();
        hasAuth = hasAuth || lower == "authorization";
        hasContentType = hasContentType || lower == "content-type";
        if (!h.second.isEmpty())
            request.setRawHeader(h.first, h.second);
    }
    if (!hasAuth && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!hasContentType && !body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Accept", "application/json");
    return m_network.sendCustomRequest(request, method, body);
}

HttpResult SandboxHttpClient::send(const QByteArray &method, const QString &pathAndQuery,
                                   const QByteArray &body, const HeaderList &headers, int timeoutMs)
{
    return wait(sendAsync(method, pathAndQuery, body, headers), timeoutMs);
}

HttpResult SandboxHttpClient::sendJson(const QByteArray &method, const QString &pathAndQuery,
                                       const QJsonObject &body, const HeaderList &headers, int timeoutMs)
{
    return send(method, pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, timeoutMs);
}

HttpResult SandboxHttpClient::wait(QNetworkReply *reply, int timeoutMs)
{
    HttpResult result;
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, [&loop, &result]() {
            result.timedOut = true;
            loop.quit();
        });
        timer.start(timeoutMs);
        loop.exec();
        if (result.timedOut)
            reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &h : pairs)
        result.headers.insert(h.first.toLower(), h.second);
    result.body = reply->readAll();
    QJsonParseError parseError{};
    result.json = QJsonDocument::fromJson(result.body, &parseError);
    result.jsonOk = !result.body.isEmpty() && parseError.error == QJsonParseError::NoError;
    reply->deleteLater();
    return result;
}

} // namespace om::test
