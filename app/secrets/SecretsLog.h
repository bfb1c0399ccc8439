#pragma once

#include <QLoggingCategory>

namespace om::secrets {

// The area's one logging category ("om.secrets"). Nothing in this area ever formats a token, secret,
// authorization code, PKCE verifier or state into a message: only keys, statuses and error codes.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

} // namespace om::secrets
