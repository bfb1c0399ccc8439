#include "sandbox/store/DemoNames.h"

#include <QHash>

namespace om::sandbox::demo {

namespace {
QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

LanguageNames italian()
{
    return {list({"Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara", "Andrea",
                  "Valentina", "Giuseppe", "Elena", "Davide", "Federica", "Paolo", "Martina", "Roberto",
                  "Silvia"}),
            list({"Rossi",   "Russo",  "Ferrari",  "Esposito", "Bianchi",  "Romano", "Colombo",
                  "Ricci",   "Marino", "Greco",    "Bruno",    "Gallo",    "Conti",  "De Luca",
                  "Mancini", "Costa",  "Giordano", "Rizzo",    "Lombardi", "Moretti"}),
            list({"Costruzioni", "Impianti", "Trasporti", "Arredamenti", "Meccanica", "Alimentari",
                  "Logistica", "Ceramiche", "Vini", "Serramenti", "Informatica"}),
            list({"Milano", "Roma", "Torino", "Bologna", "Napoli", "Firenze", "Verona", "Bergamo", "Padova"}),
            list({"%1 %2 S.r.l.", "%2 %1 S.p.A.", "Trattoria %1 S.r.l.", "Studio %1 & Associati",
                  "%1 & %3 S.n.c.", "Farmacia %1 S.r.l."}),
            list({"Istituto Tecnico %1", "Liceo Scientifico di %4", "Università di %4"}),
            QStringLiteral("Via %1 %2")};
}

LanguageNames german()
{
    return {
        list({"Lukas", "Anna", "Jonas", "Lea", "Maximilian", "Sophie", "Felix", "Laura", "Tobias",
              "Katharina", "Jan", "Julia", "Stefan", "Sabine", "Jürgen", "Birgit", "Andreas", "Petra"}),
        list({"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
              "Hoffmann", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann"}),
        list({"Maschinenbau", "Elektrotechnik", "Logistik", "Bau", "Haustechnik", "Metallbau", "Druckerei",
              "Steuerberatung", "Holzbau", "Kältetechnik"}),
        list({"Berlin", "München", "Hamburg", "Köln", "Stuttgart", "Düsseldorf", "Leipzig", "Nürnberg",
              "Wien", "Graz", "Zürich", "Basel"}),
        list({"%1 %2 GmbH", "%1 & %3 KG", "%2 %1 AG", "%1 %2 GmbH & Co. KG", "Autohaus %1 GmbH"}),
        list({"Gymnasium %4", "Hochschule %4", "Berufsschule %1"}),
        QStringLiteral("%1straße %2")};
}

LanguageNames english()
{
    return {list({"James", "Emily", "Michael", "Sarah", "David", "Jessica", "Robert", "Laura", "John", "Emma",
                  "Daniel", "Olivia", "Chris", "Hannah", "Matthew", "Sophie", "Aidan", "Niamh"}),
            list({"Johnson", "Smith",    "Williams", "Brown",   "Jones",  "Miller", "Davis",
                  "Wilson",  "Anderson", "Taylor",   "Harris",  "Clarke", "Walker", "Wright",
                  "Hughes",  "Murphy",   "Kelly",    "O'Brien", "Byrne",  "Evans"}),
            list({"Logistics", "Dental Group", "Realty", "Manufacturing", "Engineering", "Consulting",
                  "Marketing", "Insurance", "Joinery", "Accountants", "Builders"}),
            list({"Springfield", "Austin", "Denver", "Portland", "Manchester", "Leeds", "Bristol", "Dublin",
                  "Cork", "Boston"}),
            list({"%1 %2 Inc.", "%1 & %3 LLC", "%4 %2 Corp.", "%1 & Sons Ltd", "%1 %2 Ltd", "%4 %2 plc"}),
            list({"%4 Community College", "%4 High School", "University of %4"}),
            QStringLiteral("%2 %1 Street")};
}

LanguageNames french()
{
    return {list({"Julien", "Camille", "Nicolas", "Léa", "Antoine", "Chloé", "Thomas", "Manon", "Pierre",
                  "Élodie", "Mathieu", "Céline", "Hugo", "Inès"}),
            list({"Dubois", "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Leroy",
                  "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Peeters", "Janssens"}),
            list({"Transports", "Menuiserie", "Conseil", "Électricité", "Immobilier", "Architectes",
                  "Plomberie", "Imprimerie"}),
            list({"Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bruxelles", "Liège"}),
            list({"Boulangerie %1 SARL", "%2 %1 SAS", "Cabinet %1", "%1 et %3 SA", "Garage %1 SARL"}),
            list({"Lycée %1", "Université de %4", "Collège %1"}),
            QStringLiteral("%2 rue %1")};
}

LanguageNames spanish()
{
    return {list({"Javier", "Lucía", "Carlos", "María", "Alejandro", "Carmen", "Pablo", "Laura", "Sergio",
                  "Ana", "Diego", "Elena", "Raúl", "Marta"}),
            list({"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
                  "Gómez", "Martín", "Jiménez", "Ruiz"}),
            list({"Construcciones", "Transportes", "Asesoría", "Distribuciones", "Reformas", "Bodegas",
                  "Instalaciones"}),
            list({"Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"}),
            list({"%2 %1 S.L.", "%2 %1 S.A.", "%1 y %3 S.L.", "Talleres %1 S.L."}),
            list({"Colegio %1", "Universidad de %4", "Instituto %1"}),
            QStringLiteral("Calle %1 %2")};
}

LanguageNames dutch()
{
    return {
        list({"Daan", "Sanne", "Bram", "Lotte", "Thijs", "Emma", "Ruben", "Fleur", "Joost", "Anouk", "Pieter",
              "Eline"}),
        list({"de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
              "Bos", "Vos", "Peters"}),
        list({"Installatietechniek", "Transport", "Bouw", "Advies", "Techniek", "Accountants", "Vastgoed"}),
        list({"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Den Haag"}),
        list({"%1 %2 B.V.", "%1 & %3 V.O.F.", "%2 %4 B.V."}),
        list({"%4 College", "Hogeschool %4"}),
        QStringLiteral("%1straat %2")};
}

LanguageNames swedish()
{
    return {
        list({"Erik", "Anna", "Lars", "Maria", "Johan", "Karin", "Anders", "Sara", "Oskar", "Elin"}),
        list({"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson"}),
        list({"Bygg", "Transport", "Konsult", "Teknik", "Fastigheter", "Redovisning"}),
        list({"Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås"}),
        list({"%1 %2 AB", "%1 & %3 %2 AB", "%4 %2 AB"}),
        list({"%4 Gymnasium", "%4 Universitet"}),
        QStringLiteral("%1gatan %2")};
}
} // namespace

const LanguageNames &namesFor(const QString &country)
{
    static const LanguageNames it = italian();
    static const LanguageNames de = german();
    static const LanguageNames en = english();
    static const LanguageNames fr = french();
    static const LanguageNames es = spanish();
    static const LanguageNames nl = dutch();
    static const LanguageNames se = swedish();
    const QString c = country.toUpper();
    if (c == QLatin1String("IT"))
        return it;
    if (c == QLatin1String("DE") || c == QLatin1String("AT") || c == QLatin1String("CH"))
        return de;
    if (c == QLatin1String("FR") || c == QLatin1String("BE"))
        return fr;
    if (c == QLatin1String("ES"))
        return es;
    if (c == QLatin1String("NL"))
        return nl;
    if (c == QLatin1String("SE"))
        return se;
    return en;
}

const QStringList &citiesFor(const QString &country)
{
    static const QHash<QString, QStringList> byCountry{
        {QStringLiteral("US"), list({"Springfield", "Austin", "Denver", "Portland", "Boston", "Columbus"})},
        {QStringLiteral("GB"), list({"Manchester", "Leeds", "Bristol", "Birmingham", "Glasgow", "York"})},
        {QStringLiteral("IE"), list({"Dublin", "Cork", "Galway", "Limerick"})},
        {QStringLiteral("DE"),
         list({"Berlin", "München", "Hamburg", "Köln", "Stuttgart", "Leipzig", "Nürnberg"})},
        {QStringLiteral("AT"), list({"Wien", "Graz", "Linz", "Salzburg"})},
        {QStringLiteral("CH"), list({"Zürich", "Basel", "Bern", "Luzern"})},
        {QStringLiteral("FR"), list({"Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille"})},
        {QStringLiteral("BE"), list({"Bruxelles", "Liège", "Namur", "Charleroi"})},
    };
    const auto it = byCountry.constFind(country.toUpper());
    return it != byCountry.constEnd() ? *it : namesFor(country).cities;
}

QString asciiSlug(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
            (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')))
            out.append(ch);
    }
    return out;
}

} // namespace om::sandbox::demo
