#include "domain/DomainLog.h"

namespace om::domain {

Q_LOGGING_CATEGORY(lcDomain, "om.domain")

} // namespace om::domain
