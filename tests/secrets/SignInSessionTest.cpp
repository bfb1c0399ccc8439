#include "secrets/SignInSession.h"

#include "SignInFixture.h"
#include "secrets/LoopbackListener.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace om::secrets;
using namespace om::secrets::test;

TEST_F(SignInFixture, SessionSignsInServesBothProvidersAndSignsOutOfBoth)
{
    QUrl opened;
    SignInSession session(account(), &network(), &store(), &clock(), [&](const QUrl &u) { opened = u; });
    QSignalSpy finished(&session, &SignInSession::signInFinished);
    session.signIn();
    ASSERT_TRUE(session.isSigningIn());
    const BrowserStep authorize = browserGet(network(), opened);
    ASSERT_EQ(authorize.status, 302);
    EXPECT_EQ(browserGet(network(), authorize.location).status, 200);
    ASSERT_TRUE(spinUntil([&] { return finished.count() == 1; }));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();

    std::optional<om::Result<QString>> user;
    session.userTokens()->fetchToken([&](const om::Result<QString> &r) { user.emplace(r); });
    ASSERT_TRUE(user.has_value() && user->ok());
    EXPECT_EQ(bearerGet(network(), url(QStringLiteral("/v1/customers?size=1")), user->value()), 200);
    ASSERT_TRUE(
        await([&](auto done) { session.appOnlyTokens()->saveClientSecret(kClientSecret, done); }).ok());
    EXPECT_EQ(store().size(), 2);

    EXPECT_TRUE(await([&](auto done) { session.signOut(done); }).ok());
    EXPECT_EQ(store().size(), 0) << "refresh token and client secret are gone";
    QSignalSpy required(session.userTokens(), &OAuthTokenProvider::signInRequired);
    session.userTokens()->fetchToken([](const om::Result<QString> &) {});
    EXPECT_TRUE(spinUntil([&] { return required.count() == 1; }));
}

TEST_F(SignInFixture, RefreshThatCannotReachTheServerFailsCallersButKeepsTheSignIn)
{
    const om::Result<TokenSet> first = playSignIn();
    ASSERT_TRUE(first.ok());
    // The same account, but its sign-in service is gone: a loopback port nobody listens on any more.
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    AccountSettings unreachable = account();
    unreachable.sandboxBaseUrl.setPort(closed.serverPort());
    closed.close();
    OAuthTokenProvider tokens(unreachable, &tokenClient(), &store(), &clock());
    tokens.completeSignIn(first.value());
    clock().advanceSecs(3600);

    QSignalSpy required(&tokens, &OAuthTokenProvider::signInRequired);
    std::optional<om::Result<QString>> r;
    tokens.fetchToken([&](const om::Result<QString> &x) { r.emplace(x); });
    ASSERT_TRUE(spinUntil([&] { return r.has_value(); }));
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().kind, om::Error::Kind::Network) << r->error().toString().toStdString();
    EXPECT_EQ(required.count(), 0) << "signing in again would not help a network failure";
    EXPECT_FALSE(tokens.isWaitingForSignIn());
    const SecretResult kept =
        await([&](auto done) { store().read(secretKey(SecretKind::RefreshToken, unreachable), done); });
    EXPECT_TRUE(kept.ok()) << "the refresh token is kept for the next try";
}

TEST(LoopbackListener, ListensOnLoopbackOnlyAndAnswersOnlyTheRedirectPath)
{
    LoopbackListener listener;
    ASSERT_TRUE(listener.listen());
    const QUrl redirect = listener.redirectUri();
    EXPECT_EQ(redirect.host(), QStringLiteral("127.0.0.1"));
    ASSERT_GT(redirect.port(), 0);

    // Not reachable on any other address of this machine.
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, quint16(redirect.port()));
        EXPECT_FALSE(socket.waitForConnected(3000)) << address.toString().toStdString();
    }

    listener.setExpectedState("xyz");
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    // The sign-in answers the held page once it knows the outcome.
    QObject::connect(&listener, &LoopbackListener::callbackReceived, &listener,
                     [&listener](const QUrlQuery &) { listener.finishPage(true); });
    QNetworkAccessManager network;
    QUrl other = redirect;
    other.setPath(QStringLiteral("/favicon.ico"));
    EXPECT_EQ(browserGet(network, other).status, 404);
    EXPECT_EQ(received.count(), 0);

    QUrl forged = redirect;
    forged.setQuery(QStringLiteral("code=abc&state=xy"));
    EXPECT_EQ(browserGet(network, forged).status, 400) << "another state is refused";
    EXPECT_EQ(received.count(), 0);

    QUrl answer = redirect;
    answer.setQuery(QStringLiteral("code=abc&state=xyz"));
    const BrowserStep step = browserGet(network, answer);
    EXPECT_EQ(step.status, 200);
    EXPECT_TRUE(step.body.contains("Signed in"));
    EXPECT_FALSE(step.body.contains("abc")) << "the page never shows the code";
    ASSERT_EQ(received.count(), 1);
    const QUrlQuery query = received.at(0).at(0).value<QUrlQuery>();
    EXPECT_EQ(query.queryItemValue(QStringLiteral("code")), QStringLiteral("abc"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));
}
