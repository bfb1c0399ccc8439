#pragma once

#include "partnercenter/ApiJob.h"

#include <QJsonArray>
#include <QSet>

namespace om::pc {

struct PagedReply
{
    QJsonArray items; // every page's `items`, in order
    int pages = 0;
    int httpStatus = 0; // of the last page
    QUuid correlationId;
};

// GETs a collection and follows links.next until there is none: the next link's URI is resolved with
// resolveLink() and each of its headers (MS-ContinuationToken) is sent with the next request.
// Each page is its own logical request (new MS-RequestId), all pages share one MS-CorrelationId.
// A next link that repeats one already followed (same URI and headers) fails as a paging loop,
// as does exceeding ClientConfig::maxPages, and a next link whose method is not GET. Emits finished once,
// then deletes itself later.
class PagedJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedJob)

public:
    PagedJob(const JobContext &context, ApiRequest firstPage, QObject *parent = nullptr);

    void start();
    void cancel();
    QUuid correlationId() const { return m_correlationId; }

signals:
    void pageReceived(int pages, int itemsSoFar);
    void finished(const om::Result<om::pc::PagedReply> &result);

private:
    void startPage(ApiRequest request);
    void onPage(const Result<ApiReply> &page);
    void finish(const Result<PagedReply> &result);

    JobContext m_ctx;
    ApiRequest m_first;
    QUuid m_correlationId;
    QPointer<ApiJob> m_current;
    QSet<QByteArray> m_seenLinks;
    PagedReply m_result;
    QString m_lastContext;
    bool m_started = false;
    bool m_done = false;
};

} // namespace om::pc
