#pragma once

#include "domain/SubscriptionRules.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace om::gui {

// Colours that say how urgent a term end is; shared by the tables and the chart.
QColor urgencyBackground(domain::Urgency urgency); // invalid for Unknown: keep the view's own
QColor urgencyForeground(domain::Urgency urgency);

// Paints a "days left" cell on the colour of its urgency, read from the model's urgency role
// (CustomerTableModel::UrgencyRole, AffectedSubscriptionModel::UrgencyRole).
class UrgencyDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrgencyDelegate)

public:
    UrgencyDelegate(int urgencyRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_urgencyRole;
};

} // namespace om::gui
