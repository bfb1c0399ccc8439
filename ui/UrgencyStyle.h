#pragma once

#include "domain/SubscriptionRules.h"

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

namespace om::gui {

// How urgent a term end looks; shared by the tables and the chart. Every colour is derived from the
// palette in use (light or dark theme) and checked against WCAG 2 contrast, and urgency is never shown by
// colour alone: the tables add a word (urgencyLabel()), the chart labels its "Ended" column.
struct UrgencyColours
{
    QColor background; // invalid for Unknown: keep the view's own
    QColor foreground;
};

// The urgency's hue mixed into the palette's base colour (so a dark theme gets dark tints), with the
// palette's text colour moved toward black or white until it reaches 4.5:1 (WCAG AA) on that tint.
UrgencyColours urgencyColours(domain::Urgency urgency, const QPalette &palette);
// A bar or mark of the urgency's hue with at least 3:1 against the palette's base (WCAG 1.4.11).
QColor urgencyAccent(domain::Urgency urgency, const QPalette &palette);
// The word that says the urgency without colour: "ended", "urgent", "soon"; empty for Later and Unknown.
QString urgencyLabel(domain::Urgency urgency);

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);
// `colour` moved toward black or white (whichever contrasts more with `against`) until it reaches `ratio`.
QColor withContrast(QColor colour, const QColor &against, double ratio);

// Paints a "days left" cell in its urgency's colours, read from the model's urgency role
// (CustomerTableModel::UrgencyRole, AffectedSubscriptionModel::UrgencyRole), and adds the urgency's word
// to the number ("3 · urgent").
class UrgencyDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrgencyDelegate)

public:
    explicit UrgencyDelegate(int urgencyRole, QObject *parent = nullptr);

    // The cell's text with the urgency's word: "3 · urgent"; unchanged without a word or a text.
    static QString decoratedText(const QString &text, domain::Urgency urgency);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_urgencyRole;
};

} // namespace om::gui
