// Wires the core and the GUI together; nothing else lives here.
#include "cli/CliMain.h"
#include "ui/GuiMain.h"

#include <QApplication>
#include <QCoreApplication>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OfferMigrator"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("offermigrator.example"));
    QCoreApplication::setApplicationName(QStringLiteral("offer-migrator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OM_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (om::cli::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return om::cli::runCli(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setIdentity();
    return om::gui::runGui(QCoreApplication::arguments());
}
