#pragma once

// A small synchronous HTTP client for tests that talk to the sandbox over real HTTP (QNetworkAccessManager
// on 127.0.0.1). Waiting runs a local QEventLoop with a timeout; there are no sleeps.
// Most tests use it through SandboxFixture (SandboxFixture.h); use it directly with your own server.

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

namespace om::test {

// What came back from one HTTP exchange.
struct HttpResult
{
    int status = 0; // 0 when there was no HTTP answer (dropped connection, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // QNAM's verdict (also set for 4xx/5xx)
    QString errorString;
    bool timedOut = false;
    QHash<QByteArray, QByteArray> headers; // keys lower-cased
    QByteArray body;
    QJsonDocument json;  // null when the body is empty or not JSON
    bool jsonOk = false; // the body parsed as JSON

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QJsonObject object() const { return json.object(); }
    QString describe() const; // "HTTP 400 <body>" for assertion messages
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

class SandboxHttpClient
{
public:
    // `network` is not owned and must outlive the client.
    SandboxHttpClient(QNetworkAccessManager &network, QUrl baseUrl, QString bearerToken = {});

    void setBearerToken(const QString &token) { m_token = token; }
    QString bearerToken() const { return m_token; }
    QUrl baseUrl() const { return m_baseUrl; }

    // base URL + "/v1/customers?size=10" (the path/query is taken as already encoded).
    QUrl url(const QString &pathAndQuery) const;
    // The request path of a Partner Center link {uri, method, headers}: "/v1/..." as is, else "/v1" + uri.
    static QString linkPath(const QJsonObject &link);
    // The link's headers (e.g. MS-ContinuationToken).
    static HeaderList linkHeaders(const QJsonObject &link);

    // Sends one request and waits for the answer (timeoutMs of real time).
    // Adds "Authorization: Bearer <token>" unless `headers` has an Authorization entry (an entry with an
    // empty value sends no Authorization at all), Content-Type: application/json when there is a body
    // and none is given, and Accept: application/json. Redirects are not followed.
    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                    const HeaderList &headers = {}, int timeoutMs = 10000);
    HttpResult sendJson(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
                        const HeaderList &headers = {}, int timeoutMs = 10000);
    // The same without waiting, for concurrent requests: pass the reply to wait().
    QNetworkReply *sendAsync(const QByteArray &method, const QString &pathAndQuery,
                             const QByteArray &body = {}, const HeaderList &headers = {});
    // Waits for a reply (from sendAsync or any QNAM call), collects it, and deletes it later.
    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 10000);

private:
    QNetworkAccessManager &m_network;
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace om::test
