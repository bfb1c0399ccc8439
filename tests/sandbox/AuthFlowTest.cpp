// The Entra-like endpoints and the bearer check of /v1, over real HTTP.
#include "TransportFixture.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QUrlQuery>

namespace om::test {
namespace {

const QByteArray kNoAuth = "Authorization";
const QString kRedirect = QStringLiteral("http://127.0.0.1:53682/callback");
const QString kClientId = QStringLiteral("5a1c7e0b-offer-migrator-test");

class AuthFlowTest : public TransportFixture
{
protected:
    static QByteArray challengeFor(const QByteArray &verifier)
    {
        return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

    HttpResult authorize(const QString &redirectUri, const QByteArray &challenge,
                         const QString &state = QStringLiteral("xyz"))
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), kClientId);
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
        q.addQueryItem(
            QStringLiteral("scope"),
            QStringLiteral(
                "https%3A%2F%2Fapi.partnercenter.microsoft.com%2Fuser_impersonation%20offline_access"));
        q.addQueryItem(QStringLiteral("state"), state);
        q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        return send("GET",
                    QStringLiteral("/organizations/oauth2/v2.0/authorize?") + q.toString(QUrl::FullyEncoded),
                    {}, {{kNoAuth, {}}});
    }

    // Runs authorize and returns the one-time code from the 302 Location.
    QString codeFor(const QByteArray &verifier)
    {
        const HttpResult r = authorize(kRedirect, challengeFor(verifier));
        EXPECT_EQ(r.status, 302) << r.describe().toStdString();
        const QUrl location(QString::fromLatin1(r.header("location")));
        return QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }

    HttpResult token(const QList<QPair<QString, QString>> &fields)
    {
        QUrlQuery form;
        for (const auto &f : fields)
            form.addQueryItem(f.first, QString::fromLatin1(QUrl::toPercentEncoding(f.second)));
        return send("POST", QStringLiteral("/%1/oauth2/v2.0/token").arg(partnerTenant()),
                    form.toString(QUrl::FullyEncoded).toLatin1(),
                    {{kNoAuth, {}}, {"Content-Type", "application/x-www-form-urlencoded"}});
    }

    HttpResult redeem(const QString &code, const QByteArray &verifier, const QString &redirect = kRedirect)
    {
        return token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                      {QStringLiteral("client_id"), kClientId},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("redirect_uri"), redirect},
                      {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}});
    }

    HttpResult whoami(const QString &accessToken)
    {
        return send("GET", QStringLiteral("/v1/whoami"), {},
                    {{"Authorization", "Bearer " + accessToken.toLatin1()}});
    }

    const QByteArray m_verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-sandbox-verifier";
};

TEST_F(AuthFlowTest, V1WithoutTokenIs401WithWwwAuthenticate)
{
    const HttpResult r = send("GET", QStringLiteral("/v1/ping"), {}, {{kNoAuth, {}}});
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.header("www-authenticate"), QByteArray("Bearer error=\"invalid_token\""));
    EXPECT_EQ(m_server->counters().unauthorized, 1);
}

TEST_F(AuthFlowTest, UnknownTokenIs401)
{
    const HttpResult r = whoami(QStringLiteral("not-a-token"));
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.header("www-authenticate"), QByteArray("Bearer error=\"invalid_token\""));
}

TEST_F(AuthFlowTest, MintedTokenWorksUntilItExpires)
{
    EXPECT_EQ(send("GET", QStringLiteral("/v1/ping")).status, 200);
    m_clock.advanceSecs(3599);
    EXPECT_EQ(send("GET", QStringLiteral("/v1/ping")).status, 200);
    m_clock.advanceSecs(1);
    const HttpResult r = send("GET", QStringLiteral("/v1/ping"));
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.header("www-authenticate"), QByteArray("Bearer error=\"invalid_token\""));
}

