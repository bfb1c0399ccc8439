#include "ui/wizard/WizardTexts.h"

namespace om::gui {

namespace {

bool has(const QString &text, const char *what)
{
    return text.contains(QLatin1String(what), Qt::CaseInsensitive);
}

} // namespace

QString WizardTexts::explain(const Error &e)
{
    const QString m = e.message;
    switch (e.kind) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
        return tr(
            "Partner Center did not answer; nothing is lost (the journal keeps the progress): check the "
            "connection and try again.");
    case Error::Kind::Throttled:
        return tr("Partner Center is limiting requests right now; wait a minute, then try again.");
    case Error::Kind::Auth:
        return tr("Partner Center refused the sign-in or the permission for this customer; sign in again in "
                  "Settings, check the GDAP roles, then try again.");
    case Error::Kind::Storage:
        return tr("The journal could not be written (%1); free disk space or check the file, then try again.")
            .arg(m);
    case Error::Kind::Cancelled:
        return tr("The step was stopped; start it again when you are ready.");
    default:
        break;
    }
    if (e.context == QLatin1String("migration lease") || has(m, "is being migrated by"))
        return m; // the journal's own sentence: who runs it, and when to try again
    if (e.context == QLatin1String("verify") || has(m, "verify runs after")) {
        if (has(m, "outside the plan"))
            return tr("More licences of the old subscription are in use than the plan knows of; read the "
                      "customer again (close and reopen the wizard), then check again.");
        if (has(m, "without a replacement"))
            return tr("Someone was given the old licence since it was planned, so it cannot be suspended "
                      "without a replacement; cancel this migration and plan the customer again.");
        return tr("Some users still hold the old licence or lack the new one; move them (Retry failed "
                  "users), then check again.");
    }
    if ((e.context == QLatin1String("suspend") || has(m, "suspend refused")) && has(m, "excluded"))
        return tr("The old subscription was not suspended because users you left out still hold its licence; "
                  "tick Move for them on the licence step, or remove their licence in the admin centre.");
    if (e.context == QLatin1String("suspend") || has(m, "suspend refused"))
        return tr("The old subscription was not suspended because Partner Center still shows it in use (%1); "
                  "move the remaining users, then check again.")
            .arg(m.section(QStringLiteral(": "), 1));
    if (e.context.startsWith(QLatin1String("plan of")))
        return tr("A check stops the purchase (%1); change the replacement or the quantity.").arg(m);
    if (e.kind == Error::Kind::Conflict)
        return tr("Partner Center changed meanwhile (%1); check again, then retry the step.").arg(m);
    if (e.kind == Error::Kind::NotFound)
        return tr("Partner Center no longer knows something this step needs (%1); close and reopen the "
                  "wizard "
                  "to read the customer again.")
            .arg(m);
    return tr("The step stopped: %1. Try it again; if it stops again, check the customer in Partner Center.")
        .arg(m);
}

QString WizardTexts::explainRefusal(const QString &engineText)
{
    if (has(engineText, "busy"))
        return tr("A step is still running; wait for it to finish.");
    if (has(engineText, "plan first"))
        return tr("The customer is still being read; wait a moment.");
    Error e = Error::make(Error::Kind::Validation, engineText);
    return explain(e);
}

QString WizardTexts::term(const QString &duration, const QString &billing)
{
    const QString d = duration.toUpper();
    const QString t = d == QLatin1String("P1M")   ? tr("1 month")
                      : d == QLatin1String("P1Y") ? tr("1 year")
                      : d == QLatin1String("P3Y") ? tr("3 years")
                                                  : d;
    const QString b = billing.toLower();
    const QString cycle = b == QLatin1String("monthly")     ? tr("billed monthly")
                          : b == QLatin1String("annual")    ? tr("billed yearly")
                          : b == QLatin1String("triennial") ? tr("billed every 3 years")
                                                            : b;
    if (t.isEmpty())
        return cycle;
    if (cycle.isEmpty())
        return t;
    return tr("%1, %2").arg(t, cycle);
}

} // namespace om::gui
