#pragma once

// PATCH /v1/customers/{customer-tenant-id}/users/{user-id}: "Update user accounts for a customer"
// (Partner Center developer docs, update-user-accounts-for-a-customer.md). Changes fields of an existing
// user of the customer's directory and answers 200 with the user as it now is (a CustomerUser). App+User
// only; GDAP User Administrator or Directory Writers. The app sets only `usageLocation`: a user without
// one cannot be given a licence ("License assignment cannot be done for user with invalid usage location.").
// A write: send it through the journal (recorded before and after), with the journal's MS-RequestId.

#include "partnercenter/ApiTypes.h"

#include <QJsonObject>
#include <QString>

namespace om::pc {

struct CustomerUserUpdate
{
    QString usageLocation; // ISO 3166-1 alpha-2, upper case ("IT")

    // {"usageLocation": "IT", "attributes": {"objectType": "CustomerUser"}}, as the documented request.
    QJsonObject toJson() const;
    // Two ASCII letters (any case): the shape Partner Center expects; whether Microsoft sells in that
    // country is the service's to say.
    static bool isValidUsageLocation(const QString &code);
};

// The request pc::customerUserUpdateWrite (WriteRequest.h) builds, and the journal records and the client
// sends (PartnerCenterClient::sendWrite<CustomerUser>).
ApiRequest customerUserUpdateRequest(const QString &customerId, const QString &userId,
                                     const CustomerUserUpdate &update);

} // namespace om::pc
