#include "ui/GuiSettings.h"

#include <QSettings>

#include <algorithm>

namespace om::gui {

namespace {

const QString kBaseUrl = QStringLiteral("client/apiBaseUrl");
const QString kConcurrency = QStringLiteral("client/maxConcurrentRequests");
const QString kRate = QStringLiteral("client/requestsPerMinute");
const QString kLanguage = QStringLiteral("ui/language");
const QString kEnvironment = QStringLiteral("ui/environment");

} // namespace

GuiSettings GuiSettings::load(const QSettings &settings)
{
    GuiSettings s;
    const QUrl url(settings.value(kBaseUrl).toString(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty())
        s.apiBaseUrl = url;
    s.maxConcurrentRequests = std::clamp(settings.value(kConcurrency, s.maxConcurrentRequests).toInt(),
                                         minConcurrency, maxConcurrency);
    s.requestsPerMinute = std::clamp(settings.value(kRate, s.requestsPerMinute).toInt(), minRequestsPerMinute,
                                     maxRequestsPerMinute);
    const QString language = settings.value(kLanguage).toString();
    if (supportedLanguages().contains(language))
        s.language = language;
    return s;
}

void GuiSettings::save(QSettings &settings) const
{
    if (apiBaseUrl.isEmpty())
        settings.remove(kBaseUrl);
    else
        settings.setValue(kBaseUrl, apiBaseUrl.toString());
    settings.setValue(kConcurrency, maxConcurrentRequests);
    settings.setValue(kRate, requestsPerMinute);
    if (language.isEmpty())
        settings.remove(kLanguage);
    else
        settings.setValue(kLanguage, language);
}

GuiSettings::Environment GuiSettings::loadEnvironment(const QSettings &settings)
{
    const QString value = settings.value(kEnvironment).toString();
    if (value == u"sandbox")
        return Environment::Sandbox;
    if (value == u"account")
        return Environment::Account;
    return Environment::Unset;
}

void GuiSettings::saveEnvironment(QSettings &settings, Environment environment)
{
    switch (environment) {
    case Environment::Unset:
        settings.remove(kEnvironment);
        return;
    case Environment::Sandbox:
        settings.setValue(kEnvironment, QStringLiteral("sandbox"));
        return;
    case Environment::Account:
        settings.setValue(kEnvironment, QStringLiteral("account"));
        return;
    }
}

} // namespace om::gui
