// A Secret Service that takes every request and never answers (a keyring locked behind an unlock prompt
// nobody sees, a hung daemon): the store answers Failed with a sentence saying so after its timeout,
// the jobs queued behind the hung one do too, and a store destroyed with a hung job pending neither
// crashes nor calls back. Runs this binary again as a child on a private D-Bus daemon, where the child
// itself owns org.freedesktop.secrets and swallows every message.
#include "SecretsTestUtil.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <gtest/gtest.h>
#include <optional>

using namespace om::secrets;
using om::secrets::test::spinUntil;

namespace {

const char kChildFlag[] = "OM_SECRETS_HUNG_KEYCHAIN_CHILD";

// Takes every method call on every path and never replies.
class SilentSecretService final : public QDBusVirtualObject
{
public:
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
    {
        ++m_swallowed;
        Q_UNUSED(message)
        return true; // "handled": the caller waits for a reply that never comes
    }
    QString introspect(const QString &) const override { return {}; }
    int swallowed() const { return m_swallowed; }

private:
    int m_swallowed = 0;
};

void startRead(KeychainSecretStore &store, const QString &key, std::optional<SecretResult> &into)
{
    store.read(key, [&into](SecretResult r) { into = std::move(r); });
}

} // namespace

// The child half: only runs when started by the test below.
TEST(HungKeychainChild, TimesOutWithAClearMessage)
{
    if (qEnvironmentVariableIsEmpty(kChildFlag))
        GTEST_SKIP() << "runs only as the child of HungKeychain.StoreAnswersFailedAfterItsTimeout";
    QDBusConnection bus = QDBusConnection::sessionBus();
    ASSERT_TRUE(bus.isConnected()) << bus.lastError().message().toStdString();
    SilentSecretService service;
    ASSERT_TRUE(bus.registerVirtualObject(QStringLiteral("/"), &service, QDBusConnection::SubPath));
    ASSERT_TRUE(bus.registerService(QStringLiteral("org.freedesktop.secrets")));

    KeychainSecretStore store(nullptr, std::chrono::milliseconds(2000));
    std::optional<SecretResult> first;
    std::optional<SecretResult> queued;
    QElapsedTimer elapsed;
    elapsed.start();
    startRead(store, QStringLiteral("hung/first"), first);
    startRead(store, QStringLiteral("hung/queued"), queued); // waits behind the first in QtKeychain
    ASSERT_TRUE(spinUntil([&] { return first.has_value() && queued.has_value(); }, 20000))
        << "the store never answered: a hung keychain would hang the app";
    // Not at once: the keychain had its time (a coarse QTimer may fire up to 5% early, hence no exact bound).
    EXPECT_GE(elapsed.elapsed(), 1000) << "answered before the keychain had its time";
    EXPECT_GT(service.swallowed(), 0) << "the request never reached the silent service";
    for (const SecretResult &r : {*first, *queued}) {
        EXPECT_EQ(r.status, SecretResult::Status::Failed);
        EXPECT_TRUE(r.message.contains(QStringLiteral("did not answer a read within 2 seconds")))
            << r.message.toStdString();
        EXPECT_TRUE(r.message.contains(QStringLiteral("unlock it and try again"))) << r.message.toStdString();
    }

    // A store destroyed with a job pending: no callback, no crash while the process goes on.
    bool called = false;
    {
        KeychainSecretStore shortLived(nullptr, std::chrono::milliseconds(60000));
        shortLived.write(QStringLiteral("hung/abandoned"), QStringLiteral("x"),
                         [&called](const SecretResult &) { called = true; });
    }
    QElapsedTimer settle;
    settle.start();
    (void)spinUntil([&] { return settle.elapsed() > 500; }, 2000); // let any stray callback run
    EXPECT_FALSE(called);
    std::printf("CHILD DONE\n");
    std::fflush(stdout);
}

TEST(HungKeychain, StoreAnswersFailedAfterItsTimeout)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A private session bus, so the child can own org.freedesktop.secrets whatever runs on ours.
    QProcess daemon;
    daemon.start(QStringLiteral("dbus-daemon"),
                 {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address"),
                  QStringLiteral("--address=unix:path=") + dir.path() + QStringLiteral("/bus")});
    if (!daemon.waitForStarted(10000))
        GTEST_SKIP() << "no dbus-daemon on this machine";
    ASSERT_TRUE(daemon.waitForReadyRead(10000));
    const QString address = QString::fromLatin1(daemon.readLine()).trimmed();
    ASSERT_TRUE(address.startsWith(QStringLiteral("unix:"))) << address.toStdString();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildFlag), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    env.insert(QStringLiteral("HOME"), dir.path());
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=HungKeychainChild.*")});
    const bool finished = child.waitForFinished(90000);
    const QString output = QString::fromLocal8Bit(child.readAll());
    daemon.kill();
    daemon.waitForFinished(5000);
    ASSERT_TRUE(finished) << "the child hung: " << output.toStdString();
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit) << output.toStdString();
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("CHILD DONE"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("[  PASSED  ] 1 test"))) << output.toStdString();
}
