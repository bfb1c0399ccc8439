#include "ui/ExpiryChart.h"

#include "domain/DisplayDate.h"
#include "ui/UrgencyStyle.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace om::gui {

namespace {

constexpr int kMargin = 8;
constexpr int kAxisWidth = 36;
constexpr int kLabelHeight = 18;
constexpr int kValueHeight = 16;

} // namespace

ExpiryChart::ExpiryChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setToolTip({}); // tips come from event()
}

void ExpiryChart::setBuckets(ExpiryBuckets buckets)
{
    m_buckets = std::move(buckets);
    update();
}

void ExpiryChart::setMetric(Metric metric)
{
    m_metric = metric;
    update();
}

QSize ExpiryChart::sizeHint() const
{
    return {720, 170};
}

QSize ExpiryChart::minimumSizeHint() const
{
    return {320, 120};
}

int ExpiryChart::valueOf(const WeekBucket &bucket) const
{
    return m_metric == Metric::Licences ? bucket.licences : bucket.subscriptions;
}

QString ExpiryChart::unitText(int value) const
{
    return m_metric == Metric::Licences ? tr("%n licence(s)", nullptr, value)
                                        : tr("%n subscription(s)", nullptr, value);
}

QList<ExpiryChart::Bar> ExpiryChart::layoutBars() const
{
    QList<Bar> bars;
    const int count = int(m_buckets.weeks.size()) + 1; // + the "ended" column first
    const QRect plot =
        rect().adjusted(kMargin + kAxisWidth, kMargin + kValueHeight, -kMargin, -kMargin - kLabelHeight);
    if (plot.width() <= count || plot.height() <= 0)
        return bars;
    const double step = double(plot.width()) / count;
    const QLocale locale;
    const int overdue =
        m_metric == Metric::Licences ? m_buckets.overdueLicences : m_buckets.overdueSubscriptions;
    for (int i = 0; i < count; ++i) {
        Bar bar;
        bar.rect = QRect(plot.left() + int(i * step), rect().top(), int(step), rect().height());
        if (i == 0) {
            bar.tip = tr("Term already ended: %1").arg(unitText(overdue));
        } else {
            const WeekBucket &week = m_buckets.weeks.at(i - 1);
            const QString from = domain::displayDate(week.weekStart, locale);
            const QString to = domain::displayDate(week.weekStart.addDays(6), locale);
            bar.tip = tr("%1 – %2: %3 ending (%4)")
                          .arg(from, to, unitText(valueOf(week)),
                               tr("%n subscription(s)", nullptr, week.subscriptions));
        }
        bars.append(bar);
    }
    return bars;
}

void ExpiryChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());

    const QList<Bar> bars = layoutBars();
    if (bars.isEmpty())
        return;
    const QRect plot =
        rect().adjusted(kMargin + kAxisWidth, kMargin + kValueHeight, -kMargin, -kMargin - kLabelHeight);
    const int overdue =
        m_metric == Metric::Licences ? m_buckets.overdueLicences : m_buckets.overdueSubscriptions;
    const int peak = std::max(
        {1, overdue, m_metric == Metric::Licences ? m_buckets.maxLicences() : m_buckets.maxSubscriptions()});

    // Axis: 0 and the peak, with faint grid lines.
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    p.setFont(small);
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    for (const int v : {0, peak}) {
        const int y = plot.bottom() - int(double(v) / peak * plot.height());
        p.setPen(grid);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(kMargin, y - 8, kAxisWidth - 4, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(v));
    }

    const QLocale locale;
    const int labelEvery = bars.first().rect.width() < 44 ? 2 : 1;
    for (int i = 0; i < bars.size(); ++i) {
        const QRect column = bars.at(i).rect;
        const int value = i == 0 ? overdue : valueOf(m_buckets.weeks.at(i - 1));
        const bool current = i == 1;
        const QColor colour =
            urgencyAccent(i == 0 ? domain::Urgency::Past : urgencyOfWeek(m_buckets, i - 1), pal);

        if (current) { // the current week's column stands out behind its bar
            QColor band = pal.color(QPalette::Highlight);
            band.setAlpha(45);
            p.fillRect(QRect(column.left(), plot.top() - kValueHeight, column.width(),
                             plot.height() + kValueHeight + kLabelHeight),
                       band);
        }
        const int h = int(double(value) / peak * plot.height());
        const int w = std::max(2, int(column.width() * 0.7));
        const QRect barRect(column.left() + (column.width() - w) / 2, plot.bottom() - h + 1, w, h);
        if (h > 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawRoundedRect(barRect, 2, 2);
        }
        p.setPen(pal.color(QPalette::Text));
        if (value > 0)
            p.drawText(QRect(column.left(), barRect.top() - kValueHeight, column.width(), kValueHeight),
                       Qt::AlignHCenter | Qt::AlignBottom, QString::number(value));

        QString label;
        if (i == 0)
            label = tr("Ended");
        else if (current)
            label = tr("This week");
        else if ((i - 1) % labelEvery == 0)
            label = locale.toString(m_buckets.weeks.at(i - 1).weekStart, QStringLiteral("d MMM"));
        if (!label.isEmpty()) {
            QFont f = small;
            f.setBold(current || i == 0);
            p.setFont(f);
            const QRect labelRect(column.center().x() - 40, plot.bottom() + 3, 80, kLabelHeight);
            p.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop, label);
            p.setFont(small);
        }
    }
}

bool ExpiryChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (const Bar &bar : layoutBars()) {
            if (bar.rect.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), bar.tip, this, bar.rect);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace om::gui
