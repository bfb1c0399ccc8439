#pragma once

// Finds text that does not fit its widget: the check behind "no clipped text in Italian".

#include <QStringList>

class QWidget;
class QMenuBar;

namespace om::test {

// Every visible QLabel, QAbstractButton (push button, check box, radio button) under `root` (itself
// included) whose text needs more room than the widget has: a label wider than its width without word
// wrap, or a word-wrapped label taller than its height; a button narrower than its minimum size hint;
// a table column narrower than its title.
// One line per problem ("ClassName 'text': needs 312 px, has 280 px"); empty when all fit.
QStringList clippedTexts(QWidget *root);

// Accelerator clashes: two menus of the bar, or two actions of one menu, with the same '&' letter.
QStringList acceleratorClashes(const QMenuBar *bar);

} // namespace om::test
