#pragma once

// Helpers the planner's two files share (Planner.cpp reads, PlannerTarget.cpp chooses). Internal to the
// engine.

#include "engine/EngineTypes.h"
#include "engine/EngineUtil.h"
#include "partnercenter/Models.h"

#include <QList>
#include <QString>

namespace om::engine::planner {

// Trials and add-ons are never bought as a replacement.
inline bool buyable(const pc::CatalogSku &sku)
{
    return !sku.isTrial && !sku.isAddon;
}

// The planner's cache key of a market's product, SKU or availability list.
inline QString catalogueKey(const QString &a, const QString &b, const QString &c = {})
{
    return (a + QLatin1Char('|') + b + QLatin1Char('|') + c).toLower();
}

// A legacy offer of a market by id, or nullptr.
inline const pc::Offer *findOffer(const QList<pc::Offer> &offers, const QString &id)
{
    for (const pc::Offer &o : offers) {
        if (sameId(o.id, id))
            return &o;
    }
    return nullptr;
}

} // namespace om::engine::planner
