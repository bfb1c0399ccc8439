#pragma once

#include <QLoggingCategory>

// The migration engine's logging category. Never log tokens or request bodies with secrets.
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
