#pragma once

// A PartnerCenterClient with fast retries and a counting static token, for tests against a raw
// loopback server (RawHttpServer). Owns its network manager; lives on the test's thread.

#include "common/Clock.h"
#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

namespace om::test {

class CountingTokenProvider final : public om::pc::AccessTokenProvider
{
public:
    void fetchToken(std::function<void(Result<QString>)> done) override
    {
        ++fetches;
        done(QStringLiteral("secret-bearer-token"));
    }
    void invalidate(const QString &) override {}
    int fetches = 0;
};

class ClientHarness
{
public:
    explicit ClientHarness(const QUrl &baseUrl, const std::function<void(om::pc::ClientConfig &)> &tweak = {})
    {
        om::pc::ClientConfig c;
        c.baseUrl = baseUrl;
        c.retry.baseDelayMs = 5;
        c.retry.maxDelayMs = 20;
        c.retry.maxRetries = 2;
        c.requestTimeoutMs = 20000;
        c.requestsPerMinute = 60000;
        if (tweak)
            tweak(c);
        client = std::make_unique<om::pc::PartnerCenterClient>(&network, &tokens, clock, c);
    }

    Result<om::pc::ApiReply> run(om::pc::ApiRequest request, int *attempts = nullptr)
    {
        auto *job = new om::pc::ApiJob(client->jobContext(), std::move(request), client.get());
        std::optional<Result<om::pc::ApiReply>> out;
        QObject::connect(job, &om::pc::ApiJob::finished, &receiver,
                         [&out, job, attempts](const Result<om::pc::ApiReply> &r) {
                             out = r;
                             if (attempts)
                                 *attempts = job->attempts();
                         });
        job->start();
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 60000))
            return Error::make(Error::Kind::Internal, QStringLiteral("no answer within 60 s"));
        return *out;
    }

    Result<om::pc::PagedReply> runPaged(om::pc::ApiRequest request)
    {
        auto *job = new om::pc::PagedJob(client->jobContext(), std::move(request), client.get());
        std::optional<Result<om::pc::PagedReply>> out;
        QObject::connect(job, &om::pc::PagedJob::finished, &receiver,
                         [&out](const Result<om::pc::PagedReply> &r) { out = r; });
        job->start();
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 60000))
            return Error::make(Error::Kind::Internal, QStringLiteral("no answer within 60 s"));
        return *out;
    }

    om::SystemClock clock;
    QNetworkAccessManager network;
    CountingTokenProvider tokens;
    QObject receiver;
    std::unique_ptr<om::pc::PartnerCenterClient> client;
};

inline std::string text(const Error &e)
{
    return e.toString().toStdString();
}

} // namespace om::test
