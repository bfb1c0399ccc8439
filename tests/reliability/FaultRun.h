#pragma once

// One seeded in-process fault run, shared by FaultRunTest and CustomerShapeRunTest: the engine migrates
// one customer against a SandboxHost (manual clock) that injects 5xx, dropped connections, truncated and
// malformed bodies and slow answers (FaultSpec, seeded), answers a share of the writes and then loses the
// answer ("processed, then lost": SandboxServer::setLostAnswers, and the first answer of each kind of
// write on purpose), throttles with 429 storms (Retry-After), lets access tokens expire mid-migration,
// keeps new subscriptions pending for a while, and has "another admin" PATCH the old subscription between
// the engine's read and its suspend PATCH (stale etag). When the engine gives up, it is run again with the
// same journal, as an operator would, until done (bounded). InvariantMonitor checks the sandbox after
// every request. The client sends one request at a time, so a seed always draws the same faults for the
// same requests.

#include "domain/OfferCatalogue.h"
#include "engine/MigrationEngine.h"
#include "journal/Journal.h"
#include "partnercenter/PartnerCenterClient.h"
#include "tests/reliability/InvariantMonitor.h"
#include "tests/reliability/ReliabilitySupport.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace om::test {

constexpr int kMaxAttempts = 12;
constexpr int kTokenLifetimeSecs = 600;

// Runs one engine call and waits for finished() (60 s of real time at most).
engine::EngineResult awaitEngine(engine::MigrationEngine &engine, const std::function<bool()> &start);

// The customer a run migrates. Demo: picked from the demo tenant (pickCleanCustomer); the others are
// built in the sandbox store (market IT, every user with a usage location and no other Dynamics licence).
enum class CustomerShape
{
    Demo,      // one active retired subscription, no add-ons, no upgrade path
    AddOn,     // CRMOL Basic (3 holders) with its Sales Add-On (2 other holders): no upgrade while it has one
    Upgrade,   // CRMOL Basic alone (3 holders): the legacy upgrade with licence transfer
    SharedSku, // two From SA subscriptions (3 seats each) provisioning one SKU, held by 5 users
    TwoRetired, // CRMOL Basic (3 holders, upgrade path) and From SA (2 holders, purchase)
    Purchase,   // From SA alone (3 holders): bought, then cancelled (CancelUnderLostAnswersTest)
    Unused,     // From SA alone, 2 seats, nobody holds its licence: suspended without buying (suspend only)
};
const char *shapeName(CustomerShape shape);

struct Scenario
{
    CustomerShape shape = CustomerShape::Demo;
    sandbox::FaultSpec faults;
    double lostAnswers = 0;          // share of writes answered 5xx or dropped AFTER running (setLostAnswers)
    bool loseFirstAnswers = false;   // and every answer of the first cart, checkout, upgrade, licence
                                     // update, suspend and cancel in the engine run that sends it
    int ratePerMinute = 60;          // Retry-After 1 s once the bucket is empty
    int stormLength = 2;             // 429s in a row before "a minute passes" (the clock jumps 60 s)
    bool storms = true;              // use up the bucket after the cart and after the first licence update
    bool licenceStorm = true;        // (the second one)
    qint64 provisioningMs = 40000;   // pending this long; each poll of it moves the clock 10 s
    bool expireTokens = true;        // after the second licence update: every token expires
    bool etagConflict = true;        // someone else PATCHes the old subscription before our suspend
    bool problemUser = false;        // one holder has no usage location: the new licence is refused
    int excludedHolders = 0;         // the first N holders are left out (MigrationRequest::excludedUsers)
    bool confirmSuspendOnly = false; // every retired subscription nobody uses: suspend without buying
};

class FaultRun
{
public:
    FaultRun(quint32 seed, const Scenario &scenario);
    ~FaultRun();

    // Sets up the sandbox, the journal and the client; picks or builds the customer. Empty when fine.
    QString setUp();
    // Runs the engine (plan + runAll) until every retired subscription is migrated (with excluded users:
    // verified, since they keep the old licence and the suspend is refused) or maxAttempts runs gave up.
    bool migrate(int maxAttempts = kMaxAttempts);
    // Plan + purchase only, until the replacement is bought and its seats are ready (bounded).
    bool purchaseOnly(int maxAttempts = kMaxAttempts);
    // Cancels the bought replacement for a refund (PurchaseCancellation), again until the journal closes
    // the migration as cancelled (bounded).
    bool cancelPurchase(int maxAttempts = kMaxAttempts);

    // The sandbox has no route to edit a user: the store is changed directly (as an admin would in
    // the customer's tenant).
    void setUsageLocation(const QString &location);
    QString problemUser() const { return m_problemUser; }

    InvariantMonitor &monitor() { return *m_monitor; }
    sandbox::SandboxHost &host() { return *m_host; }
    journal::Journal &journal() { return *m_journal; }
    const domain::OfferCatalogue &catalogue() const { return m_catalogue; }
    // Demo: the picked customer. Built: the first retired subscription, and the holders of every one.
    const PickedCustomer &customer() const { return m_customer; }
    const QStringList &retiredIds() const { return m_retired; }
    const QStringList &excludedUsers() const { return m_excluded; }
    bool hasAddOn() const { return m_hasAddOn; }
    bool hasUpgradePath() const { return m_hasUpgradePath; }
    bool sharesSku() const { return m_sharesSku; }
    QStringList lostKinds() const; // sorted kinds of write whose first answer was lost on purpose
    int attempts() const { return m_attempts; }
    int etagConflicts() const { return m_etagConflicts; }
    int tokenExpiries() const { return m_tokenExpiries; }
    int storms() const { return m_storms; }
    QString lastSummary() const { return m_lastSummary; }

private:
    QString buildCustomer();
    engine::MigrationRequest request() const; // the customer, the exclusions and the confirmations
    bool allSuspended();
    bool allIn(journal::JournalState state);
    QList<journal::MigrationRecord> migrations();
    engine::EngineConfig engineConfig() const;
    void onArrived(const sandbox::SandboxRequest &request);
    void onServed(const QByteArray &method, const QString &path, int status);

    quint32 m_seed;
    Scenario m_scenario;
    SystemClock m_clock; // the engine's and the client's: real time (pacing, polls)
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    domain::OfferCatalogue m_catalogue;
    PickedCustomer m_customer;
    QStringList m_retired; // the retired subscriptions to migrate
    bool m_hasAddOn = false;
    bool m_hasUpgradePath = false;
    bool m_sharesSku = false;
    QString m_problemUser;
    QStringList m_excluded; // holders left out (Scenario::excludedHolders)
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<MintingTokenProvider> m_tokens;
    std::unique_ptr<pc::PartnerCenterClient> m_client;
    std::unique_ptr<InvariantMonitor> m_monitor; // declared after the host: disconnected first
    struct LostWrite
    {
        QByteArray requestId;
        int attempt = 0; // the engine run it is lost in
        int status = 0;  // failAfterRunning: 503, or 0 to drop the connection
    };
    QHash<QString, LostWrite> m_lostKinds; // kind of write -> its first one, whose answers are lost
    int m_attempts = 0;
    int m_throttledInRow = 0;
    int m_licenceUpdates = 0;
    bool m_cartStorm = false;
    int m_storms = 0;
    int m_etagConflicts = 0;
    int m_tokenExpiries = 0;
    QString m_lastSummary;
};

// Adds the run to the totals (runs, faults, lost answers, and the add-on, upgrade and shared-SKU runs)
// and fails the test on any violation.
void account(FaultRun &run, int extraFaults);

} // namespace om::test
