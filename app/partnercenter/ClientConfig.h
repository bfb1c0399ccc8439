#pragma once

#include "partnercenter/TransportPolicy.h"

#include <QString>
#include <QUrl>

namespace om::pc {

// How failed attempts are retried. Delays grow as base * 2^n with +/- jitter, capped at maxDelayMs.
struct RetryPolicy
{
    int maxRetries = 4;          // retries after the first attempt (5xx, timeouts, dropped connections, 429)
    int baseDelayMs = 500;       // first back-off
    int maxDelayMs = 30000;      // cap for one back-off
    double jitter = 0.25;        // +/- fraction of the delay, spreads retries of concurrent jobs
    int maxRetryAfterSecs = 300; // a 429 asking for a longer wait fails as Throttled instead of blocking
    int minRetryAfterMs = 1000;  // a 429 with Retry-After 0 or a past date waits this long
};

// Everything a Partner Center client needs to know about its endpoint. Plain value, passed in.
struct ClientConfig
{
    QUrl baseUrl = globalBaseUrl();                             // no /v1: the client adds it
    QString locale = QStringLiteral("en-US");                   // X-Locale
    QString applicationName = QStringLiteral("Offer Migrator"); // MS-PartnerCenter-Application
    int requestTimeoutMs = 60000;                               // one attempt, connect to last byte
    RetryPolicy retry;
    int maxConcurrentRequests = 4;
    // Pacing budget for the whole client. Partner Center documents 500/min per tenant for customers,
    // subscriptions and orders; we stay well under it by default.
    int requestsPerMinute = 300;
    int maxPages = 10000; // guard for a paging loop that never ends
    // Largest answer body read into memory; a bigger one is aborted (TransportPolicy.h).
    qint64 maxResponseBytes = defaultMaxResponseBytes;

    static QUrl globalBaseUrl() { return QUrl(QStringLiteral("https://api.partnercenter.microsoft.com")); }
    // 21Vianet (China) cloud.
    // The local sandbox (`offer-migrator sandbox`, tests): plain HTTP on loopback.
    static QUrl sandboxBaseUrl(quint16 port) { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)); }
    static QUrl chinaBaseUrl()
    {
        return QUrl(QStringLiteral("https://partner.partnercenterapi.microsoftonline.cn"));
    }
};

} // namespace om::pc
