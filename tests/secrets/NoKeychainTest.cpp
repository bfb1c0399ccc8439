// A run without any D-Bus session: the app says plainly that no keychain exists, keeps secrets in memory
// for the session and writes nothing to disk. Runs this binary again as a child with a bogus D-Bus
// address and a throw-away HOME/XDG folders, then searches those folders for the secret.
#include "SecretsTestUtil.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/Pkce.h"
#include "secrets/SessionSecretStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <gtest/gtest.h>

using namespace om::secrets;
using om::secrets::test::await;

namespace {
const char kChildFlag[] = "OM_SECRETS_NO_KEYCHAIN_CHILD";
const char kSecretVar[] = "OM_SECRETS_TEST_SECRET";
} // namespace

// The child half: only runs when started by the test below.
TEST(NoKeychainChild, ReportsNoKeychainAndKeepsSecretsInMemory)
{
    if (qEnvironmentVariableIsEmpty(kChildFlag))
        GTEST_SKIP() << "runs only as the child of NoKeychain.SaysSoAndWritesNothingToDisk";
    const QString secret = qEnvironmentVariable(kSecretVar);
    ASSERT_FALSE(secret.isEmpty());

    KeychainSecretStore keychain;
    const SecretResult direct = await([&](auto done) { keychain.write(QStringLiteral("k"), secret, done); });
    EXPECT_EQ(direct.status, SecretResult::Status::NoKeychain) << direct.message.toStdString();

    SessionSecretStore store(&keychain);
    ASSERT_TRUE(await([&](auto done) { store.write(QStringLiteral("k"), secret, done); }).ok());
    EXPECT_TRUE(store.isSessionOnly());
    const SecretResult read = await([&](auto done) { store.read(QStringLiteral("k"), done); });
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value, secret);
    std::printf("STATUS: %s\n", qPrintable(store.statusText()));
    std::fflush(stdout);
}

TEST(NoKeychain, SaysSoAndWritesNothingToDisk)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString secret = QString::fromLatin1(pkce::makeVerifier());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildFlag), QStringLiteral("1"));
    env.insert(QString::fromLatin1(kSecretVar), secret);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + home.path() + QStringLiteral("/no-such-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("OM_SECRET_SERVICE_AVAILABLE"));
    env.insert(QStringLiteral("HOME"), home.path());
    for (const char *var :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"})
        env.insert(QString::fromLatin1(var), home.path() + QLatin1Char('/') + QString::fromLatin1(var));

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=NoKeychainChild.*")});
    ASSERT_TRUE(child.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("STATUS: No system keychain is available")))
        << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("[  PASSED  ] 1 test"))) << output.toStdString();
    EXPECT_FALSE(output.contains(secret)) << "the secret reached the child's output";

    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        EXPECT_FALSE(file.readAll().contains(secret.toLatin1())) << file.fileName().toStdString();
    }
}
