// Wires the core and the GUI together; nothing else lives here.
#include "cli/CliMain.h"
#include "ui/GuiMain.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OfferMigrator"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("offermigrator.example"));
    QCoreApplication::setApplicationName(QStringLiteral("offer-migrator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OM_VERSION));
}

// The desktop identity: the .desktop file's id (Wayland app id, taskbar grouping) and the window icon,
// from the installed icon theme or else the PNGs embedded under :/icons.
void setDesktopIdentity()
{
    QGuiApplication::setDesktopFileName(QStringLiteral(OM_APP_ID));
    QIcon embedded;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        embedded.addFile(QStringLiteral(":/icons/%1/offer-migrator.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(OM_APP_ID), embedded));
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
    setDesktopIdentity();
    return om::gui::runGui(QCoreApplication::arguments());
}
