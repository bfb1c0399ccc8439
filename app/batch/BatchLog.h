#pragma once

#include <QLoggingCategory>

// The batch's logging category. Ids, names and counts only; never tokens or request bodies.
Q_DECLARE_LOGGING_CATEGORY(lcBatch)
