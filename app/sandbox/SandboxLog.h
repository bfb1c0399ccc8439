#pragma once

#include <QLoggingCategory>

namespace om::sandbox {

// The sandbox transport's logging category ("om.sandbox"). Never logs tokens, codes or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace om::sandbox
