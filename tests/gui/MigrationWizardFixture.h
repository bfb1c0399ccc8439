#pragma once

// The wizard tests' set-up: the GUI fixture's sandbox controller plus a fresh journal, a way to pick a
// demo customer the engine can migrate cleanly, and the sandbox store to check the outcome.

#include "journal/Journal.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxCatalogue.h"
#include "sandbox/store/SandboxStore.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/MigrationWizardController.h"
#include "ui/wizard/MigrationWizard.h"

#include <QTest>

#include <memory>

namespace om::test {

class MigrationWizardFixture : public GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        m_journal = std::make_unique<journal::Journal>(clock());
        const Status opened = m_journal->open(tempDir().filePath(QStringLiteral("journal.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    }

    void TearDown() override
    {
        GuiFixture::TearDown();
        m_journal.reset();
    }

    sandbox::SandboxStore &store() { return controller().sandboxHost()->store(); }
    journal::Journal &journal() { return *m_journal; }

    // A controller for one customer with short engine polls (the sandbox provisions in seconds).
    std::unique_ptr<gui::MigrationWizardController> newWizardController(const QString &customerId)
    {
        engine::EngineConfig config;
        config.pollInitialMs = 50;
        config.pollMaxMs = 250;
        config.provisioningTimeoutMs = 30000;
        config.inFlightRetryMs = 50;
        config.operatorName = QStringLiteral("wizard-test");
        return std::make_unique<gui::MigrationWizardController>(
            *controller().client(), journal(), controller().catalogue(), clock(), customerId, config);
    }

    // The active retired subscriptions of a customer.
    QList<const sandbox::SubscriptionRecord *> retiredActive(const QString &customerId)
    {
        QList<const sandbox::SubscriptionRecord *> out;
        for (const sandbox::SubscriptionRecord *s : store().subscriptions(customerId)) {
            if (controller().catalogue().isRetired(s->offerName) &&
                store().effectiveStatus(*s) == sandbox::SubscriptionStatus::Active)
                out.append(s);
        }
        return out;
    }

    QStringList holders(const QString &customerId, const QString &skuId)
    {
        QStringList out;
        for (const sandbox::UserRecord *u : store().users(customerId)) {
            if (store().userHasSku(customerId, u->id, skuId))
                out.append(u->id);
        }
        return out;
    }

    // The n-th demo customer with exactly one active retired subscription (no add-ons, no upgrade path),
    // at least one holder, every holder with a usage location and no other Dynamics licence.
    QString cleanDemoCustomer(int skip = 0)
    {
        for (int i = 0; i < store().customerCount(); ++i) {
            const QString cid = store().customerAt(i)->id;
            const auto subs = retiredActive(cid);
            if (subs.size() != 1 || !subs.first()->parentSubscriptionId.isEmpty())
                continue;
            const sandbox::SubscriptionRecord *s = subs.first();
            bool hasChildren = false;
            for (const sandbox::SubscriptionRecord *o : store().subscriptions(cid))
                hasChildren = hasChildren || o->parentSubscriptionId.compare(s->id, Qt::CaseInsensitive) == 0;
            const sandbox::OfferRecord *offer = store().catalogue().offer(s->offerId);
            if (hasChildren || !offer || !offer->upgradeTargetOffers.isEmpty())
                continue;
            const QStringList users = holders(cid, offer->skuId);
            bool clean = !users.isEmpty();
            for (const QString &u : users) {
                const sandbox::UserRecord *user = store().user(cid, u);
                clean = clean && !user->usageLocation.isEmpty() &&
                        !store().userHasSku(cid, u, sandbox::skus::SalesEnterprise) &&
                        !store().userHasSku(cid, u, sandbox::skus::SalesProfessional) &&
                        !store().userHasSku(cid, u, sandbox::skus::CustomerEngagementPlan);
            }
            if (clean && skip-- == 0)
                return cid;
        }
        return {};
    }

    QString oldSkuOf(const QString &customerId)
    {
        const auto subs = retiredActive(customerId);
        return subs.isEmpty() ? QString() : store().catalogue().offer(subs.first()->offerId)->skuId;
    }

    // A customer of our own in Italy; returns its id.
    QString addCustomer(const QString &name)
    {
        sandbox::CustomerRecord cr;
        cr.companyName = name;
        cr.domain = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral(".onmicrosoft.com");
        cr.country = QStringLiteral("IT");
        return store().addCustomer(cr);
    }

    // Retired offers of the sandbox catalogue without an upgrade path, each provisioning its own SKU.
    QStringList plainRetiredOffers()
    {
        QStringList out;
        QStringList skus;
        for (const char *name :
             {"Dynamics 365 Customer Engagement Plan Enterprise Edition CRMOL Basic (Qualified Offer)",
              "Dynamics 365 for Sales Enterprise Edition From SA for CRM Basic (Qualified Offer)",
              "Dynamics 365 Customer Engagement Plan Enterprise Edition From SA for CRM Basic "
              "(Qualified Offer)",
              "Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)"}) {
            const QString id = sandbox::sandboxOfferId(QString::fromLatin1(name));
            const sandbox::OfferRecord *offer = store().catalogue().offer(id);
            if (offer && offer->upgradeTargetOffers.isEmpty() && !skus.contains(offer->skuId)) {
                out.append(id);
                skus.append(offer->skuId);
            }
        }
        return out;
    }

    QString addRetired(const QString &customerId, const QString &offerId, int quantity)
    {
        sandbox::SubscriptionRecord sub;
        sub.customerId = customerId;
        sub.offerId = offerId;
        sub.quantity = quantity;
        sub.commitmentEndDate = QDateTime::currentDateTimeUtc().addDays(30);
        return store().addSubscription(sub);
    }

    QString addHolder(const QString &customerId, const QString &offerId, const QString &name,
                      const QString &usageLocation = QStringLiteral("IT"))
    {
        sandbox::UserRecord user;
        user.customerId = customerId;
        user.userPrincipalName = name + QLatin1Char('@') + store().customer(customerId)->domain;
        user.displayName = name;
        user.usageLocation = usageLocation;
        const QString id = store().addUser(user);
        store().grantLicence(customerId, id, {store().catalogue().offer(offerId)->skuId, {}});
        return id;
    }

    // Waits (events running) until the controller is idle; false after 60 s.
    static bool waitIdle(gui::MigrationWizardController &c)
    {
        return QTest::qWaitFor([&c]() { return !c.isBusy(); }, 60000);
    }

    // Waits (events running) until the current page allows Next/Finish and no step runs; false after 60 s.
    static bool waitPageComplete(gui::MigrationWizard &wizard)
    {
        return QTest::qWaitFor(
            [&wizard]() { return !wizard.controller()->isBusy() && wizard.currentPage()->isComplete(); },
            60000);
    }

    // QWizard::next() and one turn of the event loop (no button click: pictures and layout checks).
    static void next(gui::MigrationWizard &wizard)
    {
        wizard.next();
        QCoreApplication::processEvents();
    }

private:
    std::unique_ptr<journal::Journal> m_journal;
};

} // namespace om::test
