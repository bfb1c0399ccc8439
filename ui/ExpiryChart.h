#pragma once

#include "ui/ExpiryBuckets.h"

#include <QWidget>

namespace om::gui {

// A bar per week of retired-offer licences (or subscriptions) whose term ends that week, the current
// week highlighted, plus an "Ended" bar for terms already over. Paints only what it is given.
class ExpiryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryChart)

public:
    enum class Metric
    {
        Licences,
        Subscriptions
    };

    explicit ExpiryChart(QWidget *parent = nullptr);

    void setBuckets(ExpiryBuckets buckets);
    const ExpiryBuckets &buckets() const { return m_buckets; }
    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override; // tool tips per bar

private:
    struct Bar
    {
        QRect rect; // the whole column (for hit testing)
        QString tip;
    };
    int valueOf(const WeekBucket &bucket) const;
    QList<Bar> layoutBars() const;
    QString unitText(int value) const;

    ExpiryBuckets m_buckets;
    Metric m_metric = Metric::Licences;
};

} // namespace om::gui
