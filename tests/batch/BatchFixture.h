#pragma once

// Batch tests in process: EngineFixture's sandbox (real HTTP, manual sandbox clock, instant provisioning),
// journal and client, plus customers of each shape built in the sandbox store, the batch planner and
// runner, and one InvariantMonitor per customer (customer-wide checks: one replacement per retired
// subscription, nobody without a licence, no suspend before "verified", journal and sandbox agree).

#include "batch/BatchPlanner.h"
#include "batch/BatchRunner.h"
#include "tests/engine/EngineFixture.h"
#include "tests/reliability/InvariantMonitor.h"
#include "tests/reliability/ReliabilitySupport.h"

#include <QDeadlineTimer>

#include <map>
#include <optional>

namespace om::test {

inline const QString kSalesAddOn =
    QStringLiteral("Dynamics 365 for Sales Enterprise Edition Add-On for CRM Basic (Qualified Offer)");

class BatchFixture : public EngineFixture
{
protected:
    void TearDown() override
    {
        m_monitors.clear();
        EngineFixture::TearDown();
    }

    struct Built
    {
        QString customerId;
        QString name;
        QStringList retired; // retired subscription ids, in the order added
        QStringList holders; // every user holding a retired licence
    };

    struct Part
    {
        QString offerName;
        int quantity = 0;
        int users = 0;
        int parent = -1;   // index of an earlier part: this one is its add-on
        int unlocated = 0; // the last `unlocated` users have no usage location (problem users)
        sandbox::SubscriptionStatus status = sandbox::SubscriptionStatus::Active;
    };

    Built build(const QString &name, const QList<Part> &parts)
    {
        Built b;
        sandbox::CustomerRecord c;
        c.companyName = name;
        c.domain = QStringLiteral("batch%1.onmicrosoft.com").arg(store().customerCount());
        c.country = QStringLiteral("IT");
        b.customerId = store().addCustomer(c);
        b.name = name;
        for (const Part &p : parts) {
            sandbox::SubscriptionRecord s;
            s.customerId = b.customerId;
            s.offerId = sandbox::sandboxOfferId(p.offerName);
            s.quantity = p.quantity;
            s.autoRenewEnabled = false;
            s.commitmentEndDate = store().clock().now().addDays(30);
            s.status = p.status;
            if (p.parent >= 0)
                s.parentSubscriptionId = b.retired.at(p.parent);
            const QString id = store().addSubscription(s);
            b.retired.append(id);
            const QString sku = store().catalogue().offer(s.offerId)->skuId;
            for (int i = 0; i < p.users; ++i) {
                sandbox::UserRecord u;
                u.customerId = b.customerId;
                u.displayName = QStringLiteral("User %1").arg(b.holders.size() + 1);
                u.userPrincipalName = QStringLiteral("user%1@%2").arg(b.holders.size() + 1).arg(c.domain);
                u.usageLocation = i >= p.users - p.unlocated ? QString() : QStringLiteral("IT");
                const QString user = store().addUser(u);
                store().grantLicence(b.customerId, user, {sku, {}});
                b.holders.append(user);
            }
        }
        return b;
    }

    // A customer-wide monitor (its checks run on every request the sandbox serves).
    InvariantMonitor &monitor(const Built &b, const QStringList &problemUsers = {})
    {
        InvariantMonitor::Target target;
        target.customerId = b.customerId;
        target.problemUsers = problemUsers;
        auto m = std::make_unique<InvariantMonitor>(host(), target, [this]() { return m_journal.get(); });
        m->allowPendingWrites(true); // between runs; checkFinal wants none
        InvariantMonitor &ref = *m;
        m_monitors.push_back(std::move(m));
        return ref;
    }

    void expectNoViolations()
    {
        for (const auto &m : m_monitors) {
            EXPECT_GT(m->observations(), 0) << "a monitor that saw nothing checked nothing";
            for (const QString &v : m->violations())
                ADD_FAILURE() << "invariant violated: " << v.toStdString();
        }
    }

