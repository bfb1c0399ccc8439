// Sign-in against the sandbox's Entra-like endpoints over real HTTP on 127.0.0.1; the test plays the browser.
#include "BrowserPlayer.h"
#include "SignInFixture.h"
#include "secrets/AppOnlyTokenProvider.h"
#include "secrets/Pkce.h"

#include <QSignalSpy>

#include <gtest/gtest.h>
#include <optional>

using namespace om::secrets;
using namespace om::secrets::test;

TEST_F(SignInFixture, AuthorizeRequestCarriesPkceStateScopeAndLoopbackRedirect)
{
    QUrl opened;
    InteractiveSignIn flow(account(), &tokenClient(), [&](const QUrl &u) { opened = u; });
    bool finished = false;
    flow.start([&](const om::Result<TokenSet> &) { finished = true; });
    ASSERT_FALSE(finished);
    ASSERT_TRUE(opened.isValid());
    EXPECT_EQ(opened.path(), QLatin1Char('/') + account().tenant + QStringLiteral("/oauth2/v2.0/authorize"));
    const QUrlQuery q(opened);
    const auto value = [&](const char *key) {
        return q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    EXPECT_EQ(value("response_type"), QStringLiteral("code"));
    EXPECT_EQ(value("client_id"), kClientId);
    EXPECT_EQ(value("code_challenge_method"), QStringLiteral("S256"));
    EXPECT_EQ(value("code_challenge").size(), 43);
    EXPECT_EQ(value("scope"),
              QStringLiteral("https://api.partnercenter.microsoft.com/user_impersonation offline_access"));
    EXPECT_FALSE(value("state").isEmpty());
    const QUrl redirect(value("redirect_uri"));
    EXPECT_EQ(redirect.scheme(), QStringLiteral("http"));
    EXPECT_EQ(redirect.host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(redirect.port(), 0);
    EXPECT_EQ(redirect, flow.redirectUri());
    flow.cancel();
    EXPECT_TRUE(finished);
}

TEST_F(SignInFixture, FullSignInGivesAWorkingTokenAndKeepsOnlyTheRefreshTokenInTheStore)
{
    const om::Result<TokenSet> result = playSignIn();
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(lastLandingStatus(), 200);
    EXPECT_EQ(tokenRequests(), 1);
    EXPECT_FALSE(result->refreshToken.isEmpty());
    EXPECT_EQ(result->expiresAt, clock().now().addSecs(3600));
    EXPECT_EQ(bearerGet(network(), url(QStringLiteral("/v1/customers?size=1")), result->accessToken), 200);

    OAuthTokenProvider &tokens = provider();
    QSignalSpy signedIn(&tokens, &OAuthTokenProvider::signedIn);
    tokens.completeSignIn(result.value());
    EXPECT_EQ(signedIn.count(), 1);
    const SecretResult stored = await([&](auto done) { store().read(refreshKey(), done); });
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.value, result->refreshToken);
    EXPECT_EQ(store().size(), 1) << "the access token is never stored";
}

// Robustness (issue 14): any local process can reach the loopback listener. A request with a wrong or no
// `state` gets 400, is never redeemed, and the sign-in keeps waiting for the browser's real answer.
TEST_F(SignInFixture, WrongStateGets400AndTheSignInKeepsWaitingForTheRealAnswer)
{
    QUrl opened;
    InteractiveSignIn flow(account(), &tokenClient(), [&](const QUrl &u) { opened = u; });
    std::optional<om::Result<TokenSet>> result;
    flow.start([&](om::Result<TokenSet> r) { result.emplace(std::move(r)); });
    ASSERT_FALSE(result.has_value());
    const BrowserStep authorize = browserGet(network(), opened);
    ASSERT_EQ(authorize.status, 302);
    const QUrl real = authorize.location;
    const QString code = QUrlQuery(real).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);

    QUrl forged = real;
    QUrlQuery q(forged);
    q.removeAllQueryItems(QStringLiteral("state"));
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
    forged.setQuery(q);
    const BrowserStep refused = browserGet(network(), forged);
    EXPECT_EQ(refused.status, 400);
    EXPECT_FALSE(refused.body.contains("Signed in")) << refused.body.constData();
    EXPECT_FALSE(result.has_value()) << "a forged answer does not end the sign-in";
    EXPECT_TRUE(flow.isRunning());
    EXPECT_EQ(tokenRequests(), 0) << "no token exchange after a wrong state";
    EXPECT_EQ(flow.refusedCallbacks(), 1);

    const BrowserStep landed = browserGet(network(), real);
    EXPECT_EQ(landed.status, 200);
    EXPECT_TRUE(landed.body.contains("Signed in")) << landed.body.constData();
    EXPECT_FALSE(landed.body.contains(code.toUtf8())) << "the page never shows the code";
    ASSERT_TRUE(spinUntil([&] { return result.has_value(); }));
    ASSERT_TRUE(result->ok()) << result->error().toString().toStdString();
    EXPECT_EQ(tokenRequests(), 1);
}

