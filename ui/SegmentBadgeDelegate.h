#pragma once

#include <QStyledItemDelegate>

namespace om::gui {

// Paints a small badge with the text of `badgeRole` (e.g. AffectedSubscriptionModel::SegmentRole:
// "Students", "Government · Add-on") before the cell's text, so what tells two offers apart stays visible
// however narrow the column is; the full text is elided after it. Colours come from the view's palette
// (a dark theme gets a dark badge) with the badge's text at 4.5:1 or more.
class SegmentBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentBadgeDelegate)

public:
    explicit SegmentBadgeDelegate(int badgeRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge's colours over `palette`: a tint of the highlight colour on the base, and readable text.
    static QColor badgeBackground(const QPalette &palette);
    static QColor badgeForeground(const QPalette &palette);

private:
    int m_badgeRole;
};

} // namespace om::gui