TEST_F(AuthFlowTest, TokenWithoutMfaIs401)
{
    const QString noMfa = m_server->issueAccessToken(false, false);
    EXPECT_EQ(whoami(noMfa).status, 401);
}

TEST_F(AuthFlowTest, AuthorizationCodeWithPkceGivesAUserTokenWithMfa)
{
    const HttpResult authorized = authorize(kRedirect, challengeFor(m_verifier), QStringLiteral("st4te"));
    ASSERT_EQ(authorized.status, 302) << authorized.describe().toStdString();
    const QUrl location(QString::fromLatin1(authorized.header("location")));
    EXPECT_EQ(location.host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(location.path(), QStringLiteral("/callback"));
    const QUrlQuery back(location);
    EXPECT_EQ(back.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
    const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    ASSERT_FALSE(code.isEmpty());

    const HttpResult r = redeem(code, m_verifier);
    ASSERT_EQ(r.status, 200) << r.describe().toStdString();
    const QJsonObject t = r.object();
    EXPECT_EQ(t.value(u"token_type").toString(), QStringLiteral("Bearer"));
    EXPECT_EQ(t.value(u"expires_in").toInt(), 3600);
    EXPECT_TRUE(t.value(u"scope").toString().contains(QLatin1String("user_impersonation")));
    EXPECT_FALSE(t.value(u"refresh_token").toString().isEmpty());
    EXPECT_FALSE(t.value(u"id_token").toString().isEmpty());

    const HttpResult me = whoami(t.value(u"access_token").toString());
    ASSERT_EQ(me.status, 200) << me.describe().toStdString();
    EXPECT_FALSE(me.object().value(u"appOnly").toBool());
    EXPECT_TRUE(me.object().value(u"mfa").toBool());
    EXPECT_EQ(me.object().value(u"tenant").toString(), partnerTenant());
    EXPECT_FALSE(me.object().value(u"upn").toString().isEmpty());
}

TEST_F(AuthFlowTest, WrongVerifierIsInvalidGrant)
{
    const QString code = codeFor(m_verifier);
    const HttpResult r = redeem(code, "a-different-verifier-of-sufficient-length-1234567890");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.object().value(u"error").toString(), QStringLiteral("invalid_grant"));
    EXPECT_FALSE(r.object().value(u"error_description").toString().isEmpty());
}

TEST_F(AuthFlowTest, CodeCanBeRedeemedOnlyOnce)
{
    const QString code = codeFor(m_verifier);
    ASSERT_EQ(redeem(code, m_verifier).status, 200);
    const HttpResult again = redeem(code, m_verifier);
    EXPECT_EQ(again.status, 400);
    EXPECT_EQ(again.object().value(u"error").toString(), QStringLiteral("invalid_grant"));
}

TEST_F(AuthFlowTest, RedirectUriMustMatchAtRedemption)
{
    const QString code = codeFor(m_verifier);
    const HttpResult r = redeem(code, m_verifier, QStringLiteral("http://127.0.0.1:53682/other"));
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.object().value(u"error").toString(), QStringLiteral("invalid_grant"));
}

TEST_F(AuthFlowTest, CodeExpires)
{
    const QString code = codeFor(m_verifier);
    m_clock.advanceSecs(601);
    EXPECT_EQ(redeem(code, m_verifier).status, 400);
}

TEST_F(AuthFlowTest, NonLoopbackRedirectIsRejected)
{
    EXPECT_EQ(authorize(QStringLiteral("https://evil.example.com/cb"), challengeFor(m_verifier)).status, 400);
    EXPECT_EQ(authorize(QStringLiteral("http://192.168.1.5:8400/"), challengeFor(m_verifier)).status, 400);
    EXPECT_EQ(authorize(QStringLiteral("http://localhost:8400/"), challengeFor(m_verifier)).status, 302);
}

