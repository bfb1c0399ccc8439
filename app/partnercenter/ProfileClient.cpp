#include "partnercenter/ProfileClient.h"

#include "common/JsonReader.h"
#include "partnercenter/ApiJob.h"
#include "partnercenter/PartnerCenterClient.h"

namespace om::pc {

Result<OrganizationProfile> parseOrganizationProfile(const QJsonObject &o, const QString &context)
{
    JsonReader r(o, context);
    OrganizationProfile p;
    p.id = r.string(u"id", JsonReader::Optional);
    p.companyName = r.string(u"companyName");
    p.tenantId = r.string(u"tenantId", JsonReader::Optional);
    p.domain = r.string(u"domain", JsonReader::Optional);
    p.email = r.string(u"email", JsonReader::Optional);
    if (r.has(u"defaultAddress") && jsonValueCi(o, u"defaultAddress").isObject()) {
        JsonReader address = r.child(u"defaultAddress");
        p.country = address.string(u"country", JsonReader::Optional).trimmed().toUpper();
        r.merge(address);
    }
    if (!r.ok())
        return r.error();
    if (p.companyName.trimmed().isEmpty())
        return Error::make(Error::Kind::Parse, QStringLiteral("field companyName: empty"), context);
    return p;
}

ApiJob *getOrganizationProfile(PartnerCenterClient &client, QObject *receiver,
                               std::function<void(const Reply<OrganizationProfile> &)> done)
{
    auto *job = new ApiJob(client.jobContext(), ApiRequest::get(QStringLiteral("/v1/profiles/organization")),
                           &client);
    const QString context = job->request().describe(client.config().baseUrl);
    const QUuid requestId = job->requestId();
    const QUuid correlationId = job->correlationId();
    QObject::connect(
        job, &ApiJob::finished, receiver ? receiver : &client,
        [done = std::move(done), context, requestId, correlationId](const Result<ApiReply> &r) {
            if (!r.ok()) {
                done(Reply<OrganizationProfile>{r.error(), r.error().httpStatus, requestId, correlationId});
                return;
            }
            Result<OrganizationProfile> parsed = parseOrganizationProfile(r->json, context);
            if (!parsed.ok()) {
                Error e = parsed.error();
                e.httpStatus = r->httpStatus;
                parsed = Result<OrganizationProfile>(e);
            }
            done(Reply<OrganizationProfile>{std::move(parsed), r->httpStatus, requestId, correlationId});
        });
    job->start();
    return job;
}

} // namespace om::pc
