// Shared main for the core suites: a QCoreApplication (event loop for network tests),
// Qt's test mode for standard paths so no test touches the real config or data folders.
#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OfferMigratorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("offer-migrator-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
