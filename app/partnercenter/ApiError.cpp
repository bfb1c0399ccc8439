#include "partnercenter/ApiError.h"

#include "common/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringBuilder>

#include <algorithm>
#include <climits>
#include <cmath>

namespace om::pc {

namespace {

constexpr int kMaxMessageChars = 600;

QString codeText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        // Range first: converting 1e300 to an integer is undefined behaviour.
        const double d = v.toDouble();
        if (std::isfinite(d) && std::abs(d) < 9.0e15 && d == std::trunc(d))
            return QString::number(static_cast<qint64>(d));
    }
    return {};
}

// What to do next for the codes we meet in a migration; appended to the service's own text.
QString hintFor(const QString &code)
{
    if (code == u"900316")
        return QStringLiteral("Licence calls need a signed-in user (app+user token), not an app-only token.");
    if (code == u"20002")
        return QStringLiteral("The partner has no commerce relationship with this customer.");
    if (code == u"2055")
        return QStringLiteral("The subscription changed since it was read: read it again and retry.");
    if (code == u"60012")
        return QStringLiteral("Not enough free licences: buy more seats or remove a licence first.");
    if (code == u"800060" || code == u"800064")
        return QStringLiteral("An order for this request is already in progress: check the order history "
                              "before trying again.");
    if (code == u"900308" || code == u"900329")
        return QStringLiteral("The signed-in account lacks the permission (GDAP role) this call needs.");
    return {};
}

QString fallbackText(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("the service rejected the request as invalid");
    case 401:
        return QStringLiteral("the sign-in was rejected or has expired: sign in again");
    case 403:
        return QStringLiteral("the signed-in account is not allowed to do this");
    case 404:
        return QStringLiteral("not found");
    case 409:
        return QStringLiteral("conflict with the current state of the resource");
    case 412:
        return QStringLiteral("the resource changed since it was read");
    case 429:
        return QStringLiteral("too many requests: Partner Center is throttling this partner");
    default:
        break;
    }
    if (status >= 500)
        return QStringLiteral("Partner Center had an internal problem: try again later");
    return QStringLiteral("unexpected answer from Partner Center");
}

QString clip(QString text)
{
    text = text.simplified();
    if (text.size() > kMaxMessageChars)
        text = text.left(kMaxMessageChars) % QStringLiteral("…");
    return text;
}

} // namespace

Error::Kind errorKindFor(int httpStatus, const QString &serviceCode)
{
    if (serviceCode == u"2055")
        return Error::Kind::Conflict;
    switch (httpStatus) {
    case 401:
    case 403:
        return Error::Kind::Auth;
    case 404:
        return Error::Kind::NotFound;
    case 409:
    case 412:
        return Error::Kind::Conflict;
    case 429:
        return Error::Kind::Throttled;
    default:
        return Error::Kind::Http;
    }
}

Error errorFromResponse(int httpStatus, const QByteArray &body, const QString &context)
{
    QString code;
    QString message;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        code = codeText(jsonValueCi(o, u"code"));
        message = jsonValueCi(o, u"description").toString();
        if (message.isEmpty())
            message = jsonValueCi(o, u"message").toString(); // APIM 429 body and gateway errors
        const QJsonArray data = jsonValueCi(o, u"data").toArray();
        QStringList details;
        for (const auto &d : data) {
            if (d.isString() && !d.toString().trimmed().isEmpty())
                details << d.toString().trimmed();
        }
        if (!details.isEmpty())
            message = (message.isEmpty() ? QString() : QString(message % QStringLiteral(" — "))) %
                      details.join(QStringLiteral("; "));
    }
    if (message.isEmpty())
        message = fallbackText(httpStatus);
    message = clip(message);
    const QString hint = hintFor(code);
    if (!hint.isEmpty())
        message += QLatin1Char(' ') % hint;

    Error e = Error::make(errorKindFor(httpStatus, code), message, context);
    e.httpStatus = httpStatus;
    e.serviceCode = code;
    return e;
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    // Delta-seconds: negative means "no usable value" (-1); absurdly large clamps to INT_MAX so the
    // caller's maxRetryAfterSecs check fails it as Throttled instead of overflowing.
    if (v.front() == '-')
        return -1;
    bool allDigits = true;
    for (const char c : v)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        bool ok = false;
        const qlonglong secs = v.toLongLong(&ok);
        return ok && secs < INT_MAX ? static_cast<int>(secs) : INT_MAX;
    }
    // HTTP-date, e.g. "Fri, 27 Nov 2026 09:00:30 GMT".
    QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    at.setTimeSpec(Qt::UTC);
    return static_cast<int>(std::clamp<qint64>(now.secsTo(at), 0, INT_MAX));
}

} // namespace om::pc
