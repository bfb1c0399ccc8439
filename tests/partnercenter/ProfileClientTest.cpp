// GET /v1/profiles/organization through the client against the sandbox: the partner's name for the account
// page's Test connection; App+User only, as documented; a user without the Admin agent role gets 403.
#include "partnercenter/ProfileClient.h"

#include "sandbox/SandboxHost.h"
#include "tests/partnercenter/PcSandboxFixture.h"

#include <optional>

using namespace om;
using namespace om::pc;

namespace {

class ProfileClientTest : public om::test::PcSandboxFixture
{
protected:
    Reply<OrganizationProfile> fetch()
    {
        std::optional<Reply<OrganizationProfile>> reply;
        getOrganizationProfile(client(), receiver(),
                               [&reply](const Reply<OrganizationProfile> &r) { reply = r; });
        EXPECT_TRUE(waitFor([&reply] { return reply.has_value(); }));
        return reply.value_or(Reply<OrganizationProfile>{
            Error::make(Error::Kind::Internal, QStringLiteral("no answer")), 0, {}, {}});
    }
};

TEST_F(ProfileClientTest, UserTokenGetsThePartnersName)
{
    const Reply<OrganizationProfile> r = fetch();
    ASSERT_TRUE(r.result.ok()) << r.result.error().toString().toStdString();
    EXPECT_EQ(r.httpStatus, 200);
    EXPECT_EQ(r.result->companyName, host().options().partnerCompanyName);
    EXPECT_EQ(r.result->tenantId, server().partnerTenantId());
    EXPECT_EQ(r.result->domain, QStringLiteral("sandboxpartner.onmicrosoft.com"));
}

TEST_F(ProfileClientTest, AppOnlyTokenIsRefusedAsDocumented)
{
    makeClient(host().issueAccessToken(true));
    const Reply<OrganizationProfile> r = fetch();
    ASSERT_FALSE(r.result.ok());
    EXPECT_EQ(r.httpStatus, 403);
    EXPECT_EQ(r.result.error().serviceCode, QStringLiteral("900329"));
}

class ProfileNoRoleTest : public ProfileClientTest
{
protected:
    om::sandbox::SandboxOptions sandboxOptions() const override
    {
        om::sandbox::SandboxOptions o;
        o.userIsAdminAgent = false;
        return o;
    }
};

TEST_F(ProfileNoRoleTest, UserWithoutTheAdminAgentRoleGets403)
{
    const Reply<OrganizationProfile> r = fetch();
    ASSERT_FALSE(r.result.ok());
    EXPECT_EQ(r.httpStatus, 403);
    EXPECT_EQ(r.result.error().kind, Error::Kind::Auth) << r.result.error().toString().toStdString();
}

} // namespace
