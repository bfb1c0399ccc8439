#include "journal/JournalLog.h"

namespace om::journal {

Q_LOGGING_CATEGORY(lcJournal, "om.journal")

} // namespace om::journal
