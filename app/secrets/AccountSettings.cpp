#include "secrets/AccountSettings.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace om::secrets {

namespace {

const QString kGroup = QStringLiteral("account");
const QString kTenant = QStringLiteral("tenant");
const QString kClientId = QStringLiteral("clientId");
const QString kCloud = QStringLiteral("cloud");
const QString kSandboxUrl = QStringLiteral("sandboxBaseUrl");

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl endpoint(const QUrl &authority, const QString &tenant, QStringView leaf)
{
    QUrl url = withoutTrailingSlash(authority);
    url.setPath(url.path() + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/") + leaf);
    return url;
}

} // namespace

QString cloudName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QStringLiteral("global");
    case Cloud::China21Vianet:
        return QStringLiteral("21vianet");
    case Cloud::Sandbox:
        return QStringLiteral("sandbox");
    }
    return QStringLiteral("global");
}

bool cloudFromName(const QString &name, Cloud *cloud)
{
    for (Cloud c : {Cloud::Global, Cloud::China21Vianet, Cloud::Sandbox}) {
        if (name.compare(cloudName(c), Qt::CaseInsensitive) == 0) {
            *cloud = c;
            return true;
        }
    }
    return false;
}

bool AccountSettings::isComplete() const
{
    if (tenant.trimmed().isEmpty() || clientId.trimmed().isEmpty())
        return false;
    return cloud != Cloud::Sandbox || sandboxBaseUrl.isValid();
}

bool AccountSettings::isValidTenant(const QString &tenant)
{
    const QString t = tenant.trimmed();
    if (!QUuid::fromString(t).isNull())
        return true;
    // Labels of letters, digits and hyphens, at least two of them (a verified domain).
    static const QRegularExpression domain(
        QStringLiteral("^(?=.{3,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    return domain.match(t).hasMatch();
}

bool AccountSettings::isValidClientId(const QString &clientId)
{
    return !QUuid::fromString(clientId.trimmed()).isNull();
}

QUrl AccountSettings::authorityUrl() const
{
    switch (cloud) {
    case Cloud::Global:
        return QUrl(QStringLiteral("https://login.microsoftonline.com"));
    case Cloud::China21Vianet:
        return QUrl(QStringLiteral("https://login.chinacloudapi.cn"));
    case Cloud::Sandbox:
        return withoutTrailingSlash(sandboxBaseUrl);
    }
    return {};
}

QUrl AccountSettings::apiBaseUrl() const
{
    switch (cloud) {
    case Cloud::Global:
        return QUrl(QStringLiteral("https://api.partnercenter.microsoft.com"));
    case Cloud::China21Vianet:
        return QUrl(QStringLiteral("https://partner.partnercenterapi.microsoftonline.cn"));
    case Cloud::Sandbox:
        return withoutTrailingSlash(sandboxBaseUrl);
    }
    return {};
}

QUrl AccountSettings::authorizeUrl() const
{
    return endpoint(authorityUrl(), tenant.trimmed(), u"authorize");
}

QUrl AccountSettings::tokenUrl() const
{
    return endpoint(authorityUrl(), tenant.trimmed(), u"token");
}

QUrl AccountSettings::deviceCodeUrl() const
{
    return endpoint(authorityUrl(), tenant.trimmed(), u"devicecode");
}

bool AccountSettings::mayReceiveToken(const QUrl &apiBase) const
{
    const QUrl own = apiBaseUrl();
    if (!isComplete() || !own.isValid() || !apiBase.isValid())
        return false;
    const int defaultPort = own.scheme() == u"https" ? 443 : 80;
    return apiBase.scheme().compare(own.scheme(), Qt::CaseInsensitive) == 0 &&
           apiBase.host().compare(own.host(), Qt::CaseInsensitive) == 0 &&
           apiBase.port(defaultPort) == own.port(defaultPort) && apiBase.userInfo().isEmpty();
}

QString AccountSettings::cloudTitle(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QStringLiteral("Partner Center");
    case Cloud::China21Vianet:
        return QStringLiteral("Partner Center (21Vianet)");
    case Cloud::Sandbox:
        return QStringLiteral("Sandbox");
    }
    return {};
}

QString AccountSettings::userScope()
{
    return QStringLiteral("https://api.partnercenter.microsoft.com/user_impersonation offline_access");
}

QString AccountSettings::appOnlyScope()
{
    return QStringLiteral("https://api.partnercenter.microsoft.com/.default");
}

AccountSettings AccountSettings::load(const QSettings &settings)
{
    const QString prefix = kGroup + QLatin1Char('/');
    AccountSettings account;
    account.tenant = settings.value(prefix + kTenant).toString();
    account.clientId = settings.value(prefix + kClientId).toString();
    if (!cloudFromName(settings.value(prefix + kCloud).toString(), &account.cloud))
        account.cloud = Cloud::Global;
    account.sandboxBaseUrl = QUrl(settings.value(prefix + kSandboxUrl).toString());
    return account;
}

void AccountSettings::save(QSettings &settings) const
{
    settings.beginGroup(kGroup);
    settings.setValue(kTenant, tenant.trimmed());
    settings.setValue(kClientId, clientId.trimmed());
    settings.setValue(kCloud, cloudName(cloud));
    if (cloud == Cloud::Sandbox)
        settings.setValue(kSandboxUrl, sandboxBaseUrl.toString());
    else
        settings.remove(kSandboxUrl);
    settings.endGroup();
}

} // namespace om::secrets
