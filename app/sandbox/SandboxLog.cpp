#include "sandbox/SandboxLog.h"

namespace om::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "om.sandbox", QtInfoMsg)

} // namespace om::sandbox
