#include "domain/MigrationState.h"

#include <QCoreApplication>

namespace om::domain {

namespace {

struct StateText
{
    MigrationState state;
    const char *token;
    const char *display;
};

const StateText stateTexts[] = {
    {MigrationState::NotStarted, "not_started",
     QT_TRANSLATE_NOOP("om::domain::MigrationState", "Not started")},
    {MigrationState::Purchasing, "purchasing", QT_TRANSLATE_NOOP("om::domain::MigrationState", "Purchasing")},
    {MigrationState::Purchased, "purchased", QT_TRANSLATE_NOOP("om::domain::MigrationState", "Purchased")},
    {MigrationState::Reassigning, "reassigning",
     QT_TRANSLATE_NOOP("om::domain::MigrationState", "Reassigning")},
    {MigrationState::Reassigned, "reassigned", QT_TRANSLATE_NOOP("om::domain::MigrationState", "Reassigned")},
    {MigrationState::Suspended, "suspended", QT_TRANSLATE_NOOP("om::domain::MigrationState", "Suspended")},
    {MigrationState::Failed, "failed", QT_TRANSLATE_NOOP("om::domain::MigrationState", "Failed")},
};

} // namespace

QString migrationStateToken(MigrationState state)
{
    for (const StateText &t : stateTexts) {
        if (t.state == state)
            return QLatin1String(t.token);
    }
    return QStringLiteral("not_started");
}

std::optional<MigrationState> migrationStateFromToken(QStringView token)
{
    for (const StateText &t : stateTexts) {
        if (token == QLatin1String(t.token))
            return t.state;
    }
    return std::nullopt;
}

QString migrationStateDisplayName(MigrationState state)
{
    for (const StateText &t : stateTexts) {
        if (t.state == state)
            return QCoreApplication::translate("om::domain::MigrationState", t.display);
    }
    return {};
}

} // namespace om::domain
