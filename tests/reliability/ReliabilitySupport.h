#pragma once

// Shared pieces of the reliability suite: the run counters behind the summary line, a token provider
// that mints sandbox tokens (so expired ones are replaced like a refresh would), a demo-customer
// picker, an event-pumping wait, and the CSV report check.

#include "domain/OfferCatalogue.h"
#include "journal/Journal.h"
#include "partnercenter/AccessTokenProvider.h"
#include "sandbox/SandboxHost.h"
#include "tests/support/WaitUntil.h"

#include <QStringList>

#include <functional>

namespace om::test {

// Totals of one test process, printed when the process ends as
// "reliability: runs=R addon_runs=A upgrade_runs=U shared_sku_runs=S faults_injected=F lost_answer_faults=L
// kills=K violations=V".
struct ReliabilityTotals
{
    int runs = 0;
    int addOnRuns = 0;     // the customer had a retired add-on under a retired base
    int upgradeRuns = 0;   // the customer had a retired subscription with an upgrade path
    int sharedSkuRuns = 0; // the customer had two retired subscriptions provisioning one SKU
    qint64 faults = 0;
    qint64 lostAnswers = 0; // writes that ran and whose answer was lost (also counted in faults)
    int kills = 0;
    int violations = 0;
};
ReliabilityTotals &reliabilityTotals(); // one per test process (the gtest environment reads it)
QString summaryLine(const ReliabilityTotals &totals);
// Faults the sandbox injected: transport faults, 429s and 401s for expired tokens.
qint64 injectedFaults(const sandbox::SandboxCounters &counters);

// Hands out a token minted by the in-process sandbox and keeps it until the client reports a 401 for
// it (invalidate), like a refresh-token provider. The host must outlive the provider.
class MintingTokenProvider final : public pc::AccessTokenProvider
{
public:
    explicit MintingTokenProvider(sandbox::SandboxHost &host)
        : m_host(host)
    {}
    void fetchToken(std::function<void(Result<QString>)> done) override;
    void invalidate(const QString &rejectedToken) override;
    int minted() const { return m_minted; }

private:
    sandbox::SandboxHost &m_host;
    QString m_token;
    int m_minted = 0;
};

// A demo customer with exactly one active retired subscription (no add-ons, no upgrade path) and at
// least `minUsers` holders, all with a usage location and no other Dynamics licence.
struct PickedCustomer
{
    QString customerId;
    QString oldSubscriptionId;
    QString oldSku;
    QStringList holders;
    bool isValid() const { return !customerId.isEmpty(); }
};
PickedCustomer pickCleanCustomer(const sandbox::SandboxStore &store, const domain::OfferCatalogue &catalogue,
                                 int minUsers);

// Writes the CSV report for the customer (a snapshot of the sandbox's subscriptions, the journal's
// progress) and returns problems with the old subscription's row: missing, incomplete, or not done.
QStringList checkReportRow(const sandbox::SandboxStore &store, const domain::OfferCatalogue &catalogue,
                           journal::Journal &journal, const QString &customerId,
                           const QString &oldSubscriptionId, int usersExpected);

} // namespace om::test