TEST_F(AuthFlowTest, MissingPkceIsReportedToTheRedirect)
{
    const HttpResult r = authorize(kRedirect, QByteArray());
    ASSERT_EQ(r.status, 302);
    const QUrlQuery back(QUrl(QString::fromLatin1(r.header("location"))));
    EXPECT_EQ(back.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    EXPECT_FALSE(back.hasQueryItem(QStringLiteral("code")));
}

TEST_F(AuthFlowTest, UnknownTenantIsRejected)
{
    const HttpResult r = send("POST", QStringLiteral("/not-our-tenant/oauth2/v2.0/token"),
                              "grant_type=client_credentials&client_id=a&client_secret=b",
                              {{kNoAuth, {}}, {"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(r.status, 400);
}

TEST_F(AuthFlowTest, RefreshRotatesTheRefreshToken)
{
    const HttpResult first = redeem(codeFor(m_verifier), m_verifier);
    ASSERT_EQ(first.status, 200);
    const QString refresh1 = first.object().value(u"refresh_token").toString();

    m_clock.advanceSecs(4000); // the first access token has expired by now
    EXPECT_EQ(whoami(first.object().value(u"access_token").toString()).status, 401);

    const HttpResult second = token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                     {QStringLiteral("client_id"), kClientId},
                                     {QStringLiteral("refresh_token"), refresh1}});
    ASSERT_EQ(second.status, 200) << second.describe().toStdString();
    const QString refresh2 = second.object().value(u"refresh_token").toString();
    EXPECT_FALSE(refresh2.isEmpty());
    EXPECT_NE(refresh2, refresh1);
    EXPECT_EQ(whoami(second.object().value(u"access_token").toString()).status, 200);

    const HttpResult reused = token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                     {QStringLiteral("client_id"), kClientId},
                                     {QStringLiteral("refresh_token"), refresh1}});
    EXPECT_EQ(reused.status, 400);
    EXPECT_EQ(reused.object().value(u"error").toString(), QStringLiteral("invalid_grant"));
}

TEST_F(AuthFlowTest, ClientCredentialsGiveAnAppOnlyTokenWithoutRefresh)
{
    const HttpResult missing = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                      {QStringLiteral("client_id"), kClientId}});
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.object().value(u"error").toString(), QStringLiteral("invalid_client"));

    const HttpResult r = token(
        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
         {QStringLiteral("client_id"), kClientId},
         {QStringLiteral("client_secret"), QStringLiteral("s3cret")},
         {QStringLiteral("scope"), QStringLiteral("https://api.partnercenter.microsoft.com/.default")}});
    ASSERT_EQ(r.status, 200) << r.describe().toStdString();
    EXPECT_FALSE(r.object().contains(u"refresh_token"));
    const HttpResult me = whoami(r.object().value(u"access_token").toString());
    ASSERT_EQ(me.status, 200);
    EXPECT_TRUE(me.object().value(u"appOnly").toBool());
    EXPECT_TRUE(me.object().value(u"upn").toString().isEmpty());
}

TEST_F(AuthFlowTest, ConfiguredClientSecretIsChecked)
{
    om::sandbox::SandboxOptions options;
    options.clientSecret = QStringLiteral("right");
    startServer(options);
    const auto grant = [this](const QString &secret) {
        return token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                      {QStringLiteral("client_id"), kClientId},
                      {QStringLiteral("client_secret"), secret}});
    };
    EXPECT_EQ(grant(QStringLiteral("wrong")).status, 401);
    EXPECT_EQ(grant(QStringLiteral("right")).status, 200);
}

TEST_F(AuthFlowTest, ShortTokenLifetimeOption)
{
    om::sandbox::SandboxOptions options;
    options.accessTokenLifetimeSecs = 5;
    startServer(options);
    const HttpResult r = redeem(codeFor(m_verifier), m_verifier);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.object().value(u"expires_in").toInt(), 5);
    const QString access = r.object().value(u"access_token").toString();
    EXPECT_EQ(whoami(access).status, 200);
    m_clock.advanceSecs(5);
    EXPECT_EQ(whoami(access).status, 401);
}

