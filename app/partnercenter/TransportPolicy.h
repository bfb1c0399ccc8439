#pragma once

#include "common/Result.h"

#include <QString>
#include <QUrl>

namespace om::pc {

// Where a bearer token, a refresh token or a client secret may be sent. The one place for it:
// PartnerCenterClient/ApiJob check the API base and every request URL, TokenClient the token endpoint.
//
// Policy:
//  - https to any host, certificate checked by Qt's defaults. Nothing in app/ ever calls
//    QNetworkReply::ignoreSslErrors or lowers QSslConfiguration::peerVerifyMode: a certificate error
//    always fails the request (ApiJob reports it as a TLS error and does not retry it).
//  - plain http only to a loopback address (127.0.0.0/8, ::1, "localhost"): the local sandbox.
//  - anything else (http to another host, another scheme, user:password@ in the URL) is refused
//    before any request is made.
bool isLoopbackHost(const QString &host);

// ok, or a Validation error naming `what` ("Partner Center API base", "sign-in token endpoint").
Status checkEndpointUrl(const QUrl &url, const QString &what);

// Largest answer body read into memory (a Partner Center page of 1,000 subscriptions is ~2 MB).
// A reply announcing or sending more is aborted and fails as a Parse error: no unbounded memory.
constexpr qint64 defaultMaxResponseBytes = 32LL * 1024 * 1024;
// Token-endpoint answers are a few KB.
constexpr qint64 maxTokenResponseBytes = 1024LL * 1024;

} // namespace om::pc
