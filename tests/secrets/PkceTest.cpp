#include "secrets/Pkce.h"

#include <gtest/gtest.h>

using namespace om::secrets;

TEST(Pkce, ChallengeIsBase64UrlOfSha256)
{
    // Expected value computed independently: base64.urlsafe_b64encode(hashlib.sha256(v).digest()) in Python.
    EXPECT_EQ(pkce::challengeS256("abcdefghijklmnopqrstuvwxyz0123456789-._~ABCDEFG"),
              QByteArray("TDp3C-wPo3aKDK1Bg-ukP78nZ9YiqUD2ToRD96HoaHU"));
}

TEST(Pkce, VerifierHasAllowedLengthAndCharacters)
{
    for (int requested : {0, 43, 64, 128, 500}) {
        const QByteArray v = pkce::makeVerifier(requested);
        EXPECT_GE(v.size(), 43);
        EXPECT_LE(v.size(), 128);
        EXPECT_TRUE(pkce::isValidVerifier(v)) << v.constData();
    }
    EXPECT_EQ(pkce::makeVerifier(64).size(), 64);
}

TEST(Pkce, VerifierValidationRejectsBadInput)
{
    EXPECT_FALSE(pkce::isValidVerifier(QByteArray(42, 'a')));
    EXPECT_FALSE(pkce::isValidVerifier(QByteArray(129, 'a')));
    EXPECT_FALSE(pkce::isValidVerifier(QByteArray(50, 'a') + '+'));
    EXPECT_TRUE(pkce::isValidVerifier(QByteArray(43, '~')));
}

TEST(Pkce, VerifiersAndStatesAreFreshEachTime)
{
    EXPECT_NE(pkce::makeVerifier(), pkce::makeVerifier());
    const QByteArray a = pkce::makeState();
    const QByteArray b = pkce::makeState();
    EXPECT_NE(a, b);
    EXPECT_EQ(a.size(), 43); // 32 bytes base64url without padding
    EXPECT_FALSE(a.contains('+') || a.contains('/') || a.contains('='));
}

TEST(Pkce, ChallengeIsBase64UrlWithoutPadding)
{
    const QByteArray c = pkce::challengeS256(pkce::makeVerifier());
    EXPECT_EQ(c.size(), 43);
    EXPECT_FALSE(c.contains('+') || c.contains('/') || c.contains('='));
}
