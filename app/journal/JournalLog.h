#pragma once

#include <QLoggingCategory>

namespace om::journal {

// "om.journal": journal and scan cache opening, schema upgrades, storage failures.
Q_DECLARE_LOGGING_CATEGORY(lcJournal)

} // namespace om::journal
