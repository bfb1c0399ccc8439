// Each account has its own folder (journal, scan cache); files from before move once, to the first real
// account, never to the sandbox. And the account's token goes only to its own cloud's Partner Center.
#include "secrets/AccountStorage.h"

#include "secrets/AccountSettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace om::secrets;

namespace {

void touch(const QString &path, const QByteArray &content)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    f.write(content);
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

AccountSettings account(const QString &tenant, Cloud cloud = Cloud::Global)
{
    AccountSettings a;
    a.tenant = tenant;
    a.clientId = QStringLiteral("0a1b2c3d-1111-2222-3333-444455556666");
    a.cloud = cloud;
    if (cloud == Cloud::Sandbox)
        a.sandboxBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    return a;
}

} // namespace

TEST(AccountStorage, OneFolderPerAccountSandboxAndHost)
{
    EXPECT_EQ(AccountStorage::sandboxKey(), QStringLiteral("sandbox"));
    EXPECT_EQ(AccountStorage::accountKey(account(QStringLiteral("Contoso.onmicrosoft.com"))),
              QStringLiteral("global-contoso.onmicrosoft.com"));
    EXPECT_EQ(
        AccountStorage::accountKey(account(QStringLiteral("contoso.onmicrosoft.com"), Cloud::China21Vianet)),
        QStringLiteral("21vianet-contoso.onmicrosoft.com"));
    EXPECT_EQ(AccountStorage::accountKey(account(QStringLiteral("../../etc"), Cloud::Global)),
              QStringLiteral("global-_._.._etc"))
        << "a tenant can never name another folder";
    EXPECT_EQ(AccountStorage::hostKey(QUrl(QStringLiteral("https://pc.example.com/v1"))),
              QStringLiteral("host-pc.example.com-443"));
    EXPECT_TRUE(AccountStorage::isSandboxKey(QStringLiteral("sandbox")));
    EXPECT_TRUE(AccountStorage::isSandboxKey(
        AccountStorage::accountKey(account(QStringLiteral("x.onmicrosoft.com"), Cloud::Sandbox))));
    EXPECT_FALSE(AccountStorage::isSandboxKey(QStringLiteral("global-contoso.onmicrosoft.com")));

    QTemporaryDir root;
    const auto a = AccountStorage::openIn(root.path(), QStringLiteral("global-contoso.onmicrosoft.com"));
    ASSERT_TRUE(a.ok()) << a.error().toString().toStdString();
    EXPECT_EQ(a->journalPath(),
              root.filePath(QStringLiteral("accounts/global-contoso.onmicrosoft.com/journal.sqlite")));
    EXPECT_EQ(a->scanCachePath(),
              root.filePath(QStringLiteral("accounts/global-contoso.onmicrosoft.com/scan-cache.sqlite")));
    EXPECT_TRUE(QDir(a->folder).exists());
    EXPECT_FALSE(AccountStorage::openIn(root.path(), QStringLiteral("../escape")).ok());
    EXPECT_FALSE(AccountStorage::openIn(root.path(), QString()).ok());
}

TEST(AccountStorage, LegacyFilesGoToTheFirstRealAccountNeverToTheSandbox)
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    touch(root.filePath(QStringLiteral("journal.sqlite")), "journal");
    touch(root.filePath(QStringLiteral("journal.sqlite-wal")), "wal");
    touch(root.filePath(QStringLiteral("scan-cache.sqlite")), "cache");
    touch(root.filePath(QStringLiteral("scan-cache-sandbox.sqlite")), "sandbox cache");

    // The sandbox (in-process, or a sandbox server used as an account) takes only the GUI's sandbox cache.
    const auto sandbox = AccountStorage::openIn(dir.path(), AccountStorage::sandboxKey());
    ASSERT_TRUE(sandbox.ok());
    EXPECT_EQ(contentOf(sandbox->scanCachePath()), "sandbox cache");
    EXPECT_FALSE(QFile::exists(sandbox->journalPath()));
    const auto sandboxServer = AccountStorage::openIn(
        dir.path(), AccountStorage::accountKey(account(QStringLiteral("s.onmicrosoft.com"), Cloud::Sandbox)));
    ASSERT_TRUE(sandboxServer.ok());
    EXPECT_FALSE(QFile::exists(sandboxServer->journalPath()));
    EXPECT_TRUE(QFile::exists(root.filePath(QStringLiteral("journal.sqlite"))));

    // The first real account takes the journal (with its WAL) and the scan cache.
    const auto first = AccountStorage::openIn(dir.path(), QStringLiteral("global-contoso.onmicrosoft.com"));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(contentOf(first->journalPath()), "journal");
    EXPECT_EQ(contentOf(first->journalPath() + QStringLiteral("-wal")), "wal");
    EXPECT_EQ(contentOf(first->scanCachePath()), "cache");
    EXPECT_FALSE(QFile::exists(root.filePath(QStringLiteral("journal.sqlite"))));
    EXPECT_FALSE(QFile::exists(root.filePath(QStringLiteral("journal.sqlite-wal"))));

    // Another account finds nothing left; opening the first again changes nothing.
    const auto second = AccountStorage::openIn(dir.path(), QStringLiteral("global-fabrikam.onmicrosoft.com"));
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(QFile::exists(second->journalPath()));
    EXPECT_EQ(contentOf(AccountStorage::openIn(dir.path(), QStringLiteral("global-contoso.onmicrosoft.com"))
                            ->journalPath()),
              "journal");
}

