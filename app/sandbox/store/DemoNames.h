#pragma once

// Name material for the demo tenant, per language: realistic company and person names.

#include <QString>
#include <QStringList>

namespace om::sandbox::demo {

struct LanguageNames
{
    QStringList firstNames;
    QStringList surnames;
    QStringList sectors;
    QStringList cities;
    // Patterns: %1 = surname, %2 = sector, %3 = second surname, %4 = city.
    QStringList companyPatterns;
    QStringList schoolPatterns;
    QString streetPattern; // %1 = surname, %2 = house number
};

// Names for a market's main language (IT, DE/AT/CH, FR/BE, ES, NL, SE, English otherwise).
const LanguageNames &namesFor(const QString &country);
// Cities of one market (the language lists mix e.g. US, GB and IE cities).
const QStringList &citiesFor(const QString &country);
// "Müller" -> "muller": lower-case ASCII letters and digits only.
QString asciiSlug(const QString &text);

} // namespace om::sandbox::demo
