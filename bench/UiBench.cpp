#include "bench/UiBench.h"

#include "bench/BenchSupport.h"
#include "bench/StartupBench.h"
#include "common/Clock.h"
#include "domain/AffectedIndex.h"
#include "domain/AffectedSubscriptionModel.h"
#include "domain/CsvReportWriter.h"
#include "domain/CustomerFilterProxyModel.h"
#include "domain/CustomerTableModel.h"
#include "domain/OfferCatalogue.h"
#include "domain/SubscriptionFilterProxyModel.h"
#include "domain/TableFilterProxyModel.h"
#include "journal/Journal.h"
#include "journal/ScanCache.h"
#include "ui/AppController.h"
#include "ui/CustomerFilterBar.h"
#include "ui/ExpiryBuckets.h"
#include "ui/GuiSession.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

namespace om::bench {

namespace {

const char *const kWords[] = {"Contoso",  "Fabrikam", "Northwind", "Adatum", "Litware",
                              "Tailspin", "Wingtip",  "Proseware", "Fourth", "Coffee",
                              "Alpine",   "Blue",     "Yonder",    "Trey",   "Margie"};
const char *const kSuffixes[] = {"Ltd", "GmbH", "S.p.A.", "SARL", "Inc", "BV", "AB", "Oy"};
const char *const kMarkets[] = {"IT", "DE", "FR", "GB", "US", "NL", "SE", "FI", "ES", "AT"};

// The built-in catalogue, loaded once; the bench cannot run without it.
const domain::OfferCatalogue &benchCatalogue()
{
    static const domain::OfferCatalogue catalogue = [] {
        Result<domain::OfferCatalogue> loaded = domain::OfferCatalogue::loadBuiltIn();
        if (!loaded.ok() || loaded->entries().isEmpty())
            qFatal("om_bench: the built-in offer catalogue could not be loaded");
        return loaded.take();
    }();
    return catalogue;
}

} // namespace

domain::ScanSnapshot syntheticSnapshot(const UiBenchOptions &options)
{
    const domain::OfferCatalogue &catalogue = benchCatalogue();
    const QList<domain::RetiredOffer> &offers = catalogue.entries();
    std::mt19937 random(42);
    auto pick = [&random](int n) {
        return int(random() % unsigned(n));
    };
    // Lower-case GUIDs from the same generator: the same options give the same snapshot.
    auto uuid = [&random]() {
        const quint32 a = random();
        const quint32 b = random();
        const quint32 c = random();
        const quint32 d = random();
        const QLatin1Char zero('0');
        return QStringLiteral("%1-%2-%3-%4-%5%6")
            .arg(a, 8, 16, zero)
            .arg(b >> 16, 4, 16, zero)
            .arg(b & 0xffff, 4, 16, zero)
            .arg(c >> 16, 4, 16, zero)
            .arg(c & 0xffff, 4, 16, zero)
            .arg(d, 8, 16, zero);
    };
    const QDate today = QDate::currentDate();
    domain::ScanSnapshot snapshot;
    snapshot.scannedAt = QDateTime::currentDateTimeUtc();
    snapshot.environment = QStringLiteral("bench");
    snapshot.customers.reserve(options.customers);
    for (int i = 0; i < options.customers; ++i) {
        domain::CustomerRecord c;
        c.id = uuid();
        c.companyName = QStringLiteral("%1 %2 %3 %4")
                            .arg(QLatin1String(kWords[pick(15)]), QLatin1String(kWords[pick(15)]))
                            .arg(i)
                            .arg(QLatin1String(kSuffixes[pick(8)]));
        c.domain = QStringLiteral("tenant%1.onmicrosoft.com").arg(i);
        c.market = QLatin1String(kMarkets[pick(10)]);
        for (int s = 0; s < options.subscriptionsPerCustomer; ++s) {
            const domain::RetiredOffer &offer = offers.at(pick(int(offers.size())));
            domain::SubscriptionRecord r;
            r.id = uuid();
            r.offerId = offer.offerIds.isEmpty() ? uuid() : offer.offerIds.first();
            r.offerName = offer.name;
            r.friendlyName = offer.name;
            r.status = pick(10) == 0 ? QStringLiteral("suspended") : QStringLiteral("active");
            r.unitType = QStringLiteral("Licenses");
            r.etag = QString::number(random());
            r.orderId = uuid();
            r.quantity = 1 + pick(300);
            r.autoRenewEnabled = pick(2) == 0;
            r.commitmentEndDate = today.addDays(pick(400) - 30);
            r.creationDate = snapshot.scannedAt.addDays(-pick(700));
            c.subscriptions.append(r);
        }
        snapshot.customers.append(c);
    }
    return snapshot;
}

Status writeCache(const QString &path, const domain::ScanSnapshot &snapshot)
{
    return journal::ScanCache(path).save(snapshot);
}

namespace {

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

// Types `word` one character at a time through `type`, then deletes it again; the slowest keystroke
// (wall time, the event queue drained as after a real keystroke) and the CPU time of the most expensive one.
Timing slowestKeystroke(const std::function<void(const QString &)> &type, const QString &word)
{
    QStringList steps;
    for (int i = 1; i <= word.size(); ++i)
        steps.append(word.left(i));
    for (int i = int(word.size()) - 1; i >= 0; --i)
        steps.append(word.left(i));
    static const bool verbose = qEnvironmentVariableIsSet("OM_BENCH_KEYSTROKES"); // every keystroke's time
    Timing slowest;
    for (const QString &text : steps) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = processCpuMs();
        type(text);
        QCoreApplication::processEvents();
        const double wallMs = elapsedMs(timer);
        if (verbose)
            printInfo(QStringLiteral("  keystroke \"%1\": %2 ms").arg(text).arg(wallMs, 0, 'f', 1));
        slowest.wallMs = std::max(slowest.wallMs, wallMs);
        slowest.cpuMs = std::max(slowest.cpuMs, processCpuMs() - cpu);
    }
    return slowest;
}

template<typename Proxy>
Timing slowestKeystroke(Proxy *proxy, const QString &word)
{
    return slowestKeystroke([proxy](const QString &text) { proxy->setText(text); }, word);
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
void diagnose(const QString &cachePath, const QString &journalPath, const domain::OfferCatalogue &catalogue,
              const Clock &clock)
{
    QElapsedTimer timer;
    timer.start();
    journal::Journal journal(clock);
    const Status opened = journal.open(journalPath);
    printInfo(QStringLiteral("diagnostic: Journal::open (integrity check, schema) alone %1 ms%2")
                  .arg(elapsedMs(timer), 0, 'f', 1)
                  .arg(opened.ok() ? QString() : QStringLiteral(" FAILED: ") + opened.error().toString()));
    timer.restart();
    const Result<domain::MigrationProgressMap> progress = journal.progressBySubscription();
    printInfo(QStringLiteral("diagnostic: Journal::progressBySubscription alone (%1 subscriptions) %2 ms")
                  .arg(progress.ok() ? progress->size() : 0)
                  .arg(elapsedMs(timer), 0, 'f', 1));
    journal.close();
    timer.restart();
    Result<domain::ScanSnapshot> loaded = journal::ScanCache(cachePath).load();
    printInfo(QStringLiteral("diagnostic: ScanCache::load alone %1 ms").arg(elapsedMs(timer), 0, 'f', 1));
    if (!loaded.ok())
        return;
    // The start's steps after the load, one by one (AppController::applySnapshot, MainWindow::updateChart).
    const domain::MigrationProgressMap journalProgress =
        progress.ok() ? progress.value() : domain::MigrationProgressMap();
    timer.restart();
    const domain::AffectedIndex affected(loaded.value(), catalogue);
    printInfo(QStringLiteral("diagnostic: AffectedIndex (every subscription matched once, %1 matches) %2 ms")
                  .arg(affected.size())
                  .arg(elapsedMs(timer), 0, 'f', 1));
    {
        domain::CustomerTableModel customers(catalogue, clock);
        timer.restart();
        customers.setSnapshot(loaded.value(), journalProgress, affected);
        printInfo(
            QStringLiteral("diagnostic: CustomerTableModel::setSnapshot with the index and progress (%1 "
                           "rows) %2 ms")
                .arg(customers.rowCount())
                .arg(elapsedMs(timer), 0, 'f', 1));
        domain::AffectedSubscriptionModel subscriptions(catalogue, clock);
        timer.restart();
        subscriptions.setSnapshot(loaded.value(), journalProgress, affected);
        printInfo(QStringLiteral("diagnostic: AffectedSubscriptionModel::setSnapshot with the index and "
                                 "progress (%1 rows) %2 ms")
                      .arg(subscriptions.rowCount())
                      .arg(elapsedMs(timer), 0, 'f', 1));
        timer.restart();
        const gui::ExpiryBuckets buckets =
            gui::bucketExpirationsByWeek(loaded.value(), catalogue, journalProgress, clock.today());
        printInfo(QStringLiteral("diagnostic: bucketExpirationsByWeek (the expiry chart, %1 subscriptions in "
                                 "its weeks) %2 ms")
                      .arg(buckets.totalSubscriptions())
                      .arg(elapsedMs(timer), 0, 'f', 1));
    }
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

// The customer list as the GUI has it: a customer selected (its subscriptions in the detail pane), then
// a word typed into the search box and deleted again. The selection goes when the customer is filtered out.
Timing customerKeystrokes(gui::MainWindow *window, gui::AppController *controller, const QString &word)
{
    QTableView *table = nullptr;
    const auto tables = window->findChildren<QTableView *>();
    for (QTableView *candidate : tables) {
        if (candidate->model() == controller->customerProxy())
            table = candidate;
    }
    auto *bar = window->findChild<gui::CustomerFilterBar *>();
    if (!table || !bar) {
        printInfo(QStringLiteral("customer table or search box not found"));
        return {1e9, 1e9};
    }
    // The first selection sorts the detail pane's subscription list (all 100,000 rows, once): the start
    // leaves that until a customer is selected.
    QElapsedTimer timer;
    timer.start();
    table->setCurrentIndex(controller->customerProxy()->index(0, 0));
    QCoreApplication::processEvents();
    printInfo(QStringLiteral("selected customer \"%1\": %2 subscriptions in its list")
                  .arg(table->currentIndex().data().toString())
                  .arg(controller->subscriptionProxy()->rowCount()));
    printInfo(QStringLiteral("diagnostic: the first customer selected (its list sorted, the detail pane "
                             "filled) %1 ms")
                  .arg(elapsedMs(timer), 0, 'f', 1));
    QLineEdit *search = bar->searchEdit();
    return slowestKeystroke([search](const QString &text) { search->setText(text); }, word);
}

} // namespace

int runGuiChild(const QString &profileFolder)
{
    Q_UNUSED(profileFolder) // the environment (XDG_*_HOME) points into it
    useAppNames();
    int misses = 0;
    QElapsedTimer timer;
    timer.start();
    const double startCpu = processCpuMs();
    GuiStart gui;
    if (Status started = gui.start(); !started.ok()) {
        printInfo(QStringLiteral("start FAILED: %1").arg(started.error().toString()));
        return 1;
    }
    const double startMs = elapsedMs(timer);
    const double startCpuMs = processCpuMs() - startCpu;
    const Clock &clock = gui.clock();
    gui::AppController &controller = *gui.session()->controller();
    gui::MainWindow *window = gui.session()->window();
    const int customerRows = controller.customers()->rowCount();
    const int subscriptionRows = controller.subscriptions()->rowCount();
    printInfo(QStringLiteral("cache: %1 customers, %2 affected subscriptions, progress of %3 subscriptions")
                  .arg(customerRows)
                  .arg(subscriptionRows)
                  .arg(controller.progress().size()));
    misses += !printFigure(
        {QStringLiteral("Start as the GUI starts (settings, journal opened and checked, progress "
                        "loaded, cache, models, main window shown)"),
         startMs, QStringLiteral("ms"), QStringLiteral("<"), 500, startCpuMs});
    misses += !printFigure({QStringLiteral("Peak RSS after start"), double(peakRssKiB()) / 1024.0,
                            QStringLiteral("MiB"), QStringLiteral("<"), 250});

    // Filter keystrokes: a company-name word typed and deleted again, the slowest keystroke counts.
    const QString word = QStringLiteral("contoso 12");
    const Timing customerKeys = customerKeystrokes(window, &controller, word);
    misses += !printFigure(
        {QStringLiteral("Filter keystroke, customers (%1 rows), a customer selected as in the GUI")
             .arg(customerRows),
         customerKeys.wallMs, QStringLiteral("ms"), QStringLiteral("<"), 30, customerKeys.cpuMs});
    controller.subscriptionProxy()->setCustomerId(std::nullopt); // over all rows
    const Timing customerKeysAllRows = slowestKeystroke(controller.customerProxy(), word);
    printInfo(QStringLiteral("diagnostic: filter keystroke, customers, with all 100,000 subscriptions in the "
                             "subscription view %1 ms [CPU %2 ms]")
                  .arg(customerKeysAllRows.wallMs, 0, 'f', 1)
                  .arg(customerKeysAllRows.cpuMs, 0, 'f', 1));
    // The first text ever typed into the subscription filter: nothing is precomputed for it.
    const Timing subscriptionKeys = slowestKeystroke(controller.subscriptionProxy(), word);
    misses += !printFigure(
        {QStringLiteral("Filter keystroke, all subscriptions (%1 rows, first keystroke included)")
             .arg(subscriptionRows),
         subscriptionKeys.wallMs, QStringLiteral("ms"), QStringLiteral("<"), 30, subscriptionKeys.cpuMs});
    // What the GUI normally shows: the selected customer's subscriptions.
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
        controller.subscriptionProxy()->setCustomerId(std::nullopt);
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
    // After the RSS figure: these load second copies.
    diagnose(gui.session()->scanCachePath(), gui.session()->journalPath(), controller.catalogue(), clock);
    return misses;
}

namespace {

// Runs this program with `arguments` in the profile's environment; echoes its output. False when it failed.
bool runChild(const QString &program, const QStringList &arguments, const QString &profile, QByteArray *out)
{
    QProcess child;
    child.setProcessEnvironment(profileEnvironment(profile));
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(program, arguments);
    if (!child.waitForFinished(10 * 60 * 1000)) {
        printInfo(QStringLiteral("%1 did not finish: %2").arg(arguments.value(0), child.errorString()));
        return false;
    }
    *out = child.readAllStandardOutput();
    std::fwrite(out->constData(), 1, size_t(out->size()), stdout);
    std::fflush(stdout);
    return child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
}

} // namespace

int benchGui(const QString &program, const UiBenchOptions &options)
{
    QTemporaryDir profile;
    QByteArray out;
    if (!runChild(program,
                  {QStringLiteral("--gui-prepare"), profile.path(), QString::number(options.customers),
                   QString::number(options.subscriptionsPerCustomer), QString::number(options.migrations)},
                  profile.path(), &out))
        return 1;
    const bool finished =
        runChild(program, {QStringLiteral("--gui-child"), profile.path()}, profile.path(), &out);
    const int misses = int(out.count("MISS"));
    return finished || misses > 0 ? misses : misses + 1;
}

int runGuiPrepare(const QStringList &arguments)
{
    UiBenchOptions options;
    options.customers = arguments.value(1).toInt();
    options.subscriptionsPerCustomer = arguments.value(2).toInt();
    options.migrations = arguments.value(3).toInt();
    return prepareProfile(options, options.migrations);
}

} // namespace om::bench
