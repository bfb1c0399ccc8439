#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace om::gui {

// The translators installTranslations() put in place; nullptr when no file was found for the locale.
// Both are children of the application (they live as long as it does).
struct InstalledTranslations
{
    QTranslator *app = nullptr; // :/i18n/offer-migrator_<lang>.qm (embedded by qt_add_translations)
    QTranslator *qt =
        nullptr; // qtbase_<lang>.qm from QLibraryInfo::TranslationsPath (QWizard, QMessageBox...)
};

// The user interface locale: `--lang` wins, then the setting, then the system's. A chosen language
// keeps the system's country when they match (it on it_CH stays it_CH), else its default country.
QLocale uiLocale(const QString &commandLineLanguage, const QString &settingLanguage,
                 const QLocale &system = QLocale::system());

// Makes `locale` the default (dates and numbers in the UI follow it) and installs the app's and Qt's
// translators for it. For a language the app is not translated to, a warning is logged and the English
// file (the source strings' plural forms) is installed instead; a missing Qt file is logged as info.
InstalledTranslations installTranslations(QCoreApplication *application, const QLocale &locale);

// Takes back what installTranslations() installed (as before a switch of language) and empties `installed`.
void removeTranslations(InstalledTranslations &installed);

} // namespace om::gui
