// The client's request mechanics against the sandbox over real HTTP: paging, retries with the same
// MS-RequestId, no retry of 400, token refresh on 401, PATCH with the whole resource and If-Match.
#include "partnercenter/Parsers.h"
#include "sandbox/store/SandboxStore.h"
#include "tests/partnercenter/PcSandboxFixture.h"

#include <QSet>

using namespace om;
using namespace om::pc;
using om::sandbox::RouteArgs;
using om::sandbox::SandboxReply;
using om::sandbox::SandboxRequest;

namespace {

class ClientSandboxTest : public om::test::PcSandboxFixture
{
protected:
    // Runs one raw ApiJob to completion.
    Result<ApiReply> run(ApiRequest request, QUuid *requestIdBeforeStart = nullptr)
    {
        auto *job = new ApiJob(client().jobContext(), std::move(request), &client());
        if (requestIdBeforeStart)
            *requestIdBeforeStart = job->requestId();
        std::optional<Result<ApiReply>> out;
        QObject::connect(job, &ApiJob::finished, receiver(), [&out](const Result<ApiReply> &r) { out = r; });
        job->start();
        EXPECT_TRUE(waitFor([&out] { return out.has_value(); }));
        return out.value_or(
            Result<ApiReply>(Error::make(Error::Kind::Internal, QStringLiteral("no answer"))));
    }
};

} // namespace

TEST_F(ClientSandboxTest, ListsCustomersAcrossPages)
{
    std::optional<Reply<QList<Customer>>> reply;
    client().listCustomers(7, receiver(), [&reply](const Reply<QList<Customer>> &r) { reply = r; });
    ASSERT_TRUE(waitFor([&reply] { return reply.has_value(); }));
    ASSERT_TRUE(reply->result.ok()) << reply->result.error().toString().toStdString();

    const QList<Customer> &customers = reply->result.value();
    const int expected = host().store().customerCount();
    ASSERT_GT(expected, 7 * 2); // several pages
    ASSERT_EQ(customers.size(), expected);
    QSet<QString> ids;
    for (int i = 0; i < customers.size(); ++i) {
        ids.insert(customers.at(i).id);
        EXPECT_EQ(customers.at(i).id, host().store().customerAt(i)->id) << i;
    }
    EXPECT_EQ(ids.size(), expected);
}

TEST_F(ClientSandboxTest, ServerErrorsAreRetriedWithTheSameRequestId)
{
    QList<QByteArray> seen;
    host().router().add("GET", QStringLiteral("/v1/test/flaky"),
                        [&seen](const SandboxRequest &r, const RouteArgs &) {
                            seen << r.header("ms-requestid");
                            if (seen.size() <= 2)
                                return SandboxReply::error(503, 3000, QStringLiteral("busy"));
                            return SandboxReply::json(200, QJsonObject{{QStringLiteral("ok"), true}});
                        });
    QUuid requestId;
    const Result<ApiReply> r = run(ApiRequest::get(QStringLiteral("/v1/test/flaky")), &requestId);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_EQ(seen.size(), 3);
    EXPECT_EQ(seen.at(0), requestId.toByteArray(QUuid::WithoutBraces));
    EXPECT_EQ(seen.at(1), seen.at(0));
    EXPECT_EQ(seen.at(2), seen.at(0));
    EXPECT_EQ(r->requestId, requestId);
    EXPECT_EQ(r->attempts, 3);
    EXPECT_EQ(r->httpStatus, 200);
}

TEST_F(ClientSandboxTest, InjectedRequestIdIsSentAndGivenUpAfterMaxRetries)
{
    int hits = 0;
    QByteArray sent;
    host().router().add("POST", QStringLiteral("/v1/test/down"),
                        [&](const SandboxRequest &r, const RouteArgs &) {
                            ++hits;
                            sent = r.header("ms-requestid");
                            return SandboxReply::error(500, 800003, QStringLiteral("service failure"));
                        });
    ApiRequest request = ApiRequest::withBody(QByteArrayLiteral("POST"), QStringLiteral("/v1/test/down"), {});
    request.options.requestId = QUuid::createUuid();
    const Result<ApiReply> r = run(request);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().httpStatus, 500);
    EXPECT_EQ(r.error().serviceCode, QStringLiteral("800003"));
    // Every attempt reached the server with the same id: either the route ran again or the sandbox's
    // idempotency cache recognised the repeat (it replays even a stored 5xx).
    const int attempts = client().config().retry.maxRetries + 1;
    EXPECT_EQ(server().counters().requests, attempts);
    EXPECT_EQ(hits + server().counters().replays, attempts);
    EXPECT_EQ(sent, request.options.requestId.toByteArray(QUuid::WithoutBraces));
}

