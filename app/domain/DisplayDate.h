#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace om::domain {

// The one date format every view shows: the locale's own short format (order and separators) with a
// four-digit year. QLocale's ShortFormat gives two-digit years in many locales ("12/31/26", "31/12/26"),
// which reads ambiguously next to ISO dates in reports and logs.
QString shortDateFormat(const QLocale &locale = QLocale());
// An invalid date gives an empty string.
QString displayDate(const QDate &date, const QLocale &locale = QLocale());
// The date as displayDate() and the time in the locale's short time format; an invalid one is empty.
QString displayDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

} // namespace om::domain
