#include "tests/i18n/ClippedText.h"

#include "tests/i18n/TsCatalogue.h"

#include <QAbstractButton>
#include <QAction>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>

namespace om::test {

namespace {

constexpr int kTolerance = 1; // px: rounding in the styles' size hints

QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 '%2'").arg(QLatin1String(w->metaObject()->className()), text.simplified());
}

QString labelProblem(const QLabel *label)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return {};
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + kTolerance)
            return describe(label, label->text()) +
                   QStringLiteral(": needs %1 px high at %2 px wide, has %3 px")
                       .arg(needed)
                       .arg(label->width())
                       .arg(label->height());
        return {};
    }
    const int needed = label->sizeHint().width();
    if (needed > label->width() + kTolerance)
        return describe(label, label->text()) +
               QStringLiteral(": needs %1 px, has %2 px").arg(needed).arg(label->width());
    return {};
}

QString buttonProblem(const QAbstractButton *button)
{
    if (button->text().isEmpty())
        return {};
    const QSize needed = button->minimumSizeHint();
    if (needed.width() > button->width() + kTolerance || needed.height() > button->height() + kTolerance)
        return describe(button, button->text()) + QStringLiteral(": needs %1×%2 px, has %3×%4 px")
                                                      .arg(needed.width())
                                                      .arg(needed.height())
                                                      .arg(button->width())
                                                      .arg(button->height());
    return {};
}

// The column titles of a table: each visible section at least as wide as its title (and sort arrow).
QStringList headerProblems(const QHeaderView *header)
{
    QStringList problems;
    if (header->orientation() != Qt::Horizontal || !header->model())
        return problems;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const int needed = header->sectionSizeHint(logical);
        const int has = header->sectionSize(logical);
        if (needed > has + kTolerance) {
            const QString title = header->model()->headerData(logical, Qt::Horizontal).toString();
            problems << describe(header, title) +
                            QStringLiteral(": needs %1 px, has %2 px").arg(needed).arg(has);
        }
    }
    return problems;
}

void clashesIn(const QString &where, const QList<QAction *> &actions, QStringList &out)
{
    QHash<QChar, QString> seen;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = accelerator(action->text());
        if (key.isNull())
            continue;
        if (seen.contains(key))
            out << QStringLiteral("%1: '%2' and '%3' share &%4")
                       .arg(where, seen.value(key), action->text(), key);
        else
            seen.insert(key, action->text());
    }
}

} // namespace

QStringList clippedTexts(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QStringList problems;
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        QString problem;
        if (auto *header = qobject_cast<QHeaderView *>(w))
            problems << headerProblems(header);
        else if (auto *label = qobject_cast<QLabel *>(w))
            problem = labelProblem(label);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            problem = buttonProblem(button);
        if (!problem.isEmpty())
            problems << problem;
    }
    return problems;
}

QStringList acceleratorClashes(const QMenuBar *bar)
{
    QStringList problems;
    clashesIn(QStringLiteral("menu bar"), bar->actions(), problems);
    for (const QAction *action : bar->actions()) {
        if (const QMenu *menu = action->menu())
            clashesIn(menu->title(), menu->actions(), problems);
    }
    return problems;
}

} // namespace om::test
