#pragma once

#include <QString>

namespace om::domain {

// One user whose licence moves from the retired subscription's SKU to the replacement's.
// Filled by the migration engine from the users/licences calls; shown by UserTableModel.
struct UserMigrationRow
{
    enum class Result
    {
        Pending,      // not tried yet
        Moved,        // new licence assigned, old removed
        AlreadyMoved, // found with the new licence already (resumed run)
        Skipped,      // deliberately left alone (e.g. no old licence)
        Failed,       // see detail
    };

    QString userId; // AAD object id
    QString displayName;
    QString userPrincipalName;
    QString usageLocation; // ISO2; empty blocks licence assignment
    QString oldLicence;    // product name of the retired SKU
    QString newLicence;    // product name of the replacement SKU
    Result result = Result::Pending;
    QString detail; // error text or note; shown as tool tip
};

} // namespace om::domain
