#pragma once

// Shared data for the domain tests: the built-in catalogue and one small hand-made snapshot whose
// expected CSV is tests/data/domain/report-all.csv.

#include "domain/MigrationProgress.h"
#include "domain/OfferCatalogue.h"
#include "domain/ScanData.h"

#include <QString>

#include <ostream>

namespace om::domain::test {

QString dataPath(const QString &name); // tests/data/domain/<name>
QByteArray readData(const QString &name);

const OfferCatalogue &builtInCatalogue(); // loaded once; fails the test run when it cannot load

// Contoso (2 retired + 1 other), "adatum, "Inc"" (1 retired, failed), Émile (1 retired, purchasing),
// Fabrikam (nothing retired). Meant for a clock at 2026-11-27.
ScanSnapshot sampleSnapshot();
MigrationProgressMap sampleProgress();

SubscriptionRecord subscription(const QString &id, const QString &offerName, int quantity,
                                const QString &status, bool autoRenew, QDate end,
                                const QString &offerId = {});

// n customers with `perCustomer` subscriptions each, every other one retired.
ScanSnapshot largeSnapshot(int customers, int perCustomer);

} // namespace om::domain::test

// Readable QString values in GoogleTest failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &value, std::ostream *out)
{
    *out << '"' << value.toStdString() << '"';
}
QT_END_NAMESPACE
