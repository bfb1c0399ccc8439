#include "secrets/AccountStorage.h"

#include "secrets/SecretsLog.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace om::secrets {

namespace {

const QString kJournal = QStringLiteral("journal.sqlite");
const QString kScanCache = QStringLiteral("scan-cache.sqlite");
const QString kLegacySandboxCache = QStringLiteral("scan-cache-sandbox.sqlite");

// Lower case; anything but [a-z0-9._-] becomes '_', so a key is always one safe folder name.
QString safePart(const QString &text)
{
    QString out = text.trimmed().toLower();
    for (QChar &c : out) {
        const bool allowed =
            (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'_';
        if (!allowed)
            c = u'_';
    }
    while (out.startsWith(u'.'))
        out.replace(0, 1, u'_');
    return out.left(120);
}

// Moves root/<name> (and its -wal/-shm) to folder/<target> when the target does not exist yet.
void adopt(const QDir &root, const QString &name, const QDir &folder, const QString &target)
{
    if (QFile::exists(folder.filePath(target)))
        return; // this account has its own already: the legacy file stays for another one
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        const QString from = root.filePath(name + suffix);
        const QString to = folder.filePath(target + suffix);
        if (!QFile::exists(from) || QFile::exists(to))
            continue;
        if (QFile::rename(from, to))
            qCInfo(lcSecrets) << "moved" << from << "to" << to;
        else
            qCWarning(lcSecrets) << "could not move" << from << "to" << to;
    }
}

} // namespace

QString AccountStorage::accountKey(const AccountSettings &account)
{
    return cloudName(account.cloud) + QLatin1Char('-') + safePart(account.tenant);
}

QString AccountStorage::hostKey(const QUrl &apiBase)
{
    const int port = apiBase.port(apiBase.scheme() == u"http" ? 80 : 443);
    return QStringLiteral("host-") + safePart(apiBase.host()) + QLatin1Char('-') + QString::number(port);
}

bool AccountStorage::isSandboxKey(const QString &key)
{
    return key == sandboxKey() || key.startsWith(cloudName(Cloud::Sandbox) + QLatin1Char('-'));
}

Result<AccountStorage> AccountStorage::open(const QString &key)
{
    const QString root = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (root.isEmpty())
        return Error::make(Error::Kind::Storage, QStringLiteral("No application data folder is available."),
                           QStringLiteral("account storage"));
    return openIn(root, key);
}

Result<AccountStorage> AccountStorage::openIn(const QString &root, const QString &key)
{
    const QString context = QStringLiteral("account storage");
    if (key.isEmpty() || key != safePart(key))
        return Error::make(Error::Kind::Validation, QStringLiteral("Not a storage key: \"%1\".").arg(key),
                           context);
    const QDir rootDir(root);
    const QString folder = rootDir.filePath(QStringLiteral("accounts/") + key);
    if (!QDir().mkpath(folder))
        return Error::make(
            Error::Kind::Storage,
            QStringLiteral("Could not create the folder \"%1\".").arg(QDir::toNativeSeparators(folder)),
            context);
    const QDir dir(folder);
    if (key == sandboxKey()) {
        adopt(rootDir, kLegacySandboxCache, dir, kScanCache);
    } else if (!isSandboxKey(key)) {
        adopt(rootDir, kJournal, dir, kJournal);
        adopt(rootDir, kScanCache, dir, kScanCache);
    }
    AccountStorage storage;
    storage.key = key;
    storage.folder = dir.absolutePath();
    return storage;
}

QString AccountStorage::journalPath() const
{
    return QDir(folder).filePath(kJournal);
}

QString AccountStorage::scanCachePath() const
{
    return QDir(folder).filePath(kScanCache);
}

} // namespace om::secrets
