#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/ScanData.h"
#include "partnercenter/Models.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace om::pc {

class PartnerCenterClient;

struct ScanOptions
{
    int customerPageSize = 500;     // GET /v1/customers?size=
    int maxConcurrentCustomers = 4; // subscription lists in flight; the client's scheduler paces them too
    // Policy for a customer whose subscription list still fails after the job's own retries
    // (5xx/timeouts/dropped connections/429 are retried there). true: the scan fails, naming the
    // customer and the request — a partial scan would hide that customer's expiring subscriptions.
    // false: the customer is left out of the snapshot and reported by failedCustomers()/customerFailed.
    // A parse error (a malformed answer) always fails the scan.
    bool failOnCustomerError = true;
    QString environment; // ScanSnapshot::environment; empty -> the client's base URL
};

struct CustomerScanError
{
    QString customerId;
    QString companyName;
    Error error;
};

// Scans every customer, then each customer's subscriptions, into a ScanSnapshot.
// Requests: one paged GET /v1/customers plus one GET /v1/customers/{id}/subscriptions per customer;
// the customer's market comes from its subscriptions' offer links (?country=XX), so no extra
// request per customer. Customer order in the snapshot follows the customer list.
// The client is not owned and must outlive the service. One scan per start(); start() again after
// finished for a new scan.
class ScanService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanService)

public:
    ScanService(PartnerCenterClient *client, const Clock &clock, ScanOptions options = {},
                QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<CustomerScanError> &failedCustomers() const { return m_failed; }

    // Shared with the migration engine's re-reads: a typed subscription as a scan record.
    static domain::SubscriptionRecord toRecord(const Subscription &subscription);
    // The most frequent non-empty market among the subscriptions ("" when none has one).
    static QString marketOf(const QList<Subscription> &subscriptions);

signals:
    void progress(int done, int total); // customers whose subscriptions are read / customers found
    // One customer read completely (subscriptions and market), in the order the answers arrive, before the
    // progress() that counts it; the snapshot in finished() holds the same records in customer-list order.
    void customerScanned(const om::domain::CustomerRecord &customer);
    void customerFailed(const om::pc::CustomerScanError &failure);
    void finished(const om::Result<om::domain::ScanSnapshot> &result);

private:
    void onCustomers(const QList<Customer> &customers);
    void startNextCustomers();
    void onSubscriptions(int index, const Result<QList<Subscription>> &result);
    void customerDone();
    void finish(const Result<domain::ScanSnapshot> &result);
    void abortJobs();

    PartnerCenterClient *m_client;
    const Clock &m_clock;
    ScanOptions m_options;
    QList<Customer> m_customers;
    QList<std::optional<domain::CustomerRecord>> m_records;
    QList<QPointer<QObject>> m_jobs; // PagedJobs in flight (owned by the client)
    QList<CustomerScanError> m_failed;
    int m_next = 0;
    int m_done = 0;
    int m_inFlight = 0;
    bool m_running = false;
    quint64 m_generation = 0; // ignores late answers of a cancelled scan
};

} // namespace om::pc
