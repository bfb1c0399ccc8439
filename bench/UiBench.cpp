#include "bench/UiBench.h"

#include "bench/BenchSupport.h"
#include "common/Clock.h"
#include "domain/AffectedSubscriptionModel.h"
#include "domain/CsvReportWriter.h"
#include "domain/CustomerFilterProxyModel.h"
#include "domain/CustomerTableModel.h"
#include "domain/OfferCatalogue.h"
#include "domain/SubscriptionFilterProxyModel.h"
#include "domain/TableFilterProxyModel.h"
#include "journal/ScanCache.h"
#include "ui/AppController.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <random>

namespace om::bench {

namespace {

const char *const kWords[] = {"Contoso",  "Fabrikam", "Northwind", "Adatum", "Litware",
                              "Tailspin", "Wingtip",  "Proseware", "Fourth", "Coffee",
                              "Alpine",   "Blue",     "Yonder",    "Trey",   "Margie"};
const char *const kSuffixes[] = {"Ltd", "GmbH", "S.p.A.", "SARL", "Inc", "BV", "AB", "Oy"};
const char *const kMarkets[] = {"IT", "DE", "FR", "GB", "US", "NL", "SE", "FI", "ES", "AT"};

} // namespace

Result<int> writeSyntheticCache(const QString &path, const UiBenchOptions &options)
{
    Result<domain::OfferCatalogue> catalogue = domain::OfferCatalogue::loadBuiltIn();
    if (!catalogue.ok())
        return catalogue.error();
    const QList<domain::RetiredOffer> &offers = catalogue.value().entries();
    if (offers.isEmpty())
        return Error::make(Error::Kind::Internal, QStringLiteral("the built-in catalogue is empty"));

    std::mt19937 random(42);
    auto pick = [&random](int n) {
        return int(random() % unsigned(n));
    };
    const QDate today = QDate::currentDate();
    domain::ScanSnapshot snapshot;
    snapshot.scannedAt = QDateTime::currentDateTimeUtc();
    snapshot.environment = QStringLiteral("bench");
    snapshot.customers.reserve(options.customers);
    int subscriptions = 0;
    for (int i = 0; i < options.customers; ++i) {
        domain::CustomerRecord c;
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.companyName = QStringLiteral("%1 %2 %3 %4")
                            .arg(QLatin1String(kWords[pick(15)]), QLatin1String(kWords[pick(15)]))
                            .arg(i)
                            .arg(QLatin1String(kSuffixes[pick(8)]));
        c.domain = QStringLiteral("tenant%1.onmicrosoft.com").arg(i);
        c.market = QLatin1String(kMarkets[pick(10)]);
        for (int s = 0; s < options.subscriptionsPerCustomer; ++s) {
            const domain::RetiredOffer &offer = offers.at(pick(int(offers.size())));
            domain::SubscriptionRecord r;
            r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.offerId = offer.offerIds.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                 : offer.offerIds.first();
            r.offerName = offer.name;
            r.friendlyName = offer.name;
            r.status = pick(10) == 0 ? QStringLiteral("suspended") : QStringLiteral("active");
            r.unitType = QStringLiteral("Licenses");
            r.etag = QString::number(random());
            r.orderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.quantity = 1 + pick(300);
            r.autoRenewEnabled = pick(2) == 0;
            r.commitmentEndDate = today.addDays(pick(400) - 30);
            r.creationDate = snapshot.scannedAt.addDays(-pick(700));
            c.subscriptions.append(r);
            ++subscriptions;
        }
        snapshot.customers.append(c);
    }
    if (Status saved = journal::ScanCache(path).save(snapshot); !saved.ok())
        return saved.error();
    return subscriptions;
}

namespace {

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

// Types `word` into the filter one character at a time, then deletes it again; the slowest keystroke
// (wall time) and the CPU time of the most expensive one.
template<typename Proxy>
Timing slowestKeystroke(Proxy *proxy, const QString &word)
{
    QStringList steps;
    for (int i = 1; i <= word.size(); ++i)
        steps.append(word.left(i));
    for (int i = int(word.size()) - 1; i >= 0; --i)
        steps.append(word.left(i));
    Timing slowest;
    for (const QString &text : steps) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = processCpuMs();
        proxy->setText(text);
        QCoreApplication::processEvents(); // let the views catch up, as after a real keystroke
        slowest.wallMs = std::max(slowest.wallMs, elapsedMs(timer));
        slowest.cpuMs = std::max(slowest.cpuMs, processCpuMs() - cpu);
    }
    return slowest;
}

template<typename Proxy>
double slowestKeystrokeMs(Proxy *proxy, const QString &word)
{
    return slowestKeystroke(proxy, word).wallMs;
}

int sortEveryColumn(domain::TableFilterProxyModel *proxy, const QString &view)
{
    int misses = 0;
    for (int column = 0; column < proxy->columnCount(); ++column) {
        double slowest = 0;
        double slowestCpu = 0;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer timer;
            timer.start();
            const double cpu = processCpuMs();
            proxy->sort(column, order);
            QCoreApplication::processEvents();
            slowest = std::max(slowest, elapsedMs(timer));
            slowestCpu = std::max(slowestCpu, processCpuMs() - cpu);
        }
        const QString title = proxy->headerData(column, Qt::Horizontal).toString();
        misses += !printFigure({QStringLiteral("Sort %1 column %2 \"%3\" (%4 rows)")
                                    .arg(view)
                                    .arg(column)
                                    .arg(title)
                                    .arg(proxy->rowCount()),
                                slowest, QStringLiteral("ms"), QStringLiteral("<"), 100, slowestCpu});
    }
    return misses;
}

