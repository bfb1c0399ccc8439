// Settings stored in QSettings and the GUI's command line.
#include "ui/GuiSettings.h"

#include "ui/GuiCommandLine.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace om::test {
namespace {

TEST(GuiSettingsTest, RoundTripsThroughQSettings)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    gui::GuiSettings s;
    s.apiBaseUrl = QUrl(QStringLiteral("https://partner.partnercenterapi.microsoftonline.cn"));
    s.maxConcurrentRequests = 6;
    s.requestsPerMinute = 120;
    s.language = QStringLiteral("it");
    s.save(settings);
    EXPECT_EQ(gui::GuiSettings::load(settings), s);

    s.apiBaseUrl.clear();
    s.language.clear();
    s.save(settings);
    EXPECT_EQ(gui::GuiSettings::load(settings), s);
}

TEST(GuiSettingsTest, OutOfRangeAndUnknownValuesAreCorrected)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("client/apiBaseUrl"), QStringLiteral("ftp://example.com"));
    settings.setValue(QStringLiteral("client/maxConcurrentRequests"), 500);
    settings.setValue(QStringLiteral("client/requestsPerMinute"), 0);
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    const gui::GuiSettings s = gui::GuiSettings::load(settings);
    EXPECT_TRUE(s.apiBaseUrl.isEmpty());
    EXPECT_EQ(s.maxConcurrentRequests, gui::GuiSettings::maxConcurrency);
    EXPECT_EQ(s.requestsPerMinute, gui::GuiSettings::minRequestsPerMinute);
    EXPECT_TRUE(s.language.isEmpty());
}

TEST(GuiCommandLineTest, ParsesSandboxAndLanguage)
{
    const auto none = gui::GuiCommandLine::parse({QStringLiteral("offer-migrator")});
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->sandbox);
    EXPECT_TRUE(none->language.isEmpty());

    const auto both =
        gui::GuiCommandLine::parse({QStringLiteral("offer-migrator"), QStringLiteral("--sandbox"),
                                    QStringLiteral("--lang"), QStringLiteral("IT")});
    ASSERT_TRUE(both.ok());
    EXPECT_TRUE(both->sandbox);
    EXPECT_EQ(both->language, QStringLiteral("it"));
}

TEST(GuiCommandLineTest, RejectsUnknownOptionsAndLanguages)
{
    EXPECT_FALSE(
        gui::GuiCommandLine::parse({QStringLiteral("offer-migrator"), QStringLiteral("--lang=fr")}).ok());
    EXPECT_FALSE(
        gui::GuiCommandLine::parse({QStringLiteral("offer-migrator"), QStringLiteral("--frobnicate")}).ok());
    EXPECT_FALSE(
        gui::GuiCommandLine::parse({QStringLiteral("offer-migrator"), QStringLiteral("stray")}).ok());
}

} // namespace
} // namespace om::test
