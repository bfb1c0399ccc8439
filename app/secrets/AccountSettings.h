#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace om::secrets {

// Which Microsoft cloud the partner account lives in. The sign-in authority and the Partner Center
// API base follow from it. Sandbox points both at the local simulator.
enum class Cloud
{
    Global,
    China21Vianet,
    Sandbox,
};

QString cloudName(Cloud cloud);                        // "global", "21vianet", "sandbox": stored in QSettings
bool cloudFromName(const QString &name, Cloud *cloud); // false for an unknown name

// The account the app signs in to. Plain settings only: no token, secret or code is ever a member,
// so nothing secret can reach QSettings through this type.
struct AccountSettings
{
    QString tenant;   // partner directory id (GUID) or verified domain
    QString clientId; // the partner's own app registration (public client)
    Cloud cloud = Cloud::Global;
    QUrl sandboxBaseUrl; // only for Cloud::Sandbox, e.g. http://127.0.0.1:port

    bool isComplete() const; // tenant, client id, and a sandbox URL when the cloud is Sandbox

    // A directory id (GUID) or a domain name such as contoso.onmicrosoft.com.
    static bool isValidTenant(const QString &tenant);
    // An application (client) id: a GUID.
    static bool isValidClientId(const QString &clientId);

    QUrl authorityUrl() const;  // https://login.microsoftonline.com, ... ; the sandbox base for Sandbox
    QUrl apiBaseUrl() const;    // https://api.partnercenter.microsoft.com, ...
    QUrl authorizeUrl() const;  // {authority}/{tenant}/oauth2/v2.0/authorize
    QUrl tokenUrl() const;      // {authority}/{tenant}/oauth2/v2.0/token
    QUrl deviceCodeUrl() const; // {authority}/{tenant}/oauth2/v2.0/devicecode (RFC 8628 device grant)

    // True when `apiBase` is this account's own Partner Center host (same scheme, host and port as
    // apiBaseUrl()): the only place the signed-in account's token may be sent. Any other --api-base needs
    // an explicit OFFER_MIGRATOR_ACCESS_TOKEN.
    bool mayReceiveToken(const QUrl &apiBase) const;
    // "Partner Center", "Partner Center (21Vianet)", "Sandbox": for titles (proper names, not translated).
    static QString cloudTitle(Cloud cloud);

    // Delegated (app+user) scope: Partner Center user_impersonation plus offline_access for a refresh token.
    static QString userScope();
    // App-only scope for the client-credentials grant. NOT CONFIRMED which audience Partner Center accepts
    // today (docs and SDK use https://graph.windows.net); we ask for the Partner Center API's .default.
    static QString appOnlyScope();

    // Reads/writes the group "account" of `settings`. Unknown cloud names load as Global.
    static AccountSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const AccountSettings &a, const AccountSettings &b)
    {
        return a.tenant == b.tenant && a.clientId == b.clientId && a.cloud == b.cloud &&
               a.sandboxBaseUrl == b.sandboxBaseUrl;
    }
    friend bool operator!=(const AccountSettings &a, const AccountSettings &b) { return !(a == b); }
};

} // namespace om::secrets
