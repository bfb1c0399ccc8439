#include "domain/OfferCatalogue.h"

#include "common/JsonReader.h"
#include "domain/DomainLog.h"
#include "domain/ScanData.h"

#include <QFile>
#include <QStringBuilder>

#include <algorithm>

namespace om::domain {

namespace {

bool isZeroWidth(char16_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

} // namespace

QString OfferCatalogue::normalizeName(QStringView name)
{
    // NFKC folds compatibility forms (full-width letters, no-break spaces) before case folding. It is
    // the identity on ASCII, which nearly every offer name is: skip it there (scans match 100,000 names).
    const bool ascii = std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x80; });
    const QString folded = ascii ? name.toString().toCaseFolded()
                                 : name.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool pendingSpace = false;
    for (const QChar c : folded) {
        if (isZeroWidth(c.unicode()))
            continue;
        if (c.isSpace()) { // includes U+00A0, U+2007, U+202F, tabs, CR, LF
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += c;
    }
    return out;
}

Result<OfferCatalogue> OfferCatalogue::loadBuiltIn()
{
    return loadFile(builtInPath());
}

Result<OfferCatalogue> OfferCatalogue::loadFile(const QString &path)
{
    const QString context = QStringLiteral("offer catalogue %1").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("cannot read the file: %1").arg(file.errorString()), context);
    }
    return fromJson(file.readAll(), context);
}

Result<OfferCatalogue> OfferCatalogue::fromJson(const QByteArray &json, const QString &context)
{
    Result<QJsonObject> root = JsonReader::parseObject(json, context);
    if (!root.ok())
        return root.error();

    JsonReader reader(root.value(), context);
    const qint64 version = reader.integer(u"version");
    if (reader.ok() && version != 1 && version != 2)
        reader.fail(u"version", QStringLiteral("unsupported version %1 (expected 1 or 2)").arg(version));
    const QJsonArray offers = reader.array(u"offers");
    // Version 2 names the replacement products once, with aliases; version 1 has none.
    const QJsonArray products =
        reader.array(u"replacementProducts", version == 2 ? JsonReader::Required : JsonReader::Optional);
    if (!reader.ok())
        return reader.error();
    if (offers.isEmpty())
        return Error::make(Error::Kind::Parse, QStringLiteral("field offers: empty list"), context);

    OfferCatalogue catalogue;
    for (int i = 0; i < products.size(); ++i) {
        JsonReader item = reader.element(products, i, u"replacementProducts");
        ReplacementProduct product;
        product.name = item.string(u"name");
        product.aliases = item.stringList(u"aliases", JsonReader::Optional);
        if (item.ok() && normalizeName(product.name).isEmpty())
            item.fail(u"name", QStringLiteral("empty"));
        if (!item.ok())
            return item.error();
        const QString key = normalizeName(product.name);
        QStringList names = product.aliases;
        names.prepend(product.name);
        for (const QString &name : std::as_const(names)) {
            const QString n = normalizeName(name);
            if (catalogue.m_productByName.contains(n))
                return Error::make(Error::Kind::Parse,
                                   QStringLiteral("field replacementProducts[%1]: name \"%2\" listed twice")
                                       .arg(i)
                                       .arg(name),
                                   context);
            catalogue.m_productByName.insert(n, key);
        }
        catalogue.m_products.append(product);
    }
    catalogue.m_entries.reserve(offers.size());
    for (int i = 0; i < offers.size(); ++i) {
        JsonReader item = reader.element(offers, i, u"offers");
        RetiredOffer entry;
        entry.name = item.string(u"name");
        const QString family = item.string(u"family");
        const QString variant = item.string(u"variant");
        const QString kind = item.string(u"kind");
        const QString segment = item.string(u"segment");
        entry.aliases = item.stringList(u"aliases", JsonReader::Optional);
        entry.offerIds = item.stringList(u"offerIds", JsonReader::Optional);
        entry.replacements = item.stringList(u"replacements");
        if (item.ok() && normalizeName(entry.name).isEmpty())
            item.fail(u"name", QStringLiteral("empty"));
        if (item.ok() && !familyFromText(family, entry.family))
            item.fail(u"family", QStringLiteral("unknown family \"%1\"").arg(family));
        if (item.ok() && !variantFromText(variant, entry.variant))
            item.fail(u"variant", QStringLiteral("unknown variant \"%1\"").arg(variant));
        if (item.ok() && !kindFromText(kind, entry.kind))
            item.fail(u"kind", QStringLiteral("unknown kind \"%1\"").arg(kind));
        if (item.ok() && !segmentFromText(segment, entry.segment))
            item.fail(u"segment", QStringLiteral("unknown segment \"%1\"").arg(segment));
        if (item.ok() && entry.replacements.isEmpty())
            item.fail(u"replacements", QStringLiteral("empty list"));
        for (const QString &replacement : std::as_const(entry.replacements)) {
            if (item.ok() && version == 2 && !catalogue.m_productByName.contains(normalizeName(replacement)))
                item.fail(u"replacements",
                          QStringLiteral("\"%1\" is not in replacementProducts").arg(replacement));
        }
        if (!item.ok())
            return item.error();

        const int index = int(catalogue.m_entries.size());
        QStringList names = entry.aliases;
        names.prepend(entry.name);
        for (const QString &name : std::as_const(names)) {
            const QString key = normalizeName(name);
            if (catalogue.m_byName.contains(key)) {
                return Error::make(
                    Error::Kind::Parse,
                    QStringLiteral("field offers[%1]: name \"%2\" listed twice").arg(i).arg(name), context);
            }
            catalogue.m_byName.insert(key, index);
            catalogue.m_byExactName.insert(name, index);
        }
        for (const QString &id : std::as_const(entry.offerIds)) {
            const QString key = id.trimmed().toLower();
            if (!key.isEmpty())
                catalogue.m_byOfferId.insert(key, index);
        }
        catalogue.m_entries.append(std::move(entry));
    }
    qCDebug(lcDomain) << "offer catalogue loaded:" << catalogue.size() << "entries from" << context;
    return catalogue;
}

bool OfferCatalogue::titleMatchesReplacement(const QString &replacementName, QStringView title) const
{
    const QString wanted = normalizeName(replacementName);
    const QString seen = normalizeName(title);
    if (wanted.isEmpty() || seen.isEmpty())
        return false;
    if (m_productByName.isEmpty())
        return wanted == seen;
    const auto product = m_productByName.constFind(wanted);
    const auto titled = m_productByName.constFind(seen);
    if (product == m_productByName.constEnd())
        return wanted == seen;
    return titled != m_productByName.constEnd() && *titled == *product;
}

const RetiredOffer *OfferCatalogue::match(QStringView offerName) const
{
    if (m_entries.isEmpty() || offerName.isEmpty())
        return nullptr;
    const auto it = m_byName.constFind(normalizeName(offerName));
    return it == m_byName.constEnd() ? nullptr : &m_entries.at(*it);
}

const RetiredOffer *OfferCatalogue::match(const SubscriptionRecord &subscription) const
{
    if (!m_byOfferId.isEmpty() && !subscription.offerId.isEmpty()) {
        const auto it = m_byOfferId.constFind(subscription.offerId.trimmed().toLower());
        if (it != m_byOfferId.constEnd())
            return &m_entries.at(*it);
    }
    const auto exact = m_byExactName.constFind(subscription.offerName); // no normalising for exact names
    if (exact != m_byExactName.constEnd())
        return &m_entries.at(*exact);
    return match(QStringView(subscription.offerName));
}

} // namespace om::domain
