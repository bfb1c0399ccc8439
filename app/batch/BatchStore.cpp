#include "batch/BatchStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace om::batch {

namespace {

constexpr int kFormat = 1;

const std::pair<StoredBatch::State, const char *> kStates[] = {
    {StoredBatch::State::Running, "running"},
    {StoredBatch::State::Paused, "paused"},
    {StoredBatch::State::WaitingToSuspend, "waiting_to_suspend"},
    {StoredBatch::State::Cancelled, "cancelled"},
    {StoredBatch::State::Finished, "finished"},
    {StoredBatch::State::Incomplete, "incomplete"},
};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

bool StoredBatch::isResumable() const
{
    return state == State::Running || state == State::Paused || state == State::WaitingToSuspend ||
           state == State::Incomplete;
}

QString StoredBatch::stateToken(State s)
{
    for (const auto &[value, token] : kStates) {
        if (value == s)
            return QString::fromLatin1(token);
    }
    return {};
}

QJsonObject StoredBatch::toJson() const
{
    QJsonArray customers;
    for (const QString &customer : customerIds)
        customers.append(QJsonObject{{QStringLiteral("id"), customer},
                                     {QStringLiteral("name"), customerNames.value(customer)}});
    QJsonObject overrideObject;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (!it.value().isEmpty())
            overrideObject.insert(it.key(), it.value().toJson());
    }
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("createdAt"), iso(createdAt)},
                       {QStringLiteral("confirmedAt"), iso(confirmedAt)},
                       {QStringLiteral("updatedAt"), iso(updatedAt)},
                       {QStringLiteral("operator"), operatorName},
                       {QStringLiteral("stopBeforeSuspend"), stopBeforeSuspend},
                       {QStringLiteral("state"), stateToken(state)},
                       {QStringLiteral("customers"), customers},
                       {QStringLiteral("overrides"), overrideObject}};
}

Result<StoredBatch> StoredBatch::fromJson(const QJsonObject &o)
{
    const auto bad = [](const QString &why) {
        return Error::make(Error::Kind::Parse, why, QStringLiteral("read the batch file"));
    };
    if (o.value(QStringLiteral("format")).toInt() != kFormat)
        return bad(
            QStringLiteral("unknown batch file format %1").arg(o.value(QStringLiteral("format")).toInt()));
    StoredBatch b;
    b.id = o.value(QStringLiteral("id")).toString();
    if (b.id.isEmpty())
        return bad(QStringLiteral("the batch has no id"));
    b.createdAt = fromIso(o.value(QStringLiteral("createdAt")));
    b.confirmedAt = fromIso(o.value(QStringLiteral("confirmedAt")));
    b.updatedAt = fromIso(o.value(QStringLiteral("updatedAt")));
    b.operatorName = o.value(QStringLiteral("operator")).toString();
    b.stopBeforeSuspend = o.value(QStringLiteral("stopBeforeSuspend")).toBool(true);
    const QString token = o.value(QStringLiteral("state")).toString();
    bool known = false;
    for (const auto &[value, name] : kStates) {
        if (token == QLatin1String(name)) {
            b.state = value;
            known = true;
        }
    }
    if (!known)
        return bad(QStringLiteral("unknown batch state '%1'").arg(token));
    for (const auto &v : o.value(QStringLiteral("customers")).toArray()) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return bad(QStringLiteral("a customer without an id"));
        b.customerIds.append(id);
        b.customerNames.insert(id, v.toObject().value(QStringLiteral("name")).toString());
    }
    const QJsonObject overrides = o.value(QStringLiteral("overrides")).toObject();
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        b.overrides.insert(it.key(), BatchOverride::fromJson(it.value().toObject()));
    return b;
}

BatchStore::BatchStore(QString path)
    : m_path(std::move(path))
{}

QString BatchStore::pathForJournal(const QString &journalPath)
{
    return journalPath + QStringLiteral(".batch.json");
}

Result<std::optional<StoredBatch>> BatchStore::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return std::optional<StoredBatch>();
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage, file.errorString(), QStringLiteral("read %1").arg(m_path));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("not a batch file (%1)").arg(parseError.errorString()),
                           QStringLiteral("read %1").arg(m_path));
    auto batch = StoredBatch::fromJson(doc.object());
    if (!batch)
        return Error::make(Error::Kind::Storage, batch.error().message,
                           QStringLiteral("read %1").arg(m_path));
    return std::optional<StoredBatch>(batch.value());
}

Status BatchStore::save(const StoredBatch &batch) const
{
    const QString op = QStringLiteral("write %1").arg(m_path);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error::make(Error::Kind::Storage, QStringLiteral("cannot create the folder"), op);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage, file.errorString(), op);
    const QByteArray bytes = QJsonDocument(batch.toJson()).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error::make(Error::Kind::Storage, file.errorString(), op);
    }
    if (!file.commit()) // fsync + rename: the old file or the new one, never half of one
        return Error::make(Error::Kind::Storage, file.errorString(), op);
    return {};
}

Status BatchStore::remove() const
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return Error::make(Error::Kind::Storage, QStringLiteral("cannot remove the file"),
                           QStringLiteral("remove %1").arg(m_path));
    return {};
}

} // namespace om::batch
