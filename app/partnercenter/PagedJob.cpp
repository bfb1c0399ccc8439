#include "partnercenter/PagedJob.h"

#include "common/JsonReader.h"
#include "partnercenter/Links.h"
#include "partnercenter/PcLogging.h"

namespace om::pc {

PagedJob::PagedJob(const JobContext &context, ApiRequest firstPage, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_first(std::move(firstPage))
    , m_correlationId(m_first.options.correlationId.isNull() ? QUuid::createUuid()
                                                             : m_first.options.correlationId)
{
    m_result.correlationId = m_correlationId;
}

void PagedJob::start()
{
    if (m_started)
        return;
    m_started = true;
    ApiRequest first = m_first;
    first.options.correlationId = m_correlationId;
    startPage(std::move(first));
}

void PagedJob::cancel()
{
    if (m_done)
        return;
    if (m_current) {
        ApiJob *job = m_current;
        m_current = nullptr;
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
    finish(Error::make(Error::Kind::Cancelled, QStringLiteral("cancelled"),
                       m_first.describe(m_ctx.config->baseUrl)));
}

void PagedJob::startPage(ApiRequest request)
{
    m_lastContext = request.describe(m_ctx.config->baseUrl);
    auto *job = new ApiJob(m_ctx, std::move(request), this);
    m_current = job;
    connect(job, &ApiJob::finished, this, &PagedJob::onPage);
    job->start();
}

void PagedJob::onPage(const Result<ApiReply> &page)
{
    m_current = nullptr;
    if (m_done)
        return;
    if (!page.ok()) {
        finish(page.error());
        return;
    }
    const QString context = m_lastContext;
    m_result.httpStatus = page->httpStatus;
    ++m_result.pages;

    JsonReader reader(page->json, context);
    const QJsonArray items = reader.array(u"items");
    if (!reader.ok()) {
        finish(reader.error());
        return;
    }
    for (const auto &v : items)
        m_result.items.append(v);
    emit pageReceived(m_result.pages, static_cast<int>(m_result.items.size()));

    Result<Link> next = parseLink(page->json, u"next", context);
    if (!next.ok()) {
        finish(next.error());
        return;
    }
    if (next->uri.isEmpty()) {
        finish(m_result);
        return;
    }
    // Paging only reads: a next link asking for another method (DELETE, PATCH...) is not followed.
    if (next->method != "GET") {
        finish(Error::make(Error::Kind::Parse,
                           QStringLiteral("links.next asks for %1: only GET is followed when paging")
                               .arg(QString::fromLatin1(next->method.left(20))),
                           context));
        return;
    }
    Result<LinkTarget> target = resolveLink(next->uri, context % QStringLiteral(" links.next"));
    if (!target.ok()) {
        finish(target.error());
        return;
    }
    QByteArray key = next->uri.toUtf8();
    for (const auto &h : next->headers)
        key += '\n' + h.first.toLower() + ':' + h.second;
    if (m_seenLinks.contains(key)) {
        finish(Error::make(Error::Kind::Parse,
                           QStringLiteral("paging loop: links.next repeats a page already read (%1)")
                               .arg(next->uri.left(120)),
                           context));
        return;
    }
    m_seenLinks.insert(key);
    if (m_result.pages >= m_ctx.config->maxPages) {
        finish(Error::make(Error::Kind::Parse,
                           QStringLiteral("more than %1 pages: stopping").arg(m_ctx.config->maxPages),
                           context));
        return;
    }

    ApiRequest nextRequest = ApiRequest::get(target->path, target->query);
    nextRequest.headers = next->headers;
    nextRequest.options.correlationId = m_correlationId; // new request id per page
    qCDebug(lcPartnerCenter).noquote() << "following next link to page" << (m_result.pages + 1);
    startPage(std::move(nextRequest));
}

void PagedJob::finish(const Result<PagedReply> &result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
    deleteLater();
}

} // namespace om::pc
