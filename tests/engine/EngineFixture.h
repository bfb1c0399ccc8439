#pragma once

// Engine tests over real HTTP against the in-process sandbox (SandboxFixture) with a fresh journal file.
// Provisioning is instant (provisioningDelayMs = 0) because the sandbox clock is manual.

#include "domain/OfferCatalogue.h"
#include "engine/MigrationEngine.h"
#include "journal/Journal.h"
#include "partnercenter/AccessTokenProvider.h"
#include "partnercenter/PartnerCenterClient.h"
#include "sandbox/store/SandboxCatalogue.h"
#include "sandbox/store/SandboxStore.h"
#include "tests/support/SandboxFixture.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace om::test {

inline const QString kSalesFromSa =
    QStringLiteral("Dynamics 365 for Sales Enterprise Edition From SA for CRM Basic (Qualified Offer)");
inline const QString kSalesCrmol =
    QStringLiteral("Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)");

class EngineFixture : public SandboxFixture
{
protected:
    om::sandbox::SandboxOptions sandboxOptions() const override
    {
        om::sandbox::SandboxOptions o;
        o.provisioningDelayMs = 0;
        o.customerCount = 40;
        return o;
    }

    void SetUp() override
    {
        SandboxFixture::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        m_journal = std::make_unique<om::journal::Journal>(m_clock);
        const Status opened = m_journal->open(m_dir.filePath(QStringLiteral("journal.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        auto catalogue = om::domain::OfferCatalogue::loadBuiltIn();
        ASSERT_TRUE(catalogue.ok());
        m_catalogue = catalogue.value();
        m_tokens = std::make_unique<om::pc::StaticTokenProvider>(token());
        m_client = clientOn(&network());
        m_engine = newEngine();
    }

    // A client of this sandbox like m_client, over `network` (e.g. one that counts requests).
    std::unique_ptr<om::pc::PartnerCenterClient> clientOn(QNetworkAccessManager *network)
    {
        om::pc::ClientConfig config;
        config.baseUrl = baseUrl();
        config.requestTimeoutMs = 10000;
        config.requestsPerMinute = 100000;
        return std::make_unique<om::pc::PartnerCenterClient>(network, m_tokens.get(), m_clock, config);
    }

    void TearDown() override
    {
        m_engine.reset();
        m_client.reset();
        m_journal.reset();
        SandboxFixture::TearDown();
    }

    om::engine::EngineConfig engineConfig() const
    {
        om::engine::EngineConfig c;
        c.pollInitialMs = 20;
        c.pollMaxMs = 200;
        c.provisioningTimeoutMs = 20000;
        c.inFlightRetryMs = 50;
        return c;
    }

    std::unique_ptr<om::engine::MigrationEngine> newEngine()
    {
        return std::make_unique<om::engine::MigrationEngine>(*m_client, *m_journal, m_catalogue, m_clock,
                                                             engineConfig());
    }

    // A customer of our own: one retired "From SA" subscription (no upgrade path) and these users.
    struct Custom
    {
        QString customerId;
        QString subscriptionId;
        QStringList users;
    };
    Custom addCustomer(const QString &offerName, const QList<QPair<QString, QString>> &users)
    {
        Custom c;
        om::sandbox::CustomerRecord cr;
        cr.companyName = QStringLiteral("Engine Test %1").arg(store().customerCount());
        cr.domain = QStringLiteral("enginetest%1.onmicrosoft.com").arg(store().customerCount());
        cr.country = QStringLiteral("IT");
        c.customerId = store().addCustomer(cr);
        om::sandbox::SubscriptionRecord s;
        s.customerId = c.customerId;
        s.offerId = om::sandbox::sandboxOfferId(offerName);
        s.quantity = int(users.size()) + 1;
        s.autoRenewEnabled = false;
        s.commitmentEndDate = QDateTime::currentDateTimeUtc().addDays(30);
        c.subscriptionId = store().addSubscription(s);
        const QString sku = store().catalogue().offer(s.offerId)->skuId;
        for (const auto &[name, location] : users) {
            om::sandbox::UserRecord u;
            u.customerId = c.customerId;
            u.userPrincipalName = name + QLatin1Char('@') + cr.domain;
            u.displayName = name;
            u.usageLocation = location;
            const QString id = store().addUser(u);
            store().grantLicence(c.customerId, id, {sku, {}});
            c.users.append(id);
        }
        return c;
    }

    // Runs one engine call and waits for finished() (30 s of real time at most).
    om::engine::EngineResult await(om::engine::MigrationEngine &engine, const std::function<bool()> &start)
    {
        om::engine::EngineResult result;
        result.summary = QStringLiteral("timed out");
        QEventLoop loop;
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&engine, &om::engine::MigrationEngine::finished, &loop,
                         [&](const om::engine::EngineResult &r) {
                             result = r;
                             loop.quit();
                         });
        if (!start()) {
            result.summary = engine.errorText();
            return result;
        }
        guard.start(30000);
        if (result.summary == QLatin1String("timed out"))
            loop.exec();
        QObject::disconnect(&engine, &om::engine::MigrationEngine::finished, &loop, nullptr);
        return result;
    }

    om::engine::EngineResult plan(om::engine::MigrationEngine &engine,
                                  const om::engine::MigrationRequest &request)
    {
        return await(engine, [&]() { return engine.plan(request); });
    }
    om::engine::EngineResult plan(const QString &customerId)
    {
        om::engine::MigrationRequest r;
        r.customerId = customerId;
        return plan(*m_engine, r);
    }
    om::engine::EngineResult runAll(om::engine::MigrationEngine &engine)
    {
        return await(engine, [&]() { return engine.runAll(); });
    }

    om::sandbox::SandboxStore &store() { return host().store(); }

    // Active retired subscriptions of a customer (by the catalogue).
    QList<const om::sandbox::SubscriptionRecord *> retiredActive(const QString &customerId)
    {
        QList<const om::sandbox::SubscriptionRecord *> out;
        for (const om::sandbox::SubscriptionRecord *s : store().subscriptions(customerId)) {
            if (m_catalogue.isRetired(s->offerName) &&
                store().effectiveStatus(*s) == om::sandbox::SubscriptionStatus::Active)
                out.append(s);
        }
        return out;
    }

    // Users holding a SKU.
    QStringList holders(const QString &customerId, const QString &skuId)
    {
        QStringList out;
        for (const om::sandbox::UserRecord *u : store().users(customerId)) {
            if (store().userHasSku(customerId, u->id, skuId))
                out.append(u->id);
        }
        return out;
    }

    // A demo customer with exactly one active retired subscription (not an add-on, no add-ons, no
    // upgrade path unless `upgradeable`), at least `minUsers` holders, all with a usage location and
    // no other Dynamics licence.
    QStringList cleanCustomers(int wanted, int minUsers, bool upgradeable)
    {
        QStringList out;
        for (int i = 0; i < store().customerCount() && out.size() < wanted; ++i) {
            const QString cid = store().customerAt(i)->id;
            const auto subs = retiredActive(cid);
            if (subs.size() != 1 || !subs.first()->parentSubscriptionId.isEmpty())
                continue;
            const om::sandbox::SubscriptionRecord *s = subs.first();
            bool hasChildren = false;
            for (const om::sandbox::SubscriptionRecord *o : store().subscriptions(cid))
                hasChildren = hasChildren || o->parentSubscriptionId.compare(s->id, Qt::CaseInsensitive) == 0;
            const om::sandbox::OfferRecord *offer = store().catalogue().offer(s->offerId);
            if (hasChildren || !offer || offer->upgradeTargetOffers.isEmpty() == upgradeable)
                continue;
            const QStringList users = holders(cid, offer->skuId);
            bool clean = users.size() >= minUsers;
            for (const QString &u : users) {
                const om::sandbox::UserRecord *user = store().user(cid, u);
                clean = clean && !user->usageLocation.isEmpty() &&
                        !store().userHasSku(cid, u, om::sandbox::skus::SalesEnterprise) &&
                        !store().userHasSku(cid, u, om::sandbox::skus::SalesProfessional) &&
                        !store().userHasSku(cid, u, om::sandbox::skus::CustomerEngagementPlan);
            }
            if (clean)
                out.append(cid);
        }
        return out;
    }

    om::SystemClock m_clock; // real time: the client's pacing and the engine's polls use it
    QTemporaryDir m_dir;
    std::unique_ptr<om::journal::Journal> m_journal;
    om::domain::OfferCatalogue m_catalogue;
    std::unique_ptr<om::pc::StaticTokenProvider> m_tokens;
    std::unique_ptr<om::pc::PartnerCenterClient> m_client;
    std::unique_ptr<om::engine::MigrationEngine> m_engine;
};

} // namespace om::test
