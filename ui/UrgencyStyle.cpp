#include "ui/UrgencyStyle.h"

namespace om::gui {

QColor urgencyBackground(domain::Urgency urgency)
{
    switch (urgency) {
    case domain::Urgency::Past:
        return QColor(0x7f, 0x1d, 0x1d); // dark red: the term already ended
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

QColor urgencyForeground(domain::Urgency urgency)
{
    return urgency == domain::Urgency::Soon ? QColor(0x1f, 0x29, 0x37) : QColor(Qt::white);
}

UrgencyDelegate::UrgencyDelegate(int urgencyRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_urgencyRole(urgencyRole)
{}

void UrgencyDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant value = index.data(m_urgencyRole);
    if (!value.isValid())
        return;
    const auto urgency = static_cast<domain::Urgency>(value.toInt());
    const QColor background = urgencyBackground(urgency);
    if (!background.isValid())
        return;
    option->backgroundBrush = background;
    option->palette.setColor(QPalette::Text, urgencyForeground(urgency));
    option->palette.setColor(QPalette::HighlightedText, urgencyForeground(urgency));
    option->font.setBold(urgency == domain::Urgency::Past || urgency == domain::Urgency::Critical);
}

} // namespace om::gui
