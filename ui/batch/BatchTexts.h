#pragma once

#include "batch/BatchPlan.h"
#include "batch/BatchRunner.h"

#include <QCoreApplication>
#include <QString>

namespace om::gui {

// What the batch views say about the core's values: states, steps and terms in words a person reads,
// never the core's tokens ("verified", "P1Y"). The check texts of a plan row come translated from the core.
class BatchTexts final
{
    Q_DECLARE_TR_FUNCTIONS(om::gui::BatchTexts)

public:
    static QString customerState(batch::CustomerState state);
    static QString step(engine::Step step);
    // "1 year, billed monthly" (P1M/P1Y/P3Y; monthly/annual/triennial).
    static QString term(const QString &duration, const QString &billing);
    // The checks of a row in one line: excluded, blocking reasons first, then notes and problem users.
    static QString checks(const batch::BatchRow &row);
};

} // namespace om::gui
