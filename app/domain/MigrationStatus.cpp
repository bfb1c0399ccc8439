#include "domain/MigrationStatus.h"

#include <QCoreApplication>

namespace om::domain {

namespace {

QString translated(const char *text, int n = -1)
{
    return QCoreApplication::translate("om::domain::MigrationStatus", text, nullptr, n);
}

} // namespace

NextStep nextStepOf(MigrationState state)
{
    switch (state) {
    case MigrationState::NotStarted:
        return NextStep::NotStarted;
    case MigrationState::Purchasing:
        return NextStep::Buying;
    case MigrationState::Purchased:
    case MigrationState::Reassigning:
        return NextStep::MovingUsers;
    case MigrationState::Reassigned:
        return NextStep::ReadyToSuspend;
    case MigrationState::Suspended:
        return NextStep::Done;
    case MigrationState::Failed:
        return NextStep::NeedsAttention;
    }
    return NextStep::NotStarted;
}

MigrationStatus migrationStatus(MigrationState state, const MigrationProgress *progress)
{
    MigrationStatus status;
    status.step = nextStepOf(state);
    if (progress && status.step != NextStep::Done) {
        status.usersTotal = progress->usersTotal;
        status.usersMoved = progress->usersMoved;
    }
    return status;
}

void combineStatus(MigrationStatus &customer, const MigrationStatus &subscription)
{
    if (subscription.step < customer.step) {
        customer = subscription;
    } else if (subscription.step == customer.step) {
        customer.usersTotal += subscription.usersTotal;
        customer.usersMoved += subscription.usersMoved;
    }
}

QString nextStepName(NextStep step)
{
    switch (step) {
    case NextStep::NeedsAttention:
        return translated(QT_TRANSLATE_NOOP("om::domain::MigrationStatus", "Needs attention"));
    case NextStep::NotStarted:
        return translated(QT_TRANSLATE_NOOP("om::domain::MigrationStatus", "Not started"));
    case NextStep::Buying:
        return translated(QT_TRANSLATE_NOOP("om::domain::MigrationStatus", "Buying the replacement"));
    case NextStep::MovingUsers:
        return translated(QT_TRANSLATE_NOOP("om::domain::MigrationStatus", "Bought, moving users"));
    case NextStep::ReadyToSuspend:
        return translated(QT_TRANSLATE_NOOP("om::domain::MigrationStatus", "Ready to suspend"));
    case NextStep::Done:
        return translated(QT_TRANSLATE_NOOP("om::domain::MigrationStatus", "Done"));
    }
    return {};
}

QString migrationStatusText(const MigrationStatus &status)
{
    switch (status.step) {
    case NextStep::NeedsAttention:
        if (status.usersLeft() > 0)
            return translated(
                QT_TRANSLATE_N_NOOP("om::domain::MigrationStatus", "Needs attention: %n user(s)"),
                status.usersLeft());
        break;
    case NextStep::MovingUsers:
        if (status.usersTotal > 0)
            return translated(QT_TRANSLATE_N_NOOP("om::domain::MigrationStatus",
                                                  "Bought, moving users: %1 of %n moved"),
                              status.usersTotal)
                .arg(status.usersMoved);
        break;
    default:
        break;
    }
    return nextStepName(status.step);
}

MigrationStateSet statesOf(NextStep step)
{
    switch (step) {
    case NextStep::NeedsAttention:
        return {MigrationState::Failed};
    case NextStep::NotStarted:
        return {MigrationState::NotStarted};
    case NextStep::Buying:
        return {MigrationState::Purchasing};
    case NextStep::MovingUsers:
        return {MigrationState::Purchased, MigrationState::Reassigning};
    case NextStep::ReadyToSuspend:
        return {MigrationState::Reassigned};
    case NextStep::Done:
        return {MigrationState::Suspended};
    }
    return {};
}

} // namespace om::domain
