#pragma once

#include <QLoggingCategory>

// The Partner Center client's logging category. Never log a bearer token or a request body
// that may contain personal data: method, path, status, request id and timing only.
Q_DECLARE_LOGGING_CATEGORY(lcPartnerCenter)
