// The sign-in errors partners really hit, each turned into one line saying what to fix (SignInErrors.h
// names the sources): the table itself, then the same errors produced by the sandbox's Entra look-alike
// through the real sign-in code (device code request, token grants, the browser's redirect).
#include "secrets/SignInErrors.h"

#include "SignInFixture.h"
#include "secrets/DeviceCodeSignIn.h"

#include <QSignalSpy>

#include <gtest/gtest.h>
#include <optional>

using namespace om::secrets;
using namespace om::secrets::test;

namespace {

struct AdviceCase
{
    const char *code;
    const char *says; // a phrase of the one line
};

class SignInAdviceTable : public ::testing::TestWithParam<AdviceCase>
{
};

TEST_P(SignInAdviceTable, EachEntraCodeGetsOneLineSayingWhatToFix)
{
    const AdviceCase &c = GetParam();
    om::Error e =
        om::Error::make(om::Error::Kind::Auth,
                        QStringLiteral("The sign-in service answered invalid_request: %1: some text "
                                       "Trace ID: 1234")
                            .arg(QLatin1String(c.code)),
                        QStringLiteral("sign-in (authorization_code)"));
    e.httpStatus = 400;
    e.serviceCode = QStringLiteral("invalid_request");
    EXPECT_EQ(signin::aadstsCode(e.message), QLatin1String(c.code));
    const om::Error advised = signin::withAdvice(e);
    EXPECT_TRUE(advised.message.contains(QLatin1String(c.says))) << advised.message.toStdString();
    EXPECT_TRUE(advised.message.endsWith(QStringLiteral("[%1]").arg(QLatin1String(c.code))))
        << "the code stays for a support ticket";
    EXPECT_FALSE(advised.message.contains(QStringLiteral("Trace ID")));
    EXPECT_EQ(advised.message.count(QLatin1Char('\n')), 0) << "one line";
    EXPECT_EQ(advised.kind, e.kind);
    EXPECT_EQ(advised.httpStatus, 400);
    EXPECT_EQ(advised.serviceCode, e.serviceCode);
    EXPECT_EQ(signin::describe(e), advised.message);
}

INSTANTIATE_TEST_SUITE_P(Codes, SignInAdviceTable,
                         ::testing::Values(AdviceCase{"AADSTS50011", "http://localhost"},
                                           AdviceCase{"AADSTS65001", "Grant admin consent"},
                                           AdviceCase{"AADSTS90094", "Grant admin consent"},
                                           AdviceCase{"AADSTS700016", "application (client) id"},
                                           AdviceCase{"AADSTS50076", "multi-factor authentication"},
                                           AdviceCase{"AADSTS50079", "https://aka.ms/mfasetup"},
                                           AdviceCase{"AADSTS7000218", "Allow public client flows"},
                                           AdviceCase{"AADSTS90002", "no such tenant"}),
                         [](const ::testing::TestParamInfo<AdviceCase> &p) {
                             return std::string(p.param.code);
                         });

TEST(SignInAdvice, UnknownCodesKeepTheServiceTextAndDeviceErrorsAreNamed)
{
    om::Error unknown = om::Error::make(om::Error::Kind::Auth, QStringLiteral("AADSTS70008: expired."));
    EXPECT_EQ(signin::withAdvice(unknown).message, unknown.message);
    EXPECT_TRUE(signin::aadstsCode(QStringLiteral("no code here")).isEmpty());
    EXPECT_TRUE(signin::advice({}, QStringLiteral("access_denied")).contains(QStringLiteral("declined")));
    EXPECT_TRUE(
        signin::advice({}, QStringLiteral("authorization_declined")).contains(QStringLiteral("declined")));
    EXPECT_TRUE(signin::advice({}, QStringLiteral("expired_token")).contains(QStringLiteral("expired")));
}

TEST(SignInAdvice, PartnerCenter401And403SayWhatTheUserNeeds)
{
    om::Error unauthorized = om::Error::make(om::Error::Kind::Auth, QStringLiteral("HTTP 401"),
                                             QStringLiteral("GET /v1/customers"));
    unauthorized.httpStatus = 401;
    EXPECT_TRUE(signin::partnerCenterAdvice(unauthorized).contains(QStringLiteral("multi-factor")));
    om::Error forbidden = unauthorized;
    forbidden.httpStatus = 403;
    forbidden.message = QStringLiteral("The supplied role does not have the rights to perform the requested "
                                       "operation.");
    EXPECT_TRUE(signin::partnerCenterAdvice(forbidden).contains(QStringLiteral("Admin agent")));
    EXPECT_EQ(signin::describe(forbidden), signin::partnerCenterAdvice(forbidden));
    om::Error appOnly = forbidden;
    appOnly.serviceCode = QStringLiteral("900329"); // app-only token on an App+User resource: not a role
    EXPECT_TRUE(signin::partnerCenterAdvice(appOnly).isEmpty());
    om::Error tokenEndpoint = unauthorized;
    tokenEndpoint.context = QStringLiteral("sign-in (client_credentials)");
    EXPECT_TRUE(signin::partnerCenterAdvice(tokenEndpoint).isEmpty()) << "a wrong client secret is Entra's";
}

// The same errors from the sandbox's Entra look-alike, through the code that talks to it.
template<typename Configure>
class SandboxRegistration : public SignInFixture
{
protected:
    om::sandbox::SandboxOptions sandboxOptions() const override
    {
        om::sandbox::SandboxOptions o = SignInFixture::sandboxOptions();
        Configure()(o);
        return o;
    }