TEST_F(SignInFixture, StrayRequestsWithoutStateGet400AndChangeNothing)
{
    QUrl opened;
    InteractiveSignIn flow(account(), &tokenClient(), [&](const QUrl &u) { opened = u; });
    std::optional<om::Result<TokenSet>> result;
    flow.start([&](om::Result<TokenSet> r) { result.emplace(std::move(r)); });
    QUrl root = flow.redirectUri();
    EXPECT_EQ(browserGet(network(), root).status, 400);
    QUrl withCode = root;
    withCode.setQuery(QStringLiteral("code=stolen-or-guessed"));
    EXPECT_EQ(browserGet(network(), withCode).status, 400);
    QUrl withError = root;
    withError.setQuery(QStringLiteral("error=access_denied&error_description=AADSTS65004"));
    EXPECT_EQ(browserGet(network(), withError).status, 400) << "a stray error cannot end the sign-in either";
    QUrl favicon = root;
    favicon.setPath(QStringLiteral("/favicon.ico"));
    EXPECT_EQ(browserGet(network(), favicon).status, 404);
    EXPECT_FALSE(result.has_value());
    EXPECT_TRUE(flow.isRunning());
    EXPECT_EQ(tokenRequests(), 0);
    EXPECT_EQ(flow.refusedCallbacks(), 4);

    const BrowserStep authorize = browserGet(network(), opened);
    ASSERT_EQ(authorize.status, 302);
    EXPECT_EQ(browserGet(network(), authorize.location).status, 200);
    ASSERT_TRUE(spinUntil([&] { return result.has_value(); }));
    EXPECT_TRUE(result->ok());
}

// The browser page tells the truth: "Signed in" only once the code was redeemed, "did not complete" when
// the token endpoint refused it.
class PublicClientFlowsOff : public SignInFixture
{
protected:
    om::sandbox::SandboxOptions sandboxOptions() const override
    {
        om::sandbox::SandboxOptions o = SignInFixture::sandboxOptions();
        o.publicClientFlows = false; // the code is refused at the token endpoint: AADSTS7000218
        return o;
    }
};

TEST_F(PublicClientFlowsOff, TheBrowserPageSaysSignedInOnlyWhenTheTokensArrived)
{
    const om::Result<TokenSet> refused = playSignIn();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(lastLandingStatus(), 200);
    EXPECT_TRUE(lastLandingBody().contains("did not complete")) << lastLandingBody().constData();
    EXPECT_FALSE(lastLandingBody().contains("Signed in"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Allow public client flows")))
        << refused.error().message.toStdString();
}

TEST_F(SignInFixture, SandboxChecksThePkceVerifier)
{
    const QByteArray verifier = pkce::makeVerifier();
    const auto authorizeWith = [&](const QByteArray &challenge) {
        QUrl u = account().authorizeUrl();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), kClientId);
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("redirect_uri"), kRedirect.toString());
        q.addQueryItem(QStringLiteral("scope"), AccountSettings::userScope());
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
        q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        u.setQuery(q);
        const BrowserStep step = browserGet(network(), u);
        EXPECT_EQ(step.status, 302);
        return QUrlQuery(step.location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    };
    const auto redeem = [&](const QString &code, const QByteArray &v) {
        std::optional<om::Result<TokenSet>> r;
        tokenClient().redeemCode(account(), code, kRedirect, v,
                                 [&](const om::Result<TokenSet> &x) { r.emplace(x); });
        spinUntil([&] { return r.has_value(); });
        return r.value_or(om::Error::make(om::Error::Kind::Internal, QStringLiteral("no answer")));
    };

    const QString code = authorizeWith(pkce::challengeS256(verifier));
    ASSERT_FALSE(code.isEmpty());
    const om::Result<TokenSet> wrong = redeem(code, pkce::makeVerifier());
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().serviceCode, QStringLiteral("invalid_grant"));
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("code_verifier")))
        << wrong.error().toString().toStdString();
    EXPECT_FALSE(wrong.error().toString().contains(code)) << "the code never reaches an error";

    // Positive control: a fresh code with the right verifier is redeemed.
    const om::Result<TokenSet> right = redeem(authorizeWith(pkce::challengeS256(verifier)), verifier);
    EXPECT_TRUE(right.ok()) << right.error().toString().toStdString();
}

