#include "secrets/KeychainSecretStore.h"

#include "secrets/SecretsLog.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#define OM_SECRETS_PROBE_DBUS 1
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

namespace om::secrets {

KeychainSecretStore::KeychainSecretStore(QObject *parent, std::chrono::milliseconds answerTimeout)
    : QObject(parent)
    , m_answerTimeout(answerTimeout)
{}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("offer-migrator");
}

void KeychainSecretStore::read(const QString &key, Done done)
{
    run(new QKeychain::ReadPasswordJob(serviceName()), key, u"read", std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(secret);
    run(job, key, u"write", std::move(done));
}

void KeychainSecretStore::remove(const QString &key, Done done)
{
    run(new QKeychain::DeletePasswordJob(serviceName()), key, u"remove", std::move(done));
}

QString KeychainSecretStore::probeUnavailable()
{
#ifdef OM_SECRETS_PROBE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("no D-Bus session (") + bus.lastError().message() + QLatin1Char(')');
    QDBusConnectionInterface *daemon = bus.interface();
    if (!daemon)
        return QStringLiteral("the D-Bus session has no bus daemon");
    const QStringList services = {QStringLiteral("org.freedesktop.secrets"),
                                  QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd6")};
    for (const QString &service : services) {
        if (daemon->isServiceRegistered(service).value())
            return {};
    }
    const QDBusReply<QStringList> activatable = daemon->activatableServiceNames();
    for (const QString &service : services) {
        if (activatable.isValid() && activatable.value().contains(service))
            return {};
    }
    return QStringLiteral("no Secret Service (such as GNOME Keyring or KWallet) on the D-Bus session");
#else
    return {};
#endif
}

void KeychainSecretStore::run(QKeychain::Job *job, const QString &key, QStringView operation, Done done)
{
    if (!m_probed) {
        m_probed = true;
        m_unavailable = probeUnavailable();
        if (!m_unavailable.isEmpty())
            qCWarning(lcSecrets) << "system keychain unavailable:" << m_unavailable;
    }
    if (!m_unavailable.isEmpty()) {
        delete job; // never started: nothing is written anywhere
        done(resultOf(QKeychain::NoBackendAvailable, m_unavailable, operation));
        return;
    }
    job->setInsecureFallback(false); // never plain text on disk, whatever the platform
    job->setAutoDelete(true);        // parentless: deletes itself when it finishes, even after we left
    job->setKey(key);
    const QString op = operation.toString();

    // Exactly one of "finished" and "timed out" answers; the other finds `pending` empty.
    struct Pending
    {
        Done done;
        QMetaObject::Connection finished;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    pending->finished =
        connect(job, &QKeychain::Job::finished, this, [op, pending, timer](QKeychain::Job *finished) {
            timer->deleteLater();
            Done answer = std::exchange(pending->done, {});
            if (!answer)
                return;
            SecretResult result = resultOf(finished->error(), finished->errorString(), op);
            if (result.ok()) {
                if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    result.value = readJob->textData();
            } else if (op == u"remove" && result.status == SecretResult::Status::NotFound) {
                result = SecretResult::success(); // nothing to remove is what was wanted
            }
            // Only the key (no secret in it) and the outcome are logged.
            qCDebug(lcSecrets) << "keychain" << op << finished->key() << "status" << int(result.status);
            answer(std::move(result));
        });
    const qint64 seconds = std::chrono::ceil<std::chrono::seconds>(m_answerTimeout).count();
    connect(timer, &QTimer::timeout, this, [op, key, pending, timer, seconds] {
        timer->deleteLater();
        QObject::disconnect(pending->finished); // the job lives on and deletes itself if it ever finishes
        Done answer = std::exchange(pending->done, {});
        if (!answer)
            return;
        qCWarning(lcSecrets) << "keychain" << op << key << "did not answer in" << seconds << "s";
        answer(SecretResult::failure(
            SecretResult::Status::Failed,
            QStringLiteral("The system keychain did not answer a %1 within %2 seconds. If it asks to be "
                           "unlocked, unlock it and try again; otherwise restart the keyring service.")
                .arg(op)
                .arg(seconds)));
    });
    timer->start(m_answerTimeout);
    job->start();
}

SecretResult KeychainSecretStore::resultOf(int keychainError, const QString &errorString,
                                           QStringView operation)
{
    using S = SecretResult::Status;
    const QString what = QStringLiteral("system keychain ") + operation;
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        return SecretResult::success();
    case QKeychain::EntryNotFound:
        return SecretResult::failure(S::NotFound, what + QStringLiteral(": no secret stored"));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::failure(S::NoKeychain,
                                     what + QStringLiteral(": no system keychain is available (") +
                                         errorString + QLatin1Char(')'));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretResult::failure(S::Failed, what + QStringLiteral(": access denied (") + errorString +
                                                    QLatin1Char(')'));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretResult::failure(S::Failed, what + QStringLiteral(" failed: ") + errorString);
}

} // namespace om::secrets
