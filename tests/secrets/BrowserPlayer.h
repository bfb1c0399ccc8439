#pragma once

#include "SecretsTestUtil.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace om::secrets::test {

struct BrowserStep
{
    int status = 0;
    QUrl location; // the Location header of a redirect
    QByteArray body;
};

// Plays the system browser: one GET that does NOT follow redirects.
inline BrowserStep browserGet(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    spinUntil([reply] { return reply->isFinished(); });
    BrowserStep step;
    step.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    step.location = QUrl::fromEncoded(reply->rawHeader("Location"));
    step.body = reply->readAll();
    reply->deleteLater();
    return step;
}

// GET with a bearer token; returns the HTTP status.
inline int bearerGet(QNetworkAccessManager &network, const QUrl &url, const QString &token)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = network.get(request);
    spinUntil([reply] { return reply->isFinished(); });
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace om::secrets::test
