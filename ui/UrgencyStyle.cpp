#include "ui/UrgencyStyle.h"

#include <cmath>

namespace om::gui {

namespace {

constexpr double kTextContrast = 4.5;    // WCAG AA, normal text
constexpr double kGraphicContrast = 3.0; // WCAG 1.4.11, graphical objects

// The pure hues; what the user sees is derived from them and the palette.
QColor hueOf(domain::Urgency urgency)
{
    switch (urgency) {
    case domain::Urgency::Past:
        return QColor(0x99, 0x1b, 0x1b); // deep red: the term already ended
    case domain::Urgency::Critical:
        return QColor(0xdc, 0x26, 0x26); // red
    case domain::Urgency::Soon:
        return QColor(0xf5, 0x9e, 0x0b); // amber
    case domain::Urgency::Later:
        return QColor(0x16, 0xa3, 0x4a); // green
    case domain::Urgency::Unknown:
        break;
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    const auto channel = [amountOfB](int x, int y) {
        return int(std::lround(x + (y - x) * amountOfB));
    };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

bool isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Base)) < 0.2;
}

} // namespace

QColor withContrast(QColor colour, const QColor &against, double ratio)
{
    const QColor target = relativeLuminance(against) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 0; step < 20 && contrastRatio(colour, against) < ratio; ++step)
        colour = mix(colour, target, 0.2);
    if (contrastRatio(colour, against) < ratio)
        colour = target;
    return colour;
}

double relativeLuminance(const QColor &colour)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

UrgencyColours urgencyColours(domain::Urgency urgency, const QPalette &palette)
{
    const QColor hue = hueOf(urgency);
    if (!hue.isValid())
        return {};
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    // Light themes: a clear tint of the hue; dark themes: the hue sunk into the dark base.
    const double amount = dark ? 0.45 : (urgency == domain::Urgency::Past ? 0.45 : 0.3);
    UrgencyColours colours;
    colours.background = mix(base, hue, amount);
    colours.foreground = withContrast(palette.color(QPalette::Text), colours.background, kTextContrast);
    return colours;
}

QColor urgencyAccent(domain::Urgency urgency, const QPalette &palette)
{
    const QColor hue = hueOf(urgency);
    return hue.isValid() ? withContrast(hue, palette.color(QPalette::Base), kGraphicContrast) : QColor();
}

QString urgencyLabel(domain::Urgency urgency)
{
    return domain::urgencyWord(urgency);
}

UrgencyDelegate::UrgencyDelegate(int urgencyRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_urgencyRole(urgencyRole)
{}

QString UrgencyDelegate::decoratedText(const QString &text, domain::Urgency urgency)
{
    const QString label = urgencyLabel(urgency);
    if (label.isEmpty() || text.isEmpty())
        return text;
    return tr("%1 · %2", "days left · urgency word").arg(text, label);
}

void UrgencyDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant value = index.data(m_urgencyRole);
    if (!value.isValid())
        return;
    const auto urgency = static_cast<domain::Urgency>(value.toInt());
    const UrgencyColours colours = urgencyColours(urgency, option->palette);
    if (!colours.background.isValid())
        return;
    option->text = decoratedText(option->text, urgency);
    option->backgroundBrush = colours.background;
    option->palette.setColor(QPalette::Text, colours.foreground);
    option->font.setBold(urgency == domain::Urgency::Past || urgency == domain::Urgency::Critical);
}

} // namespace om::gui
