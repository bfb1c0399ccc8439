#include "domain/DisplayDate.h"

namespace om::domain {

QString shortDateFormat(const QLocale &locale)
{
    // Every run of 'y' outside quoted literal text becomes "yyyy"; the rest of the pattern is kept.
    const QString pattern = locale.dateFormat(QLocale::ShortFormat);
    QString out;
    out.reserve(pattern.size() + 2);
    bool quoted = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\'') {
            quoted = !quoted;
            out += c;
            continue;
        }
        if (quoted || c != u'y') {
            out += c;
            continue;
        }
        while (i + 1 < pattern.size() && pattern.at(i + 1) == u'y')
            ++i;
        out += QLatin1String("yyyy");
    }
    return out;
}

QString displayDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, shortDateFormat(locale)) : QString();
}

QString displayDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    return displayDate(dateTime.date(), locale) + QLatin1Char(' ') +
           locale.toString(dateTime.time(), QLocale::ShortFormat);
}

} // namespace om::domain
