#include "partnercenter/ScanService.h"

#include "partnercenter/PartnerCenterClient.h"
#include "partnercenter/PcLogging.h"

#include <QHash>
#include <QStringBuilder>

namespace om::pc {

ScanService::ScanService(PartnerCenterClient *client, const Clock &clock, ScanOptions options,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_options(std::move(options))
{}

domain::SubscriptionRecord ScanService::toRecord(const Subscription &s)
{
    domain::SubscriptionRecord r;
    r.id = s.id;
    r.offerId = s.offerId;
    r.offerName = s.offerName;
    r.friendlyName = s.friendlyName;
    r.status = s.status;
    r.unitType = s.unitType;
    r.etag = s.etag;
    r.orderId = s.orderId;
    r.parentSubscriptionId = s.parentSubscriptionId;
    r.quantity = s.quantity;
    r.autoRenewEnabled = s.autoRenewEnabled;
    r.commitmentEndDate = s.commitmentEndDate;
    r.creationDate = s.creationDate;
    return r;
}

QString ScanService::marketOf(const QList<Subscription> &subscriptions)
{
    QHash<QString, int> counts;
    QString best;
    for (const Subscription &s : subscriptions) {
        if (s.market.isEmpty())
            continue;
        const int n = ++counts[s.market];
        if (n > counts.value(best) || (n == counts.value(best) && s.market < best))
            best = s.market;
    }
    return best;
}

void ScanService::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_customers.clear();
    m_records.clear();
    m_failed.clear();
    m_jobs.clear();
    m_next = m_done = m_inFlight = 0;
    const quint64 generation = m_generation;
    qCInfo(lcPartnerCenter) << "scan started";
    PagedJob *job = m_client->listCustomers(m_options.customerPageSize, this,
                                            [this, generation](const Reply<QList<Customer>> &reply) {
                                                if (generation != m_generation || !m_running)
                                                    return;
                                                if (!reply.result.ok()) {
                                                    finish(reply.result.error());
                                                    return;
                                                }
                                                onCustomers(reply.result.value());
                                            });
    m_jobs.append(job);
}

void ScanService::onCustomers(const QList<Customer> &customers)
{
    m_customers = customers;
    m_records = QList<std::optional<domain::CustomerRecord>>(customers.size());
    emit progress(0, static_cast<int>(customers.size()));
    startNextCustomers();
}

void ScanService::startNextCustomers()
{
    const int limit = std::max(1, m_options.maxConcurrentCustomers);
    while (m_running && m_inFlight < limit && m_next < m_customers.size()) {
        const int index = m_next++;
        ++m_inFlight;
        const quint64 generation = m_generation;
        PagedJob *job =
            m_client->listSubscriptions(m_customers.at(index).id, this,
                                        [this, index, generation](const Reply<QList<Subscription>> &reply) {
                                            if (generation != m_generation || !m_running)
                                                return;
                                            onSubscriptions(index, reply.result);
                                        });
        m_jobs.append(job);
    }
    if (m_running && m_done == m_customers.size()) {
        domain::ScanSnapshot snapshot;
        snapshot.scannedAt = m_clock.now().toUTC();
        snapshot.environment = m_options.environment.isEmpty()
                                   ? m_client->config().baseUrl.toString(QUrl::RemoveUserInfo)
                                   : m_options.environment;
        for (const auto &record : std::as_const(m_records)) {
            if (record)
                snapshot.customers.append(*record);
        }
        finish(snapshot);
    }
}

void ScanService::onSubscriptions(int index, const Result<QList<Subscription>> &result)
{
    --m_inFlight;
    const Customer &customer = m_customers.at(index);
    if (!result.ok()) {
        Error e = result.error();
        e.message = QStringLiteral("customer %1 (%2): ").arg(customer.companyName, customer.id) % e.message;
        if (m_options.failOnCustomerError || e.kind == Error::Kind::Parse ||
            e.kind == Error::Kind::Cancelled) {
            finish(e);
            return;
        }
        qCWarning(lcPartnerCenter).noquote() << "scan: skipping customer:" << e.toString();
        const CustomerScanError failure{customer.id, customer.companyName, e};
        m_failed.append(failure);
        emit customerFailed(failure);
    } else {
        domain::CustomerRecord record;
        record.id = customer.id;
        record.companyName = customer.companyName;
        record.domain = customer.domain;
        record.market = marketOf(result.value());
        for (const Subscription &s : result.value())
            record.subscriptions.append(toRecord(s));
        if (record.market.isEmpty() && !record.subscriptions.isEmpty()) {
            // No ?country= on any subscription link: the customer's billing address country is the market
            // (only GET by id carries the billing profile; one more read for these customers alone).
            ++m_inFlight;
            const quint64 generation = m_generation;
            ApiJob *job = m_client->getCustomer(
                customer.id, this,
                [this, index, generation, record = std::move(record)](const Reply<Customer> &reply) mutable {
                    if (generation != m_generation || !m_running)
                        return;
                    --m_inFlight;
                    if (reply.result.ok())
                        record.market = reply.result->billingCountry;
                    else
                        qCWarning(lcPartnerCenter).noquote() << "scan: market of" << record.id
                                                             << "unknown:" << reply.result.error().toString();
                    m_records[index] = std::move(record);
                    emit customerScanned(*m_records.at(index));
                    customerDone();
                });
            m_jobs.append(job);
            return;
        }
        m_records[index] = std::move(record);
        emit customerScanned(*m_records.at(index));
    }
    customerDone();
}

void ScanService::customerDone()
{
    ++m_done;
    emit progress(m_done, static_cast<int>(m_customers.size()));
    startNextCustomers();
}

void ScanService::abortJobs()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<QObject> &job : jobs) {
        if (auto *paged = qobject_cast<PagedJob *>(job.data()))
            paged->cancel();
    }
}

void ScanService::cancel()
{
    if (!m_running)
        return;
    finish(Error::make(Error::Kind::Cancelled, QStringLiteral("scan cancelled"), QStringLiteral("scan")));
}

void ScanService::finish(const Result<domain::ScanSnapshot> &result)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation; // late callbacks of this scan are ignored from here on
    abortJobs();
    if (result.ok())
        qCInfo(lcPartnerCenter) << "scan finished:" << result->customers.size() << "customers";
    else
        qCWarning(lcPartnerCenter).noquote() << "scan failed:" << result.error().toString();
    emit finished(result);
}

} // namespace om::pc
