#include "secrets/SessionSecretStore.h"

#include "SecretsTestUtil.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace om::secrets;
using om::secrets::test::await;

namespace {

// A keychain that answers every call with one fixed outcome, counting the calls.
class FixedOutcomeStore final : public SecretStore
{
public:
    explicit FixedOutcomeStore(SecretResult::Status status)
        : m_status(status)
    {}
    void read(const QString &, Done done) override { answer(done); }
    void write(const QString &, const QString &, Done done) override { answer(done); }
    void remove(const QString &, Done done) override { answer(done); }
    int calls = 0;

private:
    void answer(const Done &done)
    {
        ++calls;
        done(SecretResult::failure(m_status, QStringLiteral("fixed outcome")));
    }
    SecretResult::Status m_status;
};

} // namespace

TEST(SessionSecretStore, NoKeychainSwitchesToMemoryForTheSessionAndSaysSo)
{
    FixedOutcomeStore keychain(SecretResult::Status::NoKeychain);
    SessionSecretStore store(&keychain);
    QSignalSpy unavailable(&store, &SessionSecretStore::keychainUnavailable);
    EXPECT_FALSE(store.isSessionOnly());

    EXPECT_TRUE(await([&](auto done) { store.write(QStringLiteral("k"), QStringLiteral("v"), done); }).ok());
    EXPECT_TRUE(store.isSessionOnly());
    ASSERT_EQ(unavailable.count(), 1);
    EXPECT_TRUE(store.statusText().contains(QStringLiteral("No system keychain")));
    EXPECT_TRUE(store.statusText().contains(QStringLiteral("this session only")));

    const SecretResult read = await([&](auto done) { store.read(QStringLiteral("k"), done); });
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value, QStringLiteral("v"));
    EXPECT_EQ(keychain.calls, 1) << "after the switch the keychain is not asked again";

    EXPECT_TRUE(await([&](auto done) { store.remove(QStringLiteral("k"), done); }).ok());
    EXPECT_EQ(await([&](auto done) { store.read(QStringLiteral("k"), done); }).status,
              SecretResult::Status::NotFound);
    EXPECT_EQ(unavailable.count(), 1);
}

TEST(SessionSecretStore, OtherKeychainFailuresArePassedOnNotHidden)
{
    FixedOutcomeStore keychain(SecretResult::Status::Failed);
    SessionSecretStore store(&keychain);
    EXPECT_EQ(await([&](auto done) { store.write(QStringLiteral("k"), QStringLiteral("v"), done); }).status,
              SecretResult::Status::Failed);
    EXPECT_FALSE(store.isSessionOnly());
    EXPECT_TRUE(store.statusText().contains(QStringLiteral("system keychain")));
}

TEST(SessionSecretStore, NotFoundStaysNotFound)
{
    FixedOutcomeStore keychain(SecretResult::Status::NotFound);
    SessionSecretStore store(&keychain);
    EXPECT_EQ(await([&](auto done) { store.read(QStringLiteral("k"), done); }).status,
              SecretResult::Status::NotFound);
    EXPECT_FALSE(store.isSessionOnly());
}