TEST_F(AuthFlowTest, FixedTokenIsAcceptedAsUserWithMfa)
{
    om::sandbox::SandboxOptions options;
    options.fixedAccessToken = QStringLiteral("sandbox-fixed-token");
    startServer(options);
    m_clock.advanceSecs(qint64{86400} * 30);
    const HttpResult me = whoami(QStringLiteral("sandbox-fixed-token"));
    ASSERT_EQ(me.status, 200);
    EXPECT_FALSE(me.object().value(u"appOnly").toBool());
    EXPECT_TRUE(me.object().value(u"mfa").toBool());
}

// ---- Device authorization grant (RFC 8628; Microsoft identity platform "device code flow") ----------

class DeviceCodeFlowTest : public AuthFlowTest
{
protected:
    HttpResult deviceCode(const QString &clientId = kClientId)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("scope"),
                          QString::fromLatin1(QUrl::toPercentEncoding(
                              QStringLiteral("https://api.partnercenter.microsoft.com/user_impersonation "
                                             "offline_access"))));
        return send("POST", QStringLiteral("/%1/oauth2/v2.0/devicecode").arg(partnerTenant()),
                    form.toString(QUrl::FullyEncoded).toLatin1(),
                    {{kNoAuth, {}}, {"Content-Type", "application/x-www-form-urlencoded"}});
    }
    HttpResult poll(const QString &deviceCodeValue)
    {
        return token(
            {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
             {QStringLiteral("client_id"), kClientId},
             {QStringLiteral("device_code"), deviceCodeValue}});
    }
    HttpResult enter(const QString &userCode, bool approve = true)
    {
        return send("GET",
                    QStringLiteral("/devicelogin?user_code=%1%2")
                        .arg(userCode, approve ? QString() : QStringLiteral("&decision=deny")),
                    {}, {{kNoAuth, {}}});
    }
};

TEST_F(DeviceCodeFlowTest, AnswersTheDocumentedFieldsThenPendingUntilTheUserApproves)
{
    const HttpResult started = deviceCode();
    ASSERT_EQ(started.status, 200) << started.describe().toStdString();
    const QJsonObject o = started.object();
    for (const char *field : {"device_code", "user_code", "verification_uri", "message"})
        EXPECT_FALSE(o.value(QLatin1String(field)).toString().isEmpty()) << field;
    EXPECT_EQ(o.value(u"expires_in").toInt(), 900) << "Entra's 15 minutes";
    EXPECT_EQ(o.value(u"interval").toInt(), 5);
    const QUrl verification(o.value(u"verification_uri").toString());
    EXPECT_EQ(verification.path(), QStringLiteral("/devicelogin"));
    EXPECT_EQ(verification.port(), m_server->baseUrl().port());
    const QString code = o.value(u"device_code").toString();
    const QString user = o.value(u"user_code").toString();

    const HttpResult pending = poll(code);
    EXPECT_EQ(pending.status, 400);
    EXPECT_EQ(pending.object().value(u"error").toString(), QStringLiteral("authorization_pending"));
    m_clock.advanceSecs(5);
    EXPECT_EQ(poll(code).object().value(u"error").toString(), QStringLiteral("authorization_pending"));

    EXPECT_EQ(enter(user.toLower()).status, 200) << "the code is not case-sensitive";
    m_clock.advanceSecs(5);
    const HttpResult tokens = poll(code);
    ASSERT_EQ(tokens.status, 200) << tokens.describe().toStdString();
    EXPECT_FALSE(tokens.object().value(u"refresh_token").toString().isEmpty());
    const HttpResult me = whoami(tokens.object().value(u"access_token").toString());
    ASSERT_EQ(me.status, 200);
    EXPECT_FALSE(me.object().value(u"appOnly").toBool());
    EXPECT_TRUE(me.object().value(u"mfa").toBool());

    m_clock.advanceSecs(5);
    EXPECT_EQ(poll(code).object().value(u"error").toString(), QStringLiteral("bad_verification_code"))
        << "a device code gives tokens once";
}