// Where the time goes: the cache load alone, and the subscription proxy with no view attached.
void diagnose(const QString &cachePath, const domain::OfferCatalogue &catalogue, const Clock &clock)
{
    QElapsedTimer timer;
    timer.start();
    Result<domain::ScanSnapshot> loaded = journal::ScanCache(cachePath).load();
    printInfo(QStringLiteral("diagnostic: ScanCache::load alone %1 ms").arg(elapsedMs(timer), 0, 'f', 1));
    if (!loaded.ok())
        return;
    domain::AffectedSubscriptionModel model(catalogue, clock);
    domain::SubscriptionFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    timer.restart();
    model.setSnapshot(loaded.value());
    printInfo(QStringLiteral("diagnostic: AffectedSubscriptionModel::setSnapshot (%1 rows) %2 ms")
                  .arg(model.rowCount())
                  .arg(elapsedMs(timer), 0, 'f', 1));
    for (int column = 0; column < proxy.columnCount(); ++column) {
        timer.restart();
        proxy.sort(column, Qt::AscendingOrder);
        printInfo(QStringLiteral("diagnostic: subscription proxy without a view, sort column %1: %2 ms")
                      .arg(column)
                      .arg(elapsedMs(timer), 0, 'f', 1));
    }
    proxy.sort(-1); // unsorted: the filter alone
    printInfo(
        QStringLiteral("diagnostic: subscription proxy without a view, unsorted, slowest keystroke %1 ms")
            .arg(slowestKeystrokeMs(&proxy, QStringLiteral("contoso 12")), 0, 'f', 1));
    proxy.sort(domain::AffectedSubscriptionModel::DaysLeftColumn, Qt::AscendingOrder);
    printInfo(QStringLiteral(
                  "diagnostic: subscription proxy without a view, sorted by days left, slowest keystroke "
                  "%1 ms")
                  .arg(slowestKeystrokeMs(&proxy, QStringLiteral("contoso 12")), 0, 'f', 1));
}

} // namespace

