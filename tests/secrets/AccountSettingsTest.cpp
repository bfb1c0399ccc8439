#include "secrets/AccountSettings.h"

#include "secrets/SecretStore.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace om::secrets;

namespace {

AccountSettings contoso(Cloud cloud = Cloud::Global)
{
    AccountSettings a;
    a.tenant = QStringLiteral("contoso.onmicrosoft.com");
    a.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    a.cloud = cloud;
    return a;
}

} // namespace

TEST(AccountSettings, GlobalEndpoints)
{
    const AccountSettings a = contoso();
    EXPECT_EQ(a.authorityUrl(), QUrl(QStringLiteral("https://login.microsoftonline.com")));
    EXPECT_EQ(a.apiBaseUrl(), QUrl(QStringLiteral("https://api.partnercenter.microsoft.com")));
    EXPECT_EQ(
        a.authorizeUrl().toString(),
        QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize"));
    EXPECT_EQ(a.tokenUrl().toString(),
              QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"));
}

TEST(AccountSettings, China21VianetEndpoints)
{
    const AccountSettings a = contoso(Cloud::China21Vianet);
    EXPECT_EQ(a.authorityUrl(), QUrl(QStringLiteral("https://login.chinacloudapi.cn")));
    EXPECT_EQ(a.apiBaseUrl(), QUrl(QStringLiteral("https://partner.partnercenterapi.microsoftonline.cn")));
    EXPECT_EQ(a.tokenUrl().toString(),
              QStringLiteral("https://login.chinacloudapi.cn/contoso.onmicrosoft.com/oauth2/v2.0/token"));
}

TEST(AccountSettings, SandboxUsesItsBaseForBoth)
{
    AccountSettings a = contoso(Cloud::Sandbox);
    EXPECT_FALSE(a.isComplete());
    a.sandboxBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:4711/"));
    EXPECT_TRUE(a.isComplete());
    EXPECT_EQ(a.authorityUrl(), QUrl(QStringLiteral("http://127.0.0.1:4711")));
    EXPECT_EQ(a.apiBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:4711")));
    EXPECT_EQ(a.authorizeUrl().toString(),
              QStringLiteral("http://127.0.0.1:4711/contoso.onmicrosoft.com/oauth2/v2.0/authorize"));
}

TEST(AccountSettings, RoundTripsThroughQSettingsAndHoldsNoSecret)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    AccountSettings saved = contoso(Cloud::Sandbox);
    saved.sandboxBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:4711"));
    {
        QSettings settings(path, QSettings::IniFormat);
        saved.save(settings);
    }
    QSettings settings(path, QSettings::IniFormat);
    EXPECT_EQ(AccountSettings::load(settings), saved);
    QStringList keys = settings.allKeys();
    keys.sort();
    EXPECT_EQ(keys,
              QStringList({QStringLiteral("account/clientId"), QStringLiteral("account/cloud"),
                           QStringLiteral("account/sandboxBaseUrl"), QStringLiteral("account/tenant")}));
}

TEST(AccountSettings, UnknownCloudLoadsAsGlobalAndEmptyIsIncomplete)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("account/cloud"), QStringLiteral("mars"));
    const AccountSettings a = AccountSettings::load(settings);
    EXPECT_EQ(a.cloud, Cloud::Global);
    EXPECT_FALSE(a.isComplete());
    Cloud c = Cloud::Global;
    EXPECT_TRUE(cloudFromName(QStringLiteral("21VIANET"), &c));
    EXPECT_EQ(c, Cloud::China21Vianet);
}

TEST(SecretKey, OneNamePerKindCloudTenantAndClient)
{
    AccountSettings a = contoso();
    a.tenant = QStringLiteral(" Contoso.onmicrosoft.com ");
    EXPECT_EQ(
        secretKey(SecretKind::RefreshToken, a),
        QStringLiteral("refresh-token/global/contoso.onmicrosoft.com/11111111-2222-3333-4444-555555555555"));
    EXPECT_NE(secretKey(SecretKind::RefreshToken, a), secretKey(SecretKind::ClientSecret, a));
    EXPECT_NE(secretKey(SecretKind::RefreshToken, a),
              secretKey(SecretKind::RefreshToken, contoso(Cloud::Sandbox)));
}
