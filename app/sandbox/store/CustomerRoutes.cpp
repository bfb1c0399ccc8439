// GET /v1/customers (seek paging, filter), GET /v1/customers/{c}, GET .../users (seek paging),
// GET .../users/{u}.

#include "common/JsonReader.h"
#include "sandbox/store/RouteParts.h"
#include "sandbox/store/RouteSupport.h"
#include "sandbox/store/SandboxJson.h"
#include "sandbox/store/SandboxStore.h"

#include <QJsonDocument>

namespace om::sandbox {

namespace {

struct CustomerFilter
{
    enum class Field
    {
        None,
        CompanyName,
        Domain
    } field = Field::None;
    QString value;
    bool matches(const CustomerRecord &c) const
    {
        switch (field) {
        case Field::None:
            return true;
        case Field::CompanyName:
            return c.companyName.startsWith(value, Qt::CaseInsensitive);
        case Field::Domain:
            return c.domain.startsWith(value, Qt::CaseInsensitive);
        }
        return true;
    }
};

// filter = {"Field":"CompanyName"|"Domain","Value":"<prefix>","Operator":"starts_with"}; the
// indirect-reseller fields are not modelled (400).
StoreResult<CustomerFilter> parseFilter(const QString &text)
{
    CustomerFilter filter;
    if (text.isEmpty())
        return filter;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const StoreError bad{400, codes::InvalidInput, QStringLiteral("The customer filter is not valid."), {}};
    if (!doc.isObject())
        return bad;
    const QString field = om::jsonValueCi(doc.object(), u"Field").toString();
    const QString op = om::jsonValueCi(doc.object(), u"Operator").toString().remove(QLatin1Char('_'));
    filter.value = om::jsonValueCi(doc.object(), u"Value").toString();
    if (op.compare(QLatin1String("startswith"), Qt::CaseInsensitive) != 0)
        return bad;
    if (field.compare(QLatin1String("CompanyName"), Qt::CaseInsensitive) == 0)
        filter.field = CustomerFilter::Field::CompanyName;
    else if (field.compare(QLatin1String("Domain"), Qt::CaseInsensitive) == 0)
        filter.field = CustomerFilter::Field::Domain;
    else
        return bad;
    return filter;
}

SandboxReply listCustomers(const SandboxStore &store, const SandboxRequest &request)
{
    const auto page = routes::parseSeekPage(request, store.options().defaultCustomerPageSize,
                                            store.options().maxCustomerPageSize);
    if (!page)
        return page.error().toReply();
    const auto filter = parseFilter(page->filter);
    if (!filter)
        return filter.error().toReply();
    QJsonArray items;
    int total = 0;
    for (int i = 0; i < store.customerCount(); ++i) {
        const CustomerRecord &c = *store.customerAt(i);
        if (!filter->matches(c))
            continue;
        if (total >= page->offset && items.size() < page->size)
            items.append(json::customer(c, false));
        ++total;
    }
    if (page->offset > total)
        return SandboxReply::error(400, codes::InvalidContinuationToken,
                                   QStringLiteral("The continuation token is not valid for this request."));
    return SandboxReply::json(200, routes::seekPageBody(items, *page, total));
}

SandboxReply getCustomer(const SandboxStore &store, const QString &customerId)
{
    if (auto error = store.checkCustomer(customerId))
        return error->toReply();
    return SandboxReply::json(200, json::customer(*store.customer(customerId), true));
}

SandboxReply listUsers(const SandboxStore &store, const SandboxRequest &request, const QString &customerId)
{
    if (auto denied = routes::requireUserContext(request))
        return *denied;
    if (auto error = store.checkCustomer(customerId))
        return error->toReply();
    const auto page =
        routes::parseSeekPage(request, store.options().defaultUserPageSize, store.options().maxUserPageSize);
    if (!page)
        return page.error().toReply();
    if (!page->filter.isEmpty())
        return SandboxReply::error(400, codes::InvalidInput,
                                   QStringLiteral("User filters are not supported by the sandbox."));
    const QList<const UserRecord *> users = store.users(customerId);
    if (page->offset > users.size())
        return SandboxReply::error(400, codes::InvalidContinuationToken,
                                   QStringLiteral("The continuation token is not valid for this request."));
    QJsonArray items;
    for (int i = page->offset; i < users.size() && items.size() < page->size; ++i)
        items.append(json::user(*users.at(i)));
    return SandboxReply::json(200, routes::seekPageBody(items, *page, int(users.size())));
}

SandboxReply getUser(const SandboxStore &store, const SandboxRequest &request, const RouteArgs &args)
{
    if (auto denied = routes::requireUserContext(request))
        return *denied;
    if (auto error = store.checkCustomer(args.at(0)))
        return error->toReply();
    const UserRecord *u = store.user(args.at(0), args.at(1));
    if (!u)
        return SandboxReply::error(404, codes::UserNotFound,
                                   QStringLiteral("User object Id %1 is not found.").arg(args.at(1)));
    return SandboxReply::json(200, json::user(*u));
}

} // namespace

void registerCustomerRoutes(SandboxRouter &router, SandboxStore &store)
{
    router.add("GET", QStringLiteral("/v1/customers"),
               [&store](const SandboxRequest &r, const RouteArgs &) { return listCustomers(store, r); });
    router.add("GET", QStringLiteral("/v1/customers/{}"),
               [&store](const SandboxRequest &, const RouteArgs &a) { return getCustomer(store, a.at(0)); });
    router.add(
        "GET", QStringLiteral("/v1/customers/{}/users"),
        [&store](const SandboxRequest &r, const RouteArgs &a) { return listUsers(store, r, a.at(0)); });
    router.add("GET", QStringLiteral("/v1/customers/{}/users/{}"),
               [&store](const SandboxRequest &r, const RouteArgs &a) { return getUser(store, r, a); });
}

} // namespace om::sandbox
