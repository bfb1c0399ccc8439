#pragma once

#include "common/Result.h"
#include "partnercenter/ApiTypes.h"

#include <QJsonObject>
#include <QString>

#include <functional>

class QObject;

namespace om::pc {

class ApiJob;
class PartnerCenterClient;

// The partner's own organization profile: GET /v1/profiles/organization ("Get an organization profile",
// Partner Center developer docs, developer/get-an-organization-profile.md and profile-resources.md). One
// cheap, documented, read-only call, App+User only, that the account page's "Test connection" uses to
// prove a token works and to show whose account it is.
struct OrganizationProfile
{
    QString id;
    QString companyName;
    QString tenantId;
    QString domain;
    QString email;
    QString country; // defaultAddress.country, upper case; may be empty
};

Result<OrganizationProfile> parseOrganizationProfile(const QJsonObject &o, const QString &context);

// Starts the call on `client` (its token provider, base URL, scheduler, retries and transport policy) and
// returns the job, owned by the client. `done` runs once, unless `receiver` (the client when null) is
// destroyed first. A free function in its own file so it needs nothing from PartnerCenterClient but
// jobContext().
ApiJob *getOrganizationProfile(PartnerCenterClient &client, QObject *receiver,
                               std::function<void(const Reply<OrganizationProfile> &)> done);

} // namespace om::pc
