#pragma once

#include <QStringList>

namespace om::gui {

// Builds the main window over the core and runs the event loop of the existing QApplication.
int runGui(const QStringList &arguments);

} // namespace om::gui
