// After a whole session (sign-in, refresh, app-only token, sign-out) no token, secret or authorization
// code is in any file of the config, data or cache folders (QStandardPaths test mode) nor in any log line.
#include "SignInFixture.h"
#include "secrets/AppOnlyTokenProvider.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace om::secrets;
using namespace om::secrets::test;

namespace {

QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logLines << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QStringList filesUnder(const QList<QStandardPaths::StandardLocation> &locations)
{
    QStringList files;
    for (auto location : locations) {
        const QString dir = QStandardPaths::writableLocation(location);
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.removeDuplicates();
    return files;
}

} // namespace

class NoSecretsOnDisk : public SignInFixture
{
};

TEST_F(NoSecretsOnDisk, AfterSignInRefreshAndSignOut)
{
    ASSERT_TRUE(QStandardPaths::isTestModeEnabled());
    QLoggingCategory::setFilterRules(QStringLiteral("om.*.debug=true"));
    g_logLines.clear();
    g_previousHandler = qInstallMessageHandler(captureMessage);

    // The app's real store: the system keychain when the test runs with one, else memory (session only).
    const bool withKeychain = !qEnvironmentVariableIsEmpty("OM_SECRET_SERVICE_AVAILABLE");
    KeychainSecretStore keychain;
    MemorySecretStore noKeychain;
    SessionSecretStore secrets(withKeychain ? static_cast<SecretStore *>(&keychain) : &noKeychain);

    QSettings settings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                           QStringLiteral("/offer-migrator.ini"),
                       QSettings::IniFormat);
    account().save(settings);
    settings.sync();

    QStringList secretsSeen{kClientSecret};
    OAuthTokenProvider tokens(account(), &tokenClient(), &secrets, &clock());
    const om::Result<TokenSet> signedIn = playSignIn();
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().toString().toStdString();
    secretsSeen << lastCode() << signedIn->accessToken << signedIn->refreshToken;
    const SecretResult kept = await([&](auto done) { tokens.completeSignIn(signedIn.value(), done); });
    ASSERT_TRUE(kept.ok()) << kept.message.toStdString();
    EXPECT_EQ(secrets.isSessionOnly(), false);

    clock().advanceSecs(3600);
    std::optional<om::Result<QString>> renewed;
    tokens.fetchToken([&](const om::Result<QString> &r) { renewed.emplace(r); });
    ASSERT_TRUE(spinUntil([&] { return renewed.has_value(); }));
    ASSERT_TRUE(renewed->ok());
    secretsSeen << renewed->value();
    const SecretResult rotated = await([&](auto done) { secrets.read(refreshKey(), done); });
    ASSERT_TRUE(rotated.ok()) << rotated.message.toStdString();
    secretsSeen << rotated.value;

    AppOnlyTokenProvider appOnly(account(), &tokenClient(), &secrets, &clock());
    ASSERT_TRUE(await([&](auto done) { appOnly.saveClientSecret(kClientSecret, done); }).ok());
    std::optional<om::Result<QString>> appToken;
    appOnly.fetchToken([&](const om::Result<QString> &r) { appToken.emplace(r); });
    ASSERT_TRUE(spinUntil([&] { return appToken.has_value(); }));
    ASSERT_TRUE(appToken->ok());
    secretsSeen << appToken->value();

    ASSERT_TRUE(await([&](auto done) { tokens.signOut(done); }).ok());
    ASSERT_TRUE(await([&](auto done) { appOnly.forgetClientSecret(done); }).ok());
    EXPECT_EQ(await([&](auto done) { secrets.read(refreshKey(), done); }).status,
              SecretResult::Status::NotFound);
    EXPECT_EQ(
        await([&](auto done) { secrets.read(secretKey(SecretKind::ClientSecret, account()), done); }).status,
        SecretResult::Status::NotFound);

    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());

    for (const QString &s : std::as_const(secretsSeen))
        ASSERT_GE(s.size(), 8) << "every secret looked for is a real value";

    const QStringList files =
        filesUnder({QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
                    QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                    QStandardPaths::GenericDataLocation, QStandardPaths::CacheLocation,
                    QStandardPaths::GenericCacheLocation});
    ASSERT_FALSE(files.isEmpty()) << "the settings file at least is searched";
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString &s : std::as_const(secretsSeen))
            EXPECT_FALSE(bytes.contains(s.toUtf8())) << "a secret is in " << path.toStdString();
    }
    EXPECT_FALSE(g_logLines.isEmpty()) << "the logs were captured";
    for (const QString &line : std::as_const(g_logLines)) {
        for (const QString &s : std::as_const(secretsSeen))
            EXPECT_FALSE(line.contains(s)) << "a secret is in the log line: " << line.toStdString();
    }
}
