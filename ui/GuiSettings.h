#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace om::gui {

// What the Settings dialog edits, stored in QSettings group "client" and key "ui/language".
// Plain value; GUI-free so the controller and tests can use it.
struct GuiSettings
{
    QUrl apiBaseUrl; // empty: the account's cloud decides (Partner Center global by default)
    int maxConcurrentRequests = 4;
    int requestsPerMinute = 300;
    QString language; // "en", "it"; empty: the system language. Applied on the next start.

    static constexpr int minConcurrency = 1;
    static constexpr int maxConcurrency = 16;
    static constexpr int minRequestsPerMinute = 10;
    static constexpr int maxRequestsPerMinute = 500; // Partner Center's documented per-tenant limit

    static QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("it")}; }

    // Which one the app uses, stored in "ui/environment": the in-process sandbox or the configured account.
    // Unset until the partner chooses (first start). Changing it is always an explicit choice on the
    // account page; nothing else writes it.
    enum class Environment
    {
        Unset,
        Sandbox,
        Account,
    };
    static Environment loadEnvironment(const QSettings &settings);
    static void saveEnvironment(QSettings &settings, Environment environment);

    // Out-of-range numbers are clamped, an unknown language is dropped, a non-http(s) URL is ignored.
    static GuiSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const GuiSettings &a, const GuiSettings &b)
    {
        return a.apiBaseUrl == b.apiBaseUrl && a.maxConcurrentRequests == b.maxConcurrentRequests &&
               a.requestsPerMinute == b.requestsPerMinute && a.language == b.language;
    }
    friend bool operator!=(const GuiSettings &a, const GuiSettings &b) { return !(a == b); }
};

} // namespace om::gui
