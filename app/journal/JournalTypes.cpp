#include "journal/JournalTypes.h"

#include <array>
#include <utility>

namespace om::journal {

namespace {

template<typename Enum, std::size_t N>
QString tokenOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, token] : table) {
        if (e == value)
            return QLatin1String(token);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromToken(const std::array<std::pair<Enum, const char *>, N> &table, QStringView token)
{
    for (const auto &[e, text] : table) {
        if (token == QLatin1String(text))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<JournalState, const char *>, 11> stateTokens{{
    {JournalState::NotStarted, "not_started"},
    {JournalState::Purchasing, "purchasing"},
    {JournalState::Purchased, "purchased"},
    {JournalState::Reassigning, "reassigning"},
    {JournalState::Reassigned, "reassigned"},
    {JournalState::Verifying, "verifying"},
    {JournalState::Verified, "verified"},
    {JournalState::Suspending, "suspending"},
    {JournalState::Suspended, "suspended"},
    {JournalState::Failed, "failed"},
    {JournalState::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<MigrationPath, const char *>, 3> pathTokens{{
    {MigrationPath::Purchase, "purchase"},
    {MigrationPath::Upgrade, "upgrade"},
    {MigrationPath::SuspendOnly, "suspend_only"},
}};

constexpr std::array<std::pair<WriteKind, const char *>, 8> kindTokens{{
    {WriteKind::CreateOrder, "create_order"},
    {WriteKind::CreateCart, "create_cart"},
    {WriteKind::Checkout, "checkout"},
    {WriteKind::LicenseUpdate, "license_update"},
    {WriteKind::SuspendPatch, "suspend_patch"},
    {WriteKind::Upgrade, "upgrade"},
    {WriteKind::CancelPurchase, "cancel_purchase"},
    {WriteKind::UserUpdate, "user_update"},
}};

constexpr std::array<std::pair<WriteStatus, const char *>, 3> writeStatusTokens{{
    {WriteStatus::Pending, "pending"},
    {WriteStatus::Answered, "answered"},
    {WriteStatus::Failed, "failed"},
}};

constexpr std::array<std::pair<UserMoveState, const char *>, 4> moveTokens{{
    {UserMoveState::Pending, "pending"},
    {UserMoveState::Moved, "moved"},
    {UserMoveState::Failed, "failed"},
    {UserMoveState::Skipped, "skipped"},
}};

} // namespace

QString journalStateToken(JournalState state)
{
    return tokenOf(stateTokens, state);
}

std::optional<JournalState> journalStateFromToken(QStringView token)
{
    return fromToken(stateTokens, token);
}

domain::MigrationState toReportState(JournalState state)
{
    using domain::MigrationState;
    switch (state) {
    case JournalState::NotStarted:
    case JournalState::Cancelled:
        return MigrationState::NotStarted;
    case JournalState::Purchasing:
        return MigrationState::Purchasing;
    case JournalState::Purchased:
        return MigrationState::Purchased;
    case JournalState::Reassigning:
        return MigrationState::Reassigning;
    case JournalState::Reassigned:
    case JournalState::Verifying:
    case JournalState::Verified:
    case JournalState::Suspending:
        return MigrationState::Reassigned;
    case JournalState::Suspended:
        return MigrationState::Suspended;
    case JournalState::Failed:
        return MigrationState::Failed;
    }
    return MigrationState::Failed;
}

QString migrationPathToken(MigrationPath path)
{
    return tokenOf(pathTokens, path);
}

std::optional<MigrationPath> migrationPathFromToken(QStringView token)
{
    return fromToken(pathTokens, token);
}

QString writeKindToken(WriteKind kind)
{
    return tokenOf(kindTokens, kind);
}

std::optional<WriteKind> writeKindFromToken(QStringView token)
{
    return fromToken(kindTokens, token);
}

QString writeStatusToken(WriteStatus status)
{
    return tokenOf(writeStatusTokens, status);
}

std::optional<WriteStatus> writeStatusFromToken(QStringView token)
{
    return fromToken(writeStatusTokens, token);
}

QString userMoveStateToken(UserMoveState state)
{
    return tokenOf(moveTokens, state);
}

std::optional<UserMoveState> userMoveStateFromToken(QStringView token)
{
    return fromToken(moveTokens, token);
}

bool isTransitionAllowed(JournalState from, JournalState to, MigrationPath path, JournalState failedFrom)
{
    using S = JournalState;
    if (from == to)
        return true; // idempotent: a resumed engine may re-state where it is
    if (to == S::Failed)
        return from != S::Suspended && from != S::Cancelled;
    switch (from) {
    case S::NotStarted:
        if (path == MigrationPath::SuspendOnly)
            return to == S::Verifying || to == S::Cancelled;
        return to == S::Purchasing || to == S::Cancelled;
    case S::Purchasing:
        return to == S::Purchased;
    case S::Purchased:
        return to == S::Reassigning || (path == MigrationPath::Upgrade && to == S::Reassigned);
    case S::Reassigning:
        return to == S::Reassigned;
    case S::Reassigned:
        return to == S::Verifying;
    case S::Verifying:
        return to == S::Verified || to == S::Reassigning; // users found unmoved: move again
    case S::Verified:
        return to == S::Suspending || (path != MigrationPath::SuspendOnly && to == S::Reassigning);
    case S::Suspending:
        return to == S::Suspended;
    case S::Failed:
        return to == failedFrom || to == S::Cancelled;
    case S::Suspended:
    case S::Cancelled:
        return false;
    }
    return false;
}

} // namespace om::journal
