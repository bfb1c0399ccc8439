#include "sandbox/store/RouteSupport.h"

#include "common/JsonReader.h"
#include "sandbox/store/SandboxStore.h"

#include <QCryptographicHash>
#include <QUrl>

namespace om::sandbox::routes {

StoreResult<QJsonObject> parseBody(const SandboxRequest &request)
{
    auto parsed = om::JsonReader::parseObject(request.body, QString::fromLatin1(request.method) +
                                                                QLatin1Char(' ') + request.path);
    if (!parsed)
        return StoreError{
            400,
            codes::InvalidInput,
            QStringLiteral("The request body is not valid JSON: %1").arg(parsed.error().message),
            {}};
    return parsed.take();
}

std::optional<SandboxReply> requireUserContext(const SandboxRequest &request)
{
    if (!request.auth.appOnly)
        return std::nullopt;
    return SandboxReply::error(
        403, codes::AppOnlyNotSupported,
        QStringLiteral("This resource does not support application-only authentication."));
}

StoreResult<QString> requireCountry(const SandboxStore &store, const SandboxRequest &request)
{
    const QString country = request.queryValueCi(QStringLiteral("country")).toUpper();
    if (country.isEmpty())
        return StoreError{400, codes::InvalidInput, QStringLiteral("The country parameter is required."), {}};
    if (!store.catalogue().market(country))
        return StoreError{400,
                          codes::InvalidInput,
                          QStringLiteral("The country %1 is not a supported market.").arg(country),
                          {}};
    return country;
}

QString ifMatch(const SandboxRequest &request)
{
    QString value = QString::fromLatin1(request.header("if-match")).trimmed();
    if (value.startsWith(QLatin1String("W/")))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2);
    return value;
}

namespace {
StoreError badToken()
{
    return {400,
            codes::InvalidContinuationToken,
            QStringLiteral("The continuation token is not valid for this request."),
            {}};
}

std::optional<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}
} // namespace

StoreResult<SeekPage> parseSeekPage(const SandboxRequest &request, int defaultSize, int maxSize)
{
    SeekPage page;
    page.basePath = request.path;
    page.size = defaultSize;
    const QString sizeText = request.queryValueCi(QStringLiteral("size"));
    if (!sizeText.isEmpty()) {
        const auto size = parsePositive(sizeText);
        if (!size)
            return StoreError{
                400, codes::InvalidInput, QStringLiteral("The size '%1' is not valid.").arg(sizeText), {}};
        page.size = std::min(*size, maxSize); // sandbox choice: clamp instead of rejecting
    }
    page.filter = request.queryValueCi(QStringLiteral("filter"));
    const QByteArray key =
        request.path.toLower().toUtf8() + '|' + QByteArray::number(page.size) + '|' + page.filter.toUtf8();
    page.queryHash =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));

    const QString seek = request.queryValueCi(QStringLiteral("seekOperation"));
    if (seek.isEmpty() || seek.compare(QLatin1String("First"), Qt::CaseInsensitive) == 0)
        return page;
    if (seek.compare(QLatin1String("Next"), Qt::CaseInsensitive) != 0)
        return StoreError{
            400,
            codes::InvalidInput,
            QStringLiteral("The seek operation '%1' is not supported by the sandbox (use Next).").arg(seek),
            {}};
    const QByteArray token = request.header("ms-continuationtoken").trimmed();
    if (token.isEmpty())
        return StoreError{400,
                          codes::InvalidInput,
                          QStringLiteral("seekOperation=Next needs the MS-ContinuationToken header."),
                          {}};
    const auto decoded = QByteArray::fromBase64Encoding(token, QByteArray::Base64UrlEncoding |
                                                                   QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return badToken();
    const QList<QByteArray> parts = decoded.decoded.split('|');
    if (parts.size() != 3 || parts.at(0) != "omseek1" || parts.at(2) != page.queryHash.toLatin1())
        return badToken();
    bool ok = false;
    page.offset = parts.at(1).toInt(&ok);
    if (!ok || page.offset < 0)
        return badToken();
    return page;
}

QString continuationToken(const SeekPage &page, int offset)
{
    const QByteArray raw = "omseek1|" + QByteArray::number(offset) + '|' + page.queryHash.toLatin1();
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject seekPageBody(const QJsonArray &items, const SeekPage &page, int total)
{
    QString query = QStringLiteral("?size=%1").arg(page.size);
    if (!page.filter.isEmpty())
        query += QStringLiteral("&filter=") + QString::fromLatin1(QUrl::toPercentEncoding(page.filter));
    QJsonObject links{{QStringLiteral("self"), json::link(page.basePath + query)}};
    QJsonObject body;
    const int nextOffset = page.offset + int(items.size());
    if (nextOffset < total) {
        const QString token = continuationToken(page, nextOffset);
        links.insert(QStringLiteral("next"),
                     json::link(page.basePath + query + QStringLiteral("&seekOperation=Next"),
                                QStringLiteral("GET"), {{QStringLiteral("MS-ContinuationToken"), token}}));
        body = json::collection(items, links);
        body.insert(QStringLiteral("continuationToken"), token);
        return body;
    }
    return json::collection(items, links);
}

StoreResult<IndexPage> parseIndexPage(const SandboxRequest &request, int defaultSize)
{
    IndexPage page;
    page.size = defaultSize;
    const QString offsetText = request.queryValueCi(QStringLiteral("offset"));
    if (!offsetText.isEmpty()) {
        bool ok = false;
        page.offset = offsetText.toInt(&ok);
        if (!ok || page.offset < 0)
            return StoreError{400,
                              codes::InvalidInput,
                              QStringLiteral("The offset '%1' is not valid.").arg(offsetText),
                              {}};
    }
    const QString sizeText = request.queryValueCi(QStringLiteral("size"));
    if (!sizeText.isEmpty()) {
        const auto size = parsePositive(sizeText);
        if (!size)
            return StoreError{
                400, codes::InvalidInput, QStringLiteral("The size '%1' is not valid.").arg(sizeText), {}};
        page.size = *size;
    }
    return page;
}

} // namespace om::sandbox::routes
