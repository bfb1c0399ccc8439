#pragma once

#include <QLoggingCategory>

namespace om::gui {

// "om.gui": the desktop app's controller, windows and settings.
Q_DECLARE_LOGGING_CATEGORY(lcGui)

} // namespace om::gui
