#include "tests/reliability/ReliabilitySupport.h"

#include "domain/CsvReportWriter.h"
#include "sandbox/store/SandboxCatalogue.h"
#include "sandbox/store/SandboxStore.h"

#include <QBuffer>

namespace om::test {

ReliabilityTotals &reliabilityTotals()
{
    static ReliabilityTotals totals; // per test process; read once by the environment at the end
    return totals;
}

QString summaryLine(const ReliabilityTotals &t)
{
    return QStringLiteral("reliability: runs=%1 addon_runs=%2 upgrade_runs=%3 shared_sku_runs=%4 "
                          "faults_injected=%5 lost_answer_faults=%6 kills=%7 violations=%8")
        .arg(t.runs)
        .arg(t.addOnRuns)
        .arg(t.upgradeRuns)
        .arg(t.sharedSkuRuns)
        .arg(t.faults)
        .arg(t.lostAnswers)
        .arg(t.kills)
        .arg(t.violations);
}

qint64 injectedFaults(const sandbox::SandboxCounters &c)
{
    return c.faults() + c.throttled + c.unauthorized;
}

void MintingTokenProvider::fetchToken(std::function<void(Result<QString>)> done)
{
    if (m_token.isEmpty()) {
        m_token = m_host.issueAccessToken();
        ++m_minted;
    }
    done(m_token);
}

void MintingTokenProvider::invalidate(const QString &rejectedToken)
{
    if (rejectedToken == m_token)
        m_token.clear();
}

PickedCustomer pickCleanCustomer(const sandbox::SandboxStore &store, const domain::OfferCatalogue &catalogue,
                                 int minUsers)
{
    for (int i = 0; i < store.customerCount(); ++i) {
        const QString cid = store.customerAt(i)->id;
        QList<const sandbox::SubscriptionRecord *> retired;
        for (const sandbox::SubscriptionRecord *s : store.subscriptions(cid)) {
            if (catalogue.isRetired(s->offerName))
                retired.append(s);
        }
        if (retired.size() != 1 || !retired.first()->parentSubscriptionId.isEmpty() ||
            store.effectiveStatus(*retired.first()) != sandbox::SubscriptionStatus::Active)
            continue;
        const sandbox::SubscriptionRecord *old = retired.first();
        bool hasChildren = false;
        for (const sandbox::SubscriptionRecord *o : store.subscriptions(cid))
            hasChildren = hasChildren || o->parentSubscriptionId.compare(old->id, Qt::CaseInsensitive) == 0;
        const sandbox::OfferRecord *offer = store.catalogue().offer(old->offerId);
        if (hasChildren || !offer || !offer->upgradeTargetOffers.isEmpty())
            continue;
        PickedCustomer picked;
        bool clean = true;
        for (const sandbox::UserRecord *u : store.users(cid)) {
            if (!store.userHasSku(cid, u->id, offer->skuId))
                continue;
            picked.holders.append(u->id);
            clean = clean && !u->usageLocation.isEmpty() &&
                    !store.userHasSku(cid, u->id, sandbox::skus::SalesEnterprise) &&
                    !store.userHasSku(cid, u->id, sandbox::skus::SalesProfessional) &&
                    !store.userHasSku(cid, u->id, sandbox::skus::CustomerEngagementPlan);
        }
        if (clean && picked.holders.size() >= minUsers) {
            picked.customerId = cid;
            picked.oldSubscriptionId = old->id;
            picked.oldSku = offer->skuId;
            return picked;
        }
    }
    return {};
}

namespace {

// One RFC 4180 record (the report's rows never span lines except inside quotes; ours have none).
QStringList splitCsvLine(const QString &line)
{
    QStringList out;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            out.append(cell);
            cell.clear();
        } else {
            cell += c;
        }
    }
    out.append(cell);
    return out;
}

} // namespace

QStringList checkReportRow(const sandbox::SandboxStore &store, const domain::OfferCatalogue &catalogue,
                           journal::Journal &journal, const QString &customerId,
                           const QString &oldSubscriptionId, int usersExpected)
{
    QStringList problems;
    const sandbox::CustomerRecord *c = store.customer(customerId);
    if (!c)
        return {QStringLiteral("report: customer unknown")};
    domain::ScanSnapshot snapshot;
    snapshot.scannedAt = store.clock().now();
    snapshot.environment = QStringLiteral("sandbox");
    domain::CustomerRecord customer;
    customer.id = c->id;
    customer.companyName = c->companyName;
    customer.domain = c->domain;
    customer.market = c->country;
    for (const sandbox::SubscriptionRecord *s : store.subscriptions(customerId)) {
        domain::SubscriptionRecord r;
        r.id = s->id;
        r.offerId = s->offerId;
        r.offerName = s->offerName;
        r.friendlyName = s->friendlyName;
        r.status = sandbox::subscriptionStatusName(store.effectiveStatus(*s));
        r.quantity = s->quantity;
        r.autoRenewEnabled = s->autoRenewEnabled;
        r.commitmentEndDate = s->commitmentEndDate.date();
        r.creationDate = s->creationDate;
        r.orderId = s->orderId;
        r.parentSubscriptionId = s->parentSubscriptionId;
        customer.subscriptions.append(r);
    }
    snapshot.customers.append(customer);
    const auto progress = journal.progressBySubscription();
    if (!progress)
        return {QStringLiteral("report: ") + progress.error().toString()};
    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    domain::CsvReportWriter writer(catalogue, store.clock());
    if (const Status written = writer.write(buffer, snapshot, progress.value()); !written)
        return {QStringLiteral("report: ") + written.error().toString()};
    const QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.first().toUtf8() != domain::CsvReportWriter::header())
        return {QStringLiteral("report: header missing")};
    const QStringList columns = lines.first().split(QLatin1Char(','));
    int found = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cells = splitCsvLine(lines.at(i));
        const auto cell = [&](const char *name) {
            const qsizetype at = columns.indexOf(QLatin1String(name));
            return at >= 0 && at < cells.size() ? cells.at(at) : QString();
        };
        if (cell("subscription_id").compare(oldSubscriptionId, Qt::CaseInsensitive) != 0)
            continue;
        ++found;
        if (cells.size() != columns.size())
            problems.append(
                QStringLiteral("report: row has %1 cells, %2 columns").arg(cells.size()).arg(columns.size()));
        if (cell("customer_id").compare(customerId, Qt::CaseInsensitive) != 0)
            problems.append(QStringLiteral("report: wrong customer id"));
        if (cell("migration_state") != QLatin1String("suspended"))
            problems.append(
                QStringLiteral("report: migration_state is '%1', not done").arg(cell("migration_state")));
        if (cell("status") != QLatin1String("suspended"))
            problems.append(QStringLiteral("report: status is '%1'").arg(cell("status")));
        for (const char *required : {"customer_name", "offer_id", "replacement_offer_id",
                                     "new_subscription_id", "suspended_at", "deprovision_date"}) {
            if (cell(required).isEmpty())
                problems.append(QStringLiteral("report: %1 is empty").arg(QLatin1String(required)));
        }
        if (cell("users_total") != QString::number(usersExpected) ||
            cell("users_moved") != QString::number(usersExpected))
            problems.append(QStringLiteral("report: users %1/%2, expected %3")
                                .arg(cell("users_moved"), cell("users_total"))
                                .arg(usersExpected));
        if (!cell("last_error").isEmpty())
            problems.append(QStringLiteral("report: last_error '%1'").arg(cell("last_error")));
    }
    if (found != 1)
        problems.append(QStringLiteral("report: %1 rows for the old subscription").arg(found));
    return problems;
}

} // namespace om::test
