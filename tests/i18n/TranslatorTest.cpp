// The compiled translations as the app loads them: the .qm embedded under :/i18n by qt_add_translations,
// Qt's own from the Qt install, and the language chosen from --lang, the setting and the system locale.
#include "domain/MigrationState.h"
#include "ui/GuiCommandLine.h"
#include "ui/GuiSettings.h"
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

namespace om::test {
namespace {

QString tr(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

// Installs the translations of a locale for one test and takes them away again after it.
class TranslatorTest : public ::testing::Test
{
protected:
    void SetUp() override { m_previousLocale = QLocale(); }
    void TearDown() override
    {
        uninstall();
        QLocale::setDefault(m_previousLocale);
    }

    gui::InstalledTranslations install(const QLocale &locale)
    {
        uninstall();
        m_installed = gui::installTranslations(qApp, locale);
        return m_installed;
    }

    void uninstall()
    {
        for (QTranslator *t : {m_installed.app, m_installed.qt}) {
            if (t) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
        m_installed = {};
    }

    gui::InstalledTranslations m_installed;
    QLocale m_previousLocale;
};

TEST_F(TranslatorTest, EmbeddedItalianTranslatesRealStrings)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/offer-migrator_it.qm")));
    EXPECT_EQ(translator.translate("om::gui::MainWindow", "&Quit"), QStringLiteral("&Esci"));
    EXPECT_EQ(translator.translate("om::gui::MigrationWizardVerifyPage", "Suspend subscription"),
              QStringLiteral("Sospendi sottoscrizione"));
}

TEST_F(TranslatorTest, ItalianUsesItalianPluralsAndUnits)
{
    const gui::InstalledTranslations installed = install(QLocale(QLocale::Italian, QLocale::Italy));
    ASSERT_NE(installed.app, nullptr) << ":/i18n/offer-migrator_it.qm is not embedded";
    EXPECT_EQ(tr("om::gui::CustomerFilterBar", "Ending within %n day(s)", 1),
              QStringLiteral("In scadenza entro 1 giorno"));
    EXPECT_EQ(tr("om::gui::CustomerFilterBar", "Ending within %n day(s)", 30),
              QStringLiteral("In scadenza entro 30 giorni"));
    EXPECT_EQ(tr("om::gui::ExpiryChart", "%n licence(s)", 1), QStringLiteral("1 licenza"));
    EXPECT_EQ(tr("om::gui::ExpiryChart", "%n licence(s)", 3), QStringLiteral("3 licenze"));
    EXPECT_EQ(tr("om::gui::AppController", "%n user(s)", 1), QStringLiteral("1 utente"));
    EXPECT_EQ(tr("om::gui::AppController", "%n user(s)", 5), QStringLiteral("5 utenti"));
    EXPECT_EQ(tr("om::gui::ExpiryChart", "%n subscription(s)", 0), QStringLiteral("0 sottoscrizioni"));
    // The models' texts live in core (QCoreApplication::translate) and follow the same translator.
    EXPECT_EQ(tr("om::domain::CustomerTableModel", "Licences"), QStringLiteral("Licenze"));
    EXPECT_EQ(domain::migrationStateDisplayName(domain::MigrationState::Failed),
              QStringLiteral("Non riuscita"));
    EXPECT_EQ(tr("om::domain::AffectedSubscriptionModel", "Suspended"), QStringLiteral("Sospesa"));
    // The engine's plan checks, shown in the wizard.
    EXPECT_EQ(tr("om::engine::Planner", "not enough units: %n user(s) to move, %1 bought + %2 free", 1)
                  .arg(3)
                  .arg(0),
              QStringLiteral("unità insufficienti: 1 utente da spostare, 3 acquistate + 0 libere"));
}

TEST_F(TranslatorTest, EnglishPluralsComeFromTheEnglishFile)
{
    const gui::InstalledTranslations installed = install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    ASSERT_NE(installed.app, nullptr) << ":/i18n/offer-migrator_en.qm is not embedded";
    EXPECT_EQ(tr("om::gui::CustomerFilterBar", "Ending within %n day(s)", 1),
              QStringLiteral("Ending within 1 day"));
    EXPECT_EQ(tr("om::gui::CustomerFilterBar", "Ending within %n day(s)", 7),
              QStringLiteral("Ending within 7 days"));
    EXPECT_EQ(tr("om::gui::ExpiryChart", "%n licence(s)", 1), QStringLiteral("1 licence"));
    EXPECT_EQ(tr("om::gui::MainWindow", "&Quit"), QStringLiteral("&Quit")); // the source string
}

TEST_F(TranslatorTest, ItalianLoadsQtsOwnTranslationAndTheLocaleFormats)
{
    const gui::InstalledTranslations installed = install(QLocale(QLocale::Italian, QLocale::Italy));
    ASSERT_NE(installed.qt, nullptr) << "qtbase_it.qm missing (Debian: qt6-translations-l10n)";
    EXPECT_EQ(tr("QWizard", "&Next >"), QStringLiteral("&Successivo >"));
    // Dates and numbers in the UI use QLocale(), which now follows the chosen language.
    EXPECT_EQ(QLocale().language(), QLocale::Italian);
    EXPECT_EQ(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    EXPECT_EQ(QLocale().toString(QDate(2026, 3, 31), QStringLiteral("d MMMM yyyy")),
              QStringLiteral("31 marzo 2026"));
}

TEST_F(TranslatorTest, UnknownLanguageFallsBackToEnglish)
{
    const gui::InstalledTranslations installed = install(QLocale(QLocale::Japanese, QLocale::Japan));
    ASSERT_NE(installed.app, nullptr) << "the English file should stand in";
    EXPECT_EQ(tr("om::gui::MainWindow", "&Quit"), QStringLiteral("&Quit"));
    EXPECT_EQ(tr("om::gui::CustomerFilterBar", "Ending within %n day(s)", 1),
              QStringLiteral("Ending within 1 day"));
    EXPECT_EQ(QLocale().language(), QLocale::Japanese); // dates and numbers still follow the system
}

TEST(UiLocaleTest, CommandLineThenSettingThenSystem)
{
    const QLocale usSystem(QLocale::English, QLocale::UnitedStates);
    const QLocale swissItalian(QLocale::Italian, QLocale::Switzerland);
    EXPECT_EQ(gui::uiLocale(QString(), QString(), swissItalian), swissItalian);
    EXPECT_EQ(gui::uiLocale(QString(), QStringLiteral("it"), usSystem).language(), QLocale::Italian);
    EXPECT_EQ(gui::uiLocale(QStringLiteral("en"), QStringLiteral("it"), swissItalian).language(),
              QLocale::English);
    EXPECT_EQ(gui::uiLocale(QStringLiteral("it"), QStringLiteral("en"), usSystem).language(),
              QLocale::Italian);
    // The chosen language keeps the system's country when they agree.
    EXPECT_EQ(gui::uiLocale(QStringLiteral("it"), QString(), swissItalian), swissItalian);
}

// What runGui() does: --lang and the stored setting, read by their real parsers, into uiLocale().
TEST(UiLocaleTest, LangOptionAndStoredSettingEndToEnd)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    gui::GuiSettings stored;
    stored.language = QStringLiteral("it");
    stored.save(settings);
    const gui::GuiSettings loaded = gui::GuiSettings::load(settings);

    const Result<gui::GuiCommandLine> plain = gui::GuiCommandLine::parse({QStringLiteral("offer-migrator")});
    ASSERT_TRUE(plain.ok());
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(gui::uiLocale(plain->language, loaded.language, english).language(), QLocale::Italian);

    const Result<gui::GuiCommandLine> lang = gui::GuiCommandLine::parse(
        {QStringLiteral("offer-migrator"), QStringLiteral("--lang"), QStringLiteral("EN")});
    ASSERT_TRUE(lang.ok());
    EXPECT_EQ(gui::uiLocale(lang->language, loaded.language, english).language(), QLocale::English);

    EXPECT_FALSE(
        gui::GuiCommandLine::parse({QStringLiteral("offer-migrator"), QStringLiteral("--lang=fr")}).ok());
}

} // namespace
} // namespace om::test