TEST_F(SignInFixture, CachedTokenUntilNearExpiryThenOneSilentRefreshWithRotation)
{
    const om::Result<TokenSet> first = playSignIn();
    ASSERT_TRUE(first.ok());
    provider().completeSignIn(first.value());
    const int afterSignIn = tokenRequests();

    EXPECT_EQ(fetch().value(), first->accessToken);
    clock().advanceSecs(3600 - OAuthTokenProvider::refreshMarginSecs() - 1);
    EXPECT_EQ(fetch().value(), first->accessToken);
    EXPECT_EQ(tokenRequests(), afterSignIn) << "no refresh while the token has time left";

    clock().advanceSecs(2);
    const om::Result<QString> renewed = fetch();
    ASSERT_TRUE(renewed.ok()) << renewed.error().toString().toStdString();
    EXPECT_NE(renewed.value(), first->accessToken);
    EXPECT_EQ(tokenRequests(), afterSignIn + 1);
    EXPECT_EQ(bearerGet(network(), url(QStringLiteral("/v1/customers?size=1")), renewed.value()), 200);

    const SecretResult stored = await([&](auto done) { store().read(refreshKey(), done); });
    ASSERT_TRUE(stored.ok());
    EXPECT_NE(stored.value, first->refreshToken) << "the rotated refresh token replaces the used one";
}

TEST_F(SignInFixture, ConcurrentFetchesShareOneRefresh)
{
    const om::Result<TokenSet> first = playSignIn();
    ASSERT_TRUE(first.ok());
    provider().completeSignIn(first.value());
    clock().advanceSecs(3600);
    const int before = tokenRequests();

    QStringList got;
    for (int i = 0; i < 3; ++i)
        provider().fetchToken([&](const om::Result<QString> &r) { got << (r.ok() ? r.value() : QString()); });
    EXPECT_EQ(provider().pendingCount(), 3);
    ASSERT_TRUE(spinUntil([&] { return got.size() == 3; }));
    EXPECT_EQ(tokenRequests(), before + 1);
    EXPECT_FALSE(got.at(0).isEmpty());
    EXPECT_EQ(got.at(1), got.at(0));
    EXPECT_EQ(got.at(2), got.at(0));
}

TEST_F(SignInFixture, InvalidateForcesARefresh)
{
    const om::Result<TokenSet> first = playSignIn();
    ASSERT_TRUE(first.ok());
    provider().completeSignIn(first.value());
    const int before = tokenRequests();
    provider().invalidate(QStringLiteral("some other token"));
    EXPECT_EQ(fetch().value(), first->accessToken);
    provider().invalidate(first->accessToken);
    const om::Result<QString> renewed = fetch();
    ASSERT_TRUE(renewed.ok());
    EXPECT_NE(renewed.value(), first->accessToken);
    EXPECT_EQ(tokenRequests(), before + 1);
}

TEST_F(SignInFixture, AfterRestartTheStoredRefreshTokenSignsInSilently)
{
    const om::Result<TokenSet> first = playSignIn();
    ASSERT_TRUE(first.ok());
    provider().completeSignIn(first.value());

    OAuthTokenProvider restarted(account(), &tokenClient(), &store(), &clock());
    QSignalSpy required(&restarted, &OAuthTokenProvider::signInRequired);
    std::optional<om::Result<QString>> got;
    restarted.fetchToken([&](const om::Result<QString> &r) { got.emplace(r); });
    ASSERT_TRUE(spinUntil([&] { return got.has_value(); }));
    ASSERT_TRUE(got->ok()) << got->error().toString().toStdString();
    EXPECT_EQ(bearerGet(network(), url(QStringLiteral("/v1/customers?size=1")), got->value()), 200);
    EXPECT_EQ(required.count(), 0);
}

TEST_F(SignInFixture, NeverSignedInAsksForSignInAndQueuesTheCaller)
{
    QSignalSpy required(&provider(), &OAuthTokenProvider::signInRequired);
    std::optional<om::Result<QString>> got;
    provider().fetchToken([&](const om::Result<QString> &r) { got.emplace(r); });
    ASSERT_TRUE(spinUntil([&] { return required.count() == 1; }));
    EXPECT_FALSE(got.has_value()) << "the caller waits for the sign-in";
    provider().cancelSignIn();
    ASSERT_TRUE(got.has_value());
    ASSERT_FALSE(got->ok());
    EXPECT_EQ(got->error().kind, om::Error::Kind::Auth);
}

