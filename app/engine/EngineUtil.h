#pragma once

// Small helpers every engine step uses.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace om::engine {

// Partner Center ids (GUIDs, catalog items) compare case-insensitively; an empty id matches nothing.
inline bool sameId(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// A JSON object as the journal stores request bodies and answer summaries.
inline QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace om::engine
