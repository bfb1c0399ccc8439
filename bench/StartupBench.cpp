#include "bench/StartupBench.h"

#include "bench/BenchSupport.h"
#include "journal/Journal.h"
#include "secrets/AccountSettings.h"
#include "secrets/AccountStorage.h"
#include "ui/GuiSession.h"
#include "ui/GuiSettings.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>

namespace om::bench {

QProcessEnvironment profileEnvironment(const QString &folder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir dir(folder);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

void useAppNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OfferMigrator"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("offermigrator.example"));
    QCoreApplication::setApplicationName(QStringLiteral("offer-migrator"));
}

int prepareProfile(const UiBenchOptions &options, int migrations)
{
    useAppNames();
    secrets::AccountSettings account;
    account.tenant = QStringLiteral("bench.onmicrosoft.com");
    account.clientId = QStringLiteral("00000000-0000-0000-0000-00000000b00c");
    account.cloud = secrets::Cloud::Global;
    {
        QSettings settings;
        account.save(settings);
        settings.sync();
    }
    const Result<secrets::AccountStorage> storage =
        secrets::AccountStorage::open(secrets::AccountStorage::accountKey(account));
    if (!storage.ok()) {
        printInfo(QStringLiteral("account storage FAILED: %1").arg(storage.error().toString()));
        return 1;
    }
    const domain::ScanSnapshot snapshot = syntheticSnapshot(options);
    if (Status saved = writeCache(storage->scanCachePath(), snapshot); !saved.ok()) {
        printInfo(QStringLiteral("writing the cache FAILED: %1").arg(saved.error().toString()));
        return 1;
    }
    printInfo(QStringLiteral("scan cache: %1 customers, %2 subscriptions, %3 MB")
                  .arg(options.customers)
                  .arg(options.customers * options.subscriptionsPerCustomer)
                  .arg(double(QFileInfo(storage->scanCachePath()).size()) / 1e6, 0, 'f', 1));

    SystemClock clock;
    journal::Journal journal(clock);
    if (Status opened = journal.open(storage->journalPath()); !opened.ok()) {
        printInfo(QStringLiteral("journal FAILED: %1").arg(opened.error().toString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const int count = std::min(migrations, int(snapshot.customers.size()));
    for (int i = 0; i < count; ++i) {
        const domain::CustomerRecord &customer = snapshot.customers.at(i);
        const domain::SubscriptionRecord &subscription = customer.subscriptions.constFirst();
        journal::MigrationPlan plan;
        plan.customerId = customer.id;
        plan.customerName = customer.companyName;
        plan.oldSubscriptionId = subscription.id;
        plan.oldOfferId = subscription.offerId;
        plan.oldOfferName = subscription.offerName;
        plan.targetOfferName = QStringLiteral("Dynamics 365 Business Central Essentials");
        plan.plannedQuantity = subscription.quantity;
        plan.operatorName = QStringLiteral("om_bench");
        if (Result<journal::MigrationRecord> created = journal.createMigration(plan); !created.ok()) {
            printInfo(QStringLiteral("journal FAILED: %1").arg(created.error().toString()));
            return 1;
        }
    }
    printInfo(QStringLiteral("journal: %1 migrations (written in %2 s)")
                  .arg(count)
                  .arg(elapsedMs(timer) / 1000.0, 0, 'f', 1));
    return 0;
}

GuiStart::GuiStart() = default;

GuiStart::~GuiStart()
{
    m_session.reset(); // before the services it borrows
}

Status GuiStart::start()
{
    {
        const QSettings settings;
        gui::installTranslations(QCoreApplication::instance(),
                                 gui::uiLocale(QString(), gui::GuiSettings::load(settings).language));
    }
    const gui::GuiServices services{&m_network, &m_secrets, &m_clock, [](const QUrl &) {
                                    }};
    m_session = std::make_unique<gui::GuiSession>(services, nullptr);
    if (Status started = m_session->start(false); !started.ok())
        return started;
    m_session->window()->show();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return {};
}

} // namespace om::bench
