#include "secrets/KeychainSecretStore.h"

#include "SecretsTestUtil.h"
#include "secrets/Pkce.h"

#include <qt6keychain/keychain.h>

#include <gtest/gtest.h>

using namespace om::secrets;
using om::secrets::test::await;

namespace {

// Keychain tests run for real when scripts/with-keyring.sh provides an unlocked gnome-keyring and says so.
bool secretServiceExpected()
{
    return !qEnvironmentVariableIsEmpty("OM_SECRET_SERVICE_AVAILABLE");
}

} // namespace

TEST(KeychainSecretStore, MapsKeychainErrorsToDistinctOutcomes)
{
    using S = SecretResult::Status;
    EXPECT_EQ(KeychainSecretStore::resultOf(QKeychain::NoError, {}, u"read").status, S::Ok);
    EXPECT_EQ(KeychainSecretStore::resultOf(QKeychain::EntryNotFound, {}, u"read").status, S::NotFound);
    EXPECT_EQ(KeychainSecretStore::resultOf(QKeychain::NoBackendAvailable, {}, u"read").status,
              S::NoKeychain);
    EXPECT_EQ(KeychainSecretStore::resultOf(QKeychain::NotImplemented, {}, u"read").status, S::NoKeychain);
    EXPECT_EQ(KeychainSecretStore::resultOf(QKeychain::AccessDenied, {}, u"read").status, S::Failed);
    EXPECT_EQ(KeychainSecretStore::resultOf(QKeychain::OtherError, QStringLiteral("boom"), u"read").status,
              S::Failed);
}

TEST(KeychainSecretStore, WritesReadsAndRemovesInTheRealKeychain)
{
    if (!secretServiceExpected())
        GTEST_SKIP()
            << "OM_SECRET_SERVICE_AVAILABLE unset: run under dbus-run-session -- scripts/with-keyring.sh";
    KeychainSecretStore store;
    const QString key = QStringLiteral("test/") + QString::fromLatin1(om::secrets::pkce::makeState());
    const QString secret = QString::fromLatin1(om::secrets::pkce::makeVerifier());

    const SecretResult missing = await([&](auto done) { store.read(key, done); });
    EXPECT_EQ(missing.status, SecretResult::Status::NotFound) << missing.message.toStdString();

    const SecretResult written = await([&](auto done) { store.write(key, secret, done); });
    ASSERT_TRUE(written.ok()) << written.message.toStdString();

    // A second store object (as after a restart) reads it back from the keychain.
    KeychainSecretStore other;
    const SecretResult read = await([&](auto done) { other.read(key, done); });
    ASSERT_TRUE(read.ok()) << read.message.toStdString();
    EXPECT_EQ(read.value, secret);

    const SecretResult removed = await([&](auto done) { store.remove(key, done); });
    EXPECT_TRUE(removed.ok()) << removed.message.toStdString();
    EXPECT_EQ(await([&](auto done) { other.read(key, done); }).status, SecretResult::Status::NotFound);
}
