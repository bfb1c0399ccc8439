#pragma once

// The batch tests' set-up: the migration wizard's fixture (sandbox controller, journal, store helpers)
// plus customers of our own (a clean one, one with a user the move refuses), a batch controller with short
// engine polls, and a way to answer the next modal dialog the batch window opens.

#include "batch/BatchStore.h"
#include "tests/gui/MigrationWizardFixture.h"
#include "ui/batch/BatchController.h"

#include <QApplication>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace om::test {

class BatchFixture : public MigrationWizardFixture
{
protected:
    static engine::EngineConfig fastEngine()
    {
        engine::EngineConfig config;
        config.pollInitialMs = 50;
        config.pollMaxMs = 250;
        config.provisioningTimeoutMs = 30000;
        config.inFlightRetryMs = 50;
        config.operatorName = QStringLiteral("batch-test");
        return config;
    }

    QString storePath() const
    {
        return batch::BatchStore::pathForJournal(tempDir().filePath(QStringLiteral("journal.sqlite")));
    }

    std::unique_ptr<gui::BatchController> newBatchController()
    {
        gui::BatchControllerConfig config;
        config.engine = fastEngine();
        config.storePath = storePath();
        return std::make_unique<gui::BatchController>(*controller().client(), journal(),
                                                      controller().catalogue(), clock(), config);
    }

    // A customer of our own with one active retired subscription (the offer of a clean demo customer's)
    // held by `users` users; `withoutLocation` of them have no usage location (the move refuses them).
    // `country`: the customer's (and its users') country; empty: the demo customer's.
    QString addCustomer(const QString &name, int users, int withoutLocation = 0, const QString &country = {})
    {
        const QString clean = cleanDemoCustomer();
        if (clean.isEmpty())
            return {};
        const sandbox::SubscriptionRecord *model = retiredActive(clean).first();
        sandbox::CustomerRecord cr;
        cr.companyName = name;
        cr.domain = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral(".onmicrosoft.com");
        cr.country = country.isEmpty() ? store().customer(clean)->country : country;
        const QString cid = store().addCustomer(cr);
        sandbox::SubscriptionRecord sub;
        sub.customerId = cid;
        sub.offerId = model->offerId;
        sub.quantity = users + 1;
        sub.commitmentEndDate = QDateTime::currentDateTimeUtc().addDays(30);
        store().addSubscription(sub);
        const QString sku = store().catalogue().offer(sub.offerId)->skuId;
        for (int i = 0; i < users; ++i) {
            sandbox::UserRecord user;
            user.customerId = cid;
            user.userPrincipalName = QStringLiteral("user%1@%2").arg(i).arg(cr.domain);
            user.displayName = QStringLiteral("User %1").arg(i);
            user.usageLocation = i < withoutLocation ? QString() : cr.country;
            store().grantLicence(cid, store().addUser(user), {sku, {}});
        }
        return cid;
    }

    // The customer's retired subscriptions that are active, suspended or absent (by id).
    sandbox::SubscriptionStatus statusOf(const QString &customerId, const QString &subscriptionId)
    {
        return store().effectiveStatus(*store().subscription(customerId, subscriptionId));
    }

    static bool waitStage(gui::BatchController &c, gui::BatchController::Stage stage, int ms = 90000)
    {
        return QTest::qWaitFor([&c, stage] { return c.stage() == stage; }, ms);
    }

public:
    // Runs `act` on the next modal dialog once it shows (e.g. to press one of its buttons).
    static void onNextModal(std::function<void(QWidget *)> act)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, qApp, [timer, act = std::move(act)] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            act(modal);
        });
        timer->start();
    }
};

} // namespace om::test