TEST(AccountStorage, AnAccountThatHasItsOwnJournalLeavesTheLegacyOneAlone)
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    ASSERT_TRUE(root.mkpath(QStringLiteral("accounts/global-contoso.onmicrosoft.com")));
    touch(root.filePath(QStringLiteral("accounts/global-contoso.onmicrosoft.com/journal.sqlite")), "own");
    touch(root.filePath(QStringLiteral("journal.sqlite")), "legacy");
    const auto a = AccountStorage::openIn(dir.path(), QStringLiteral("global-contoso.onmicrosoft.com"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(contentOf(a->journalPath()), "own");
    EXPECT_EQ(contentOf(root.filePath(QStringLiteral("journal.sqlite"))), "legacy");
}

TEST(AccountSettings, TheTokenGoesOnlyToTheAccountsOwnPartnerCenter)
{
    const AccountSettings global = account(QStringLiteral("contoso.onmicrosoft.com"));
    EXPECT_TRUE(global.mayReceiveToken(QUrl(QStringLiteral("https://api.partnercenter.microsoft.com"))));
    EXPECT_TRUE(
        global.mayReceiveToken(QUrl(QStringLiteral("https://API.partnercenter.microsoft.com:443/v1"))));
    EXPECT_FALSE(global.mayReceiveToken(QUrl(QStringLiteral("http://api.partnercenter.microsoft.com"))));
    EXPECT_FALSE(
        global.mayReceiveToken(QUrl(QStringLiteral("https://api.partnercenter.microsoft.com:8443"))));
    EXPECT_FALSE(global.mayReceiveToken(QUrl(QStringLiteral("https://evil.example.com"))));
    EXPECT_FALSE(global.mayReceiveToken(QUrl(QStringLiteral("https://u:p@api.partnercenter.microsoft.com"))));
    EXPECT_FALSE(
        global.mayReceiveToken(QUrl(QStringLiteral("https://partner.partnercenterapi.microsoftonline.cn"))));
    const AccountSettings china = account(QStringLiteral("contoso.onmicrosoft.com"), Cloud::China21Vianet);
    EXPECT_TRUE(
        china.mayReceiveToken(QUrl(QStringLiteral("https://partner.partnercenterapi.microsoftonline.cn"))));
    const AccountSettings sandbox = account(QStringLiteral("contoso.onmicrosoft.com"), Cloud::Sandbox);
    EXPECT_TRUE(sandbox.mayReceiveToken(QUrl(QStringLiteral("http://127.0.0.1:8080"))));
    EXPECT_FALSE(sandbox.mayReceiveToken(QUrl(QStringLiteral("http://127.0.0.1:8081"))));
    EXPECT_FALSE(
        AccountSettings().mayReceiveToken(QUrl(QStringLiteral("https://api.partnercenter.microsoft.com"))))
        << "no account, no token";
}

TEST(AccountSettings, TenantAndClientIdFormats)
{
    EXPECT_TRUE(AccountSettings::isValidTenant(QStringLiteral("contoso.onmicrosoft.com")));
    EXPECT_TRUE(AccountSettings::isValidTenant(QStringLiteral(" 3b33e682-00c3-41ee-9dd2-a548adf56438 ")));
    EXPECT_TRUE(AccountSettings::isValidTenant(QStringLiteral("partner.example.co.uk")));
    EXPECT_FALSE(AccountSettings::isValidTenant(QStringLiteral("contoso")));
    EXPECT_FALSE(AccountSettings::isValidTenant(QStringLiteral("not a tenant")));
    EXPECT_FALSE(AccountSettings::isValidTenant(QStringLiteral("contoso.onmicrosoft.com/../x")));
    EXPECT_FALSE(AccountSettings::isValidTenant(QString()));
    EXPECT_TRUE(AccountSettings::isValidClientId(QStringLiteral("0a1b2c3d-1111-2222-3333-444455556666")));
    EXPECT_FALSE(AccountSettings::isValidClientId(QStringLiteral("my-app")));
    EXPECT_FALSE(AccountSettings::isValidClientId(QString()));
}
