#include "ui/SegmentBadgeDelegate.h"

#include "ui/UrgencyStyle.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

namespace om::gui {

namespace {

constexpr int kPadding = 5; // inside the badge, left and right
constexpr int kGap = 6;     // between the badge and the text

QFont badgeFont(const QFont &font)
{
    QFont f = font;
    f.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.9));
    f.setBold(true);
    return f;
}

} // namespace

SegmentBadgeDelegate::SegmentBadgeDelegate(int badgeRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_badgeRole(badgeRole)
{}

QColor SegmentBadgeDelegate::badgeBackground(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = palette.color(QPalette::Highlight);
    const auto channel = [](int a, int b) {
        return int(std::lround(a + (b - a) * 0.22));
    };
    return QColor(channel(base.red(), tint.red()), channel(base.green(), tint.green()),
                  channel(base.blue(), tint.blue()));
}

QColor SegmentBadgeDelegate::badgeForeground(const QPalette &palette)
{
    return withContrast(palette.color(QPalette::Text), badgeBackground(palette), 4.5);
}

void SegmentBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QString badge = index.data(m_badgeRole).toString();
    if (badge.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // the style paints the background, focus and selection; the text comes below
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QFont small = badgeFont(opt.font);
    const QFontMetrics smallMetrics(small);
    const int badgeWidth = std::min(area.width(), smallMetrics.horizontalAdvance(badge) + 2 * kPadding);
    const int badgeHeight = std::min(area.height(), smallMetrics.height() + 2);
    const QRect badgeRect(area.left() + 1, area.top() + (area.height() - badgeHeight) / 2, badgeWidth,
                          badgeHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeBackground(opt.palette));
    painter->drawRoundedRect(badgeRect, 4, 4);
    painter->setFont(small);
    painter->setPen(badgeForeground(opt.palette));
    painter->drawText(badgeRect, Qt::AlignCenter,
                      smallMetrics.elidedText(badge, Qt::ElideRight, badgeRect.width() - 2 * kPadding));

    const QRect textRect = area.adjusted(badgeWidth + kGap, 0, 0, 0);
    if (textRect.width() > 0) {
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(opt.font).elidedText(text, Qt::ElideRight, textRect.width()));
    }
    painter->restore();
}

QSize SegmentBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString badge = index.data(m_badgeRole).toString();
    if (!badge.isEmpty())
        size.rwidth() += QFontMetrics(badgeFont(option.font)).horizontalAdvance(badge) + 2 * kPadding + kGap;
    return size;
}

} // namespace om::gui
