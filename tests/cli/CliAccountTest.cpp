// offer-migrator account show | set | sign-in --device-code | test | sign-out, run as the real binary with
// its own config and data folders, against a sandbox server standing in for the partner's cloud (hosted by
// this test, so the test spins its event loop while the command runs). Then scan without --sandbox uses
// the account, its token goes nowhere else, and after sign-out it asks for a sign-in. No secret on disk.
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxStore.h"
#include "secrets/AccountSettings.h"
#include "secrets/KeychainSecretStore.h"
#include "tests/support/TestAccount.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <optional>

namespace {

struct CommandRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QString kClientId = om::test::processClientId();

class CliAccountTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        m_env.remove(QStringLiteral("OFFER_MIGRATOR_ACCESS_TOKEN"));
    }

    void startSandbox()
    {
        om::sandbox::SandboxOptions options;
        options.deviceCodeIntervalSecs = 1; // Entra asks for 5 s
        m_host = std::make_unique<om::sandbox::SandboxHost>(options);
        ASSERT_TRUE(m_host->start().ok());
    }

    // Runs the binary while this process keeps serving the sandbox. `onStderr` sees stderr as it comes.
    CommandRun run(const QStringList &arguments, const std::function<void(const QByteArray &)> &onStderr = {})
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        QByteArray err;
        QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
            err += process.readAllStandardError();
            if (onStderr)
                onStderr(err);
        });
        process.start(QStringLiteral(OM_MIGRATOR_BINARY), arguments);
        EXPECT_TRUE(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000))
            << "offer-migrator did not finish: " << arguments.join(u' ').toStdString();
        err += process.readAllStandardError();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), err};
    }

    CommandRun setSandboxAccount()
    {
        return run({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--tenant"),
                    m_host->store().partnerTenantId(), QStringLiteral("--client-id"), kClientId,
                    QStringLiteral("--cloud"), QStringLiteral("sandbox"), QStringLiteral("--sandbox-url"),
                    m_host->baseUrl().toString()});
    }

    QStringList filesContaining(const QStringList &secrets)
    {
        QStringList found;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const QString &s : secrets) {
                if (bytes.contains(s.toUtf8()))
                    found << file.fileName();
            }
        }
        return found;
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    std::unique_ptr<om::sandbox::SandboxHost> m_host;
    QNetworkAccessManager m_browser;
};

TEST_F(CliAccountTest, ShowAfterSetPrintsWhatWasSetAndNoSecret)
{
    const CommandRun nothing = run({QStringLiteral("account"), QStringLiteral("show")});
    EXPECT_EQ(nothing.exitCode, 0);
    EXPECT_TRUE(nothing.out.contains("No account is set up")) << nothing.out.constData();

    const CommandRun badTenant =
        run({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--tenant"),
             QStringLiteral("not a tenant"), QStringLiteral("--client-id"), kClientId});
    EXPECT_EQ(badTenant.exitCode, 2);
    EXPECT_EQ(badTenant.err.count('\n'), 1) << badTenant.err.constData();
    const CommandRun badClient = run({QStringLiteral("account"), QStringLiteral("set"),
                                      QStringLiteral("--tenant"), QStringLiteral("contoso.onmicrosoft.com"),
                                      QStringLiteral("--client-id"), QStringLiteral("my-app")});
    EXPECT_EQ(badClient.exitCode, 2);
    const CommandRun noUrl =
        run({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--tenant"),
             QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("--client-id"), kClientId,
             QStringLiteral("--cloud"), QStringLiteral("sandbox")});
    EXPECT_EQ(noUrl.exitCode, 2);
    EXPECT_TRUE(noUrl.err.contains("--sandbox-url")) << noUrl.err.constData();

    const CommandRun set = run({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--tenant"),
                                QStringLiteral("Contoso.onmicrosoft.com"), QStringLiteral("--client-id"),
                                kClientId, QStringLiteral("--cloud"), QStringLiteral("21vianet")});
    ASSERT_EQ(set.exitCode, 0) << set.err.constData();
    const CommandRun show = run({QStringLiteral("account"), QStringLiteral("show")});
    ASSERT_EQ(show.exitCode, 0) << show.err.constData();
    EXPECT_TRUE(show.out.contains("tenant:          Contoso.onmicrosoft.com")) << show.out.constData();
    EXPECT_TRUE(show.out.contains(QByteArray("client id:       " + kClientId.toLatin1())))
        << show.out.constData();
    EXPECT_TRUE(show.out.contains("cloud:           21vianet")) << show.out.constData();
    EXPECT_TRUE(show.out.contains("https://login.chinacloudapi.cn")) << show.out.constData();
    EXPECT_TRUE(show.out.contains("https://partner.partnercenterapi.microsoftonline.cn"));
    EXPECT_TRUE(show.out.contains("refresh token:   not stored")) << show.out.constData();
    EXPECT_TRUE(show.out.contains("client secret:   not stored")) << show.out.constData();
    EXPECT_TRUE(show.out.contains("accounts/21vianet-contoso.onmicrosoft.com")) << show.out.constData();
}

TEST_F(CliAccountTest, WithoutAnAccountScanAsksForOneOrForSandbox)
{
    const CommandRun neither = run({QStringLiteral("scan")});
    EXPECT_EQ(neither.exitCode, 2);
    EXPECT_EQ(neither.err.count('\n'), 1) << neither.err.constData();
    EXPECT_TRUE(neither.err.contains("--sandbox")) << neither.err.constData();
    EXPECT_TRUE(neither.err.contains("account set")) << neither.err.constData();
}

