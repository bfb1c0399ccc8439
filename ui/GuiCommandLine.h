#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace om::gui {

// The desktop app's command line: `offer-migrator [--sandbox] [--lang en|it]`.
struct GuiCommandLine
{
    bool sandbox = false; // run the in-process sandbox and point the client at it
    QString language;     // "en", "it"; empty: settings, then the system language

    // `arguments` starts with the program name. Unknown options and languages are Validation errors.
    static Result<GuiCommandLine> parse(const QStringList &arguments);
};

} // namespace om::gui
