#include "common/JsonReader.h"

#include <QJsonDocument>
#include <QStringBuilder>

namespace om {

QJsonValue jsonValueCi(const QJsonObject &object, QStringView key)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd())
        return *exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

JsonReader::JsonReader(QJsonObject object, QString context, QString path)
    : m_object(std::move(object))
    , m_context(std::move(context))
    , m_path(std::move(path))
{}

Result<QJsonObject> JsonReader::parseObject(const QByteArray &bytes, const QString &context)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::make(Error::Kind::Parse,
                           QStringLiteral("malformed JSON at offset %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString()),
                           context);
    }
    if (!doc.isObject())
        return Error::make(Error::Kind::Parse, QStringLiteral("expected a JSON object"), context);
    return doc.object();
}

QString JsonReader::fieldPath(QStringView key) const
{
    if (key.isEmpty())
        return m_path;
    if (m_path.isEmpty())
        return key.toString();
    return m_path % QLatin1Char('.') % key;
}

void JsonReader::fail(QStringView key, const QString &problem)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = Error::make(Error::Kind::Parse, QStringLiteral("field %1: %2").arg(fieldPath(key), problem),
                          m_context);
}

void JsonReader::merge(const JsonReader &other)
{
    if (!m_failed && other.m_failed) {
        m_failed = true;
        m_error = other.m_error;
    }
}

bool JsonReader::has(QStringView key) const
{
    const QJsonValue v = jsonValueCi(m_object, key);
    return !v.isUndefined() && !v.isNull();
}

QJsonValue JsonReader::fetch(QStringView key, Presence presence, QJsonValue::Type expected,
                             const char *typeName)
{
    const QJsonValue v = jsonValueCi(m_object, key);
    if (v.isUndefined() || v.isNull()) {
        if (presence == Required)
            fail(key, QStringLiteral("missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    if (v.type() != expected) {
        fail(key, QStringLiteral("expected %1").arg(QLatin1String(typeName)));
        return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

QString JsonReader::string(QStringView key, Presence presence)
{
    return fetch(key, presence, QJsonValue::String, "a string").toString();
}

bool JsonReader::boolean(QStringView key, Presence presence, bool fallback)
{
    const QJsonValue v = fetch(key, presence, QJsonValue::Bool, "true or false");
    return v.isBool() ? v.toBool() : fallback;
}

qint64 JsonReader::integer(QStringView key, Presence presence, qint64 fallback)
{
    const QJsonValue v = jsonValueCi(m_object, key);
    if (v.isUndefined() || v.isNull()) {
        if (presence == Required)
            fail(key, QStringLiteral("missing"));
        return fallback;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Range first: converting 1e300 to qint64 is undefined behaviour.
        if (d > 9.0e15 || d < -9.0e15 || d != static_cast<double>(static_cast<qint64>(d))) {
            fail(key, QStringLiteral("expected a whole number"));
            return fallback;
        }
        return static_cast<qint64>(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    fail(key, QStringLiteral("expected a whole number"));
    return fallback;
}

double JsonReader::number(QStringView key, Presence presence, double fallback)
{
    const QJsonValue v = fetch(key, presence, QJsonValue::Double, "a number");
    return v.isDouble() ? v.toDouble() : fallback;
}

QDateTime JsonReader::dateTime(QStringView key, Presence presence)
{
    const QJsonValue v = fetch(key, presence, QJsonValue::String, "a date-time string");
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid()) {
        fail(key, QStringLiteral("not an ISO-8601 date-time: \"%1\"").arg(v.toString().left(40)));
        return {};
    }
    return t.toUTC();
}

QJsonObject JsonReader::object(QStringView key, Presence presence)
{
    return fetch(key, presence, QJsonValue::Object, "an object").toObject();
}

QJsonArray JsonReader::array(QStringView key, Presence presence)
{
    return fetch(key, presence, QJsonValue::Array, "an array").toArray();
}

QStringList JsonReader::stringList(QStringView key, Presence presence)
{
    QStringList out;
    const QJsonArray a = array(key, presence);
    for (int i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            fail(QString(key % QLatin1Char('[') % QString::number(i) % QLatin1Char(']')),
                 QStringLiteral("expected a string"));
            return {};
        }
        out << a.at(i).toString();
    }
    return out;
}

JsonReader JsonReader::child(QStringView key, Presence presence)
{
    return JsonReader(object(key, presence), m_context, fieldPath(key));
}

JsonReader JsonReader::element(const QJsonArray &array, int index, QStringView arrayKey)
{
    const QString path = fieldPath(arrayKey) % QLatin1Char('[') % QString::number(index) % QLatin1Char(']');
    const QJsonValue v = array.at(index);
    JsonReader r(v.toObject(), m_context, path);
    if (!v.isObject())
        r.fail(QString(), QStringLiteral("expected an object"));
    return r;
}

} // namespace om
