#pragma once

// Internal to the journal: column lists and row -> record mapping shared by its .cpp files.

#include "journal/JournalTypes.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace om::journal::rows {

// Times are stored as ISO-8601 UTC text with milliseconds; dates as yyyy-MM-dd; invalid as NULL.
QVariant timeValue(const QDateTime &t);
QVariant dateValue(const QDate &d);
QDateTime toTime(const QVariant &v);
QDate toDate(const QVariant &v);

extern const char migrationColumns[]; // SELECT list for migrationFrom()
MigrationRecord migrationFrom(const QSqlQuery &q);

extern const char writeColumns[];
WriteRequest writeFrom(const QSqlQuery &q);

extern const char userMoveColumns[];
extern const char userMoveColumnsOf[]; // the same, qualified with the table alias u
// first: the index of the first of userMoveColumns in the row.
UserMove userMoveFrom(const QSqlQuery &q, int first = 0);

} // namespace om::journal::rows
