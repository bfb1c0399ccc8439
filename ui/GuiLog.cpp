#include "ui/GuiLog.h"

namespace om::gui {

Q_LOGGING_CATEGORY(lcGui, "om.gui")

} // namespace om::gui