TEST_F(CliAccountTest, DeviceCodeSignInThenScanWithTheAccountThenSignOut)
{
    startSandbox();
    ASSERT_EQ(setSandboxAccount().exitCode, 0);

    // sign-in --device-code: the user reads the code on stderr and enters it on "another device".
    std::optional<QString> userCode;
    const CommandRun signIn =
        run({QStringLiteral("account"), QStringLiteral("sign-in"), QStringLiteral("--device-code")},
            [&](const QByteArray &err) {
                static const QRegularExpression code(QStringLiteral("enter the code ([A-Z0-9]+)"));
                const auto match = code.match(QString::fromUtf8(err));
                if (userCode || !match.hasMatch())
                    return;
                userCode = match.captured(1);
                QUrl page = m_host->baseUrl();
                page.setPath(QStringLiteral("/devicelogin"));
                page.setQuery(QStringLiteral("user_code=") + *userCode);
                QNetworkReply *reply = m_browser.get(QNetworkRequest(page));
                QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            });
    ASSERT_TRUE(userCode.has_value()) << signIn.err.constData();
    EXPECT_TRUE(signIn.err.contains("/devicelogin")) << signIn.err.constData();
    const bool keychain = !qEnvironmentVariableIsEmpty("OM_SECRET_SERVICE_AVAILABLE");
    if (!keychain) {
        // Without a keychain nothing can outlive the command: it says so and fails.
        EXPECT_EQ(signIn.exitCode, 1);
        EXPECT_TRUE(signIn.err.contains("could not be kept")) << signIn.err.constData();
        GTEST_SKIP() << "the rest needs a system keychain (run under scripts/with-keyring.sh)";
    }
    ASSERT_EQ(signIn.exitCode, 0) << signIn.err.constData();
    EXPECT_TRUE(signIn.out.contains("Signed in")) << signIn.out.constData();

    const CommandRun show = run({QStringLiteral("account"), QStringLiteral("show")});
    EXPECT_TRUE(show.out.contains("refresh token:   stored in the system keychain")) << show.out.constData();

    // The refresh token, read from the keychain as the commands do, to look for it on disk later.
    om::secrets::AccountSettings account;
    account.tenant = m_host->store().partnerTenantId();
    account.clientId = kClientId;
    account.cloud = om::secrets::Cloud::Sandbox;
    account.sandboxBaseUrl = m_host->baseUrl();
    om::secrets::KeychainSecretStore keychainStore;
    std::optional<om::secrets::SecretResult> stored;
    keychainStore.read(secretKey(om::secrets::SecretKind::RefreshToken, account),
                       [&](om::secrets::SecretResult r) { stored = std::move(r); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored.has_value(); }, 10000));
    ASSERT_TRUE(stored->ok()) << stored->message.toStdString();
    EXPECT_FALSE(show.out.contains(stored->value.toUtf8())) << "show never prints a secret";

    const CommandRun test = run({QStringLiteral("account"), QStringLiteral("test")});
    EXPECT_EQ(test.exitCode, 0) << test.err.constData();
    EXPECT_TRUE(test.out.contains(m_host->options().partnerCompanyName.toUtf8())) << test.out.constData();

    // scan without --sandbox uses the account, into the account's own folder.
    const CommandRun scan = run({QStringLiteral("scan"), QStringLiteral("--csv"), QStringLiteral("-")});
    ASSERT_EQ(scan.exitCode, 0) << scan.err.constData();
    EXPECT_GT(scan.out.count('\n'), 1);
    const QString accountFolder = m_home.filePath(
        QStringLiteral("data/OfferMigrator/offer-migrator/accounts/sandbox-") + account.tenant);
    EXPECT_TRUE(QFileInfo::exists(accountFolder + QStringLiteral("/scan-cache.sqlite")))
        << accountFolder.toStdString();
    // The report reads the same account's files.
    const CommandRun report = run({QStringLiteral("report"), QStringLiteral("--csv"), QStringLiteral("-")});
    EXPECT_EQ(report.exitCode, 0) << report.err.constData();
    EXPECT_EQ(report.out.count('\n'), scan.out.count('\n'));

    // The account's token goes only to its own Partner Center.
    const CommandRun elsewhere =
        run({QStringLiteral("scan"), QStringLiteral("--api-base"), QStringLiteral("https://example.invalid"),
             QStringLiteral("--no-cache")});
    EXPECT_EQ(elsewhere.exitCode, 2);
    EXPECT_TRUE(elsewhere.err.contains("OFFER_MIGRATOR_ACCESS_TOKEN")) << elsewhere.err.constData();
    const CommandRun same = run({QStringLiteral("scan"), QStringLiteral("--api-base"),
                                 m_host->baseUrl().toString(), QStringLiteral("--no-cache")});
    EXPECT_EQ(same.exitCode, 0) << same.err.constData();

    const CommandRun signOut = run({QStringLiteral("account"), QStringLiteral("sign-out")});
    EXPECT_EQ(signOut.exitCode, 0) << signOut.err.constData();
    const CommandRun after = run({QStringLiteral("account"), QStringLiteral("show")});
    EXPECT_TRUE(after.out.contains("refresh token:   not stored")) << after.out.constData();
    const CommandRun scanAfter = run({QStringLiteral("scan"), QStringLiteral("--no-cache")});
    EXPECT_EQ(scanAfter.exitCode, 1);
    EXPECT_EQ(scanAfter.err.count('\n'), 1) << scanAfter.err.constData();
    EXPECT_TRUE(scanAfter.err.contains("account sign-in")) << scanAfter.err.constData();

    const QStringList leaks = filesContaining({stored->value});
    EXPECT_TRUE(leaks.isEmpty()) << leaks.join(u'\n').toStdString();
}

} // namespace