    om::Result<DeviceCode> requestDeviceCode(const AccountSettings &a)
    {
        std::optional<om::Result<DeviceCode>> got;
        tokenClient().requestDeviceCode(a, [&](om::Result<DeviceCode> r) { got.emplace(std::move(r)); });
        spinUntil([&] { return got.has_value(); });
        return got.value_or(om::Error::make(om::Error::Kind::Internal, QStringLiteral("no answer")));
    }
};

struct UnknownApp
{
    void operator()(om::sandbox::SandboxOptions &o) const
    {
        o.registeredClientIds = {QStringLiteral("11111111-2222-3333-4444-555555555555")};
    }
};
struct NoConsent
{
    void operator()(om::sandbox::SandboxOptions &o) const { o.adminConsent = false; }
};
struct RefreshNeedsMfa
{
    void operator()(om::sandbox::SandboxOptions &o) const { o.refreshNeedsMfa = true; }
};
using UnknownAppTest = SandboxRegistration<UnknownApp>;
using NoConsentTest = SandboxRegistration<NoConsent>;
using RefreshNeedsMfaTest = SandboxRegistration<RefreshNeedsMfa>;

TEST_F(UnknownAppTest, DeviceCodeRequestSaysTheClientIdIsUnknown)
{
    const om::Result<DeviceCode> r = requestDeviceCode(account());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().serviceCode, QStringLiteral("unauthorized_client"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("application (client) id")))
        << r.error().message.toStdString();
    EXPECT_TRUE(r.error().message.endsWith(QStringLiteral("[AADSTS700016]")));
}

TEST_F(UnknownAppTest, UnknownTenantSaysTheTenantIsWrong)
{
    AccountSettings wrongTenant = account();
    wrongTenant.tenant = QStringLiteral("not-our-tenant.onmicrosoft.com");
    const om::Result<DeviceCode> r = requestDeviceCode(wrongTenant);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("no such tenant")))
        << r.error().message.toStdString();
}

TEST_F(NoConsentTest, TheBrowserComesBackWithConsentRequiredAndTheAppSaysGrantAdminConsent)
{
    const om::Result<TokenSet> r = playSignIn();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().serviceCode, QStringLiteral("consent_required"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("Grant admin consent")))
        << r.error().message.toStdString();
    EXPECT_TRUE(lastLandingBody().contains("did not complete"));
    EXPECT_EQ(tokenRequests(), 0);
}

TEST_F(RefreshNeedsMfaTest, ARefreshThatNeedsMfaAsksForASignInAndSaysWhy)
{
    const om::Result<TokenSet> first = playSignIn();
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    provider().completeSignIn(first.value());
    clock().advanceSecs(3600);
    QSignalSpy required(&provider(), &OAuthTokenProvider::signInRequired);
    provider().fetchToken([](const om::Result<QString> &) {});
    ASSERT_TRUE(spinUntil([&] { return required.count() == 1; }));
    const QString reason = required.at(0).at(0).toString();
    EXPECT_TRUE(reason.contains(QStringLiteral("multi-factor authentication"))) << reason.toStdString();
    EXPECT_EQ(store().size(), 0) << "interaction_required: the refresh token cannot be used again";
    provider().cancelSignIn();
}

} // namespace
