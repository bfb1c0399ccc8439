#include "journal/JournalRows.h"

namespace om::journal::rows {

QVariant timeValue(const QDateTime &t)
{
    if (!t.isValid())
        return QVariant();
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QVariant dateValue(const QDate &d)
{
    if (!d.isValid())
        return QVariant();
    return d.toString(Qt::ISODate);
}

QDateTime toTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

QDate toDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDate::fromString(v.toString(), Qt::ISODate);
}

const char migrationColumns[] =
    "id, customer_id, customer_name, old_subscription_id, old_offer_id, old_offer_name, old_sku,"
    " target_offer_id, target_offer_name, target_sku, planned_quantity, path, operator, state, failed_from,"
    " new_subscription_id, order_id, cart_id, created_at, updated_at, suspended_at, deprovision_date, "
    "last_error, target_term, target_billing";

MigrationRecord migrationFrom(const QSqlQuery &q)
{
    MigrationRecord m;
    m.id = q.value(0).toLongLong();
    m.plan.customerId = q.value(1).toString();
    m.plan.customerName = q.value(2).toString();
    m.plan.oldSubscriptionId = q.value(3).toString();
    m.plan.oldOfferId = q.value(4).toString();
    m.plan.oldOfferName = q.value(5).toString();
    m.plan.oldSku = q.value(6).toString();
    m.plan.targetOfferId = q.value(7).toString();
    m.plan.targetOfferName = q.value(8).toString();
    m.plan.targetSku = q.value(9).toString();
    m.plan.plannedQuantity = q.value(10).toInt();
    m.plan.path = migrationPathFromToken(q.value(11).toString()).value_or(MigrationPath::Purchase);
    m.plan.operatorName = q.value(12).toString();
    // An unknown state token can only come from a newer app: show it as failed rather than guess.
    m.state = journalStateFromToken(q.value(13).toString()).value_or(JournalState::Failed);
    m.failedFrom = journalStateFromToken(q.value(14).toString()).value_or(JournalState::NotStarted);
    m.newSubscriptionId = q.value(15).toString();
    m.orderId = q.value(16).toString();
    m.cartId = q.value(17).toString();
    m.createdAt = toTime(q.value(18));
    m.updatedAt = toTime(q.value(19));
    m.suspendedAt = toTime(q.value(20));
    m.deprovisionDate = toDate(q.value(21));
    m.lastError = q.value(22).toString();
    m.plan.termDuration = q.value(23).toString();
    m.plan.billingCycle = q.value(24).toString();
    return m;
}

const char writeColumns[] = "request_id, migration_id, kind, request_key, method, path, body_sha256, status,"
                            " http_status, response_body, created_at, answered_at, subscription_id, cart_id,"
                            " order_id, answer_subscription_id";

WriteRequest writeFrom(const QSqlQuery &q)
{
    WriteRequest w;
    w.requestId = q.value(0).toString();
    w.migrationId = q.value(1).toLongLong();
    w.kind = writeKindFromToken(q.value(2).toString()).value_or(WriteKind::CreateCart);
    w.key = q.value(3).toString();
    w.method = q.value(4).toString();
    w.path = q.value(5).toString();
    w.bodySha256 = q.value(6).toString().toLatin1();
    w.status = writeStatusFromToken(q.value(7).toString()).value_or(WriteStatus::Pending);
    w.httpStatus = q.value(8).toInt();
    w.responseBody = q.value(9).toByteArray();
    w.createdAt = toTime(q.value(10));
    w.answeredAt = toTime(q.value(11));
    w.subscriptionId = q.value(12).toString();
    w.cartId = q.value(13).toString();
    w.orderId = q.value(14).toString();
    w.answerSubscriptionId = q.value(15).toString();
    return w;
}

const char userMoveColumns[] = "user_id, upn, display_name, state, last_error, request_id, updated_at";

const char userMoveColumnsOf[] =
    "u.user_id, u.upn, u.display_name, u.state, u.last_error, u.request_id, u.updated_at";

UserMove userMoveFrom(const QSqlQuery &q, int first)
{
    UserMove u;
    u.userId = q.value(first).toString();
    u.upn = q.value(first + 1).toString();
    u.displayName = q.value(first + 2).toString();
    u.state = userMoveStateFromToken(q.value(first + 3).toString()).value_or(UserMoveState::Pending);
    u.lastError = q.value(first + 4).toString();
    u.requestId = q.value(first + 5).toString();
    u.updatedAt = toTime(q.value(first + 6));
    return u;
}

} // namespace om::journal::rows
