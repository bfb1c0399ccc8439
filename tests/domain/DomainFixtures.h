#pragma once

// Shared data for the domain tests: the built-in catalogue and one small hand-made snapshot whose
// expected CSV is tests/data/domain/report-all.csv.

#include "domain/MigrationProgress.h"
#include "domain/OfferCatalogue.h"
#include "domain/ScanData.h"

#include <QLocale>
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

// Makes `locale` QLocale's default for its lifetime (the table models show dates and numbers with
// QLocale()), then restores the previous default.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_saved); }
    DefaultLocale(const DefaultLocale &) = delete;
    DefaultLocale &operator=(const DefaultLocale &) = delete;

private:
    QLocale m_saved; // the default before
};

} // namespace om::domain::test

// Readable QString values in GoogleTest failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &value, std::ostream *out)
{
    *out << '"' << value.toStdString() << '"';
}
QT_END_NAMESPACE
