#include "ui/batch/BatchTexts.h"

#include <QStringList>

namespace om::gui {

using batch::CustomerState;

QString BatchTexts::customerState(CustomerState state)
{
    switch (state) {
    case CustomerState::Waiting:
        return tr("Waiting");
    case CustomerState::Running:
        return tr("Running");
    case CustomerState::Paused:
        return tr("Paused");
    case CustomerState::Verified:
        return tr("Verified, waiting to suspend");
    case CustomerState::Suspending:
        return tr("Suspending");
    case CustomerState::Done:
        return tr("Done");
    case CustomerState::Unfinished:
        return tr("Needs attention");
    case CustomerState::Blocked:
        return tr("Not run"); // blocked, excluded or done before: the details say which
    case CustomerState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString BatchTexts::step(engine::Step step)
{
    switch (step) {
    case engine::Step::Idle:
        return {};
    case engine::Step::Plan:
        return tr("Reading the customer");
    case engine::Step::Purchase:
        return tr("Buying the replacement");
    case engine::Step::Reassign:
        return tr("Moving users");
    case engine::Step::Verify:
        return tr("Verifying users");
    case engine::Step::Suspend:
        return tr("Suspending the old subscription");
    case engine::Step::Done:
        return tr("Finished");
    }
    return {};
}

QString BatchTexts::term(const QString &duration, const QString &billing)
{
    const QString d = duration.toUpper();
    const QString t = d == QLatin1String("P1M")   ? tr("1 month")
                      : d == QLatin1String("P1Y") ? tr("1 year")
                      : d == QLatin1String("P3Y") ? tr("3 years")
                                                  : QString();
    const QString b = billing.toLower();
    const QString cycle = b == QLatin1String("monthly")     ? tr("billed monthly")
                          : b == QLatin1String("annual")    ? tr("billed yearly")
                          : b == QLatin1String("triennial") ? tr("billed every 3 years")
                                                            : QString();
    if (t.isEmpty())
        return cycle;
    if (cycle.isEmpty())
        return t;
    return tr("%1, %2").arg(t, cycle);
}

QString BatchTexts::checks(const batch::BatchRow &row)
{
    QStringList blocking;
    QStringList notes;
    for (const batch::BatchCheck &c : row.checks)
        (c.blocking ? blocking : notes).append(c.text);
    QStringList parts;
    if (row.override.excluded)
        parts.append(tr("Excluded: not run"));
    if (!blocking.isEmpty())
        parts.append(tr("Blocked: %1").arg(blocking.join(QStringLiteral("; "))));
    if (row.problemUsers > 0 && !row.hasCheck(batch::CheckKind::ProblemUsers))
        parts.append(tr("%n problem user(s) stay behind", nullptr, row.problemUsers));
    parts.append(notes);
    return parts.isEmpty() ? tr("OK") : parts.join(QStringLiteral(" · "));
}

} // namespace om::gui