TEST_F(DeviceCodeFlowTest, PollingFasterThanTheIntervalGetsSlowDownAndAFiveSecondsLongerInterval)
{
    const QString code = deviceCode().object().value(u"device_code").toString();
    EXPECT_EQ(poll(code).object().value(u"error").toString(), QStringLiteral("authorization_pending"));
    m_clock.advanceSecs(4);
    EXPECT_EQ(poll(code).object().value(u"error").toString(), QStringLiteral("slow_down"));
    m_clock.advanceSecs(5); // the interval is now 10 s
    EXPECT_EQ(poll(code).object().value(u"error").toString(), QStringLiteral("slow_down"));
    m_clock.advanceSecs(15);
    EXPECT_EQ(poll(code).object().value(u"error").toString(), QStringLiteral("authorization_pending"));
}

TEST_F(DeviceCodeFlowTest, DeclinedExpiredAndUnknownCodes)
{
    const HttpResult a = deviceCode();
    EXPECT_EQ(enter(a.object().value(u"user_code").toString(), false).status, 200);
    const HttpResult declined = poll(a.object().value(u"device_code").toString());
    EXPECT_EQ(declined.status, 400);
    EXPECT_EQ(declined.object().value(u"error").toString(), QStringLiteral("access_denied"));

    const HttpResult b = deviceCode();
    m_clock.advanceSecs(901);
    EXPECT_EQ(enter(b.object().value(u"user_code").toString()).status, 400);
    EXPECT_EQ(poll(b.object().value(u"device_code").toString()).object().value(u"error").toString(),
              QStringLiteral("expired_token"));

    EXPECT_EQ(poll(QStringLiteral("dc_made_up")).object().value(u"error").toString(),
              QStringLiteral("bad_verification_code"));
    EXPECT_EQ(enter(QStringLiteral("BCDFGHJKL")).status, 400);
}

TEST_F(DeviceCodeFlowTest, RegistrationFaultsAnswerTheirEntraCodes)
{
    om::sandbox::SandboxOptions options;
    options.registeredClientIds = {QStringLiteral("11111111-2222-3333-4444-555555555555")};
    startServer(options);
    const HttpResult unknown = deviceCode();
    EXPECT_EQ(unknown.status, 400);
    EXPECT_TRUE(
        unknown.object().value(u"error_description").toString().startsWith(QStringLiteral("AADSTS700016")));

    options.registeredClientIds.clear();
    options.publicClientFlows = false;
    startServer(options);
    const HttpResult started = deviceCode();
    ASSERT_EQ(started.status, 200) << "the device code request itself works";
    const HttpResult refused = poll(started.object().value(u"device_code").toString());
    EXPECT_EQ(refused.status, 401);
    EXPECT_TRUE(
        refused.object().value(u"error_description").toString().startsWith(QStringLiteral("AADSTS7000218")));
}

// A user without a Partner Center role (no Admin agent): every app+user call is 403 with the sentence
// partners report; app-only tokens are not users and are not affected.
TEST_F(AuthFlowTest, UserWithoutTheAdminAgentRoleGets403)
{
    om::sandbox::SandboxOptions options;
    options.userIsAdminAgent = false;
    startServer(options);
    const HttpResult refused = whoami(m_server->issueAccessToken());
    EXPECT_EQ(refused.status, 403);
    EXPECT_TRUE(refused.object().value(u"message").toString().contains(QStringLiteral("supplied role")))
        << refused.describe().toStdString();
    EXPECT_EQ(whoami(m_server->issueAccessToken(true)).status, 200);
}

} // namespace
} // namespace om::test
