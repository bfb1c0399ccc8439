#pragma once

#include <QStringList>

namespace om::cli {

// `offer-migrator migrate (--sandbox | --api-base URL) --customer ID [--subscription ID] [--to ITEM]
//  [--term P1M|P1Y|P3Y] [--billing monthly|annual|triennial]
//  [--quantity N] [--dry-run] [--yes] [--journal FILE] [--grace-days N]`
// Plans the migration of one customer's retired subscriptions, prints the plan, asks on stdin (y/N)
// unless --yes, then runs every remaining step (resuming from the journal after a crash or kill).
// With --api-base the token comes from OFFER_MIGRATOR_ACCESS_TOKEN (for a standalone
// `offer-migrator sandbox --fixed-token T` use the same T). --sandbox runs the sandbox in-process.
// The batch form (--all, --customers FILE, --expiring-within N, --market CC, --resume) is BatchCommand.h.
// Exit codes: 0 migrated (or nothing left to migrate), 1 failed (see stderr; run again to resume),
// 2 usage error, 3 nothing done (dry run, declined, or the plan is blocked).
int runMigrateCommand(const QStringList &arguments);

} // namespace om::cli
