#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QString>

namespace om::bench {

// Counts every HTTP attempt the client makes and the 429s it gets back, per method + URL, so the bench
// can tell how many requests a scan needed and whether any request was throttled more than once.
class CountingNetworkManager final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountingNetworkManager)

public:
    explicit CountingNetworkManager(QObject *parent = nullptr);

    int requests() const { return m_requests; }
    int throttled() const { return m_throttled; }
    // Requests (method + URL) that got 429 twice or more: a 429 answered by more than one retry.
    int throttledMoreThanOnce() const;
    void reset();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    int m_requests = 0;
    int m_throttled = 0;
    QHash<QString, int> m_throttledByRequest;
};

// One result line: "<name>: <value> <unit> (target <op> <limit>) PASS|MISS".
struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    QString op; // "<=", "<"
    double limit = 0;
    double cpuMs = -1; // >= 0: the process CPU time of the same work, printed after the figure
};
// Prints the line and returns whether it passed.
bool printFigure(const Figure &figure);
void printInfo(const QString &text); // a line without a target
double elapsedMs(const QElapsedTimer &timer);
// The process's CPU time (all threads), in ms: on a loaded machine the wall time of CPU-bound work
// includes the time other processes had the cores, its CPU time does not.
double processCpuMs();
long peakRssKiB(); // getrusage ru_maxrss

} // namespace om::bench
