#include "ui/Translations.h"

#include "ui/GuiLog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace om::gui {

namespace {

// Loads `<name>_<lang>.qm` from `folder` for the first of the locale's UI languages that has one.
QTranslator *loadTranslator(QCoreApplication *application, const QLocale &locale, const QString &name,
                            const QString &folder)
{
    auto *translator = new QTranslator(application);
    if (translator->load(locale, name, QStringLiteral("_"), folder) && !translator->isEmpty() &&
        QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QLocale uiLocale(const QString &commandLineLanguage, const QString &settingLanguage, const QLocale &system)
{
    const QString chosen = commandLineLanguage.isEmpty() ? settingLanguage : commandLineLanguage;
    if (chosen.isEmpty())
        return system;
    const QLocale locale(chosen);
    return locale.language() == system.language() ? system : locale;
}

InstalledTranslations installTranslations(QCoreApplication *application, const QLocale &locale)
{
    QLocale::setDefault(locale);
    InstalledTranslations installed;
    installed.qt = loadTranslator(application, locale, QStringLiteral("qtbase"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installed.app =
        loadTranslator(application, locale, QStringLiteral("offer-migrator"), QStringLiteral(":/i18n"));
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!installed.app) { // e.g. a German or a "C" system
        if (!english)
            qCWarning(lcGui) << "no translation of Offer Migrator for" << locale.name()
                             << "in :/i18n: the English texts show";
        // English is the source language; its file only adds the plural forms ("1 day", "2 days").
        installed.app = loadTranslator(application, QLocale(QLocale::English),
                                       QStringLiteral("offer-migrator"), QStringLiteral(":/i18n"));
    }
    if (!installed.qt && !english)
        qCInfo(lcGui) << "no Qt translation for" << locale.name() << "in"
                      << QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    return installed;
}

void removeTranslations(InstalledTranslations &installed)
{
    for (QTranslator *t : {installed.app, installed.qt}) {
        if (!t)
            continue;
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed = {};
}

} // namespace om::gui
