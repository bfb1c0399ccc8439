#include "bench/BenchSupport.h"

#include <QNetworkReply>
#include <QTextStream>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>

namespace om::bench {

CountingNetworkManager::CountingNetworkManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    connect(this, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 429)
            return;
        ++m_throttled;
        const QString key =
            QString::number(int(reply->operation())) + QLatin1Char(' ') + reply->url().toString();
        ++m_throttledByRequest[key];
    });
}

int CountingNetworkManager::throttledMoreThanOnce() const
{
    int n = 0;
    for (auto it = m_throttledByRequest.cbegin(); it != m_throttledByRequest.cend(); ++it) {
        if (it.value() > 1)
            ++n;
    }
    return n;
}

void CountingNetworkManager::reset()
{
    m_requests = 0;
    m_throttled = 0;
    m_throttledByRequest.clear();
}

QNetworkReply *CountingNetworkManager::createRequest(Operation op, const QNetworkRequest &request,
                                                     QIODevice *outgoingData)
{
    ++m_requests;
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

bool printFigure(const Figure &figure)
{
    const bool pass =
        figure.op == QLatin1String("<") ? figure.value < figure.limit : figure.value <= figure.limit;
    QString line =
        QStringLiteral("%1: %2 %3 (target %4 %5) %6")
            .arg(figure.name, QString::number(figure.value, 'f', 2), figure.unit, figure.op,
                 QString::number(figure.limit), pass ? QStringLiteral("PASS") : QStringLiteral("MISS"));
    if (figure.cpuMs >= 0)
        line += QStringLiteral(" [CPU %1 ms]").arg(figure.cpuMs, 0, 'f', 1);
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
    return pass;
}

void printInfo(const QString &text)
{
    std::printf("  %s\n", qPrintable(text));
    std::fflush(stdout);
}

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

} // namespace om::bench
