#include "ui/GuiMain.h"

#include "ui/MainWindow.h"

#include <QApplication>

namespace om::gui {

int runGui(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}

} // namespace om::gui
