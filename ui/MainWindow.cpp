#include "ui/MainWindow.h"

namespace om::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Offer Migrator"));
}

} // namespace om::gui
