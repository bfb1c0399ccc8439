#pragma once

#include <QtGlobal>

namespace om::sandbox {

class SandboxStore;

// Fills the store with a deterministic demo partner tenant: customerCount customers across the
// catalogue's markets, about half holding retired "Basic (Qualified Offer)" subscriptions (some
// suspended, some auto-renewing, end dates from a few days ago to ~300 days ahead), look-alike
// offers, 1-40 users each with licences, a few users without usage location and a few holding a
// conflicting Dynamics plan. One in eight customers with retired subscriptions has offer links
// without ?country= (CustomerRecord::offerLinksWithoutCountry). Same seed (and same store options) -> same
// data. Dates are relative to the store's clock.
void populateDemoTenant(SandboxStore &store, quint32 seed = 1, int customerCount = 64);

} // namespace om::sandbox