TEST_F(ClientSandboxTest, BadRequestIsNotRetried)
{
    int hits = 0;
    host().router().add("GET", QStringLiteral("/v1/test/bad"),
                        [&hits](const SandboxRequest &, const RouteArgs &) {
                            ++hits;
                            return SandboxReply::error(400, 800002, QStringLiteral("Invalid input."));
                        });
    const Result<ApiReply> r = run(ApiRequest::get(QStringLiteral("/v1/test/bad")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(hits, 1);
    EXPECT_EQ(r.error().kind, Error::Kind::Http);
    EXPECT_EQ(r.error().httpStatus, 400);
    EXPECT_EQ(r.error().serviceCode, QStringLiteral("800002"));
    EXPECT_EQ(r.error().context, QStringLiteral("GET /v1/test/bad"));
}

TEST_F(ClientSandboxTest, NotFoundIsAKindAndNotRetried)
{
    std::optional<Reply<Subscription>> reply;
    const QString customerId = host().store().customerAt(0)->id;
    client().getSubscription(customerId, QStringLiteral("00000000-0000-0000-0000-000000000001"), receiver(),
                             [&reply](const Reply<Subscription> &r) { reply = r; });
    ASSERT_TRUE(waitFor([&reply] { return reply.has_value(); }));
    ASSERT_FALSE(reply->result.ok());
    EXPECT_EQ(reply->result.error().kind, Error::Kind::NotFound);
    EXPECT_EQ(reply->httpStatus, 404);
    EXPECT_EQ(server().counters().requests, 1);
}

TEST_F(ClientSandboxTest, UnauthorizedRefreshesTheTokenOnce)
{
    makeClient(QStringList{QStringLiteral("not-a-sandbox-token"), token()});
    std::optional<Reply<Customer>> reply;
    const QString customerId = host().store().customerAt(0)->id;
    client().getCustomer(customerId, receiver(), [&reply](const Reply<Customer> &r) { reply = r; });
    ASSERT_TRUE(waitFor([&reply] { return reply.has_value(); }));
    ASSERT_TRUE(reply->result.ok()) << reply->result.error().toString().toStdString();
    EXPECT_EQ(reply->result->id, customerId);
    EXPECT_EQ(tokens().invalidated, QStringList{QStringLiteral("not-a-sandbox-token")});
    EXPECT_EQ(tokens().fetches, 2);
    EXPECT_EQ(server().counters().unauthorized, 1);
}

TEST_F(ClientSandboxTest, SecondUnauthorizedFailsAsAuth)
{
    makeClient(QStringList{QStringLiteral("bad-1"), QStringLiteral("bad-2")});
    std::optional<Reply<Customer>> reply;
    client().getCustomer(host().store().customerAt(0)->id, receiver(),
                         [&reply](const Reply<Customer> &r) { reply = r; });
    ASSERT_TRUE(waitFor([&reply] { return reply.has_value(); }));
    ASSERT_FALSE(reply->result.ok());
    EXPECT_EQ(reply->result.error().kind, Error::Kind::Auth);
    EXPECT_EQ(reply->httpStatus, 401);
    EXPECT_EQ(server().counters().unauthorized, 2);
    EXPECT_EQ(tokens().invalidated, (QStringList{QStringLiteral("bad-1"), QStringLiteral("bad-2")}));
}

TEST_F(ClientSandboxTest, SuspendsWithWholeBodyAndIfMatch)
{
    const QString customerId = host().store().customerAt(0)->id;
    const auto subs = host().store().subscriptions(customerId);
    ASSERT_FALSE(subs.isEmpty());
    const QString subscriptionId = subs.first()->id;

    std::optional<Reply<Subscription>> read;
    client().getSubscription(customerId, subscriptionId, receiver(),
                             [&read](const Reply<Subscription> &r) { read = r; });
    ASSERT_TRUE(waitFor([&read] { return read.has_value(); }));
    ASSERT_TRUE(read->result.ok()) << read->result.error().toString().toStdString();
    const Subscription before = read->result.value();
    ASSERT_FALSE(before.etag.isEmpty());

    std::optional<Reply<Subscription>> patched;
    RequestOptions options;
    options.requestId = QUuid::createUuid();
    client().patchSubscription(
        customerId, subscriptionId, subscriptionPatchBody(before, QStringLiteral("suspended")), before.etag,
        receiver(), [&patched](const Reply<Subscription> &r) { patched = r; }, options);
    ASSERT_TRUE(waitFor([&patched] { return patched.has_value(); }));
    ASSERT_TRUE(patched->result.ok()) << patched->result.error().toString().toStdString();
    EXPECT_EQ(patched->result->status, QStringLiteral("suspended"));
    EXPECT_EQ(patched->result->autoRenewEnabled, before.autoRenewEnabled); // whole body kept it
    EXPECT_EQ(patched->requestId, options.requestId);
    EXPECT_NE(patched->result->etag, before.etag);

    // The old etag is stale now: a conflict, not retried.
    std::optional<Reply<Subscription>> stale;
    client().patchSubscription(customerId, subscriptionId,
                               subscriptionPatchBody(before, QStringLiteral("active")), before.etag,
                               receiver(), [&stale](const Reply<Subscription> &r) { stale = r; });
    ASSERT_TRUE(waitFor([&stale] { return stale.has_value(); }));
    ASSERT_FALSE(stale->result.ok());
    EXPECT_EQ(stale->result.error().kind, Error::Kind::Conflict)
        << stale->result.error().toString().toStdString();
}

// The usage-location fix's PATCH, sent as the app sends it: the write pc::customerUserUpdateWrite builds (the
// journal records it) through sendWrite<CustomerUser>, with the journal's MS-RequestId; the answer is the
// user as updated. A user the customer does not have is a NotFound, not retried.
TEST_F(ClientSandboxTest, UpdatesAUsersUsageLocationThroughTheWriteTheJournalRecords)
{
    const QString customerId = host().store().customerAt(0)->id;
    const auto users = host().store().users(customerId);
    ASSERT_FALSE(users.isEmpty());
    const QString userId = users.first()->id;
    const QString location =
        users.first()->usageLocation == QLatin1String("DE") ? QStringLiteral("fr") : QStringLiteral("de");
    const QString expected = location.toUpper();
    QList<QByteArray> seen;
    QObject::connect(&server(), &om::sandbox::SandboxServer::requestArrived, receiver(),
                     [&seen](const SandboxRequest &r) {
                         if (r.method == "PATCH")
                             seen << r.path.toLatin1();
                     });

    CustomerUserUpdate update;
    update.usageLocation = location;
    RequestOptions options;
    options.requestId = QUuid::createUuid();
    std::optional<Reply<CustomerUser>> patched;
    client().sendWrite<CustomerUser>(
        customerUserUpdateWrite(customerId, userId, update), receiver(),
        [&patched](const Reply<CustomerUser> &r) { patched = r; }, options);
    ASSERT_TRUE(waitFor([&patched] { return patched.has_value(); }));
    ASSERT_TRUE(patched->result.ok()) << patched->result.error().toString().toStdString();
    EXPECT_EQ(patched->httpStatus, 200);
    EXPECT_EQ(patched->requestId, options.requestId);
    EXPECT_EQ(patched->result->id, userId);
    EXPECT_EQ(patched->result->usageLocation, expected);
    EXPECT_EQ(host().store().user(customerId, userId)->usageLocation, expected);
    EXPECT_EQ(seen, QList<QByteArray>{
                        QStringLiteral("/v1/customers/%1/users/%2").arg(customerId, userId).toLatin1()});

    std::optional<Reply<CustomerUser>> missing;
    client().sendWrite<CustomerUser>(
        customerUserUpdateWrite(customerId, QStringLiteral("no-such-user"), update), receiver(),
        [&missing](const Reply<CustomerUser> &r) { missing = r; });
    ASSERT_TRUE(waitFor([&missing] { return missing.has_value(); }));
    ASSERT_FALSE(missing->result.ok());
    EXPECT_EQ(missing->result.error().kind, Error::Kind::NotFound)
        << missing->result.error().toString().toStdString();
    EXPECT_EQ(seen.size(), 2) << "a 404 is not retried";
}

TEST_F(ClientSandboxTest, PagingLoopAndMalformedPagesAreErrors)
{
    host().router().add(
        "GET", QStringLiteral("/v1/test/loop"), [](const SandboxRequest &, const RouteArgs &) {
            const QJsonObject next{
                {QStringLiteral("uri"), QStringLiteral("/test/loop?seekOperation=Next")},
                {QStringLiteral("headers"),
                 QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("MS-ContinuationToken")},
                                        {QStringLiteral("value"), QStringLiteral("same")}}}}};
            return SandboxReply::json(
                200, QJsonObject{{QStringLiteral("items"), QJsonArray{1}},
                                 {QStringLiteral("links"), QJsonObject{{QStringLiteral("next"), next}}}});
        });
    host().router().add("GET", QStringLiteral("/v1/test/garbled"),
                        [](const SandboxRequest &, const RouteArgs &) {
                            SandboxReply reply = SandboxReply::json(200, QJsonObject{});
                            reply.body = QByteArrayLiteral("{\"items\": [");
                            return reply;
                        });

    auto runPaged = [this](const QString &path) {
        auto *job = new PagedJob(client().jobContext(), ApiRequest::get(path), &client());
        std::optional<Result<PagedReply>> out;
        QObject::connect(job, &PagedJob::finished, receiver(),
                         [&out](const Result<PagedReply> &r) { out = r; });
        job->start();
        EXPECT_TRUE(waitFor([&out] { return out.has_value(); }));
        return out.value_or(
            Result<PagedReply>(Error::make(Error::Kind::Internal, QStringLiteral("no answer"))));
    };

    const Result<PagedReply> loop = runPaged(QStringLiteral("/v1/test/loop"));
    ASSERT_FALSE(loop.ok());
    EXPECT_EQ(loop.error().kind, Error::Kind::Parse);
    EXPECT_TRUE(loop.error().message.contains(QStringLiteral("paging loop")))
        << loop.error().toString().toStdString();
    EXPECT_EQ(server().counters().requests, 2); // first page, then the repeated link once

    const Result<PagedReply> garbled = runPaged(QStringLiteral("/v1/test/garbled"));
    ASSERT_FALSE(garbled.ok());
    EXPECT_EQ(garbled.error().kind, Error::Kind::Parse);
    EXPECT_EQ(garbled.error().context, QStringLiteral("GET /v1/test/garbled"));
}
