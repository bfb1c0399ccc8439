#include "SecretsTestUtil.h"
#include "secrets/MemorySecretStore.h"

#include <gtest/gtest.h>

using namespace om::secrets;
using om::secrets::test::await;

TEST(MemorySecretStore, WriteReadRemove)
{
    MemorySecretStore store;
    const QString key = QStringLiteral("refresh-token/global/t/c");
    EXPECT_EQ(await([&](auto done) { store.read(key, done); }).status, SecretResult::Status::NotFound);
    EXPECT_TRUE(await([&](auto done) { store.write(key, QStringLiteral("s3cret"), done); }).ok());
    const SecretResult read = await([&](auto done) { store.read(key, done); });
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value, QStringLiteral("s3cret"));
    EXPECT_TRUE(await([&](auto done) { store.remove(key, done); }).ok());
    EXPECT_FALSE(store.contains(key));
    EXPECT_TRUE(await([&](auto done) { store.remove(key, done); }).ok()) << "removing nothing is fine";
}
