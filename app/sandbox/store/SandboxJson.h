#pragma once

// Partner Center wire shapes (camelCase) for the sandbox's records. Pure functions.

#include "sandbox/store/SandboxStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace om::sandbox::json {

QString isoDate(const QDateTime &dt); // "2019-01-14T16:57:15.0966000Z"; midnight without fraction
QJsonObject link(const QString &uri, const QString &method = QStringLiteral("GET"),
                 const QList<QPair<QString, QString>> &headers = {});
QJsonObject attributes(const QString &objectType, const QString &etag = {});
// {totalCount(=items.size()), items, links?, attributes:{objectType:"Collection"}}
QJsonObject collection(const QJsonArray &items, const QJsonObject &links = {});

QJsonObject customer(const CustomerRecord &c, bool detailed);
QJsonObject subscription(const SandboxStore &store, const SubscriptionRecord &s);
QJsonObject offer(const SandboxStore &store, const OfferRecord &o, const QString &country);
// withSubscriptions false: the lines carry no subscriptionId/links.subscription (the checkout answer:
// provisioning is asynchronous, the client reads the order).
QJsonObject order(const SandboxStore &store, const OrderRecord &o, bool withSubscriptions = true);
QJsonObject cart(const CartRecord &c);
QJsonObject user(const UserRecord &u);
QJsonObject productSku(const SkuRecord &sku);
QJsonObject servicePlan(const ServicePlanRecord &plan, const QString &capabilityStatus);
QJsonObject licence(const SkuRecord &sku, const LicenceAssignment &assignment);
QJsonObject subscribedSku(const SubscribedSkuView &view);
QJsonObject upgrade(const SandboxStore &store, const UpgradeOption &option, const QString &country);
QJsonObject upgradeResult(const UpgradeOutcome &outcome);

// New-commerce catalogue (CatalogJson.cpp), links relative without /v1 and with ?country=.
QJsonObject nceProduct(const NceProductRecord &product, const QString &country);
QJsonObject nceSku(const NceSkuRecord &sku, const QString &country);
QJsonObject nceAvailability(const SandboxCatalogue &catalogue, const NceAvailabilityRecord &availability,
                            const QString &country);

} // namespace om::sandbox::json
