#include "secrets/SecretsLog.h"

namespace om::secrets {

Q_LOGGING_CATEGORY(lcSecrets, "om.secrets", QtInfoMsg)

} // namespace om::secrets
