// journal_bench: saves and loads a 10,000-customer / 100,000-subscription scan cache and prints the
// timings. Usage: journal_bench [folder] (default: a temporary folder).
#include "ScanFixture.h"
#include "journal/ScanCache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.path();
    const QString path = dir + QStringLiteral("/scan-cache.sqlite");
    QTextStream out(stdout);

    const om::domain::ScanSnapshot snapshot = om::journal::test::makeSnapshot(10000, 10);
    om::journal::ScanCache cache(path);
    // The machine may be shared: CPU time (this process, user + system) next to wall time.
    const auto cpuMs = [] {
        return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
    };
    QElapsedTimer timer;
    for (int round = 1; round <= 2; ++round) { // round 2 replaces a full cache
        timer.start();
        qint64 cpu = cpuMs();
        const om::Status saved = cache.save(snapshot);
        const qint64 saveMs = timer.elapsed();
        const qint64 saveCpuMs = cpuMs() - cpu;
        if (!saved) {
            out << "save failed: " << saved.error().toString() << Qt::endl;
            return 1;
        }
        timer.start();
        cpu = cpuMs();
        const auto loaded = cache.load();
        const qint64 loadMs = timer.elapsed();
        const qint64 loadCpuMs = cpuMs() - cpu;
        if (!loaded) {
            out << "load failed: " << loaded.error().toString() << Qt::endl;
            return 1;
        }
        qsizetype subs = 0;
        for (const auto &c : loaded->customers)
            subs += c.subscriptions.size();
        out << "round " << round << ": save " << saveMs << " ms (cpu " << saveCpuMs << " ms), load " << loadMs
            << " ms (cpu " << loadCpuMs << " ms), " << loaded->customers.size() << " customers, " << subs
            << " subscriptions, file " << QFileInfo(path).size() / 1024 << " KiB" << Qt::endl;
    }
    return 0;
}
