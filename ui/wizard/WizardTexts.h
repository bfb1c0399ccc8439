#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace om::gui {

// What the wizard tells a person about an engine or Partner Center error: one sentence saying what
// happened and what to do. The engine's own texts are written for logs and the CLI ("migration #1 is
// failed: verify runs after every user was moved"); they never reach the operator unexplained.
class WizardTexts final
{
    Q_DECLARE_TR_FUNCTIONS(om::gui::WizardTexts)

public:
    static QString explain(const Error &error);
    // For the engine's refusals, which come as text only (MigrationEngine::errorText()).
    static QString explainRefusal(const QString &engineText);
    // "1 year, billed monthly" for a term and billing cycle (P1M/P1Y/P3Y; monthly/annual/triennial).
    static QString term(const QString &duration, const QString &billing);
};

} // namespace om::gui