TEST_F(SignInFixture, RefusedRefreshQueuesCallersUntilSignInCompletes)
{
    const om::Result<TokenSet> first = playSignIn();
    ASSERT_TRUE(first.ok());
    provider().completeSignIn(first.value());
    clock().advanceSecs(qint64(91) * 24 * 3600); // past the sandbox's 90-day refresh token lifetime

    QSignalSpy required(&provider(), &OAuthTokenProvider::signInRequired);
    QStringList got;
    provider().fetchToken(
        [&](const om::Result<QString> &r) { got << (r.ok() ? r.value() : QStringLiteral("error")); });
    provider().fetchToken(
        [&](const om::Result<QString> &r) { got << (r.ok() ? r.value() : QStringLiteral("error")); });
    ASSERT_TRUE(spinUntil([&] { return required.count() == 1; }));
    const QString reason = required.at(0).at(0).toString();
    EXPECT_TRUE(reason.contains(QStringLiteral("invalid_grant"))) << reason.toStdString();
    EXPECT_FALSE(reason.contains(first->refreshToken));
    EXPECT_TRUE(got.isEmpty());
    EXPECT_TRUE(provider().isWaitingForSignIn());
    EXPECT_EQ(await([&](auto done) { store().read(refreshKey(), done); }).status,
              SecretResult::Status::NotFound)
        << "a refused refresh token is forgotten";

    // A third caller arriving meanwhile waits too, without another refresh.
    const int before = tokenRequests();
    provider().fetchToken(
        [&](const om::Result<QString> &r) { got << (r.ok() ? r.value() : QStringLiteral("error")); });
    EXPECT_EQ(tokenRequests(), before);

    const om::Result<TokenSet> again = playSignIn();
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    provider().completeSignIn(again.value());
    ASSERT_EQ(got.size(), 3);
    for (const QString &token : got)
        EXPECT_EQ(token, again->accessToken);
}

TEST_F(SignInFixture, SignOutForgetsTokensInMemoryAndStore)
{
    const om::Result<TokenSet> first = playSignIn();
    ASSERT_TRUE(first.ok());
    provider().completeSignIn(first.value());
    QSignalSpy signedOut(&provider(), &OAuthTokenProvider::signedOut);
    EXPECT_TRUE(await([&](auto done) { provider().signOut(done); }).ok());
    EXPECT_EQ(signedOut.count(), 1);
    EXPECT_FALSE(provider().hasAccessToken());
    EXPECT_EQ(store().size(), 0);
    QSignalSpy required(&provider(), &OAuthTokenProvider::signInRequired);
    provider().fetchToken([](const om::Result<QString> &) {});
    EXPECT_TRUE(spinUntil([&] { return required.count() == 1; }));
}

TEST_F(SignInFixture, AppOnlyClientSecretFromTheStoreGivesAToken)
{
    AppOnlyTokenProvider appOnly(account(), &tokenClient(), &store(), &clock());
    std::optional<om::Result<QString>> none;
    appOnly.fetchToken([&](const om::Result<QString> &r) { none.emplace(r); });
    ASSERT_TRUE(spinUntil([&] { return none.has_value(); }));
    ASSERT_FALSE(none->ok());
    EXPECT_TRUE(none->error().message.contains(QStringLiteral("client secret")));

    EXPECT_TRUE(await([&](auto done) { appOnly.saveClientSecret(kClientSecret, done); }).ok());
    EXPECT_TRUE(store().contains(secretKey(SecretKind::ClientSecret, account())));
    std::optional<om::Result<QString>> got;
    appOnly.fetchToken([&](const om::Result<QString> &r) { got.emplace(r); });
    ASSERT_TRUE(spinUntil([&] { return got.has_value(); }));
    ASSERT_TRUE(got->ok()) << got->error().toString().toStdString();
    EXPECT_EQ(bearerGet(network(), url(QStringLiteral("/v1/customers?size=1")), got->value()), 200);

    EXPECT_TRUE(
        await([&](auto done) { appOnly.saveClientSecret(QStringLiteral("wrong-secret-123"), done); }).ok());
    std::optional<om::Result<QString>> refused;
    appOnly.fetchToken([&](const om::Result<QString> &r) { refused.emplace(r); });
    ASSERT_TRUE(spinUntil([&] { return refused.has_value(); }));
    ASSERT_FALSE(refused->ok());
    EXPECT_EQ(refused->error().serviceCode, QStringLiteral("invalid_client"));
    EXPECT_FALSE(refused->error().toString().contains(QStringLiteral("wrong-secret-123")));

    EXPECT_TRUE(await([&](auto done) { appOnly.forgetClientSecret(done); }).ok());
    EXPECT_FALSE(store().contains(secretKey(SecretKind::ClientSecret, account())));
}
