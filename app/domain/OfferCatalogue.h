#pragma once

#include "common/Result.h"
#include "domain/RetiredOffer.h"

#include <QHash>
#include <QList>
#include <QString>

namespace om::domain {

struct SubscriptionRecord;

// The retired "Basic (Qualified Offer)" offers and their recommended replacements, loaded from JSON.
// Built-in copy: the resource ":/catalogue/retired-offers.json" (compiled into om_domain).
//
// Naming (Microsoft's migration article, docs/partner-center-api.md "Replacements"): "for Faculty" and
// "for Students" are appended at the END of the name; "(Government Pricing)" is inserted right after
// "Enterprise Edition", e.g. "Dynamics 365 for Sales Enterprise Edition (Government Pricing) CRMOL Basic
// (Qualified Offer)". The file also lists the government names with the suffix at the end as aliases,
// because that spelling is what Partner Center's other government offers use (NOT CONFIRMED for these).
//
// Matching is exact after normalising: Unicode NFKC, case folding, every run of white space (incl.
// no-break and other Unicode spaces, tabs, line breaks) collapsed to one space, zero-width characters
// dropped, ends trimmed. Look-alikes ("... CRMOL Basic" without "(Qualified Offer)", "... Professional",
// extra words) never match. Cheap to copy (implicitly shared lists).
// A replacement product as new commerce names it, with the older names it went by.
struct ReplacementProduct
{
    QString name;
    QStringList aliases;
};

class OfferCatalogue
{
public:
    OfferCatalogue() = default; // empty: matches nothing

    static QString builtInPath() { return QStringLiteral(":/catalogue/retired-offers.json"); }
    static Result<OfferCatalogue> loadBuiltIn();
    static Result<OfferCatalogue> loadFile(const QString &path);
    // `context` names the source in errors, e.g. the file path.
    static Result<OfferCatalogue> fromJson(const QByteArray &json, const QString &context);

    const QList<RetiredOffer> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The catalogue entry for an offer name, or nullptr. The pointer lives as long as this catalogue.
    const RetiredOffer *match(QStringView offerName) const;
    // By the subscription's offerId (when the catalogue knows it), else by its offerName.
    const RetiredOffer *match(const SubscriptionRecord &subscription) const;
    bool isRetired(QStringView offerName) const { return match(offerName) != nullptr; }
    // Whether match(subscription) reads the offer id at all (the file lists offer ids); else only the name.
    bool matchesOfferIds() const { return !m_byOfferId.isEmpty(); }

    // Ordered replacement product names for an entry, in the entry's market segment.
    static QStringList recommendedReplacements(const RetiredOffer &entry) { return entry.replacements; }

    // The normal form used for matching (exposed for tests and for the client's offer lookups).
    static QString normalizeName(QStringView name);

    // Replacement products (file version 2; empty for version 1 files, whose replacement names are used
    // as they are).
    const QList<ReplacementProduct> &replacementProducts() const { return m_products; }
    // Whether a new-commerce product or SKU title names the replacement `name`: equal to the name or one of
    // its aliases once normalised (case, Unicode forms, white space). Exact otherwise: "Dynamics 365 Sales
    // Professional Trial" is not "Dynamics 365 Sales Professional".
    bool titleMatchesReplacement(const QString &replacementName, QStringView title) const;

private:
    QList<RetiredOffer> m_entries;
    QList<ReplacementProduct> m_products;
    QHash<QString, QString> m_productByName; // normalised name or alias -> normalised product name
    QHash<QString, int> m_byName;            // normalised name or alias -> index
    QHash<QString, int> m_byExactName;       // name or alias as written -> index (fast path)
    QHash<QString, int> m_byOfferId;         // lower-case offer id -> index
};

} // namespace om::domain
