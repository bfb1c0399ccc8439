#pragma once

#include <QString>
#include <QStringList>

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
    // Every licence the user holds (product names), as the main window's Users tab lists them; read per
    // user after the list. licencesKnown stays false until then (the column is empty, not "none").
    QStringList licences;
    bool licencesKnown = false;
};

} // namespace om::domain
