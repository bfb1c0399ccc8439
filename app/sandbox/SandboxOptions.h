#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace om::sandbox {

// Fractions of /v1 requests that go wrong on purpose. Each request draws ONE number from the seeded
// generator and the kinds share the interval [0,1) in this order: 5xx, drop, truncate, malformed, slow.
// So the fractions must add up to at most 1 and a given seed always gives the same sequence of faults.
struct FaultSpec
{
    double serverError = 0; // "5xx": answer 500/502/503/504 without running the request (no effect)
    double drop = 0;        // run the request, then close the connection without any reply
    double truncate = 0;    // run the request, send headers and half the body, then close
    double malformed = 0;   // run the request, send a body that is not valid JSON
    double slow = 0;        // run the request and answer after slowDelayMs more
    int slowDelayMs = 3000;

    bool any() const { return serverError + drop + truncate + malformed + slow > 0; }
    // "5xx=0.2,drop=0.05,truncate=0.02,malformed=0.02,slow=0.05:3000"; empty or "none" = no faults.
    static Result<FaultSpec> parse(const QString &spec);
    QString toString() const;
};

// Everything that changes how the sandbox behaves; parsed from the `sandbox` command line too.
struct SandboxOptions
{
    int latencyMs = 0;     // added before every reply (real time, QTimer)
    int ratePerMinute = 0; // token bucket per partner tenant on /v1; 0 = unlimited
    FaultSpec faults;
    bool faultsOnAuth = false; // faults never touch /{tenant}/oauth2/... unless this is set
    quint32 seed = 1;          // seeds the fault generator and the demo tenant

    qint64 provisioningDelayMs = 2000; // passed to the store: pending -> active
    int customerCount = 64;            // customers in the demo tenant

    int accessTokenLifetimeSecs = 3600;
    int refreshTokenLifetimeDays = 90; // NOT CONFIRMED in PC docs (community reports say 90 days)
    int authCodeLifetimeSecs = 600;
    QString fixedAccessToken; // when set: always accepted as an app+user token with MFA (for --sandbox)
    QString clientSecret;     // when set, client_credentials must send it; empty = any non-empty secret
    QString userPrincipalName = QStringLiteral("admin@sandboxpartner.onmicrosoft.com"); // the signed-in user
    bool userHasMfa = true; // false: sign-ins give tokens without amr=mfa, which /v1 answers 401
    // false: the signed-in user has no Partner Center role (no Admin agent): every app+user /v1 call is 403
    // "The supplied role does not have the rights to perform the requested operation."
    bool userIsAdminAgent = true;
    // Device authorization grant (RFC 8628): how long a device/user code lives (Entra: 15 minutes) and the
    // polling interval it asks for (Entra and RFC default: 5 s).
    int deviceCodeLifetimeSecs = 900;
    int deviceCodeIntervalSecs = 5;
    QString partnerCompanyName = QStringLiteral("Sandbox Partner Ltd"); // GET /v1/profiles/organization
    // The partner's app registration as the sandbox's Entra sees it, to reproduce the sign-in errors partners
    // hit (codes from Microsoft's "Entra authentication and authorization error codes"):
    QStringList registeredClientIds; // empty: any client id; else others get AADSTS700016
    bool publicClientFlows = true;   // false: code, device and refresh grants get 401 AADSTS7000218
    bool adminConsent = true;     // false: user sign-ins get AADSTS65001 (consent_required / invalid_grant)
    bool refreshNeedsMfa = false; // true: a refresh gets interaction_required AADSTS50076

    int idempotencyWindowHours = 24; // how long a reply is kept for MS-RequestId replays
};

} // namespace om::sandbox
