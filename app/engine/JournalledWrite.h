#pragma once

// One Partner Center write under the journal rule: record it BEFORE sending (the journal hands out the
// MS-RequestId, the same one again for a write still pending after a crash), send it with that id,
// record the answer AFTER. No answer (timeout, dropped connection after the client's own retries) leaves
// the write pending so the next run replays the same id. A 409 "in progress" (800060/800064: the first
// send of this id is still being processed) is waited out and replayed with the same id, and so is a 2xx
// whose body cannot be read (what it made is unknown; the replay answers it again).

#include "common/Result.h"
#include "engine/EngineContext.h"
#include "engine/EngineLog.h"
#include "engine/PurchaseEvidence.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace om::engine {

template<typename T>
struct WriteOutcome
{
    Result<T> result = Error::make(Error::Kind::Internal, QStringLiteral("not sent"));
    bool answered = false; // false: no answer seen, the write stays pending in the journal
    QString requestId;
    int httpStatus = 0;
};

inline bool isInFlightConflict(const Error &e)
{
    return e.httpStatus == 409 &&
           (e.serviceCode == QLatin1String("800060") || e.serviceCode == QLatin1String("800064"));
}

// What an answer names that the journal keeps as columns (journal::WriteAnswerIds). A checkout: its order
// (our carts hold one line, so the first order is the one) and the subscription that order bought, read as
// the purchase step reads a live answer (evidence::subscriptionOfOrder; empty while it is provisioned).
inline journal::WriteAnswerIds answerIds(const pc::CartCheckoutResult &result)
{
    journal::WriteAnswerIds ids;
    if (!result.orders.isEmpty()) {
        ids.orderId = result.orders.constFirst().id;
        ids.answerSubscriptionId = evidence::subscriptionOfOrder(result.orders.constFirst());
    }
    return ids;
}
// An upgrade: the target subscription it made (empty when it was refused).
inline journal::WriteAnswerIds answerIds(const pc::UpgradeResult &result)
{
    journal::WriteAnswerIds ids;
    ids.answerSubscriptionId = result.targetSubscriptionId;
    return ids;
}
// Other answers name nothing the journal types.
template<typename T>
journal::WriteAnswerIds answerIds(const T & /*result*/)
{
    return {};
}

namespace detail {
constexpr int kUnreadableAnswerReplays = 3;

template<typename T>
using WriteSender = std::function<void(const pc::RequestOptions &, pc::Done<T>)>;

template<typename T>
void sendJournalled(const EngineContext &ctx, QPointer<QObject> context, const QString &requestId,
                    WriteSender<T> send, std::function<QByteArray(const T &)> summarize,
                    std::function<void(const WriteOutcome<T> &)> done, int attempt)
{
    pc::RequestOptions options;
    options.requestId = QUuid::fromString(requestId);
    send(options, [=](const pc::Reply<T> &reply) {
        if (!context)
            return;
        WriteOutcome<T> out;
        out.requestId = requestId;
        out.httpStatus =
            reply.httpStatus ? reply.httpStatus : (reply.result ? 0 : reply.result.error().httpStatus);
        out.result = reply.result;
        if (!reply.result && isInFlightConflict(reply.result.error()) &&
            attempt < ctx.config.inFlightMaxRetries) {
            qCInfo(lcEngine) << "write" << requestId
                             << "still in progress at Partner Center; replaying later";
            QTimer::singleShot(ctx.config.inFlightRetryMs, context.data(), [=]() {
                sendJournalled<T>(ctx, context, requestId, send, summarize, done, attempt + 1);
            });
            return;
        }
        if (out.httpStatus == 0) { // no answer: keep it pending, the same id is replayed next time
            out.answered = false;
            done(out);
            return;
        }
        // A 2xx we could not read (a damaged or cut body): the write happened, but what it made is unknown.
        // Recording it as answered would make the next attempt a NEW request (a second cart). Replay the
        // same MS-RequestId instead: the service answers the first result again. Still unreadable after
        // the retries: keep it pending, so the next run replays it again.
        if (!reply.result && reply.result.error().kind == Error::Kind::Parse && out.httpStatus >= 200 &&
            out.httpStatus < 300) {
            if (attempt < kUnreadableAnswerReplays) {
                qCInfo(lcEngine) << "write" << requestId << "answered" << out.httpStatus
                                 << "with an unreadable body; replaying it";
                QTimer::singleShot(ctx.config.inFlightRetryMs, context.data(), [=]() {
                    sendJournalled<T>(ctx, context, requestId, send, summarize, done, attempt + 1);
                });
                return;
            }
            out.answered = false;
            done(out);
            return;
        }
        out.answered = true;
        const QByteArray body =
            reply.result ? summarize(reply.result.value()) : reply.result.error().toString().toUtf8();
        const journal::WriteAnswerIds ids =
            reply.result ? answerIds(reply.result.value()) : journal::WriteAnswerIds();
        const auto recorded = ctx.journal->recordWriteAnswer(requestId, out.httpStatus, body, ids);
        if (!recorded)
            out.result = recorded.error();
        done(out);
    });
}
} // namespace detail

// How the journal files a write: its migration, kind and key (the user id of a licence update).
struct JournalEntry
{
    qint64 migrationId = 0;
    journal::WriteKind kind = journal::WriteKind::CreateCart;
    QString key;
};

// What the journal records of `write`: its method, path and body as the client sends them, and its ids.
inline journal::WriteRequestSpec journalSpec(const JournalEntry &entry, const pc::WriteRequest &write)
{
    journal::WriteRequestSpec spec;
    spec.migrationId = entry.migrationId;
    spec.kind = entry.kind;
    spec.key = entry.key;
    spec.method = write.method();
    spec.path = write.path();
    spec.body = write.body();
    spec.subscriptionId = write.ids.subscriptionId;
    spec.cartId = write.ids.cartId;
    return spec;
}

// One write built by the client (partnercenter/WriteRequest.h) under the journal rule: the journal records
// the very request the client then sends (PartnerCenterClient::sendWrite), so the two cannot differ.
// `summarize` gives the answer as stored (compact JSON); answerIds() the ids stored as columns with it.
// `done` runs once: at once when the journal refuses to record the write (nothing sent, answered = true).
template<typename T>
void journalledSend(const EngineContext &ctx, QObject *context, const JournalEntry &entry,
                    const pc::WriteRequest &write, std::function<QByteArray(const T &)> summarize,
                    std::function<void(const WriteOutcome<T> &)> done)
{
    const journal::WriteRequestSpec spec = journalSpec(entry, write);
    const auto recorded = ctx.journal->recordWriteBeforeSend(spec);
    if (!recorded) {
        WriteOutcome<T> out;
        out.result = recorded.error();
        out.answered = true; // nothing was sent
        done(out);
        return;
    }
    if (recorded->reused)
        qCInfo(lcEngine) << "replaying pending write" << journal::writeKindToken(spec.kind) << spec.key
                         << "with its recorded MS-RequestId" << recorded->requestId;
    pc::PartnerCenterClient *client = ctx.client;
    const QPointer<QObject> receiver(context);
    detail::sendJournalled<T>(
        ctx, receiver, recorded->requestId,
        [client, write, receiver](const pc::RequestOptions &options, pc::Done<T> d) {
            client->sendWrite<T>(write, receiver.data(), std::move(d), options);
        },
        std::move(summarize), std::move(done), 0);
}

} // namespace om::engine