int runGuiChild(const QString &cachePath)
{
    int misses = 0;
    SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    const double startCpu = processCpuMs();
    gui::AppController controller(clock);
    gui::ControllerConfig config;
    config.mode = gui::ControllerConfig::Mode::Account; // no sandbox start-up: what a signed-in user sees
    config.client.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.scanCachePath = cachePath;
    if (Status started = controller.start(config); !started.ok()) {
        printInfo(QStringLiteral("start FAILED: %1").arg(started.error().toString()));
        return 1;
    }
    gui::MainWindow window(&controller);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const double startMs = elapsedMs(timer);
    const double startCpuMs = processCpuMs() - startCpu;
    const int customerRows = controller.customers()->rowCount();
    const int subscriptionRows = controller.subscriptions()->rowCount();
    printInfo(QStringLiteral("cache: %1 customers, %2 affected subscriptions shown")
                  .arg(customerRows)
                  .arg(subscriptionRows));
    misses += !printFigure({QStringLiteral("Start (cache load + models + main window shown)"), startMs,
                            QStringLiteral("ms"), QStringLiteral("<"), 1000, startCpuMs});
    misses += !printFigure({QStringLiteral("Peak RSS after start"), double(peakRssKiB()) / 1024.0,
                            QStringLiteral("MiB"), QStringLiteral("<"), 250});

    // Filter keystrokes: a company-name word typed and deleted again, the slowest keystroke counts.
    const QString word = QStringLiteral("contoso 12");
    // As in the GUI: the subscription list follows the selected customer while the customer filter changes.
    const Timing customerKeys = slowestKeystroke(controller.customerProxy(), word);
    misses += !printFigure({QStringLiteral("Filter keystroke, customers (%1 rows)").arg(customerRows),
                            customerKeys.wallMs, QStringLiteral("ms"), QStringLiteral("<"), 30,
                            customerKeys.cpuMs});
    controller.subscriptionProxy()->setCustomerId(QString()); // over all rows
    const Timing customerKeysAllRows = slowestKeystroke(controller.customerProxy(), word);
    printInfo(QStringLiteral("diagnostic: filter keystroke, customers, with all 100,000 subscriptions in the "
                             "subscription view %1 ms [CPU %2 ms]")
                  .arg(customerKeysAllRows.wallMs, 0, 'f', 1)
                  .arg(customerKeysAllRows.cpuMs, 0, 'f', 1));
    const Timing subscriptionKeys = slowestKeystroke(controller.subscriptionProxy(), word);
    misses += !printFigure({QStringLiteral("Filter keystroke, subscriptions (%1 rows)").arg(subscriptionRows),
                            subscriptionKeys.wallMs, QStringLiteral("ms"), QStringLiteral("<"), 30,
                            subscriptionKeys.cpuMs});
    // What the GUI normally shows: the selected customer's subscriptions (the filter still visits every row).
    if (customerRows > 0) {
        controller.subscriptionProxy()->setCustomerId(controller.customerProxy()
                                                          ->index(0, 0)
                                                          .data(domain::CustomerTableModel::CustomerIdRole)
                                                          .toString());
        printInfo(QStringLiteral("diagnostic: filter keystroke, subscriptions of the selected customer "
                                 "(%1 of %2 rows) %3 ms")
                      .arg(controller.subscriptionProxy()->rowCount())
                      .arg(subscriptionRows)
                      .arg(slowestKeystrokeMs(controller.subscriptionProxy(), QStringLiteral("dynamics")), 0,
                           'f', 1));
        controller.subscriptionProxy()->setCustomerId(QString());
    }

    misses += sortEveryColumn(controller.customerProxy(), QStringLiteral("customers"));
    misses += sortEveryColumn(controller.subscriptionProxy(), QStringLiteral("subscriptions"));

    QTemporaryDir dir;
    domain::CsvReportWriter writer(controller.catalogue(), clock);
    QElapsedTimer csvTimer;
    csvTimer.start();
    const double csvCpu = processCpuMs();
    const Status written = writer.writeFile(dir.filePath(QStringLiteral("report.csv")), controller.snapshot(),
                                            controller.progress());
    const double csvMs = elapsedMs(csvTimer);
    const double csvCpuMs = processCpuMs() - csvCpu;
    if (!written.ok())
        printInfo(QStringLiteral("CSV export FAILED: %1").arg(written.error().toString()));
    misses += !printFigure({QStringLiteral("CSV export (%1 rows)").arg(writer.rowsWritten()), csvMs / 1000.0,
                            QStringLiteral("s"), QStringLiteral("<"), 0.5, csvCpuMs});
    misses += !printFigure({QStringLiteral("Peak RSS after filtering, sorting and export"),
                            double(peakRssKiB()) / 1024.0, QStringLiteral("MiB"), QStringLiteral("<"), 250});
    diagnose(cachePath, controller.catalogue(), clock); // after the RSS figure: it loads a second copy

    return misses;
}

int benchGui(const QString &program, const UiBenchOptions &options)
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("scan-cache.sqlite"));
    Result<int> written = writeSyntheticCache(cache, options);
    if (!written.ok()) {
        printInfo(QStringLiteral("writing the cache FAILED: %1").arg(written.error().toString()));
        return 1;
    }
    printInfo(QStringLiteral("scan cache: %1 customers, %2 subscriptions, %3 MB")
                  .arg(options.customers)
                  .arg(written.value())
                  .arg(double(QFileInfo(cache).size()) / 1e6, 0, 'f', 1));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(program, {QStringLiteral("--gui-child"), cache});
    if (!child.waitForFinished(10 * 60 * 1000)) {
        printInfo(QStringLiteral("GUI child did not finish: %1").arg(child.errorString()));
        return 1;
    }
    const QByteArray out = child.readAllStandardOutput();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    const int misses = int(out.count("MISS"));
    return child.exitCode() == 0 || misses > 0 ? misses : misses + 1;
}

} // namespace om::bench
