#pragma once

#include <QLoggingCategory>

namespace om::domain {

// "om.domain": catalogue loading, report writing.
Q_DECLARE_LOGGING_CATEGORY(lcDomain)

} // namespace om::domain
