#pragma once

#include "common/Error.h"

#include <QString>

namespace om::secrets {

// The sign-in failures partners really hit, each turned into one line that says what to fix. Used on
// every error the sign-in code reports (TokenClient, InteractiveSignIn, DeviceCodeSignIn) and by the GUI
// and the CLI for Partner Center's 401/403 answers. The lines are translated (context
// "om::secrets::SignInErrors"); unknown codes keep the service's own text.
//
// Sources, looked up for this table (2024-04 text):
//  - Microsoft Entra authentication and authorization error codes,
//    https://learn.microsoft.com/entra/identity-platform/reference-error-codes
//    (MicrosoftDocs/entra-docs, docs/identity-platform/reference-error-codes.md):
//    50011 InvalidReplyTo, 65001 DelegationDoesNotExist, 90094 AdminConsentRequired, 650056 misconfigured
//    application (no permission listed or no admin consent), 700016 UnauthorizedClient_DoesNotMatchRequest
//    (application not found in the tenant), 50076 UserStrongAuthClientAuthNRequired, 50079
//    UserStrongAuthEnrollmentRequired, 7000218 "must contain client_assertion or client_secret" (what a
//    public client gets when "Allow public client flows" is off), 90002 InvalidTenantName.
//  - Microsoft identity platform and the OAuth 2.0 device authorization grant flow,
//    https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code, and RFC 8628 section 3.5:
//    authorization_pending, slow_down, authorization_declined (RFC: access_denied), bad_verification_code,
//    expired_token.
//  - Partner Center: docs/partner-center-api.md "Errors and throttling", "Authentication" (401 "MFA
//    required" with WWW-Authenticate: Bearer error="invalid_token"; 403 900308 insufficient privileges) and
//    the 403 "The supplied role does not have the rights to perform the requested operation." that partners
//    get without the Admin agent role (microsoft/Partner-Center-PowerShell issues #61 and #210,
//    microsoft/partner-center-dotnet-samples issue #58).
namespace signin {

// "AADSTS50011" from an error_description (or any text), or empty.
QString aadstsCode(const QString &text);

// The one line for an Entra code ("AADSTS50011") or, when that is empty or unknown, for the OAuth
// `error` ("access_denied", "expired_token"...). Empty when neither is known.
QString advice(const QString &aadsts, const QString &oauthError = {});

// `e` with its message replaced by the advice and the code appended ("… [AADSTS50011]") when one is
// known; otherwise `e` unchanged. The kind, HTTP status and service code stay.
Error withAdvice(Error e);

// For an Error from a Partner Center call: the line for a 401 (token refused: MFA, wrong user) or a
// 403 (no Admin agent role); empty for anything else.
QString partnerCenterAdvice(const Error &e);

// The message to show for any error: the advice when one applies, else e.message.
QString describe(const Error &e);

} // namespace signin
} // namespace om::secrets
