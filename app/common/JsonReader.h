#pragma once

#include "common/Error.h"
#include "common/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace om {

// Case-insensitive lookup of a JSON property: Partner Center emits camelCase but accepts any case,
// and the official SDK sends PascalCase. Returns Undefined when absent.
QJsonValue jsonValueCi(const QJsonObject &object, QStringView key);

// Typed, validating reads of one JSON object. The first problem is kept as an Error that names the
// field path and the request (`context`), e.g. "GET /v1/customers: field items[3].id: missing".
// Reads after an error return defaults; check ok() once at the end.
class JsonReader
{
public:
    enum Presence
    {
        Required,
        Optional
    };

    JsonReader(QJsonObject object, QString context, QString path = {});

    // Parses a whole document that must be an object.
    static Result<QJsonObject> parseObject(const QByteArray &bytes, const QString &context);

    bool has(QStringView key) const;
    QString string(QStringView key, Presence presence = Required);
    bool boolean(QStringView key, Presence presence = Required, bool fallback = false);
    // Accepts a JSON number with an integral value or a numeric string ("3600").
    qint64 integer(QStringView key, Presence presence = Required, qint64 fallback = 0);
    double number(QStringView key, Presence presence = Required, double fallback = 0);
    // ISO-8601; returns an invalid QDateTime when optional and absent.
    QDateTime dateTime(QStringView key, Presence presence = Required);
    QJsonObject object(QStringView key, Presence presence = Required);
    QJsonArray array(QStringView key, Presence presence = Required);
    QStringList stringList(QStringView key, Presence presence = Required);

    // A reader over a nested object, sharing this reader's error slot semantics via merge().
    JsonReader child(QStringView key, Presence presence = Required);
    JsonReader element(const QJsonArray &array, int index, QStringView arrayKey);
    void merge(const JsonReader &other); // adopt another reader's first error

    bool ok() const { return !m_failed; }
    const Error &error() const { return m_error; }
    void fail(QStringView key, const QString &problem);

private:
    QJsonValue fetch(QStringView key, Presence presence, QJsonValue::Type expected, const char *typeName);
    QString fieldPath(QStringView key) const;

    QJsonObject m_object;
    QString m_context;
    QString m_path;
    bool m_failed = false;
    Error m_error;
};

} // namespace om
