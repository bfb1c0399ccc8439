// Urgency colours reach WCAG AA on light and dark palettes, and urgency is never shown by colour alone.
#include "ui/UrgencyStyle.h"

#include "tests/gui/DarkPalette.h"
#include "ui/SegmentBadgeDelegate.h"

#include <QApplication>
#include <QPalette>

#include <gtest/gtest.h>

namespace om::test {
namespace {

using domain::Urgency;

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return p;
}

const Urgency kColoured[] = {Urgency::Past, Urgency::Critical, Urgency::Soon, Urgency::Later};

TEST(UrgencyStyle, ContrastIsComputedAsWcagDoes)
{
    EXPECT_NEAR(gui::contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(gui::contrastRatio(Qt::white, Qt::white), 1.0, 0.001);
    // The old look: white on the urgency green was about 3.3:1, below AA.
    EXPECT_NEAR(gui::contrastRatio(Qt::white, QColor(0x16, 0xa3, 0x4a)), 3.3, 0.05);
}

TEST(UrgencyStyle, TextReachesAaOnLightAndDarkPalettes)
{
    for (const QPalette &palette : {lightPalette(), darkPalette(), QApplication::palette()}) {
        QList<QColor> backgrounds;
        for (const Urgency urgency : kColoured) {
            const gui::UrgencyColours colours = gui::urgencyColours(urgency, palette);
            ASSERT_TRUE(colours.background.isValid());
            EXPECT_GE(gui::contrastRatio(colours.foreground, colours.background), 4.5)
                << int(urgency) << " on " << palette.color(QPalette::Base).name().toStdString();
            // Bars and marks: 3:1 against the view's base (WCAG 1.4.11).
            EXPECT_GE(gui::contrastRatio(gui::urgencyAccent(urgency, palette), palette.color(QPalette::Base)),
                      3.0);
            EXPECT_FALSE(backgrounds.contains(colours.background)) << "two urgencies look alike";
            backgrounds.append(colours.background);
        }
        EXPECT_FALSE(gui::urgencyColours(Urgency::Unknown, palette).background.isValid());
        EXPECT_GE(gui::contrastRatio(gui::SegmentBadgeDelegate::badgeForeground(palette),
                                     gui::SegmentBadgeDelegate::badgeBackground(palette)),
                  4.5);
    }
}

TEST(UrgencyStyle, DarkThemeGetsDarkCellsAndLightTheLight)
{
    for (const Urgency urgency : kColoured) {
        EXPECT_LT(gui::relativeLuminance(gui::urgencyColours(urgency, darkPalette()).background), 0.2)
            << int(urgency);
        EXPECT_GT(gui::relativeLuminance(gui::urgencyColours(urgency, lightPalette()).background), 0.2)
            << int(urgency);
        // The palette's own text colour is kept where it already reads well.
        EXPECT_EQ(gui::urgencyColours(urgency, darkPalette()).foreground.lightness() > 128, true);
    }
}

TEST(UrgencyStyle, UrgencyIsAlsoSaidInWords)
{
    EXPECT_EQ(gui::UrgencyDelegate::decoratedText(QStringLiteral("3"), Urgency::Critical),
              QStringLiteral("3 · urgent"));
    EXPECT_EQ(gui::UrgencyDelegate::decoratedText(QStringLiteral("-2"), Urgency::Past),
              QStringLiteral("-2 · ended"));
    EXPECT_EQ(gui::UrgencyDelegate::decoratedText(QStringLiteral("20"), Urgency::Soon),
              QStringLiteral("20 · soon"));
    EXPECT_EQ(gui::UrgencyDelegate::decoratedText(QStringLiteral("90"), Urgency::Later),
              QStringLiteral("90"));
    EXPECT_EQ(gui::UrgencyDelegate::decoratedText(QString(), Urgency::Critical), QString());
}

} // namespace
} // namespace om::test