    // Someone gives one more user the old licence of `b`'s first retired subscription (e.g. after a plan).
    QString addLateHolder(const Built &b)
    {
        sandbox::UserRecord u;
        u.customerId = b.customerId;
        u.displayName = QStringLiteral("Late User");
        u.userPrincipalName = QStringLiteral("late@%1").arg(store().customer(b.customerId)->domain);
        u.usageLocation = QStringLiteral("IT");
        const QString late = store().addUser(u);
        store().grantLicence(b.customerId, late,
                             {store().skuOf(*store().subscription(b.customerId, b.retired.first())), {}});
        return late;
    }

    batch::BatchPlannerOptions plannerOptions() const
    {
        batch::BatchPlannerOptions o;
        o.engine = engineConfig();
        return o;
    }

    batch::BatchRunOptions runOptions(bool stopBeforeSuspend) const
    {
        batch::BatchRunOptions o;
        o.engine = engineConfig();
        o.stopBeforeSuspend = stopBeforeSuspend;
        return o;
    }

    batch::BatchPlan planBatch(const QStringList &ids,
                               const QHash<QString, batch::BatchOverride> &overrides = {})
    {
        batch::BatchPlanner planner(*m_client, *m_journal, m_catalogue, m_clock, plannerOptions());
        bool done = false;
        QObject::connect(&planner, &batch::BatchPlanner::finished, &planner,
                         [&done](const batch::BatchPlan &) { done = true; });
        EXPECT_TRUE(planner.start(ids, overrides));
        EXPECT_TRUE(waitUntil([&]() { return done; }, 60000)) << "planning did not finish";
        return planner.plan();
    }

    // Waits for the runner's next finished().
    std::optional<batch::BatchResult> awaitFinished(batch::BatchRunner &runner,
                                                    const std::function<bool()> &start, int timeoutMs = 90000)
    {
        std::optional<batch::BatchResult> result;
        const auto c = QObject::connect(&runner, &batch::BatchRunner::finished, &runner,
                                        [&result](const batch::BatchResult &r) { result = r; });
        if (!start()) {
            QObject::disconnect(c);
            ADD_FAILURE() << "refused: " << runner.errorText().toStdString();
            return std::nullopt;
        }
        EXPECT_TRUE(waitUntil([&]() { return result.has_value(); }, timeoutMs)) << "the batch did not finish";
        QObject::disconnect(c);
        return result;
    }

    const batch::CustomerProgress *progressOf(const batch::BatchResult &r, const Built &b) const
    {
        for (const batch::CustomerProgress &p : r.customerResults) {
            if (p.customerId.compare(b.customerId, Qt::CaseInsensitive) == 0)
                return &p;
        }
        return nullptr;
    }

    journal::JournalState journalState(const QString &customerId, const QString &subscriptionId)
    {
        const auto m = m_journal->findMigration(customerId, subscriptionId);
        return m && m->has_value() ? m->value().state : journal::JournalState::NotStarted;
    }

    sandbox::SubscriptionStatus sandboxStatus(const QString &customerId, const QString &subscriptionId)
    {
        const sandbox::SubscriptionRecord *s = store().subscription(customerId, subscriptionId);
        return s ? store().effectiveStatus(*s) : sandbox::SubscriptionStatus::Deleted;
    }

    int writesSeen() const { return m_writes; }
    void countWrites()
    {
        QObject::connect(&server(), &sandbox::SandboxServer::requestArrived, &server(),
                         [this](const sandbox::SandboxRequest &r) {
                             if (r.method != "GET" && r.path.startsWith(QLatin1String("/v1/")))
                                 ++m_writes;
                         });
    }

    std::vector<std::unique_ptr<InvariantMonitor>> m_monitors;
    int m_writes = 0;
};

} // namespace om::test
