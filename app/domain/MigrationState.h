#pragma once

#include <QString>

#include <initializer_list>
#include <optional>

namespace om::domain {

// Where one retired subscription is in its migration. The text tokens are the report's
// migration_state values and the journal's stored values: never change them.
// Declared in the order of progress; Failed is last.
enum class MigrationState
{
    NotStarted,  // "not_started"
    Purchasing,  // "purchasing": replacement order sent, not confirmed
    Purchased,   // "purchased": replacement subscription exists
    Reassigning, // "reassigning": moving users' licences
    Reassigned,  // "reassigned": every user moved
    Suspended,   // "suspended": old subscription suspended (also when the scan found it suspended)
    Failed,      // "failed": stopped on an error; see MigrationProgress::lastError
};

constexpr int migrationStateCount = 7;

// A set of states for filters (a bit per state; no hashing needed).
class MigrationStateSet
{
public:
    MigrationStateSet() = default;
    MigrationStateSet(std::initializer_list<MigrationState> states)
    {
        for (MigrationState s : states)
            insert(s);
    }
    void insert(MigrationState s) { m_bits |= bit(s); }
    void remove(MigrationState s) { m_bits &= ~bit(s); }
    bool contains(MigrationState s) const { return (m_bits & bit(s)) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    bool operator==(const MigrationStateSet &o) const { return m_bits == o.m_bits; }
    bool operator!=(const MigrationStateSet &o) const { return m_bits != o.m_bits; }

private:
    static quint32 bit(MigrationState s) { return quint32(1) << unsigned(s); }
    quint32 m_bits = 0;
};

QString migrationStateToken(MigrationState state);
std::optional<MigrationState> migrationStateFromToken(QStringView token); // exact, case-sensitive
QString migrationStateDisplayName(MigrationState state);                  // translated, for views

} // namespace om::domain
